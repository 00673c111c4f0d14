// Two demo tabs are two mocked backends over one stored state: one runs mass jobs, the other only sees
// the runner's progress through the storage, a little late. Each tab answers its own page's requests.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getResponse } from 'msw';
import { type MockBackend, type MockStorage, type State, createMockBackend } from '../../../mocks/index.ts';
import { createActivationClient } from '../../../src/sdk/index.ts';

const NOW = '2026-11-25T17:00:00.000Z';
/** The race is timing-dependent, so it is played many times (`AMILIA_TAB_RUNS=500` to stress it). */
const RUNS = Number(process.env['AMILIA_TAB_RUNS'] ?? 40);

/**
 * One storage shared by the tabs. A write reaches the other tabs a task later, as a `storage` event does,
 * and they reload then (main.ts does the same).
 */
function sharedStorage() {
  let saved: string | null = null;
  const tabs: { backend?: MockBackend }[] = [];
  return {
    tab() {
      const tab: { backend?: MockBackend } = {};
      tabs.push(tab);
      const storage: MockStorage = {
        load: () => (saved === null ? null : (JSON.parse(saved) as State)),
        save(state) {
          saved = JSON.stringify(state);
          for (const other of tabs) if (other !== tab) setTimeout(() => other.backend?.reload());
        },
      };
      return { storage, attach: (backend: MockBackend) => void (tab.backend = backend) };
    },
    read: () => JSON.parse(saved!) as State,
  };
}

/** The admin SDK of one tab: its requests reach that tab's handlers only. */
const adminOf = (backend: MockBackend) =>
  createActivationClient({
    baseUrl: 'https://api.test',
    organization: 'forest-explorers',
    language: 'en',
    getToken: () => backend.adminToken,
    fetch: async (input, init) => (await getResponse(backend.handlers, new Request(input, init))) ?? Response.error(),
  });

/** Two tabs: `runner` holds the jobs lock, `other` does not; both on one channel, as the demo's tabs are. */
function twoTabs(name: string) {
  const disk = sharedStorage();
  const channels: BroadcastChannel[] = [];
  const open = (runsJobs: boolean) => {
    const { storage, attach } = disk.tab();
    const channel = new BroadcastChannel(name);
    channels.push(channel);
    const backend = createMockBackend({
      now: NOW,
      seed: 'demo',
      seedSize: 30,
      storage,
      massChunkSize: 1,
      faults: { massPauseMs: 1 },
      runJobs: () => runsJobs,
      channel,
    });
    attach(backend);
    return { backend, client: adminOf(backend) };
  };
  const runner = open(true);
  const other = open(false);
  const close = () => {
    for (const tab of [runner, other]) tab.backend.dispose();
    for (const channel of channels) channel.close();
  };
  return { runner, other, disk, close };
}

/** Emails a mass job sent after `since` (the seed holds older ones). */
const massSent = (backend: MockBackend, since: number) => backend.outbox.list().slice(since).filter((email) => email.Channel === 'Mass').length;
const sentIn = (counts: { Invitation: number; ShareRequest: number }) => counts.Invitation + counts.ShareRequest;

describe('mass jobs across tabs', () => {
  test(`cancel in one tab while another runs the job: the runner stops within one slice and sends nothing after the answer (${RUNS} runs)`, async () => {
    for (let run = 0; run < RUNS; run++) {
      const { runner, other, disk, close } = twoTabs(`tabs-${run}`);
      try {
        const since = runner.backend.outbox.list().length;
        const started = await other.client.mass.start('2000-01-01');
        // Let the runner pick the job up and send a few emails before the cancel.
        const pause = 1 + (run % 7);
        while (massSent(runner.backend, since) < pause) await new Promise((resolve) => setTimeout(resolve));
        const sentBefore = massSent(runner.backend, since);

        const cancelled = await other.client.mass.cancel(started.Id);

        assert.equal(cancelled.Status, 'Cancelled', `run ${run}`);
        assert.ok(cancelled.Processed < cancelled.Total, `run ${run}: stopped before the end`);
        assert.ok(sentIn(cancelled.Counts) <= sentBefore + 1, `run ${run}: ${sentIn(cancelled.Counts)} sent, ${sentBefore} before the cancel`);
        assert.equal(massSent(runner.backend, since), sentIn(cancelled.Counts), `run ${run}: the answer counts every email the runner sent`);

        // A second job, run by the same runner to its end, proves the runner kept working after the cancel.
        const second = await other.client.mass.start('2000-01-01');
        let last = second;
        for await (const job of other.client.mass.watch(second.Id, { interval: 2 })) last = job;
        assert.equal(last.Status, 'Completed', `run ${run}`);

        assert.equal(massSent(runner.backend, since), sentIn(cancelled.Counts) + sentIn(last.Counts), `run ${run}: nothing sent for the cancelled job after its answer`);
        const stored = disk.read().jobs[started.Id]!;
        assert.equal(stored.Status, 'Cancelled', `run ${run}: no later write undid the cancel`);
        assert.equal(stored.Processed, cancelled.Processed, `run ${run}`);
        assert.deepEqual(await other.client.mass.get(started.Id), cancelled, `run ${run}: both tabs agree`);
      } finally {
        close();
      }
    }
  });

  test('without a runner answering, the tab cancels on its own and the stored job says so', async () => {
    const disk = sharedStorage();
    const { storage, attach } = disk.tab();
    const channel = new BroadcastChannel('alone');
    const lonely = createMockBackend({ now: NOW, seed: 'demo', seedSize: 20, storage, runJobs: () => false, channel });
    attach(lonely);
    const client = adminOf(lonely);
    try {
      const started = await client.mass.start('2000-01-01');
      const cancelled = await client.mass.cancel(started.Id);
      assert.equal(cancelled.Status, 'Cancelled');
      assert.equal(disk.read().jobs[started.Id]!.Status, 'Cancelled');
    } finally {
      lonely.dispose();
      channel.close();
    }
  });
});

describe('QA faults live in the saved state', () => {
  test('set in one tab, the other tab fails alike, and a reload keeps them; a reset clears them everywhere', async () => {
    const disk = sharedStorage();
    const open = () => {
      const { storage, attach } = disk.tab();
      const backend = createMockBackend({ now: NOW, seed: 'demo', seedSize: 5, storage });
      attach(backend);
      return backend;
    };
    const first = open();
    const second = open();
    const later = () => new Promise((resolve) => setTimeout(resolve));
    const tabs = [first, second];
    try {
      first.faults.settings.rates = { serverError: 1 };
      first.faults.save();
      await later(); // the other tab's `storage` event
      const error = await adminOf(second).accounts.list().catch((e: unknown) => e);
      assert.equal((error as { code?: string }).code, 'ServerError', 'the other tab answers 500 as well');

      const reloaded = open(); // a reload: a new backend over the saved state
      tabs.push(reloaded);
      assert.deepEqual(reloaded.faults.settings.rates, { serverError: 1 });

      reloaded.reset();
      await later();
      assert.deepEqual(first.faults.settings.rates, {});
      assert.equal((await adminOf(first).accounts.list()).Paging.TotalCount, 5);
    } finally {
      for (const tab of tabs) tab.dispose();
    }
  });
});
