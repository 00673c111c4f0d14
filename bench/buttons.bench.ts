// (c) 200 activation buttons on one page: time to first render once their data has arrived. The elements come
// from the CDN bundle (`npm run build` first), as a site loads them.
import { html, render } from 'lit';
import { startMockWorker } from '../mocks/browser.js';
import type { Person } from '../src/sdk/index.js';
import { flush, ms, nextPaint, record } from './report.js';

const CDN = '/dist/cdn/amilia-activation.js';
const { configure, createActivationClient } = (await import(CDN)) as typeof import('../src/index.js');

describe('200 activation buttons', () => {
  it('measures the first render after the data arrives', async () => {
    const { backend, worker } = await startMockWorker({ seed: 'demo', seedSize: 200, workerUrl: '/mockServiceWorker.js' });
    const client = configure(createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => backend.adminToken }));
    const { Items } = await client.accounts.list({ perPage: 200 });
    const people: { accountId: string; person: Person }[] = Items.map((a) => ({ accountId: String(a.Id), person: a.Owners[0]! }));

    const host = document.createElement('div');
    document.body.append(host);
    const started = performance.now();
    render(html`${people.map((p) => html`<amilia-activation-button account-id=${p.accountId} person-id=${String(p.person.Id)} .person=${p.person}></amilia-activation-button>`)}`, host);
    await Promise.all([...host.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const rendered = performance.now() - started;
    await nextPaint();
    const painted = performance.now() - started;
    await worker.stop();

    record({ benchmark: '200 activation buttons', measure: 'first render (all updateComplete)', value: ms(rendered), goal: '≤ 50 ms' });
    record({ benchmark: '200 activation buttons', measure: 'first render, painted', value: ms(painted), goal: '—' });
    await flush('Activation buttons');
  });
});
