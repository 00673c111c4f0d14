// The React wrappers: props reach the element, `onAmilia…` props receive its events.
import { expect } from '@open-wc/testing';
import { $, textOf, until, world } from './harness.js';

describe('React wrappers (amilia-activation/react)', () => {
  it('render an element from props and call onAmiliaRequestSent', async () => {
    const { client, backend } = await world();
    const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy' } });
    await client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: 'ana@example.com' });
    // Served bundled by the `react-fixture` plugin of web-test-runner.config.mjs.
    const { mount } = (await import(/* @vite-ignore */ '/react-fixture.js' as string)) as typeof import('./fixtures/react-app.js');
    const host = document.createElement('div');
    document.body.append(host);
    const sent: string[] = [];
    const unmount = mount(host, { baseUrl: location.origin, token: backend.adminToken, accountId: String(Account.Id), personId: String(Account.Owners[0]!.Id), onSent: (email) => sent.push(email) });
    const el = await until(() => host.querySelector('amilia-activation-button') ?? Promise.reject(new Error('not rendered yet')));
    await until(() => expect(textOf(el)).to.contain('Not invited'));
    $<HTMLButtonElement>(el, 'button.send').click();
    await until(() => expect(sent).to.deep.equal(['ana@example.com']));
    expect(backend.outbox.list()).to.have.length(1);
    unmount();
    host.remove();
  });
});
