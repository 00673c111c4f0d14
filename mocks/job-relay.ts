/**
 * Cancelling a mass job across instances that share one storage (the demo's tabs). Only one instance
 * runs jobs; the others see its progress through the storage, a little late. A cancel answered from
 * that late copy would say "stopped" while the runner kept sending, and the runner's next write would
 * undo the cancel. So an instance that does not run jobs asks the runner over a channel, and answers
 * only once the runner has stopped the job (between two slices) and handed back its state: nothing is
 * sent after the answer, and the answer counts every email that went out.
 */
import type { JobRecord, State } from './state.js';

/** What the instances talk over: a `BroadcastChannel` with one name for all of them. */
export interface MockChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

type Message =
  | { type: 'cancel'; id: string; jobId: string }
  | { type: 'cancelled'; id: string; state: State | null };

/** How long to wait for the runner before cancelling here (no runner: a tab closing, another taking over). */
const RUNNER_TIMEOUT_MS = 2000;

export interface JobRelayOptions {
  channel: MockChannel | undefined;
  state: State;
  runsJobs: () => boolean;
  /** Stops a job here, in this instance's state (a job already over stays as it is). */
  cancelHere: (job: JobRecord) => void;
  persist: () => void;
  /** Reads the state again from storage (the runner has not seen a job just started elsewhere). */
  reload: () => void;
  /** Takes the runner's state as this instance's own. */
  adopt: (state: State) => void;
}

export function createJobRelay({ channel, state, runsJobs, cancelHere, persist, reload, adopt }: JobRelayOptions) {
  const waiting = new Map<string, (state: State | null) => void>();

  const onMessage = (event: MessageEvent) => {
    const message = event.data as Message;
    if (message.type === 'cancel' && runsJobs()) {
      if (!state.jobs[message.jobId]) reload();
      const job = state.jobs[message.jobId];
      if (job) {
        cancelHere(job);
        persist();
      }
      // The state is copied by the channel as it is now: the job stopped, every email it sent included.
      channel!.postMessage({ type: 'cancelled', id: message.id, state: job ? state : null } satisfies Message);
    } else if (message.type === 'cancelled') {
      waiting.get(message.id)?.(message.state);
    }
  };
  channel?.addEventListener('message', onMessage);

  function askRunner(jobId: string): Promise<State | null> {
    const id = crypto.randomUUID();
    return new Promise((resolve) => {
      const done = (answer: State | null) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(answer);
      };
      const timer = setTimeout(() => done(null), RUNNER_TIMEOUT_MS);
      waiting.set(id, done);
      channel!.postMessage({ type: 'cancel', id, jobId } satisfies Message);
    });
  }

  return {
    /** Stops the job wherever it runs; resolves with the job as it stopped. */
    async cancel(job: JobRecord): Promise<JobRecord> {
      if (job.Status === 'Running' && !runsJobs() && channel) {
        const runnerState = await askRunner(job.Id);
        if (runnerState) adopt(runnerState);
      }
      // No runner answered (or this one runs jobs): stop it here; the runner reads it from storage.
      const current = state.jobs[job.Id] ?? job;
      cancelHere(current);
      return current;
    },
    close: () => channel?.removeEventListener('message', onMessage),
  };
}

export type JobRelay = ReturnType<typeof createJobRelay>;
