// Nothing injected: script-injection payloads from the Big List of Naughty Strings placed in names and
// emails, rendered by every finished element and exported as CSV, with a global trap counting any script
// that runs (the organization's name and the server's own messages: hostile-messages.test.ts). Then
// overlong input, names in every script, and the link token's safety.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/activate-account/activate-account.js';
import type { AmiliaActivateAccount } from '../../src/elements/activate-account/activate-account.js';
import '../../src/elements/activation-button/activation-button.js';
import '../../src/elements/client-email/client-email.js';
import '../../src/elements/create-account/create-account.js';
import '../../src/elements/mass-activation/mass-activation.js';
import { configure } from '../../src/elements/shared/context.js';
import en from '../../src/elements/shared/i18n/en.js';
import { isApiError } from '../../src/sdk/index.js';
import { mountDemo } from '../../demo/app.js';
import { $, installScriptTrap, textOf, until, world } from './harness.js';
import { PASSWORD, eachBatch, expectNoInjectedMarkup, hostileHouseholds, payloads, shown, tokenOf, trapScripts, type } from './hostile-support.js';

/** Cells a spreadsheet would run as a formula; the export must neutralise them. */
const FORMULA_START = /^[=+\-@]/;
const heading = (el: Element) => $(el, '[part~="heading"]').textContent!.trim();
const tally = trapScripts('hostile');

describe('hostile input', () => {
  it('uses at least 50 script-injection payloads, and the trap does catch a script that runs', async () => {
    expect(payloads.length).to.be.at.least(50);
    // The trap must be able to fail: a payload parsed as markup on purpose is counted.
    const probe = installScriptTrap();
    const parsed = document.createElement('div');
    parsed.innerHTML = '<img src="data:," onerror="alert(1)">';
    document.body.append(parsed);
    await until(() => expect(probe.executions).to.equal(1));
    parsed.remove();
    probe.uninstall();
  });

  eachBatch('names: every payload is stored as typed and shown as text on the link page and by the activation button', async (names) => {
    const { backend, people, token } = await hostileHouseholds(names);
    expect(people.map((p) => p.FirstName)).to.deep.equal(names.map((p) => p.trim()));
    const links = await fixture(html`<div>${names.map((_, i) => html`<amilia-activate-account lang="en" token=${token(i)}></amilia-activate-account>`)}</div>`);
    const pages = [...links.querySelectorAll('amilia-activate-account')];
    await until(() => pages.forEach((page, i) => expect(textOf(page)).to.contain(`Hi ${shown(names[i]!)}, choose a password`)), 15000);
    tally.placements += pages.length;
    expectNoInjectedMarkup(links);

    backend.clock.advance({ days: 10 });
    const buttons = await fixture(
      html`<div>${people.map((p) => html`<amilia-activation-button account-id=${String(p.AccountId)} person-id=${String(p.Id)}></amilia-activation-button>`)}</div>`,
    );
    const all = [...buttons.querySelectorAll('amilia-activation-button')];
    await until(() => all.forEach((button) => $(button, 'button.send')), 15000);
    for (const button of all) $<HTMLButtonElement>(button, 'button.send').click();
    await until(() => all.forEach((button, i) => expect(textOf(button)).to.contain(`An invitation was sent to h${i}@example.com.`)), 15000);
    tally.placements += all.length;
    expectNoInjectedMarkup(buttons);
  });

  eachBatch('names: the email editor labels its field with them, as text', async (names) => {
    const { people } = await hostileHouseholds(names);
    const editors = await fixture(
      html`<div>${people.map((p) => html`<amilia-client-email lang="en" account-id=${String(p.AccountId)} person-id=${String(p.Id)}></amilia-client-email>`)}</div>`,
    );
    const all = [...editors.querySelectorAll('amilia-client-email')];
    await until(() => all.forEach((editor, i) => expect(shown($(editor, 'label[for=email]').textContent!)).to.equal(`${shown(people[i]!.FullName)}’s email`)), 15000);
    tally.placements += all.length;
    expectNoInjectedMarkup(editors);
  });

  it('names: the mass preview lists them as text', async () => {
    const { people } = await hostileHouseholds(payloads);
    const mass = await fixture(html`<amilia-mass-activation lang="en"></amilia-mass-activation>`);
    type(mass, '#date', '2026-11-24');
    $<HTMLButtonElement>(mass, 'button.preview').click();
    // The list is virtualized: the rows on screen are the first ones (accounts created at once: in any order).
    const names = people.map((person) => person.FullName);
    const rows = await until(() => {
      const listed = [...mass.shadowRoot!.querySelectorAll('[part=list] .name')].map((row) => row.textContent!);
      expect(listed.length).to.be.at.least(3);
      return listed;
    }, 8000);
    rows.forEach((row) => expect(names).to.include(row));
    tally.placements += rows.length;
    expectNoInjectedMarkup(mass);
  });

  eachBatch('names typed into <amilia-create-account> come back as text in its result', async (names) => {
    const { client } = await world();
    const page = await fixture(html`<div>${names.map(() => html`<amilia-create-account lang="en"></amilia-create-account>`)}</div>`);
    const forms = [...page.querySelectorAll('amilia-create-account')];
    await until(() => forms.forEach((form) => $(form, '[part=notice]')));
    forms.forEach((form, i) => {
      type(form, '#owner-FirstName', names[i]!);
      type(form, '#owner-LastName', 'Roy');
      $<HTMLButtonElement>(form, 'button[part=submit]').click();
    });
    await until(() => forms.forEach((form, i) => expect(textOf(form)).to.contain(` created for ${shown(`${names[i]!.trim()} Roy`)}.`)), 15000);
    expectNoInjectedMarkup(page);
    tally.placements += names.length;
    expect((await client.accounts.list()).Paging.TotalCount).to.equal(names.length);
  });

  eachBatch('emails: the SDK is refused with InvalidEmail, and the form shows the refusal, not the payload', async (emails) => {
    const { client, backend } = await world();
    const refusals = await Promise.all(
      emails.map((email) => client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: email } }).catch((e: unknown) => e)),
    );
    refusals.forEach((refusal, i) => expect(isApiError(refusal) && refusal.code, `${emails[i]}: ${refusal}`).to.equal('InvalidEmail'));
    expect(backend.outbox.list()).to.deep.equal([]);

    const page = await fixture(html`<div>${emails.map(() => html`<amilia-create-account lang="en"></amilia-create-account>`)}</div>`);
    const forms = [...page.querySelectorAll('amilia-create-account')];
    await until(() => forms.forEach((form) => $(form, '#owner-Email')));
    forms.forEach((form, i) => {
      type(form, '#owner-Email', emails[i]!);
      $(form, '#owner-Email').dispatchEvent(new FocusEvent('blur'));
    });
    await until(() => forms.forEach((form) => expect(shown($(form, '#owner-Email-error').textContent!)).to.equal(en['error.InvalidEmail'])));
    forms.forEach((form, i) => expect(textOf(form)).not.to.contain(shown(emails[i]!)));
    expectNoInjectedMarkup(page);
    tally.placements += emails.length * 2;
  });

  const formulas = ['=cmd|\' /C calc\'!A0', '+SUM(1,1)', '-2+3', '@SUM(A1)', '=HYPERLINK("https://evil.example","x")'];
  eachBatch('the CSV export neutralises every cell a spreadsheet would run, hostile names included', async (batch) => {
    const names = [...batch, ...formulas];
    const { client, people } = await hostileHouseholds(names, { email: false });
    const job = await client.mass.start('2026-11-24');
    for await (const state of client.mass.watch(job.Id, { interval: 50 })) void state;
    const rows = parseCsv(await client.mass.resultsCsv(job.Id));
    expect(rows[0]).to.deep.equal(['AccountId', 'PersonId', 'FullName', 'Email', 'Outcome', 'EligibleOn']);
    const cells = rows.slice(1);
    expect(cells).to.have.length(names.length);
    expect(cells.flat().filter((cell) => FORMULA_START.test(cell)), 'cells a spreadsheet would run').to.deep.equal([]);
    for (const person of people) {
      const row = cells.find((r) => r[1] === String(person.Id))!;
      const full = `${person.FirstName} ${person.LastName}`;
      expect(row[2]).to.equal(FORMULA_START.test(full) ? `'${full}` : full);
    }
    expect(cells.filter((r) => r[2]!.startsWith("'")).length).to.be.at.least(formulas.length);
    tally.placements += names.length;
  });
});

describe('hostile input in the demo: its mailbox and its account list', () => {
  let demo: ReturnType<typeof mountDemo> | undefined;
  afterEach(() => {
    demo?.unmount();
    demo = undefined;
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows hostile names and organization names as text, and runs none of them', async () => {
    const names = payloads.slice(0, 20);
    const organization = payloads.find((p) => p.includes('onerror'))!;
    const { backend, client } = await world({ activationPage: `${location.origin}${location.pathname}#/activate` });
    backend.setOrganization({ Name: organization });
    await Promise.all(names.map((name, i) => client.accounts.create({ Owner: { FirstName: name, LastName: 'Roy', Email: `h${i}@example.com` } })));
    const root = document.createElement('div');
    document.body.append(root);
    location.hash = '#/mailbox';
    demo = mountDemo(root, { backend, apiBase: location.origin });
    const text = () => shown(root.querySelector('main')?.textContent ?? '');
    await until(() => expect(text()).to.contain('h0@example.com'), 8000);
    expectNoInjectedMarkup(root);

    for (const email of backend.outbox.list().slice(0, 5)) {
      location.hash = `#/mailbox/${email.Id}`;
      const name = names[Number(email.To.match(/\d+/)![0])]!;
      await until(() => expect(text()).to.contain(`Hello ${shown(name.trim())}, ${shown(organization)} created an Amilia account for you.`), 8000);
      expectNoInjectedMarkup(root);
    }

    location.hash = '#/accounts';
    await until(() => names.forEach((name) => expect(text()).to.contain(shown(name.trim()))), 8000);
    expectNoInjectedMarkup(root);
    tally.placements += names.length * 2 + 5 + 1;
  });
});

/** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

describe('overlong input is refused with a message', () => {
  const long = 'x'.repeat(10_000);

  it('through the SDK: a Validation problem naming each field', async () => {
    const { client, backend } = await world();
    const created = await client.accounts.create({ Owner: { FirstName: long, LastName: 'Roy', Email: `${long}@example.com` } }).catch((e: unknown) => e);
    expect(isApiError(created) && created.code).to.equal('Validation');
    expect(Object.keys(isApiError(created) ? created.fieldErrors : {}).sort()).to.deep.equal(['Owner.Email', 'Owner.FirstName']);
    const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy' } });
    const edited = await client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: `${long}@example.com` }).catch((e: unknown) => e);
    expect(isApiError(edited) && edited.code).to.equal('Validation');
    expect(Object.keys(isApiError(edited) ? edited.fieldErrors : {})).to.deep.equal(['Email']);
    expect(backend.outbox.list()).to.deep.equal([]);
  });

  it('through <amilia-create-account>: the name says its limit, the email is not valid, nothing is sent', async () => {
    const { backend } = await world();
    const el = await fixture(html`<amilia-create-account lang="en"></amilia-create-account>`);
    type(el, '#owner-FirstName', long);
    type(el, '#owner-LastName', 'Roy');
    type(el, '#owner-Email', `${long}@example.com`);
    $<HTMLButtonElement>(el, 'button[part=submit]').click();
    await until(() => expect(shown($(el, '#owner-FirstName-error').textContent!)).to.equal('Use at most 100 characters (this one has 10000).'));
    expect(shown($(el, '#owner-Email-error').textContent!)).to.equal(en['error.InvalidEmail']);
    expect($<HTMLInputElement>(el, '#owner-FirstName').value).to.equal(long);
    expect(backend.outbox.list()).to.deep.equal([]);
  });

  it('through <amilia-activate-account>: a 10,000-character password is refused as too long and stays typed', async () => {
    const { backend, token } = await hostileHouseholds(['Ana']);
    const el = await fixture<AmiliaActivateAccount>(html`<amilia-activate-account lang="en" token=${token(0)}></amilia-activate-account>`);
    await until(() => $(el, '#confirmation'));
    type(el, '#password', long);
    type(el, '#confirmation', long);
    const rule = () => [...el.shadowRoot!.querySelectorAll('[part~="rules"] li')].find((li) => li.textContent!.includes(en['password.TooLong']))!;
    await until(() => expect(rule().className).to.equal('unmet'));
    $<HTMLButtonElement>(el, '[part~="submit"]').click();
    await until(() => expect($(el, '[part~="message"]').textContent).to.contain(en['password.TooLong']));
    expect($<HTMLInputElement>(el, '#password').value).to.equal(long);
    expect(backend.outbox.list()).to.have.length(1);
  });
});

describe('names in every script round-trip intact', () => {
  const NAMES: readonly [string, string][] = [
    ['Zoë', 'Lefèvre-Côté'],
    ['Ñuño', 'Ærøskøbing-Çelik'],
    ['مُحَمَّد', 'الأحمد'],
    ['שָׂרָה', 'כֹּהֵן'],
    ['Renée 🦊', '👩‍👩‍👧‍👦 Tremblay'],
  ];

  it('created through the SDK, read back, rendered on the link page and in the creation result', async () => {
    const { client, backend } = await world();
    for (const [first, last] of NAMES) {
      const { Account } = await client.accounts.create({ Owner: { FirstName: first, LastName: last, Email: `${NAMES.findIndex(([f]) => f === first)}@example.com` } });
      const back = (await client.accounts.get(Account.Id)).Owners[0]!;
      expect([back.FirstName, back.LastName, back.FullName]).to.deep.equal([first, last, `${first} ${last}`]);
    }
    const pages = await fixture(html`<div>${backend.outbox.list().map((e) => html`<amilia-activate-account lang="en" token=${tokenOf(e.Link)}></amilia-activate-account>`)}</div>`);
    const links = [...pages.querySelectorAll('amilia-activate-account')];
    await until(() => links.forEach((link, i) => expect(textOf(link)).to.contain(`Hi ${NAMES[i]![0]}, choose a password`)));

    const el = await fixture(html`<amilia-create-account lang="en"></amilia-create-account>`);
    for (const [first, last] of NAMES) {
      type(el, '#owner-FirstName', first);
      type(el, '#owner-LastName', last);
      $<HTMLButtonElement>(el, 'button[part=submit]').click();
      await until(() => expect(textOf(el)).to.contain(`created for ${first} ${last}.`));
      $<HTMLButtonElement>(el, '.result button').click();
      await until(() => $(el, '#owner-FirstName'));
    }
  });
});

describe('the link token', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('is never logged, nor carried in an error, nor in the address a request is sent from', async () => {
    const { backend, client, token } = await hostileHouseholds(['Ana']);
    const seen: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const saved = methods.map((m) => console[m]);
    for (const m of methods) console[m] = (...args: unknown[]) => void seen.push(...args);
    const addresses: string[] = [];
    configure({
      baseUrl: location.origin,
      organization: 'forest-explorers',
      retry: { limit: 2, maxRetryAfter: 2 },
      fetch: (input, init) => (addresses.push(location.href), fetch(input, init)),
    });
    const errors: unknown[] = [];
    try {
      history.replaceState(null, '', `${location.pathname}?token=${encodeURIComponent(token(0))}`);
      backend.faults.inject('networkError', { method: 'GET', path: '/activations/' }, 3);
      const el = await fixture<AmiliaActivateAccount>(html`<amilia-activate-account lang="en"></amilia-activate-account>`);
      el.addEventListener('amilia-error', (e) => errors.push(e.detail, e.detail.error));
      await until(() => $(el, 'button.secondary'), 6000);
      backend.faults.inject('contractBreak', { method: 'GET', path: '/activations/' });
      $<HTMLButtonElement>(el, 'button.secondary').click();
      await until(() => expect(textOf(el)).to.contain(en['error.Contract']));
      $<HTMLButtonElement>(el, 'button.secondary').click();
      await until(() => $(el, '#confirmation'));
      type(el, '#password', PASSWORD);
      type(el, '#confirmation', PASSWORD);
      // Keyed, so retried twice: fail all three attempts.
      backend.faults.inject('serverError', { method: 'POST', path: '/activations/' }, 3);
      $<HTMLButtonElement>(el, '[part~="submit"]').click();
      await until(() => expect($(el, '[part~="message"]').textContent).to.contain(en['error.ServerError']));
      $<HTMLButtonElement>(el, '[part~="submit"]').click();
      await until(() => expect(heading(el)).to.equal('Your account is active'));
    } finally {
      methods.forEach((m, i) => (console[m] = saved[i]!));
      configure(client);
    }
    expect(errors.length).to.be.at.least(3);
    const leaks = [...seen, ...errors].map(stringify).filter((text) => text.includes(token(0)));
    expect(leaks, 'logged or reported text holding the token').to.deep.equal([]);
    expect(addresses.length).to.be.at.least(4);
    expect(addresses.filter((address) => address.includes(token(0))), 'page addresses a Referer could carry').to.deep.equal([]);
  });

  it('never leaks through Referer: every link the page shows carries rel=noreferrer', async () => {
    const { token, client, backend } = await hostileHouseholds(['Ana']);
    const el = await fixture<AmiliaActivateAccount>(html`<amilia-activate-account lang="en" token=${token(0)}></amilia-activate-account>`);
    await until(() => $(el, '#confirmation'));
    type(el, '#password', PASSWORD);
    type(el, '#confirmation', PASSWORD);
    $<HTMLButtonElement>(el, '[part~="submit"]').click();
    await until(() => expect(heading(el)).to.equal('Your account is active'));
    const used = await fixture(html`<amilia-activate-account lang="en" token=${token(0)}></amilia-activate-account>`);
    await until(() => expect(heading(used)).to.equal('Your account is already active'));
    backend.addAmiliaUser({ email: 'sam@example.com', password: PASSWORD });
    await client.accounts.create({ Owner: { FirstName: 'Sam', LastName: 'Lee', Email: 'sam@example.com' } });
    const shared = await fixture(html`<amilia-activate-account lang="en" token=${tokenOf(backend.outbox.list().at(-1)!.Link)}></amilia-activate-account>`);
    await until(() => $(shared, '#consent'));
    type(shared, '#password', PASSWORD);
    $<HTMLInputElement>(shared, '#consent').click();
    $<HTMLButtonElement>(shared, '[part~="submit"]').click();
    await until(() => expect(heading(shared)).to.equal('Your account is shared with Forest Explorers'));
    const anchors = [el, used, shared].flatMap((page) => [...page.shadowRoot!.querySelectorAll('a')]);
    expect(anchors).to.have.length(3);
    for (const a of anchors) {
      expect(a.relList.contains('noreferrer'), a.outerHTML).to.equal(true);
      expect(a.href).not.to.contain(token(0));
    }
  });

  it('works once: a second activation of the same link says it was already used', async () => {
    const { client, token } = await hostileHouseholds(['Ana']);
    // Two tabs opened on the same link.
    const pages = await fixture(html`<div>
      <amilia-activate-account lang="en" token=${token(0)}></amilia-activate-account>
      <amilia-activate-account lang="en" token=${token(0)}></amilia-activate-account>
    </div>`);
    const [first, second] = [...pages.querySelectorAll('amilia-activate-account')] as [AmiliaActivateAccount, AmiliaActivateAccount];
    await until(() => [first, second].forEach((page) => $(page, '#confirmation')));
    for (const page of [first, second]) {
      type(page, '#password', PASSWORD);
      type(page, '#confirmation', PASSWORD);
    }
    $<HTMLButtonElement>(first, '[part~="submit"]').click();
    await until(() => expect(heading(first)).to.equal('Your account is active'));
    const refused = oneEvent(second, 'amilia-error');
    $<HTMLButtonElement>(second, '[part~="submit"]').click();
    expect((await refused).detail).to.include({ code: 'LinkUsed', message: en['error.LinkUsed'] });
    await until(() => expect(heading(second)).to.equal('Your account is already active'));
    const again = await client.links.activate(token(0), PASSWORD).catch((e: unknown) => e);
    expect(isApiError(again) && [again.code, again.status]).to.deep.equal(['LinkUsed', 410]);
  });

  it('renewal shows only a masked address, and an unknown link reveals nothing about any address', async () => {
    const { backend, client, token } = await hostileHouseholds(['Ana']);
    backend.clock.advance({ days: 60 });
    const el = await fixture<AmiliaActivateAccount>(html`<amilia-activate-account lang="en" token=${token(0)}></amilia-activate-account>`);
    await until(() => $(el, 'button[part~="submit"]'));
    expect(textOf(el)).not.to.contain('h0@example.com');
    const sent = oneEvent(el, 'amilia-renewal-sent');
    $<HTMLButtonElement>(el, 'button[part~="submit"]').click();
    expect((await sent).detail.sentTo).to.equal('h***@example.com');
    await until(() => expect(textOf(el)).to.contain('A new link was sent to h***@example.com.'));
    expect(textOf(el)).not.to.contain('h0@example.com');
    const unknown = await client.links.renew('no-such-token').catch((e: unknown) => e);
    expect(isApiError(unknown) && unknown.code).to.equal('LinkNotFound');
    expect(JSON.stringify(isApiError(unknown) && unknown.problem)).not.to.contain('@');
  });
});

/** Everything a page could print of a value: its text, its JSON, an error's message, stack and cause. */
function stringify(value: unknown): string {
  if (value instanceof Error) return [String(value), value.stack, JSON.stringify(value), stringify(value.cause), stringify({ ...value })].join(' ');
  try {
    return `${String(value)} ${JSON.stringify(value)}`;
  } catch {
    return String(value);
  }
}
