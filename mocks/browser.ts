/** The mocked backend in the browser: an MSW service worker around `createMockBackend`. */
import type { SetupWorker } from 'msw/browser';
import { type MockBackend, type MockBackendOptions, createMockBackend } from './index.js';
import { untilControlled } from './controlled.js';
import { loadMsw } from './msw.js';

export * from './index.js';

export interface MockWorkerOptions extends MockBackendOptions {
  /** Where `mockServiceWorker.js` is served (copy it with `npx msw init <dir> --save`). @default './mockServiceWorker.js' */
  workerUrl?: string;
}

/** Starts a worker answering for a new backend; resolves once requests are intercepted. */
export async function startMockWorker({ workerUrl = './mockServiceWorker.js', ...options }: MockWorkerOptions = {}): Promise<{ backend: MockBackend; worker: SetupWorker }> {
  // Loaded here, not when the module loads: a server may import this entry (msw/browser exists only in browsers).
  const { setupWorker } = await loadMsw(() => import('msw/browser'));
  const backend = createMockBackend(options);
  const worker = setupWorker(...backend.handlers);
  await untilControlled(await worker.start({ serviceWorker: { url: workerUrl }, quiet: true, onUnhandledFrame: 'bypass' }));
  return { backend, worker };
}
