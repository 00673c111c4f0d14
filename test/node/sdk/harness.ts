// One mocked backend and one SDK client per test, wired through msw/node: the SDK's real fetch
// goes through MSW's interceptor to the same handlers the demo uses.
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import { type MockBackendOptions, createMockBackend } from '../../../mocks/index.ts';
import { type ClientOptions, createActivationClient } from '../../../src/sdk/index.ts';

export const NOW = '2026-11-25T17:00:00.000Z';
export const BASE = 'https://api.test';

const server = setupServer();
before(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

export function setup(options: MockBackendOptions = {}, client: Partial<ClientOptions> = {}) {
  const backend = createMockBackend({ now: NOW, ...options });
  server.resetHandlers(...backend.handlers);
  const common = { baseUrl: BASE, organization: 'forest-explorers', language: 'en' as const, retry: { limit: 2 }, ...client };
  const admin = createActivationClient({ ...common, getToken: () => backend.adminToken });
  const anonymous = createActivationClient(common);
  const as = (token: string) => createActivationClient({ ...common, getToken: () => token });
  return { backend, admin, anonymous, as, server };
}

/** The ApiError code a promise rejects with (fails the test when it resolves). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).name;
  }
  throw new Error('expected a rejection');
}

export const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;
