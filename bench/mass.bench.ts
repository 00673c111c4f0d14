// (a) Mass activation over 100,000 accounts in the mocked backend: preview time, whole-job time, and the
// longest main-thread task while the job runs. The backend runs on the page's main thread, as in the demo.
import { startMockWorker } from '../mocks/browser.js';
import { createActivationClient } from '../src/sdk/index.js';
import { flush, ms, record, watchLongTasks } from './report.js';

const ACCOUNTS = 100_000;

describe('mass activation over 100,000 accounts', () => {
  it('measures preview, job and main-thread tasks', async () => {
    const seeding = performance.now();
    const { backend, worker } = await startMockWorker({ seed: 'demo', seedSize: ACCOUNTS, massChunkSize: ACCOUNTS, faults: { massPauseMs: 0 }, workerUrl: '/mockServiceWorker.js' });
    const seeded = performance.now() - seeding;
    const client = createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => backend.adminToken });

    // The admin's account list filtered by creation day: the store keeps accounts in creation order, so no page
    // sorts; the first is also the page's first request through the service worker.
    const pageTimes: number[] = [];
    for (let page = 1; page <= 6; page++) {
      const listing = performance.now();
      await client.accounts.list({ createdAfter: '2020-01-01', page, perPage: 100 });
      pageTimes.push(performance.now() - listing);
    }
    const [firstPage, ...nextPages] = pageTimes;

    let started = performance.now();
    const preview = await client.mass.preview('2020-01-01', { perPage: 100 });
    const previewTime = performance.now() - started;

    const stop = watchLongTasks();
    started = performance.now();
    const job = await client.mass.start('2020-01-01');
    let last = job;
    for await (const progress of client.mass.watch(job.Id, { interval: 100 })) last = progress;
    const jobTime = performance.now() - started;
    const { longest, count } = stop();
    await worker.stop();

    record({ benchmark: 'mass, 100,000 accounts', measure: `seeding the mocked backend (${ACCOUNTS} accounts) and starting its worker (not a goal)`, value: ms(seeded), goal: '—' });
    record({ benchmark: 'accounts.list, 100,000 accounts', measure: 'createdAfter, first page', value: ms(firstPage!), goal: '≤ 50 ms' });
    record({ benchmark: 'accounts.list, 100,000 accounts', measure: 'createdAfter, each next page (slowest of 5)', value: ms(Math.max(...nextPages)), goal: '≤ 50 ms' });
    record({ benchmark: 'mass, 100,000 accounts', measure: `preview (${preview.Total} targets)`, value: ms(previewTime), goal: '≤ 2,000 ms' });
    record({ benchmark: 'mass, 100,000 accounts', measure: `whole job (${last.Processed} processed, ${backend.outbox.list().length} emails in outbox)`, value: ms(jobTime), goal: '≤ 20,000 ms' });
    record({ benchmark: 'mass, 100,000 accounts', measure: `longest main-thread task during the job (${count} over 50 ms)`, value: ms(longest), goal: 'none over 50 ms' });
    await flush('Mass activation');
  });
});
