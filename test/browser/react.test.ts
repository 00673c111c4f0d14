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

  it('a keyed list that reorders and replaces its members shows each one’s own status and sends to the right one', async () => {
    const { client, backend } = await world({ faults: { latencyMs: 100 } });
    const { Account } = await client.accounts.create({
      Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.com' },
      Members: [{ FirstName: 'Bo', LastName: 'Roy' }, { FirstName: 'Cy', LastName: 'Roy', Email: 'cy@example.com' }, { FirstName: 'Di', LastName: 'Roy', Email: 'di@example.com' }],
    });
    const [ana, bo, cy, di] = Account.Members.map((m) => ({ accountId: String(Account.Id), personId: String(m.Id) }));
    await client.activationRequests.send(Account.Id, Account.Members[2]!.Id);
    backend.clock.advance({ days: 10 });
    const { mountList } = (await import(/* @vite-ignore */ '/react-fixture.js' as string)) as typeof import('./fixtures/react-app.js');
    const host = document.createElement('div');
    document.body.append(host);
    const sent: [string, string][] = [];
    const list = mountList(host, (personId, email) => sent.push([personId, email]));
    const shown = () => [...host.querySelectorAll('amilia-activation-button')].map((el) => $(el, '[part=status]').textContent);
    list.show([ana!, bo!, cy!]);
    await until(() => expect(shown()).to.deep.equal(['Invited', 'No email', 'Invited']));

    // Ana's owner invitation is older than 10 days: her send goes at once, and the list changes under it.
    $<HTMLButtonElement>(host.querySelector('amilia-activation-button')!, 'button.send').click();
    list.show([cy!, ana!, di!]);
    await until(() => expect(shown()).to.deep.equal(['Invited', 'Invited', 'Not invited']));
    const [first, second] = host.querySelectorAll('amilia-activation-button');
    await until(() => expect(textOf(second!)).to.contain('An invitation was sent to ana@example.com.'));
    expect(textOf(first!)).not.to.contain('was sent to');
    expect(sent).to.deep.equal([[ana!.personId, 'ana@example.com']]);
    expect(backend.outbox.list().filter((e) => e.Channel === 'Manual').map((e) => e.To)).to.deep.equal(['cy@example.com', 'ana@example.com']);
    list.unmount();
    host.remove();
  });
});
