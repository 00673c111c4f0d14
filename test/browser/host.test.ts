// The host contract (DESIGN.md): whatever the host page does — change attributes and properties at any time,
// remove and re-insert, move under another provider, load the library twice — an element shows and acts for
// its current subject only. Through the public elements only; each "defect N" is issue 10's list.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { getResponse } from 'msw';
import { createMockBackend } from '../../mocks/index.js';
import '../../src/elements/activate-account/activate-account.js';
import type { AmiliaActivateAccount } from '../../src/elements/activate-account/activate-account.js';
import '../../src/elements/activation-button/activation-button.js';
import type { AmiliaActivationButton } from '../../src/elements/activation-button/activation-button.js';
import '../../src/elements/activation-provider/activation-provider.js';
import type { AmiliaActivationProvider } from '../../src/elements/activation-provider/activation-provider.js';
import '../../src/elements/client-email/client-email.js';
import type { AmiliaClientEmail } from '../../src/elements/client-email/client-email.js';
import '../../src/elements/create-account/create-account.js';
import '../../src/elements/mass-activation/mass-activation.js';
import '../../src/elements/share-account-banner/share-account-banner.js';
import { configure } from '../../src/elements/shared/context.js';
import { type ActivationClient, createActivationClient } from '../../src/sdk/index.js';
import type { QuickStartPage } from './fixtures/quick-start-page.js';
import { $, NOW, textOf, translationsReady, until, world } from './harness.js';

const GOOD = 'Maple-canoe-42';
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** An account whose owner and members have the given emails (`null`: none); their ids as strings. */
async function household(w: { client: ActivationClient }, ...emails: (string | null)[]) {
  const [owner, ...members] = emails.map((email, i) => ({ FirstName: `P${i}`, LastName: 'Roy', ...(email ? { Email: email } : {}) }));
  const { Account } = await w.client.accounts.create({ Owner: owner!, ...(members.length ? { Members: members } : {}) });
  return { accountId: String(Account.Id), people: Account.Members.map((m) => ({ ...m, id: String(m.Id) })) };
}

/** A client whose every call goes through `fetch` and is listed (`POST /api/V3/en/org/…`): what the element side asks. */
function countingClient(base: ActivationClient) {
  const calls: string[] = [];
  const counter = {
    calls,
    get requests() {
      return calls.length;
    },
  };
  const client = createActivationClient({
    ...base.options,
    fetch: (input, init) => {
      const request = new Request(input, init);
      calls.push(`${request.method} ${new URL(request.url).pathname}`);
      return fetch(request);
    },
  });
  return { client, counter };
}

/** Every `name` event the element fires from now on. */
function collect<K extends 'amilia-request-sent' | 'amilia-error' | 'amilia-renewal-sent'>(el: Element, name: K) {
  const seen: CustomEvent[] = [];
  el.addEventListener(name, (event) => seen.push(event as CustomEvent));
  return seen;
}

const tick = () => new Promise((r) => setTimeout(r));

describe('host contract: the eleven defects of issue 10', () => {
  it('defect 1: .person without account-id sends to the member’s own account', async () => {
    const w = await world();
    const { accountId, people } = await household(w, 'ana@example.com', 'leo@example.com');
    const leo = people[1]!;
    const el = await fixture<AmiliaActivationButton>(html`<amilia-activation-button .person=${leo}></amilia-activation-button>`);
    const sent = oneEvent(el, 'amilia-request-sent');
    (await until(() => $<HTMLButtonElement>(el, 'button.send'))).click();
    const { detail } = await sent;
    expect(detail).to.deep.include({ accountId, personId: leo.id });
    expect(w.backend.outbox.list().filter((e) => e.To === 'leo@example.com')).to.have.length(1);
    await until(() => expect(textOf(el)).to.contain('An invitation was sent to leo@example.com.'));

    const editor = await fixture<AmiliaClientEmail>(html`<amilia-client-email .person=${leo}></amilia-client-email>`);
    const input = await until(() => $<HTMLInputElement>(editor, '#email'));
    input.value = 'leo.roy@example.com';
    input.dispatchEvent(new Event('input'));
    const saved = oneEvent(editor, 'amilia-email-saved');
    $<HTMLButtonElement>(editor, 'button[part=submit]').click();
    expect((await saved).detail).to.deep.include({ accountId, personId: leo.id });
    expect((await w.client.accounts.get(accountId)).Members[1]!.Email).to.equal('leo.roy@example.com');
  });

  it('defect 2: a key does not outlive its member: after a lost answer for A, sending for B sends to B', async () => {
    const w = await world();
    const { accountId, people } = await household(w, null, 'ana@example.com', 'bob@example.com');
    w.backend.clock.advance({ days: 10 });
    const [, ana, bob] = people;
    const el = await fixture<AmiliaActivationButton>(html`<amilia-activation-button account-id=${accountId} person-id=${ana!.id}></amilia-activation-button>`);
    const events = collect(el, 'amilia-request-sent');
    w.backend.faults.inject('dropAfterAct', { method: 'POST' }, 3);
    (await until(() => $<HTMLButtonElement>(el, 'button.send'))).click();
    await until(() => expect(textOf(el)).to.contain('We couldn’t reach the server'));

    el.personId = bob!.id;
    await until(() => expect(textOf(el)).not.to.contain('We couldn’t reach the server'));
    (await until(() => $<HTMLButtonElement>(el, 'button.send'))).click();
    await until(() => expect(textOf(el)).to.contain('An invitation was sent to bob@example.com.'));
    expect(textOf(el)).not.to.contain('ana@example.com');
    expect(events.map((e) => [e.detail.personId, e.detail.request.Email])).to.deep.equal([[bob!.id, 'bob@example.com']]);
    expect(w.backend.outbox.list().map((e) => e.To)).to.deep.equal(['ana@example.com', 'bob@example.com']);
  });

  it('defect 2: the renewal key does not outlive its link', async () => {
    const w = await world();
    await household(w, 'ana@example.com');
    await household(w, 'bob@example.com');
    const [anaLink, bobLink] = w.backend.outbox.list().map((e) => tokenOf(e.Link));
    w.backend.clock.advance({ days: 61 });
    const el = await fixture<AmiliaActivateAccount>(html`<amilia-activate-account lang="en" token=${anaLink!}></amilia-activate-account>`);
    const renewals = collect(el, 'amilia-renewal-sent');
    w.backend.faults.inject('dropAfterAct', { method: 'POST' }, 3);
    (await until(() => $<HTMLButtonElement>(el, 'button[part~=submit]'))).click();
    await until(() => expect(textOf(el)).to.contain('We couldn’t reach the server'));

    el.token = bobLink!;
    await until(() => expect(textOf(el)).not.to.contain('We couldn’t reach the server'));
    (await until(() => $<HTMLButtonElement>(el, 'button[part~=submit]'))).click();
    await until(() => expect(textOf(el)).to.contain('A new link was sent to b***@example.com'));
    expect(renewals.map((e) => e.detail.sentTo)).to.deep.equal(['b***@example.com']);
    expect(w.backend.outbox.list().filter((e) => e.Channel === 'Renewal').map((e) => e.To)).to.deep.equal(['ana@example.com', 'bob@example.com']);
  });

  it('defects 3 and 6: another token shows the new link, with nothing typed, ticked or sent from the previous one', async () => {
    const w = await world();
    await household(w, 'ana@example.com');
    await household(w, 'bob@example.com');
    const [ana, bob] = w.backend.outbox.list().map((e) => tokenOf(e.Link));
    const el = await fixture<AmiliaActivateAccount>(html`<amilia-activate-account lang="en" token=${ana!}></amilia-activate-account>`);
    const type = (id: string, text: string) => {
      const input = $<HTMLInputElement>(el, id);
      input.value = text;
      input.dispatchEvent(new Event('input'));
    };
    await until(() => $(el, '#confirmation'));
    type('#password', GOOD);
    type('#confirmation', GOOD);
    $<HTMLButtonElement>(el, 'button[part~=submit]').click();
    await until(() => expect(textOf(el)).to.contain('Your account is active'));

    // Defect 3: the previous person's success is not shown for the next link.
    el.token = bob!;
    await until(() => expect(textOf(el)).to.contain('Activate your Forest Explorers account'));
    expect(textOf(el)).to.contain('bob@example.com');
    type('#password', GOOD);
    type('#confirmation', GOOD);

    // Defect 6: another link and back: both fields empty, every rule idle, and submitting sends nothing.
    el.token = ana!;
    await until(() => expect(textOf(el)).to.contain('Your account is already active'));
    el.token = bob!;
    await until(() => $(el, '#confirmation'));
    expect($<HTMLInputElement>(el, '#password').value).to.equal('');
    expect($<HTMLInputElement>(el, '#confirmation').value).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('[part~="rules"] li.idle')).to.have.length(6);
    $<HTMLButtonElement>(el, 'button[part~=submit]').click();
    await until(() => expect(textOf(el)).to.contain('Choose a stronger password.'));
    expect((await w.client.links.inspect(bob!)).State).to.equal('Open');
  });

  it('defect 6: the consent box is unticked for another share request', async () => {
    const w = await world();
    for (const email of ['dan@example.com', 'eve@example.com']) {
      w.backend.addAmiliaUser({ email, password: GOOD });
      const { Account } = await w.client.accounts.create({ Owner: { FirstName: 'X', LastName: 'Y' } });
      await w.client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: email, SendActivationRequest: true });
    }
    const [dan, eve] = w.backend.outbox.list().map((e) => tokenOf(e.Link));
    const el = await fixture<AmiliaActivateAccount>(html`<amilia-activate-account lang="en" token=${dan!}></amilia-activate-account>`);
    (await until(() => $<HTMLInputElement>(el, '#consent'))).click();
    expect($<HTMLInputElement>(el, '#consent').checked).to.equal(true);
    el.token = eve!;
    await until(() => expect(textOf(el)).to.contain('eve@example.com'));
    expect($<HTMLInputElement>(el, '#consent').checked).to.equal(false);
  });

  it('defect 6: after one renewal, another expired link still offers its own renewal', async () => {
    const w = await world();
    await household(w, 'ana@example.com');
    await household(w, 'bob@example.com');
    const [ana, bob] = w.backend.outbox.list().map((e) => tokenOf(e.Link));
    w.backend.clock.advance({ days: 61 });
    const el = await fixture<AmiliaActivateAccount>(html`<amilia-activate-account lang="en" token=${ana!}></amilia-activate-account>`);
    (await until(() => $<HTMLButtonElement>(el, 'button[part~=submit]'))).click();
    await until(() => expect(textOf(el)).to.contain('A new link was sent to a***@example.com'));
    el.token = bob!;
    await until(() => $<HTMLButtonElement>(el, 'button[part~=submit]'));
    expect(textOf(el)).not.to.contain('A new link was sent');
  });

  it('defect 4: a removed mass element makes no request, even when the start answers after it left', async () => {
    const w = await world({ massChunkSize: 1, faults: { massPauseMs: 20, latencyMs: 150 } });
    w.backend.clock.advance({ days: -30 });
    for (let i = 0; i < 10; i++) await w.client.accounts.create({ Owner: { FirstName: `C${i}`, LastName: 'Z', Email: `c${i}@example.com` } });
    w.backend.clock.advance({ days: 30 });
    const { client, counter } = countingClient(w.client);
    const provider = await fixture<AmiliaActivationProvider>(
      html`<amilia-activation-provider .client=${client}><amilia-mass-activation lang="en" poll-interval="20"></amilia-mass-activation></amilia-activation-provider>`,
    );
    const el = provider.querySelector('amilia-mass-activation')!;
    const date = await until(() => $<HTMLInputElement>(el, '#date'));
    date.value = '2026-10-01';
    date.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'button.preview').click();
    (await until(() => $<HTMLButtonElement>(el, 'button.send'))).click();
    $<HTMLButtonElement>(el, 'dialog button[value=confirm]').click();
    // The start is on its way, with 150 ms of latency: the element leaves before it answers.
    await until(() => expect(counter.calls.at(-1)).to.match(/^POST .*\/activation-requests\/mass$/));
    el.remove();
    const left = counter.requests;
    // The job runs on without it: wait for its end, then one more 150 ms round trip (several poll intervals).
    await until(async () => expect((await w.client.mass.current()).Job).to.equal(null), 10000);
    await w.client.organization.get();
    expect(counter.requests, 'requests after removal').to.equal(left);
  });

  it('defect 5: renders read nothing from storage', async () => {
    sessionStorage.clear(); // no offer put off by an earlier test (a new tab)
    const w = await world();
    w.backend.addAmiliaUser({ email: 'sam@example.com', password: GOOD });
    const { Account } = await w.client.accounts.create({ Owner: { FirstName: 'Sam', LastName: 'Lee' } });
    await w.client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: 'sam@example.com' });
    const token = w.backend.signIn('sam@example.com', GOOD);
    const client = createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => token });
    const reads = { count: 0 };
    const getItem = Storage.prototype.getItem;
    const page = document.documentElement;
    const original = page.getAttribute('lang');
    Storage.prototype.getItem = function (key: string) {
      reads.count++;
      return getItem.call(this, key);
    };
    try {
      const provider = await fixture<AmiliaActivationProvider>(
        html`<amilia-activation-provider .client=${client}><amilia-share-account-banner></amilia-share-account-banner></amilia-activation-provider>`,
      );
      const banner = provider.querySelector('amilia-share-account-banner')!;
      await until(() => $(banner, '[part~=accept]'));
      const afterLoad = reads.count;
      // The page's language changes twice: the banner says so, so it rendered again each time.
      page.setAttribute('lang', 'fr');
      await until(() => expect(textOf(banner)).to.contain('Refuser'));
      page.setAttribute('lang', 'en');
      await until(() => expect(textOf(banner)).to.contain('Decline'));
      expect(reads.count, 'storage reads while re-rendering').to.equal(afterLoad);
    } finally {
      Storage.prototype.getItem = getItem;
      if (original === null) page.removeAttribute('lang');
      else page.setAttribute('lang', original);
    }
  });

  for (const [from, query] of [
    ['the sources', ''],
    ['the CDN bundle', '?cdn'],
  ] as const) {
    it(`defect 7 (${from}): mass activation parsed or inserted together with its provider attaches to the running job`, async function () {
      if (query && !(await fetch('/dist/cdn/amilia-activation.js', { method: 'HEAD' })).ok) this.skip();
      // A page of its own: no configure(), so no default client hides a provider that answers late.
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/test/browser/fixtures/quick-start.html${query}`;
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { quickStart?: QuickStartPage };
        const page = await until(() => win.quickStart ?? Promise.reject(new Error('the page has not started')), 10000);
        const { insert } = await page;
        const parsed = frame.contentDocument!.querySelector('amilia-mass-activation')!;
        await until(() => expect(textOf(parsed)).to.contain('Sending activation requests'), 10000);
        const inserted = insert();
        await until(() => expect(textOf(inserted)).to.contain('Sending activation requests'), 10000);
        expect(textOf(inserted)).not.to.contain('not configured');
      } finally {
        frame.remove();
      }
    });
  }

  it('defect 8: moved under a provider of another organization and language, it shows that organization’s data', async () => {
    const w = await world();
    const other = createMockBackend({ now: NOW, organization: { Identifier: 'lakeside', Name: 'Lakeside Club', IsLive: false, TimeZone: 'America/Toronto' } });
    const lakeside = createActivationClient({
      baseUrl: location.origin,
      organization: 'lakeside',
      language: 'fr',
      getToken: () => other.adminToken,
      fetch: async (input, init) => (await getResponse(other.handlers, new Request(input, init))) ?? new Response(null, { status: 404 }),
    });
    const page = await fixture<HTMLDivElement>(html`<div>
      <amilia-activation-provider id="a" .client=${w.client}><amilia-create-account></amilia-create-account></amilia-activation-provider>
      <amilia-activation-provider id="b" language="fr" .client=${lakeside}></amilia-activation-provider>
    </div>`);
    const form = page.querySelector('amilia-create-account')!;
    await until(() => expect(textOf(form)).to.contain('Forest Explorers is not live yet'));
    expect(textOf(form)).to.contain('New client account');
    page.querySelector('#b')!.append(form);
    await until(() => expect(textOf(form)).to.contain('Nouveau compte client'));
    await until(() => expect(textOf(form)).to.contain('Lakeside Club'));
    expect(textOf(form)).not.to.contain('Forest Explorers');
    other.dispose();
  });

  it('defect 9: lang changed live, on the element or on an enclosing element, shows at once', async () => {
    const w = await world();
    const { accountId, people } = await household(w, 'ana@example.com');
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en"><amilia-activation-button account-id=${accountId} person-id=${people[0]!.id}></amilia-activation-button></div>`,
    );
    const el = page.querySelector('amilia-activation-button')!;
    await until(() => expect(textOf(el)).to.contain('Invited'));
    page.setAttribute('lang', 'fr');
    await translationsReady();
    await until(() => expect(textOf(el)).to.contain('Invité'));
    el.setAttribute('lang', 'en');
    await until(() => expect(textOf(el)).to.contain('Send activation request'));
    el.removeAttribute('lang');
    await until(() => expect(textOf(el)).to.contain('Envoyer une demande d’activation'));
  });

  it('defect 10: configure() on a second copy of the library configures the elements of the first', async function () {
    if (!(await fetch('/dist/cdn/amilia-activation.js', { method: 'HEAD' })).ok) this.skip();
    const w = await world();
    const { accountId, people } = await household(w, 'ana@example.com');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      // Two more copies, at two URLs whose chunks differ too, as from two CDNs (the page's own copy, from the
      // sources, defined the tags first).
      const first = await import(/* @vite-ignore */ '/dist/cdn/amilia-activation.js' as string);
      const second = await import(/* @vite-ignore */ '/dist//cdn/amilia-activation.js' as string);
      expect(first.configure).not.to.equal(second.configure);
      const { client, counter } = countingClient(w.client);
      second.configure(client);
      const el = await fixture<AmiliaActivationButton>(html`<amilia-activation-button account-id=${accountId} person-id=${people[0]!.id}></amilia-activation-button>`);
      await until(() => expect(textOf(el)).to.contain('Invited'));
      expect(counter.requests, 'requests through the second copy’s client').to.be.greaterThan(0);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      configure(w.client);
    }
  });

  it('defect 11: removed with its confirmation open, re-inserted, no dialog is open and the page is not inert', async () => {
    const w = await world();
    const { accountId, people } = await household(w, 'ana@example.com');
    const el = await fixture<AmiliaActivationButton>(html`<amilia-activation-button account-id=${accountId} person-id=${people[0]!.id}></amilia-activation-button>`);
    (await until(() => $<HTMLButtonElement>(el, 'button.send'))).click();
    await until(() => $<HTMLDialogElement>(el, 'dialog[open]'));
    const parent = el.parentNode!;
    el.remove();
    parent.appendChild(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
    expect(el.shadowRoot!.querySelector(':modal')).to.equal(null);
    expect(w.backend.outbox.list()).to.have.length(1);
  });
});

describe('host contract: what hosts do', () => {
  it('a member changed while the send is in flight: no message and no event for the first, the second sends once', async () => {
    const w = await world({ faults: { latencyMs: 100 } });
    const { accountId, people } = await household(w, null, 'ana@example.com', 'bob@example.com');
    const [, ana, bob] = people;
    const el = await fixture<AmiliaActivationButton>(html`<amilia-activation-button account-id=${accountId} person-id=${ana!.id}></amilia-activation-button>`);
    const events = collect(el, 'amilia-request-sent');
    (await until(() => $<HTMLButtonElement>(el, 'button.send'))).click();
    await until(() => expect(textOf(el)).to.contain('Sending…'));
    el.personId = bob!.id;
    // Ana's request reached the server; the element had its chance to report it.
    await until(() => expect(w.backend.outbox.list().map((e) => e.To)).to.include('ana@example.com'));
    await until(() => expect(textOf(el)).to.contain('Not invited'));
    await w.client.accounts.get(accountId);
    expect(textOf(el)).not.to.contain('ana@example.com');
    expect(events).to.have.length(0);

    $<HTMLButtonElement>(el, 'button.send').click();
    await until(() => expect(textOf(el)).to.contain('An invitation was sent to bob@example.com.'));
    expect(events.map((e) => e.detail.personId)).to.deep.equal([bob!.id]);
    expect(w.backend.outbox.list().filter((e) => e.To === 'bob@example.com')).to.have.length(1);
  });

  it('20 rapid person-id changes end on the last person, with no event for the others', async () => {
    const w = await world();
    const emails = Array.from({ length: 21 }, (_, i) => `m${i}@example.com`);
    const { accountId, people } = await household(w, ...emails);
    const el = await fixture<AmiliaActivationButton>(html`<amilia-activation-button account-id=${accountId} person-id=${people[0]!.id}></amilia-activation-button>`);
    const events = collect(el, 'amilia-request-sent');
    await until(() => $(el, 'button.send'));
    for (const person of people.slice(1)) {
      el.personId = person.id;
      await tick();
    }
    const last = people.at(-1)!;
    await until(() => expect(textOf(el)).to.contain('Not invited'));
    $<HTMLButtonElement>(el, 'button.send').click();
    await until(() => expect(events).to.have.length(1));
    expect(events[0]!.detail.personId).to.equal(last.id);
    expect(w.backend.outbox.list().filter((e) => e.Channel === 'Manual').map((e) => e.To)).to.deep.equal([last.Email]);
  });

  it('removed mid-request and put back: renders the outcome, sends once, and makes no request while away', async () => {
    const w = await world({ faults: { latencyMs: 150 } });
    const { accountId, people } = await household(w, null, 'ana@example.com');
    const { client, counter } = countingClient(w.client);
    const provider = await fixture<AmiliaActivationProvider>(
      html`<amilia-activation-provider .client=${client}><amilia-activation-button account-id=${accountId} person-id=${people[1]!.id}></amilia-activation-button></amilia-activation-provider>`,
    );
    const el = provider.querySelector('amilia-activation-button')!;
    const events = collect(el, 'amilia-request-sent');
    (await until(() => $<HTMLButtonElement>(el, 'button.send'))).click();
    await until(() => expect(textOf(el)).to.contain('Sending…'));
    el.remove();
    const away = counter.requests;
    // While it is away the server acts on what it had received; wait for that, then count.
    await until(() => expect(w.backend.outbox.list()).to.have.length(1));
    await w.client.accounts.get(accountId);
    expect(counter.requests, 'requests while removed').to.equal(away);

    provider.append(el);
    await until(() => expect(textOf(el)).to.contain('An invitation was sent to ana@example.com.'));
    expect(events).to.have.length(1);
    expect(w.backend.outbox.list()).to.have.length(1);
  });

  it('two providers on one page do not cross-talk', async () => {
    const w = await world();
    const { accountId, people } = await household(w, 'ana@example.com');
    const english = countingClient(w.client);
    const french = countingClient(w.client);
    const page = await fixture<HTMLDivElement>(html`<div>
      <amilia-activation-provider language="en" .client=${english.client}>
        <amilia-activation-button account-id=${accountId} person-id=${people[0]!.id}></amilia-activation-button>
      </amilia-activation-provider>
      <amilia-activation-provider language="fr" .client=${french.client}>
        <amilia-client-email account-id=${accountId} person-id=${people[0]!.id}></amilia-client-email>
      </amilia-activation-provider>
    </div>`);
    await translationsReady();
    const [button, editor] = [page.querySelector('amilia-activation-button')!, page.querySelector('amilia-client-email')!];
    await until(() => expect(textOf(button)).to.contain('Send activation request'));
    await until(() => expect(textOf(editor)).to.contain('Enregistrer'));
    expect([english.counter.requests, french.counter.requests]).to.deep.equal([1, 1]);
  });
});
