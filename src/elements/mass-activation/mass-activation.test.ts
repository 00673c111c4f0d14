import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../shared/context.js';
import { $, textOf, translationsReady, until, world } from '../../../test/browser/harness.js';
import './mass-activation.js';
import type { AmiliaMassActivation } from './mass-activation.js';
import type { MockBackendOptions, State } from '../../../mocks/index.js';

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';
const owner = (FirstName: string, Email?: string) => ({ Owner: { FirstName, LastName: 'Client', ...(Email ? { Email } : {}) } });
const ONE_OF_EACH = { Invitation: 1, ShareRequest: 1, AlreadyActive: 1, NoEmail: 1, RecentlyInvited: 1 };

/**
 * Mass jobs that do not start working until `release()`: the element is sure to meet its job still running, however
 * busy the machine (a 100 ms job may otherwise end before a slow page loads). The backend keeps its state in
 * `storage`, and a reload resumes the job.
 */
function heldJobs() {
  let kept: State | null = null;
  let working = false;
  return {
    options: { storage: { load: () => kept, save: (state: State) => void (kept = structuredClone(state)) }, runJobs: () => working },
    release(backend: { reload(): void }) {
      working = true;
      backend.reload();
    },
  };
}

/** A slow mass job (one target a tick, 20 ms apart) over one account of each outcome, created 30 days ago. */
async function oneOfEach(options: MockBackendOptions = {}) {
  const w = await world({ massChunkSize: 1, faults: { massPauseMs: 20 }, ...options });
  const { backend, client } = w;
  backend.addAmiliaUser({ email: 'eli@example.com', password: 'paddle-the-lake' });
  backend.clock.advance({ days: -30 });
  await client.accounts.create(owner('Nora')); // NoEmail
  for (const [name, email] of [['Iris', 'iris@example.com'], ['Eli', 'eli@example.com']] as const) {
    const { Account } = await client.accounts.create(owner(name));
    await client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: email }); // Invitation, ShareRequest
  }
  await client.accounts.create(owner('Ada', 'ada@example.com'));
  await client.links.activate(tokenOf(backend.outbox.list().at(-1)!.Link), 'a long and happy password'); // AlreadyActive
  const recent = await client.accounts.create(owner('Remi', 'remi@example.com'));
  backend.clock.advance({ days: 25 });
  await client.activationRequests.send(recent.Account.Id, recent.Account.Owners[0]!.Id); // RecentlyInvited
  backend.clock.advance({ days: 5 });
  return w;
}

/** `count` accounts created 30 days ago, all due an invitation. */
async function invitable(count: number, options: MockBackendOptions = {}) {
  const w = await world({ massChunkSize: 1, faults: { massPauseMs: 20 }, ...options });
  w.backend.clock.advance({ days: -30 });
  await Promise.all(Array.from({ length: count }, (_, i) => w.client.accounts.create(owner(`Client ${i}`, `client${i}@example.com`))));
  w.backend.clock.advance({ days: 30 });
  return w;
}

const render = (lang = 'en', pollInterval = 20) =>
  fixture<AmiliaMassActivation>(html`<amilia-mass-activation lang=${lang} poll-interval=${pollInterval}></amilia-mass-activation>`);

/** Types a date (October 1, 2026 unless told) in the date field and presses Enter (with separators: WebKitGTK's date field needs them). */
async function previewDate(el: AmiliaMassActivation, date = '2026-10-01') {
  const input = $<HTMLInputElement>(el, 'input[type=date]');
  input.focus();
  const [year, month, day] = date.split('-');
  await sendKeys({ type: `${month}/${day}/${year}` });
  expect(input.value).to.equal(date);
  await sendKeys({ press: 'Enter' });
}

/** The counts shown, by label (digits only: 1,500 reads 1500). */
function counts(el: AmiliaMassActivation): Record<string, number> {
  const cards = [...(el.shadowRoot?.querySelectorAll('[part=counts] .count') ?? [])];
  return Object.fromEntries(cards.map((card) => [card.querySelector('.label')!.textContent!.trim(), Number(card.querySelector('.number')!.textContent!.replace(/\D/g, ''))]));
}

const countButton = (el: AmiliaMassActivation, label: string) =>
  [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.count') ?? [])].find((b) => b.textContent?.includes(label))!;

const rows = (el: AmiliaMassActivation) => [...(el.shadowRoot?.querySelectorAll('[part=list] li') ?? [])].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

const button = (el: AmiliaMassActivation, text: string) =>
  until(() => {
    const found = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  });

const massEmails = (backend: Awaited<ReturnType<typeof world>>['backend']) => backend.outbox.list().filter((e) => e.Channel === 'Mass');

const virtualizerLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('@lit-labs/virtualizer/virtualize.js'));

async function confirmSend(el: AmiliaMassActivation) {
  (await button(el, 'Send activation requests…')).click();
  $<HTMLButtonElement>(el, 'dialog button[value=confirm]').click();
}

describe('<amilia-mass-activation>', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  // Room for every request of the suite, so `virtualizerLoaded()` sees the module if it was fetched.
  before(() => performance.setResourceTimingBufferSize(100_000));

  it('previews each outcome with the list behind its count, from a date typed at the keyboard', async () => {
    await oneOfEach();
    const el = await render();
    expect(textOf(el)).to.contain('Accounts created after this date are included; accounts created on that day are not.');
    await expect(el).to.be.accessible();
    expect(virtualizerLoaded(), 'the element alone does not load the virtualizer').to.equal(false);

    await previewDate(el);
    await until(() => expect(textOf(el)).to.contain('Accounts created after October 1, 2026'));
    expect(counts(el)).to.deep.equal({
      'Will get an invitation': 1,
      'Will be asked to share their existing account': 1,
      'Already active: skipped': 1,
      'No email: skipped': 1,
      'Invited in the last 10 days: skipped': 1,
    });
    await until(() => expect(rows(el)).to.deep.equal(['Iris Client iris@example.com']));
    expect(el.shadowRoot?.activeElement?.id).to.equal('preview-title');

    const lists: Record<string, string[]> = {
      'Will be asked to share their existing account': ['Eli Client eli@example.com'],
      'Already active: skipped': ['Ada Client ada@example.com'],
      'No email: skipped': ['Nora Client No email'],
      'Invited in the last 10 days: skipped': ['Remi Client remi@example.com Eligible again on November 30, 2026'],
    };
    for (const [label, expected] of Object.entries(lists)) {
      countButton(el, label).click();
      await until(() => expect(rows(el)).to.deep.equal(expected));
      expect(countButton(el, label).getAttribute('aria-pressed')).to.equal('true');
    }
    // Asking for a preview loads the virtualizer ahead of a long list; a short list still does not use it.
    await until(() => expect(virtualizerLoaded(), 'a preview loads the virtualizer ahead').to.equal(true), 10_000);
    expect(el.shadowRoot?.querySelector('[part=list] .scroller.virtual'), 'a short list is a plain list').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says nothing would be sent when no account was created after the date, and asks for a date first', async () => {
    const { client } = await world();
    await client.accounts.create(owner('Nora'));
    const el = await render();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await until(() => expect(textOf(el)).to.contain('Choose a date.'));
    expect($(el, 'input').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot?.activeElement?.id).to.equal('date');

    const input = $<HTMLInputElement>(el, 'input');
    await sendKeys({ type: '11/25/2026' });
    await sendKeys({ press: 'Enter' });
    await until(() => expect(textOf(el)).to.contain('No account was created after November 25, 2026: nothing would be sent.'));
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot?.querySelector('button.send')).to.equal(null);
  });

  it('a short list shows whole, with its total, and each name links to its account', async () => {
    const { client, backend } = await world();
    backend.clock.advance({ days: -30 });
    const ids: (string | number)[] = [];
    for (const name of ['Ana', 'Ben', 'Cleo', 'Dev', 'Eva', 'Finn']) ids.push((await client.accounts.create(owner(name))).Account.Id);
    backend.clock.advance({ days: 30 });
    const el = await fixture<AmiliaMassActivation>(html`<amilia-mass-activation account-href="/admin/accounts/{accountId}?person={personId}"></amilia-mass-activation>`);
    await previewDate(el);
    const names = () => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=list] .name a')];
    const links = await until(() => names().length === 6 ? names() : Promise.reject(new Error(`${names().length} links`)));
    expect($(el, '#list-title').textContent!.replace(/\s+/g, ' ').trim()).to.equal('No email: skipped (6)');
    expect(links.map((a) => a.textContent)).to.deep.equal(['Ana Client', 'Ben Client', 'Cleo Client', 'Dev Client', 'Eva Client', 'Finn Client']);
    const account = await client.accounts.get(ids[0]!);
    expect(links[0]!.getAttribute('href')).to.equal(`/admin/accounts/${ids[0]}?person=${account.Owners[0]!.Id}`);
    // No box of its own to scroll: every row shows, and the list is no stop in the tab order.
    const box = $(el, '[part=list] .scroller');
    expect(box.scrollHeight).to.be.at.most(box.clientHeight + 1);
    expect(box.hasAttribute('tabindex')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('refuses a mistyped year with a message, and previews nothing', async () => {
    const { client } = await world();
    await client.accounts.create(owner('Nora'));
    const el = await render();
    const input = $<HTMLInputElement>(el, 'input[type=date]');
    input.focus();
    await sendKeys({ type: '10/12/0020' });
    expect(input.value).to.equal('0020-10-12');
    await sendKeys({ press: 'Enter' });
    await until(() => expect(textOf(el)).to.contain('Check the year: choose a date from January 1, 2000 on.'));
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('date-error');
    expect(el.shadowRoot?.activeElement).to.equal(input);
    expect(el.shadowRoot?.querySelector('#preview-title')).to.equal(null);
    await expect(el).to.be.accessible();

    input.blur();
    input.focus(); // back to the month
    await sendKeys({ type: '10/12/2062' });
    expect(input.value).to.equal('2062-10-12');
    await sendKeys({ press: 'Enter' });
    await until(() => expect(textOf(el)).to.contain('Check the year: this date is in the future, so no account was created after it yet.'));
    expect(el.shadowRoot?.querySelector('#preview-title')).to.equal(null);
  });

  it('shows the job job-id names after a reload, ended, with its counts, lists and CSV', async () => {
    await oneOfEach();
    const first = await render();
    await previewDate(first);
    await until(() => expect(rows(first)).to.deep.equal(['Iris Client iris@example.com']));
    const started = oneEvent(first, 'amilia-mass-started');
    const completed = oneEvent(first, 'amilia-mass-completed');
    await confirmSend(first);
    const { job } = (await started).detail;
    await completed;
    first.remove();

    // The page, reloaded, gives the id it kept.
    const el = await fixture<AmiliaMassActivation>(html`<amilia-mass-activation job-id=${job.Id}></amilia-mass-activation>`);
    await until(() => expect(textOf(el)).to.contain('Send completed'));
    expect(textOf(el)).to.contain('Done: 1 invitation and 1 share request sent; 3 accounts skipped.');
    await until(() => expect(rows(el)).to.deep.equal(['Iris Client iris@example.com']));
    $(el, '[part=download]');
    await expect(el).to.be.accessible();

    // Another id, or none: the page's choice, shown alone.
    el.jobId = '';
    await until(() => expect(el.shadowRoot?.querySelector('input[type=date]')).to.not.equal(null));
    expect(textOf(el)).not.to.contain('Send completed');

    // Named again, then left for a new preview: the form, though the page still names the job.
    el.jobId = job.Id;
    await until(() => expect(textOf(el)).to.contain('Send completed'));
    (await button(el, 'New preview')).click();
    await until(() => expect(el.shadowRoot?.querySelector('input[type=date]')).to.not.equal(null));
    expect(textOf(el)).not.to.contain('Send completed');
    expect(el.shadowRoot?.querySelector('.skeleton-holder'), 'no job skeleton once the job is left').to.equal(null);
  });

  it('confirms, shows live progress, ends with the preview’s counts, offers the CSV, and a second run has nothing to send', async () => {
    const { backend } = await oneOfEach();
    const el = await render();
    await previewDate(el);
    await until(() => expect(rows(el)).to.deep.equal(['Iris Client iris@example.com']));
    const before = backend.outbox.list().length;

    (await button(el, 'Send activation requests…')).click();
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Send 1 invitation and 1 share request?');
    expect(dialog.textContent).to.contain('To the owners of accounts created after October 1, 2026; 3 accounts skipped.');
    await expect(el).to.be.accessible();

    // Each poll's answer, and what the bar showed once the element rendered it (as many as fit in the job).
    const polls: { processed: number; shown: number }[] = [];
    el.addEventListener('amilia-mass-progress', async ({ detail: { job } }) => {
      if (job.Status !== 'Running') return;
      await el.updateComplete;
      polls.push({ processed: job.Processed, shown: $<HTMLProgressElement>(el, 'progress').value });
    });
    const started = oneEvent(el, 'amilia-mass-started');
    const completed = oneEvent(el, 'amilia-mass-completed');
    $<HTMLButtonElement>(el, 'dialog button[value=confirm]').click();
    const { detail: start } = await started;
    expect(start.job.Status).to.equal('Running');
    const progress = await until(() => $<HTMLProgressElement>(el, 'progress'));
    expect(progress.max).to.equal(5);
    expect(textOf(el)).to.contain('Sending activation requests');

    const { detail: end } = await completed;
    expect(end.job.Id).to.equal(start.job.Id);
    expect(end.job.Status).to.equal('Completed');
    expect(end.job.Counts).to.deep.equal(ONE_OF_EACH);
    const processed = polls.map((poll) => poll.processed);
    expect(processed, 'progress never goes back').to.deep.equal([...processed].sort((a, b) => a - b));
    expect(polls.filter((poll) => poll.shown !== poll.processed), 'the bar shows every poll').to.deep.equal([]);
    await until(() => expect(textOf(el)).to.contain('Send completed'));
    expect(textOf(el)).to.contain('Done: 1 invitation and 1 share request sent; 3 accounts skipped.');
    expect($(el, '[role=status]').textContent).to.contain('Done: 1 invitation and 1 share request sent; 3 accounts skipped.');
    expect(counts(el)).to.deep.equal({
      'Got an invitation': 1,
      'Asked to share their existing account': 1,
      'Already active: skipped': 1,
      'No email: skipped': 1,
      'Invited in the last 10 days: skipped': 1,
    });
    await until(() => expect(rows(el)).to.deep.equal(['Iris Client iris@example.com']));
    expect(backend.outbox.list().length).to.equal(before + 2);
    expect(massEmails(backend).map((e) => e.To).sort()).to.deep.equal(['eli@example.com', 'iris@example.com']);
    await expect(el).to.be.accessible();

    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      $<HTMLButtonElement>(el, '[part=download]').click();
      await until(() => expect(clicked).to.have.length(1));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0]!.download).to.equal('activation-requests-2026-11-25.csv');
    const csv = await (await fetch(clicked[0]!.href)).text();
    expect(csv.trim().split('\r\n')).to.have.length(6);
    expect(csv).to.contain('Iris Client,iris@example.com,Invitation');

    (await button(el, 'New preview')).click();
    await until(() => expect(textOf(el)).to.contain('Every account on this list is skipped: nothing would be sent.'));
    expect(counts(el)).to.include({ 'Will get an invitation': 0, 'Will be asked to share their existing account': 0, 'Invited in the last 10 days: skipped': 3 });
    expect($<HTMLInputElement>(el, 'input').value).to.equal('2026-10-01');
    expect(el.shadowRoot?.querySelector('button.send')).to.equal(null);
    expect(backend.outbox.list().length).to.equal(before + 2);
  });

  it('announces progress politely: at most each tenth, then the end', async () => {
    await invitable(30);
    const el = await render('en', 5);
    const region = $(el, '[role=status]');
    const announcements: string[] = [];
    new MutationObserver(() => announcements.push(region.textContent ?? '')).observe(region, { subtree: true, characterData: true, childList: true });
    let polls = 0;
    el.addEventListener('amilia-mass-progress', () => polls++);
    await previewDate(el);
    const completed = oneEvent(el, 'amilia-mass-completed');
    await confirmSend(el);
    await completed;
    await el.updateComplete;
    // However many polls fit in the job: one announcement at most for each tenth reached, then the end.
    const sending = announcements.slice(0, -1);
    sending.forEach((announcement) => expect(announcement).to.match(/^Sending: \d+% \(\d+ of 30\)\.$/));
    const tenths = sending.map((announcement) => Math.floor(Number(/\((\d+) of/.exec(announcement)![1]) / 3));
    expect(tenths, 'one announcement per tenth, in order').to.deep.equal([...new Set(tenths)].sort((a, b) => a - b));
    expect(sending.length).to.be.at.most(polls);
    expect(announcements.at(-1)).to.equal('Done: 30 invitations and 0 share requests sent; 0 accounts skipped.');
  });

  it('cancels mid-run: the rest is not sent', async () => {
    const { backend, client } = await invitable(30);
    const el = await render();
    await previewDate(el);
    const before = backend.outbox.list().length;
    await confirmSend(el);
    const progress = await until(() => $<HTMLProgressElement>(el, 'progress'));
    await until(() => expect(progress.value).to.be.greaterThan(0));
    const completed = oneEvent(el, 'amilia-mass-completed');
    $<HTMLButtonElement>(el, '[part=cancel]').click();
    const { detail } = await completed;
    expect(detail.job.Status).to.equal('Cancelled');
    expect(detail.job.Processed).to.be.lessThan(30);
    await until(() => expect(textOf(el)).to.contain('Send cancelled'));
    expect(textOf(el)).to.contain(`Cancelled. Accounts processed: ${detail.job.Processed} of 30. Nothing more will be sent.`);
    // A cancelled job is done for good: what it processed is what was sent, and it processes no more.
    const job = await client.mass.get(detail.job.Id);
    expect([job.Status, job.Processed]).to.deep.equal(['Cancelled', detail.job.Processed]);
    expect(backend.outbox.list().length - before).to.equal(detail.job.Processed);
    expect((await client.mass.current()).Job).to.equal(null);
  });

  it('re-attaches to a running job when the page loads', async () => {
    const { client } = await oneOfEach(heldJobs().options);
    const job = await client.mass.start('2026-10-01');
    // A long poll interval keeps the page still while axe reads it.
    const el = await render('en', 60_000);
    let started = false;
    el.addEventListener('amilia-mass-started', () => (started = true));
    await until(() => expect(textOf(el)).to.contain('Sending activation requests'));
    expect($<HTMLProgressElement>(el, 'progress').max).to.equal(job.Total);
    expect(textOf(el)).to.match(/Accounts processed: \d of 5/);
    await expect(el).to.be.accessible();
    expect(started).to.equal(false);
    el.remove();
  });

  it('follows a job through to its results after re-attaching', async () => {
    const held = heldJobs();
    const { client, backend } = await oneOfEach(held.options);
    await client.mass.start('2026-10-01');
    const el = await render();
    await until(() => expect(textOf(el)).to.contain('Sending activation requests'));
    const completed = oneEvent(el, 'amilia-mass-completed');
    held.release(backend);
    const { detail } = await completed;
    expect(detail.job.Counts).to.deep.equal(ONE_OF_EACH);
    await until(() => expect(textOf(el)).to.contain('Send completed'));
    (await button(el, 'New preview')).click();
    await until(() => expect($<HTMLInputElement>(el, 'input').value).to.equal('2026-10-01'));
  });

  it('stops polling when taken off the page and picks up again when put back', async () => {
    const held = heldJobs();
    const { client, backend } = await invitable(30, held.options);
    const job = await client.mass.start('2026-10-01');
    const el = await render();
    let polls = 0;
    el.addEventListener('amilia-mass-progress', () => polls++);
    await until(() => expect(polls).to.be.greaterThan(0));
    const parent = el.parentNode!;
    el.remove();
    const seen = polls;
    // The job runs to its end without the element, over many of its 20 ms poll intervals.
    held.release(backend);
    await until(async () => expect((await client.mass.get(job.Id)).Status).to.equal('Completed'), 10_000);
    expect(polls, 'no poll while off the page').to.equal(seen);

    const completed = oneEvent(el, 'amilia-mass-completed');
    parent.appendChild(el);
    expect((await completed).detail.job.Status).to.equal('Completed');
    expect(polls).to.be.greaterThan(seen);
  });

  for (const lang of ['en', 'fr']) {
    it(`offers to watch a job someone else started (${lang})`, async () => {
      const held = heldJobs();
      const { client, backend } = await invitable(30, held.options);
      const el = await render(lang);
      await translationsReady();
      await previewDate(el);
      const send = lang === 'en' ? 'Send activation requests…' : 'Envoyer les demandes d’activation…';
      await button(el, send);
      await client.mass.start('2026-10-01');
      const failed = oneEvent(el, 'amilia-error');
      (await button(el, send)).click();
      $<HTMLButtonElement>(el, 'dialog button[value=confirm]').click();
      expect((await failed).detail.code).to.equal('MassJobInProgress');
      const message =
        lang === 'en'
          ? 'A mass send is already running for your organization. Wait for it to end.'
          : 'Un envoi en masse est déjà en cours pour votre organisation. Attendez qu’il se termine.';
      await until(() => expect($(el, '[role=alert]').textContent).to.contain(message));
      const watch = await button(el, lang === 'en' ? 'Show its progress' : 'Voir sa progression');
      expect(el.shadowRoot?.activeElement).to.equal(watch);
      watch.click();
      await until(() => expect(textOf(el)).to.contain(lang === 'en' ? 'Sending activation requests' : 'Envoi des demandes d’activation'));
      held.release(backend);
      await until(() => expect(textOf(el)).to.contain(lang === 'en' ? 'Send completed' : 'Envoi terminé'));
    });
  }

  it('retries a start whose answer was lost with the same key: one job, each email once', async () => {
    const { backend } = await oneOfEach();
    const el = await render();
    await previewDate(el);
    await until(() => expect(rows(el)).to.deep.equal(['Iris Client iris@example.com']));
    // The job starts but no answer reaches the page, three times (the SDK's own retries included).
    backend.faults.inject('dropAfterAct', { method: 'POST', path: '/activation-requests/mass' }, 3);
    const failed = oneEvent(el, 'amilia-error');
    await confirmSend(el);
    expect((await failed).detail.code).to.equal('Network');
    await until(() => expect(textOf(el)).to.contain('We couldn’t reach the server. Check your connection and try again.'));
    expect($<HTMLInputElement>(el, 'input').value).to.equal('2026-10-01');

    const completed = oneEvent(el, 'amilia-mass-completed');
    (await button(el, 'Try again')).click();
    const { detail } = await completed;
    expect(detail.job.Counts).to.deep.equal(ONE_OF_EACH);
    expect(massEmails(backend)).to.have.length(2);
  });

  const previewFailures = [
    { name: 'a server error', code: 'ServerError', fault: 'serverError', times: 3, en: 'The server had a problem. Try again in a moment.', fr: 'Le serveur a eu un problème. Réessayez dans un instant.' },
    { name: 'a network failure', code: 'Network', fault: 'networkError', times: 3, en: 'We couldn’t reach the server. Check your connection and try again.', fr: 'Nous n’avons pas pu joindre le serveur. Vérifiez votre connexion et réessayez.' },
    { name: 'a rate limit', code: 'RateLimited', fault: 'rateLimit', times: 1, en: 'Too many requests. You can try again in 2 minutes.', fr: 'Trop de demandes. Vous pourrez réessayer dans 2 minutes.' },
    { name: 'a broken contract', code: 'Contract', fault: 'contractBreak', times: 1, en: 'The server sent an answer we didn’t understand. Try again later.', fr: 'Le serveur a envoyé une réponse inattendue. Réessayez plus tard.' },
  ] as const;
  for (const lang of ['en', 'fr'] as const) {
    for (const failure of previewFailures) {
      it(`says so after ${failure.name} and keeps the date for a retry (${lang})`, async () => {
        const { backend } = await oneOfEach();
        backend.faults.settings.retryAfterSeconds = 120;
        const el = await render(lang);
        await translationsReady();
        backend.faults.inject(failure.fault, { path: '/preview' }, failure.times);
        const failed = oneEvent(el, 'amilia-error');
        await previewDate(el);
        expect((await failed).detail.code).to.equal(failure.code);
        await until(() => expect($(el, '[role=alert]').textContent).to.contain(failure[lang]));
        expect($<HTMLInputElement>(el, 'input').value).to.equal('2026-10-01');
        await expect(el).to.be.accessible();
        (await button(el, lang === 'en' ? 'Try again' : 'Réessayer')).click();
        await until(() => expect(counts(el)).to.include({ [lang === 'en' ? 'No email: skipped' : 'Sans courriel : ignorés']: 1 }));
      });
    }
  }

  it('says when the session has ended (Unauthorized)', async () => {
    await oneOfEach();
    configure({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => 'expired' });
    const el = await render();
    await until(() => expect($(el, '[role=alert]').textContent).to.contain('Your session has ended. Sign in again.'));
    expect(el.shadowRoot?.activeElement, 'a failure on load does not take focus').to.equal(null);
  });

  it('says when polling or the download fails, and tries again', async () => {
    const held = heldJobs();
    const { backend, client } = await oneOfEach(held.options);
    const job = await client.mass.start('2026-10-01');
    backend.faults.inject('serverError', { method: 'GET', path: `/mass/${job.Id}` }, 3);
    const el = await render();
    await until(() => expect($(el, '[role=alert]').textContent).to.contain('The server had a problem.'));
    held.release(backend);
    (await button(el, 'Try again')).click();
    await until(() => expect(rows(el)).to.deep.equal(['Iris Client iris@example.com']));

    backend.faults.inject('serverError', { method: 'GET', path: '/results' }, 3);
    $<HTMLButtonElement>(el, '[part=download]').click();
    await until(() => expect($(el, '[role=alert]').textContent).to.contain('The server had a problem.'));
  });

  it('speaks French through preview, confirmation, progress and results', async () => {
    await oneOfEach();
    const el = await render('fr');
    await translationsReady();
    await until(() => expect(textOf(el)).to.contain('Envoyer aux comptes créés après le'));
    expect(textOf(el)).to.contain('Les comptes créés après cette date sont inclus; ceux créés ce jour-là ne le sont pas.');
    await previewDate(el);
    await until(() => expect(textOf(el)).to.contain('Comptes créés après le 1 octobre 2026'));
    expect(counts(el)).to.deep.equal({
      'Recevront une invitation': 1,
      'Seront invités à partager leur compte existant': 1,
      'Déjà actifs : ignorés': 1,
      'Sans courriel : ignorés': 1,
      'Invités dans les 10 derniers jours : ignorés': 1,
    });
    countButton(el, 'Invités dans les 10 derniers jours').click();
    await until(() => expect(rows(el)).to.deep.equal(['Remi Client remi@example.com De nouveau admissible le 30 novembre 2026']));
    (await button(el, 'Envoyer les demandes d’activation…')).click();
    expect($(el, 'dialog').textContent).to.contain('Envoyer 1 invitation et 1 demande de partage?');
    const completed = oneEvent(el, 'amilia-mass-completed');
    $<HTMLButtonElement>(el, 'dialog button[value=confirm]').click();
    await until(() => expect(textOf(el)).to.contain('Envoi des demandes d’activation'));
    expect(textOf(el)).to.match(/Comptes traités : \d sur 5/);
    await completed;
    await until(() => expect(textOf(el)).to.contain('Terminé : 1 invitation et 1 demande de partage envoyées; 3 comptes ignorés.'));
    expect(textOf(el)).to.contain('Ont reçu une invitation');
    expect(textOf(el)).to.contain('Télécharger le CSV');
  });

  it('virtualizes a long list: a window of rows, more loaded as the user scrolls', async function () {
    this.timeout(60_000);
    // Seeded in the mock, not created over HTTP: thousands of requests through a service worker are slow on a busy machine.
    await world({ seed: 'demo', seedSize: 20_000 });
    const el = await render();

    const started = performance.now();
    await previewDate(el, '2026-01-01');
    await until(() => expect(textOf(el)).to.contain('Accounts created after January 1, 2026'), 10_000);
    const [label, total] = Object.entries(counts(el)).sort(([, a], [, b]) => b - a)[0]!;
    expect(total, 'the longest list').to.be.above(1000);
    countButton(el, label).click();
    await until(() => expect(el.shadowRoot?.querySelector(`[part=list] li[aria-setsize="${total}"] .name`), 'the chosen list').to.not.equal(null), 10_000);
    console.log(`First rows of a ${total}-row list: ${Math.round(performance.now() - started)} ms after Enter (preview, virtualizer load, first page).`);
    expect(virtualizerLoaded()).to.equal(true);
    const items = () => el.shadowRoot!.querySelectorAll('[part=list] li');
    expect(items().length).to.be.within(1, 199);
    await expect(el).to.be.accessible();

    // Scrolled to the end until the last row shows, as a person would: the list's height grows as the
    // virtualizer measures the rows it renders, so one jump to the bottom may stop short of it.
    const scroller = $(el, '[part=list] .scroller');
    const last = await until(() => {
      scroller.scrollTop = scroller.scrollHeight;
      const found = el.shadowRoot!.querySelector(`[part=list] li[aria-posinset="${total}"]`);
      if (!found?.querySelector('.name')) throw new Error('the last row is not loaded yet');
      return found;
    }, 20_000);
    expect(last.getAttribute('aria-setsize')).to.equal(String(total));
    expect(items().length).to.be.within(1, 199);
  });
});
