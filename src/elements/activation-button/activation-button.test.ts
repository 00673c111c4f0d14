import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, textOf, translationsReady, until, world } from '../../../test/browser/harness.js';
import './activation-button.js';
import type { AmiliaActivationButton } from './activation-button.js';

async function member(email: string | null) {
  const w = await world();
  const { Account } = await w.client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', ...(email ? { Email: email } : {}) } });
  return { ...w, accountId: String(Account.Id), personId: String(Account.Owners[0]!.Id) };
}

const render = (accountId: string, personId: string, lang = 'en') =>
  fixture<AmiliaActivationButton>(html`<amilia-activation-button lang=${lang} account-id=${accountId} person-id=${personId}></amilia-activation-button>`);

describe('<amilia-activation-button>', () => {
  it('shows an invited member with the sent and expiry dates', async () => {
    const { accountId, personId } = await member('ana@example.com');
    const el = await render(accountId, personId);
    await until(() => expect(textOf(el)).to.contain('Invited'));
    expect(textOf(el)).to.contain('Sent Nov 25, 2026 · link expires Jan 24, 2027');
    await expect(el).to.be.accessible();
  });

  it('asks for confirmation under 10 days; cancelling sends nothing, confirming sends once', async () => {
    const { backend, accountId, personId } = await member('ana@example.com');
    const el = await render(accountId, personId);
    const button = await until(() => $<HTMLButtonElement>(el, 'button.send'));
    button.click();
    const dialog = await until(() => $<HTMLDialogElement>(el, 'dialog[open]'));
    expect(textOf(el)).to.contain('less than 10 days ago');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, 'dialog button[value=cancel]').click();
    await until(() => expect(dialog.open).to.equal(false));
    expect(backend.outbox.list()).to.have.length(1);

    button.click();
    const sent = oneEvent(el, 'amilia-request-sent');
    (await until(() => $<HTMLButtonElement>(el, 'dialog[open] button[value=confirm]'))).click();
    const { detail } = await sent;
    expect(detail.request.Channel).to.equal('Manual');
    expect(backend.outbox.list()).to.have.length(2);
    await until(() => expect(textOf(el)).to.contain('An invitation was sent to ana@example.com.'));
  });

  it('sends without asking after 10 days, and a double click sends once', async () => {
    const { backend, accountId, personId } = await member('ana@example.com');
    backend.clock.advance({ days: 10 });
    const el = await render(accountId, personId);
    const button = await until(() => $<HTMLButtonElement>(el, 'button.send'));
    await el.updateComplete;
    button.click();
    button.click();
    await until(() => expect(textOf(el)).to.contain('An invitation was sent to ana@example.com.'));
    expect(el.shadowRoot!.querySelector('dialog'), 'no confirmation asked').to.equal(null);
    expect(backend.outbox.list().filter((e) => e.Channel === 'Manual')).to.have.length(1);
  });

  it('is disabled with the reason when there is no email', async () => {
    const { backend, accountId, personId } = await member(null);
    const el = await render(accountId, personId);
    const button = await until(() => $<HTMLButtonElement>(el, 'button.send'));
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(el)).to.contain('Add an email address before sending a request.');
    button.click();
    await el.updateComplete;
    expect(backend.outbox.list()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows an active member’s status and why, with no button to press', async () => {
    const { client, backend, accountId, personId } = await member('ana@example.com');
    await client.links.activate(backend.outbox.list()[0]!.Token, 'Maple-canoe-42');
    const el = await render(accountId, personId);
    await until(() => expect(textOf(el)).to.contain('Active'));
    expect(textOf(el)).to.contain('Already active: the client signs in with their email.');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tells every status apart by its icon and its words, not by colour alone; an expired share request says so', async () => {
    const { client, backend } = await world();
    const create = async (name: string, email?: string) =>
      (await client.accounts.create({ Owner: { FirstName: name, LastName: 'Roy', ...(email ? { Email: email } : {}) } })).Account;
    backend.addAmiliaUser({ email: 'olivia@example.com', password: 'paddle-the-lake' });
    // The expired ones first: 60 days later, their links have lapsed; everyone else is invited after that.
    const people: Record<string, Awaited<ReturnType<typeof create>>> = {
      InvitationExpired: await create('Ivy', 'ivy@example.com'),
      ShareRequestExpired: await create('Olivia', 'olivia@example.com'),
    };
    backend.clock.advance({ days: 60 });
    backend.addAmiliaUser({ email: 'sam@example.com', password: 'paddle-the-lake' });
    Object.assign(people, {
      NoEmail: await create('Noa'),
      NotInvited: await create('Nils'),
      Invited: await create('Ines', 'ines@example.com'),
      ShareRequested: await create('Sam', 'sam@example.com'),
      Active: await create('Ada', 'ada@example.com'),
    });
    await client.members.updateEmail(people['NotInvited']!.Id, people['NotInvited']!.Owners[0]!.Id, { Email: 'nils@example.com' });
    await client.links.activate(backend.outbox.list().find((e) => e.To === 'ada@example.com')!.Token, 'Maple-canoe-42');

    const badges = [];
    for (const [status, account] of Object.entries(people)) {
      const el = await render(String(account.Id), String(account.Owners[0]!.Id));
      const badge = await until(() => $(el, `[part=status].${status}`));
      badges.push({ text: badge.textContent!.trim(), icon: badge.querySelector('svg')!.innerHTML, colour: getComputedStyle(badge).color });
      await expect(el).to.be.accessible();
    }
    expect(badges.map((b) => b.text)).to.deep.equal(['Invitation expired', 'Share request expired', 'No email', 'Not invited', 'Invited', 'Share requested', 'Active']);
    expect(new Set(badges.map((b) => b.icon)).size).to.equal(7);
    // Invited and Share requested no longer share a colour.
    expect(badges[4]!.colour).not.to.equal(badges[5]!.colour);
  });

  it('counts a rate limit down on the button, says it politely at the start and the end, then lets the person send again', async () => {
    const { backend, accountId, personId } = await member('ana@example.com');
    backend.clock.advance({ days: 10 });
    const el = await render(accountId, personId);
    const button = await until(() => $<HTMLButtonElement>(el, 'button.send'));
    backend.faults.settings.retryAfterSeconds = 4;
    backend.faults.inject('rateLimit', { method: 'POST' });
    button.click();
    const label = () => button.textContent!.trim();
    await until(() => expect(label()).to.match(/^Try again in [34] seconds…$/));
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    const status = $(el, '[role=status]');
    expect(status.textContent).to.equal('Too many requests. You can try again in 4 seconds.');
    button.click(); // while it counts down: nothing is sent
    await until(() => expect(label()).to.equal('Try again in 1 second…'), 5000);
    // The live region is not rewritten every second, only the button's label.
    expect(status.textContent).to.equal('Too many requests. You can try again in 4 seconds.');
    await until(() => expect(label()).to.equal('Send activation request'), 3000);
    expect(status.textContent).to.equal('You can send the request again now.');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(backend.outbox.list()).to.have.length(1);
    button.click();
    await until(() => expect(textOf(el)).to.contain('An invitation was sent to ana@example.com.'));
    expect(backend.outbox.list()).to.have.length(2);
  });

  it('speaks French', async () => {
    const { accountId, personId } = await member('ana@example.com');
    const el = await render(accountId, personId, 'fr');
    await translationsReady();
    await until(() => expect(textOf(el)).to.contain('Invité'));
    expect(textOf(el)).to.contain('Envoyer une demande d’activation');
    expect(textOf(el)).to.contain('25 nov. 2026');
  });

  it('says why loading failed and offers to try again', async () => {
    const { backend, accountId, personId } = await member('ana@example.com');
    backend.faults.inject('contractBreak', { method: 'GET' }, 1);
    const el = await render(accountId, personId);
    await until(() => expect(textOf(el)).to.contain('The server sent an answer we didn’t understand.'));
    $<HTMLButtonElement>(el, 'button.secondary').click();
    await until(() => expect(textOf(el)).to.contain('Invited'));
  });
});

describe('<amilia-activation-button> for a client with a login elsewhere', () => {
  it('says a share request went out, in plain words', async () => {
    const w = await world();
    w.backend.addAmiliaUser({ email: 'olivia@example.com', password: 'paddle-the-lake' });
    const { Account } = await w.client.accounts.create({ Owner: { FirstName: 'Olivia', LastName: 'Chen' } });
    await w.client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: 'olivia@example.com' });
    const el = await render(String(Account.Id), String(Account.Owners[0]!.Id));
    (await until(() => $<HTMLButtonElement>(el, 'button.send'))).click();
    await until(() => expect(textOf(el)).to.contain('A request to share their existing Amilia account was sent to olivia@example.com.'));
  });
});
