// (b) The preview and results lists of <amilia-mass-activation> with 100,000 rows: time until the first
// rows are painted, and frame times while scrolling (a frame over 25 ms, 1.5 × 16.7 ms, counts as dropped).
// The element comes from the CDN bundle (`npm run build` first), as a site loads it: the virtualizer its preview
// preloads is one chunk, not the dozen modules the dev server would send one by one through MSW's worker.
import { startMockWorker } from '../mocks/browser.js';
import { flush, ms, nextPaint, record } from './report.js';

const CDN = '/dist/cdn/amilia-activation.js';
const { configure, createActivationClient } = (await import(CDN)) as typeof import('../src/index.js');

const ACCOUNTS = 100_000;
const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** Waits, frame by frame, until `find` returns something. */
async function waitFor<T>(find: () => T | null | undefined, timeout = 60_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error('timed out');
    await frame();
  }
}

/** Scrolls `scroller` down for `frames` frames; returns the frame intervals. */
async function scroll(scroller: HTMLElement, frames = 180) {
  const intervals: number[] = [];
  let last = await frame();
  for (let i = 0; i < frames; i++) {
    scroller.scrollTop += 600;
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
}

function recordList(name: string, firstPaint: number, rowsRendered: number, intervals: number[]) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const dropped = intervals.filter((t) => t > 25).length;
  record({ benchmark: `${name} list, ${ACCOUNTS.toLocaleString('en')} accounts`, measure: 'data shown → first rows painted', value: ms(firstPaint), goal: '≤ 100 ms' });
  record({ benchmark: `${name} list`, measure: `rows in the DOM (virtualized)`, value: String(rowsRendered), goal: '—' });
  record({ benchmark: `${name} list`, measure: `scrolling ${intervals.length} frames: median / p95 / max frame`, value: `${ms(sorted[Math.floor(sorted.length / 2)]!)} / ${ms(sorted[Math.floor(sorted.length * 0.95)]!)} / ${ms(sorted.at(-1)!)}`, goal: '—' });
  record({ benchmark: `${name} list`, measure: 'dropped frames while scrolling', value: `${((dropped / intervals.length) * 100).toFixed(1)} %`, goal: '≤ 5 %' });
}

describe('lists of 100,000 rows', () => {
  it('measures first paint and scrolling of the preview and results lists', async () => {
    // Fast scrolling makes the virtualizer's ResizeObserver skip a frame: a browser notice, not a failure.
    const onerror = window.onerror;
    window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : onerror?.call(window, message, ...rest));
    const { backend, worker } = await startMockWorker({ seed: 'demo', seedSize: ACCOUNTS, massChunkSize: ACCOUNTS, faults: { massPauseMs: 0 }, workerUrl: '/mockServiceWorker.js' });
    configure(createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => backend.adminToken }));

    const el = document.createElement('amilia-mass-activation');
    el.setAttribute('poll-interval', '200');
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('input[type=date]')!;
    input.value = '2020-01-01';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('button.preview')!.click();

    // The preview: counts appear when its answer arrives; rows follow with their own page of data.
    await waitFor(() => root.querySelector('[part=counts]'));
    let shown = performance.now();
    await waitFor(() => root.querySelector('.scroller li .name'));
    await nextPaint();
    let firstPaint = performance.now() - shown;
    let scroller = root.querySelector<HTMLElement>('.scroller')!;
    recordList('Preview', firstPaint, scroller.querySelectorAll('li').length, await scroll(scroller));

    // The results: run the job, then the same measures on its list.
    root.querySelector<HTMLButtonElement>('button.send')!.click();
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('dialog button[value=confirm]')!.click();
    await waitFor(() => root.querySelector('[part=results] [part=counts]'), 120_000);
    shown = performance.now();
    await waitFor(() => root.querySelector('[part=results] .scroller li .name'));
    await nextPaint();
    firstPaint = performance.now() - shown;
    scroller = root.querySelector<HTMLElement>('[part=results] .scroller')!;
    recordList('Results', firstPaint, scroller.querySelectorAll('li').length, await scroll(scroller));

    el.remove();
    window.onerror = onerror;
    await worker.stop();
    await flush('Lists');
  });
});
