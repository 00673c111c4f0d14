/**
 * R4 and R5: the mass run. A preview applies the rules without sending; a job applies them to each
 * target in small chunks between timer ticks, so progress moves between polls, cancel is honoured
 * and the page (the demo runs the backend on the main thread) never freezes.
 */
import { massOutcome, massTargets, outcomeSends } from '../src/policy/index.js';
import type { MassCounts, MassTarget } from '../src/sdk/schemas.js';
import type { Faults } from './faults.js';
import type { JobRecord, PersonRecord } from './state.js';
import type { Store } from './store.js';

/** Most targets handled in one tick, and the most milliseconds one tick may take. */
const CHUNK_SIZE = 25;
const TICK_BUDGET_MS = 8;

export const emptyCounts = (): MassCounts => ({ Invitation: 0, ShareRequest: 0, AlreadyActive: 0, NoEmail: 0, RecentlyInvited: 0 });

export function createMass(store: Store, faults: Faults, persist: () => void, options: { chunkSize?: number; runJobs?: () => boolean } = {}) {
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  const runJobs = options.runJobs ?? (() => true);
  const timers = new Set<ReturnType<typeof setTimeout>>();

  /** The owners of every mass target (accounts created after `createdAfter`, not archived), oldest account first. */
  function targets(createdAfter: string): PersonRecord[] {
    const owners: PersonRecord[] = [];
    for (const account of massTargets(store.accountsByCreation(), createdAfter, store.state.organization.TimeZone)) {
      for (const id of account.PersonIds) if (store.state.persons[id]!.IsOwner) owners.push(store.state.persons[id]!);
    }
    return owners;
  }

  function decide(person: PersonRecord): MassTarget {
    const decision = massOutcome(store.facts(person), store.userFacts(person.Email), store.now(), store.state.organization.TimeZone);
    return {
      AccountId: person.AccountId,
      PersonId: person.Id,
      FullName: `${person.FirstName} ${person.LastName}`,
      Email: person.Email,
      ...decision,
    };
  }

  // A list scrolled page by page asks for the same preview many times: reuse it while nothing changed
  // and the clock moved less than a second (over 100,000 accounts a preview takes a few hundred ms).
  let memo: { key: string; at: number; result: { items: MassTarget[]; counts: MassCounts } } | undefined;

  function preview(createdAfter: string) {
    const key = `${createdAfter}|${store.revision()}`;
    const at = store.now().getTime();
    if (memo?.key === key && Math.abs(at - memo.at) < 1000) return memo.result;
    const items = targets(createdAfter).map(decide);
    const counts = emptyCounts();
    for (const item of items) counts[item.Outcome]++;
    memo = { key, at, result: { items, counts } };
    return memo.result;
  }

  const runningJob = () => Object.values(store.state.jobs).find((j) => j.Status === 'Running');

  function step(job: JobRecord) {
    const started = performance.now();
    let handled = 0;
    while (job.Status === 'Running' && job.Processed < job.Total && handled < chunkSize && performance.now() - started < TICK_BUDGET_MS) {
      const person = store.state.persons[job.Targets[job.Processed]!]!;
      const result = decide(person);
      if (outcomeSends(result.Outcome)) store.sendRequest(person, 'Mass');
      job.Results.push(result);
      job.Counts[result.Outcome]++;
      // Processed moves with the send, in the same tick, so a resumed job never sends to anyone twice.
      job.Processed++;
      handled++;
    }
    if (job.Status === 'Running' && job.Processed >= job.Total) {
      job.Status = 'Completed';
      job.FinishedOn = store.now().toISOString();
    }
    persist();
    if (job.Status === 'Running') schedule(job);
  }

  function schedule(job: JobRecord) {
    // Another instance over the same stored state (another tab) runs it: ticking here too would send twice.
    if (!runJobs()) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      // The state may have been replaced (reset, another tab): follow the job by id. A job stopped
      // meanwhile (a cancel) is left alone: writing this tab's state then could undo another tab's write.
      const current = store.state.jobs[job.Id];
      if (current?.Status === 'Running') step(current);
    }, faults.settings.massPauseMs);
    timers.add(timer);
  }

  function start(createdAfter: string): JobRecord {
    const list = targets(createdAfter);
    const job: JobRecord = {
      Id: `job-${store.state.nextId++}`,
      CreatedAfter: createdAfter,
      Status: 'Running',
      Total: list.length,
      Processed: 0,
      Counts: emptyCounts(),
      StartedOn: store.now().toISOString(),
      FinishedOn: null,
      Targets: list.map((p) => p.Id),
      Results: [],
    };
    store.state.jobs[job.Id] = job;
    schedule(job);
    return job;
  }

  function cancel(job: JobRecord) {
    if (job.Status === 'Running') {
      job.Status = 'Cancelled';
      job.FinishedOn = store.now().toISOString();
    }
  }

  return {
    preview,
    start,
    cancel,
    runningJob,
    /** Picks up a running job after the state was loaded (a reload of the demo). */
    resume() {
      const job = runningJob();
      if (job) schedule(job);
    },
    /** Stops every pending tick (reset, tests ending). */
    stop() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

export type Mass = ReturnType<typeof createMass>;

/** A job as the wire shows it, without its bookkeeping. */
export const jobView = ({ Targets: _targets, Results: _results, ...job }: JobRecord) => job;
