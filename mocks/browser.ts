/** The mocked backend in the browser: an MSW service worker around `createMockBackend`. */
import { setupWorker } from 'msw/browser';
import { type MockBackendOptions, createMockBackend } from './index.js';

export * from './index.js';

export interface MockWorkerOptions extends MockBackendOptions {
  /** Where `mockServiceWorker.js` is served (copy it with `npx msw init <dir> --save`). @default './mockServiceWorker.js' */
  workerUrl?: string;
}

/** Starts a worker answering for a new backend; resolves once requests are intercepted. */
export async function startMockWorker({ workerUrl = './mockServiceWorker.js', ...options }: MockWorkerOptions = {}) {
  const backend = createMockBackend(options);
  const worker = setupWorker(...backend.handlers);
  await worker.start({ serviceWorker: { url: workerUrl }, quiet: true, onUnhandledFrame: 'bypass' });
  return { backend, worker };
}
