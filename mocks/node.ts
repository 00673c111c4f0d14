/** The mocked backend for Node: `setupServer` from `msw/node` around `createMockBackend`. */
import { setupServer } from 'msw/node';
import { type MockBackendOptions, createMockBackend } from './index.js';

export * from './index.js';

/** A backend and an MSW server answering for it; call `server.listen()` in your test setup. */
export function createMockServer(options?: MockBackendOptions) {
  const backend = createMockBackend(options);
  return { backend, server: setupServer(...backend.handlers) };
}
