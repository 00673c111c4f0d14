// The SDK in a page controlled by a service worker (a PWA host page, our MSW demo). Each engine words a failed
// fetch its own way (WebKit: "Response served by service worker is an error"); every one of them must heal the
// same: safe calls retried, then a NetworkError.
import { expect } from '@open-wc/testing';
import { isNetworkError } from '../../src/sdk/index.js';
import { world } from './harness.js';

describe('network failures behind a service worker', () => {
  it('a list that meets two network failures loads anyway, nothing shown to the person', async () => {
    const { backend, client } = await world();
    backend.faults.inject('networkError', { method: 'GET', path: '/accounts' }, 2);
    const page = await client.accounts.list();
    expect(page.Paging.TotalCount).to.be.a('number');
  });

  it('an account created through a network failure is created once and sends one email', async () => {
    const { backend, client } = await world();
    const before = backend.outbox.list().length;
    backend.faults.inject('networkError', { method: 'POST', path: '/accounts' });
    await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana.roy.network@example.com' } });
    expect(backend.outbox.list().length - before).to.equal(1);
  });

  it('a network that stays down ends as a NetworkError carrying the engine’s own TypeError', async () => {
    const { backend, client } = await world();
    backend.faults.inject('networkError', { method: 'GET', path: '/accounts' }, 3);
    const error = await client.accounts.list().catch((e: unknown) => e);
    expect(isNetworkError(error), String(error)).to.equal(true);
    expect((error as { cause?: unknown }).cause).to.be.instanceOf(TypeError);
  });
});
