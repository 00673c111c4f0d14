/** The mocked backend for Node: `setupServer` from `msw/node` around `createMockBackend`. */
import type { SetupServer } from 'msw/node';
import { type MockBackend, type MockBackendOptions, createMockBackend } from './index.js';
import { loadMsw } from './msw.js';

export * from './index.js';

const { setupServer } = await loadMsw(() => import('msw/node'));

/** A backend and an MSW server answering for it; call `server.listen()` in your test setup. */
export function createMockServer(options?: MockBackendOptions): { backend: MockBackend; server: SetupServer } {
  const backend = createMockBackend(options);
  return { backend, server: setupServer(...backend.handlers) };
}
