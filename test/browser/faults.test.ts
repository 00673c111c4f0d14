// Nothing lost, nothing sent twice: every element driven through every fault of the mocked backend, in
// English and French. The outbox is the judge: one user action, one email, whatever the network did.
// Then axe on every element in every state (failures included), in both languages. The figures the
// issue asks for are printed in one line at the end.
import { expect, fixture, html } from '@open-wc/testing';
import type { FaultKind, FaultMatch, MockBackend } from '../../mocks/index.js';
import '../../src/elements/activate-account/activate-account.js';
import '../../src/elements/activation-button/activation-button.js';
import '../../src/elements/activation-provider/activation-provider.js';
import '../../src/elements/client-email/client-email.js';
import '../../src/elements/create-account/create-account.js';
import '../../src/elements/mass-activation/mass-activation.js';
import '../../src/elements/share-account-banner/share-account-banner.js';
import en from '../../src/elements/shared/i18n/en.js';
import fr from '../../src/elements/shared/i18n/fr.js';
import { createActivationClient, isApiError, isNetworkError, newIdempotencyKey } from '../../src/sdk/index.js';
import { ACTIVATION_STATUSES, type ActivationStatus } from '../../src/policy/index.js';
import { $, textOf, translationsReady, until, world } from './harness.js';

type Lang = 'en' | 'fr';
const LANGS: readonly Lang[] = ['en', 'fr'];
const EMAIL = 'ana.roy@example.com';
const PASSWORD = 'Maple-canoe-42';

const tally = { faultsTried: 0, actionsReplayed: 0, duplicatedEmails: 0, axeChecks: 0, axeViolations: 0 };

/** Faults that end in a message on screen (retries exhausted, or a wait too long to make). */
const FAILURES: readonly FaultKind[] = ['serverError', 'unavailable', 'rateLimit', 'networkError', 'dropAfterAct', 'malformedJson', 'contractBreak'];
/** Faults after which the backend had already acted. */
const ACTED: readonly FaultKind[] = ['dropAfterAct', 'malformedJson', 'contractBreak'];

/** The sentence a person reads for each fault: a Retry-After of an hour is too long to wait for, so it is shown. */
function sentence(kind: FaultKind, lang: Lang): string {
  const strings = lang === 'en' ? en : fr;
  switch (kind) {
    case 'serverError':
    case 'unavailable':
      return strings['error.ServerError'];
    case 'rateLimit':
      return lang === 'en' ? 'Too many requests. You can try again in 1 hour.' : 'Trop de demandes. Vous pourrez réessayer dans 1 heure.';
    case 'networkError':
    case 'dropAfterAct':
      return strings['error.Network'];
    default:
      return strings['error.Contract'];
  }
}

/** Arms `kind` for the next attempts of one call: three, so the SDK's two retries meet it too. */
function inject(backend: MockBackend, kind: FaultKind, match: FaultMatch) {
  backend.faults.settings.retryAfterSeconds = 3600;
  backend.faults.inject(kind, match, 3);
  tally.faultsTried++;
}

/** The outbox holds exactly the emails the user's actions asked for; any extra is a duplicate. */
function expectEmails(backend: MockBackend, expected: number) {
  const sent = backend.outbox.list().length;
  tally.duplicatedEmails += Math.max(0, sent - expected);
  expect(sent, 'emails in the outbox').to.equal(expected);
}

/** What a broken answer must never put on screen. */
function expectNoJunk(el: Element) {
  expect(textOf(el)).not.to.match(/undefined|null|NaN|\[object Object\]/);
}

/** A user action repeated by the person (second click, retry): counted for the report. */
function replay(action: () => void) {
  tally.actionsReplayed++;
  action();
}

function type(el: Element, selector: string, text: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const click = (el: Element, selector: string) => $<HTMLButtonElement>(el, selector).click();
const heading = (el: Element) => $(el, '[part~="heading"]').textContent!.trim();
const valuesOf = (el: Element, ...selectors: string[]) => selectors.map((s) => $<HTMLInputElement>(el, s).value);

async function rendered<E extends HTMLElement>(template: ReturnType<typeof html>, lang: Lang): Promise<E> {
  const el = await fixture<E>(template);
  if (lang === 'fr') await translationsReady();
  return el;
}

/** An account whose owner has an email: its automatic invitation is in the outbox. */
async function invitedOwner(language: Lang = 'en') {
  const w = await world();
  const { Account } = await w.client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: EMAIL, PreferredLanguage: language } });
  const token = new URL(w.backend.outbox.list().at(-1)!.Link).searchParams.get('token')!;
  return { ...w, accountId: String(Account.Id), personId: String(Account.Owners[0]!.Id), token };
}

/** One user action, ready to be met by a fault. */
interface Scene {
  el: HTMLElement;
  backend: MockBackend;
  /** Where the element says what went wrong. */
  message(): string;
  /** What the person typed: it must survive a failure. */
  typed: () => string[];
  expectTyped: string[];
  /** The person does it again (the retry button, or the same button). */
  retry(): void;
  /** Passes once the action's success shows. */
  succeeded(kind: FaultKind): unknown;
  /** Emails in the outbox once the action went through exactly once. */
  emails: number;
}

interface Story {
  title: string;
  match: FaultMatch;
  /** Builds the scene; calls `arm` when the fault must be in place, then makes the first attempt. */
  begin(lang: Lang, arm: (backend: MockBackend) => void): Promise<Scene>;
  /** False where the element rightly offers no retry (a renewal rate limit: asking again cannot work). */
  retries?(kind: FaultKind): boolean;
  /** The faults that can meet this call. @default FAILURES */
  kinds?: readonly FaultKind[];
  /** The element's own sentence for a fault, where it says more than the shared one. */
  says?(kind: FaultKind, lang: Lang): string | undefined;
}

/** A self-signup person answers the offer to share their login; answering is not an email, so nothing goes out. */
function bannerStory(answer: 'accept' | 'decline'): Story {
  const done = {
    accept: { en: 'Shared with Forest Explorers.', fr: 'Partagé avec Forest Explorers.' },
    decline: { en: 'You declined to share your account with Forest Explorers.', fr: 'Vous avez refusé de partager votre compte avec Forest Explorers.' },
  }[answer];
  const button = `[part~="${answer}"]`;
  return {
    title: `<amilia-share-account-banner> ${answer}s an offer (double click)`,
    match: { method: 'POST', path: '/share-offers/' },
    // A decline is a 204: there is no body to break.
    kinds: answer === 'accept' ? FAILURES : FAILURES.filter((kind) => !['malformedJson', 'contractBreak'].includes(kind)),
    async begin(lang, arm) {
      const { backend, client } = await world();
      backend.addAmiliaUser({ email: EMAIL, password: PASSWORD });
      const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy' } });
      await client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: EMAIL });
      const session = backend.signIn(EMAIL, PASSWORD);
      const me = createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => session, retry: { limit: 2, maxRetryAfter: 2 } });
      const provider = await rendered(
        html`<amilia-activation-provider .client=${me}><amilia-share-account-banner lang=${lang}></amilia-share-account-banner></amilia-activation-provider>`,
        lang,
      );
      const el = provider.querySelector('amilia-share-account-banner')!;
      await until(() => $(el, button));
      arm(backend);
      click(el, button);
      replay(() => click(el, button));
      return {
        el,
        backend,
        message: () => $(el, '[part~="message"]').textContent!,
        typed: () => [],
        expectTyped: [],
        retry: () => click(el, button),
        succeeded: () => expect(textOf(el)).to.contain(done[lang]),
        emails: 0,
      };
    },
  };
}

const STORIES: Story[] = [
  {
    title: '<amilia-activation-button> sends a manual request (double click)',
    match: { method: 'POST', path: '/activation-requests' },
    // A rate limit is counted down on the button (an hour here): no retry until it is over.
    retries: (kind) => kind !== 'rateLimit',
    async begin(lang, arm) {
      const { backend, accountId, personId } = await invitedOwner();
      backend.clock.advance({ days: 10 });
      const el = await rendered(html`<amilia-activation-button lang=${lang} account-id=${accountId} person-id=${personId}></amilia-activation-button>`, lang);
      await until(() => $(el, 'button.send'));
      arm(backend);
      click(el, 'button.send');
      replay(() => click(el, 'button.send'));
      return {
        el,
        backend,
        message: () => textOf(el),
        typed: () => [],
        expectTyped: [],
        retry: () => click(el, 'button.send'),
        succeeded: () => expect(textOf(el)).to.contain(lang === 'en' ? `An invitation was sent to ${EMAIL}.` : `Une invitation a été envoyée à ${EMAIL}.`),
        emails: 2,
      };
    },
  },
  {
    title: '<amilia-activation-button> loads the member',
    match: { method: 'GET', path: '/accounts/' },
    async begin(lang, arm) {
      const { backend, accountId, personId } = await invitedOwner();
      arm(backend);
      const el = await rendered(html`<amilia-activation-button lang=${lang} account-id=${accountId} person-id=${personId}></amilia-activation-button>`, lang);
      return {
        el,
        backend,
        message: () => $(el, '[role=alert]').textContent!,
        typed: () => [],
        expectTyped: [],
        retry: () => click(el, 'button.secondary'),
        succeeded: () => expect(textOf(el)).to.contain(lang === 'en' ? 'Invited' : 'Invité'),
        emails: 1,
      };
    },
  },
  {
    title: '<amilia-create-account> creates an account with an owner email (double submit)',
    match: { method: 'POST', path: '/accounts' },
    async begin(lang, arm) {
      const { backend, client } = await world();
      const el = await rendered(html`<amilia-create-account lang=${lang}></amilia-create-account>`, lang);
      await until(() => $(el, '[part=notice]'));
      type(el, '#owner-FirstName', 'Ana');
      type(el, '#owner-LastName', 'Roy');
      type(el, '#owner-Email', EMAIL);
      arm(backend);
      click(el, 'button[part=submit]');
      replay(() => click(el, 'button[part=submit]'));
      const fields = ['#owner-FirstName', '#owner-LastName', '#owner-Email'];
      return {
        el,
        backend,
        message: () => $(el, '.form-error').textContent!,
        typed: () => valuesOf(el, ...fields),
        expectTyped: ['Ana', 'Roy', EMAIL],
        retry: () => click(el, 'button[part=submit]'),
        succeeded: async () => {
          expect(textOf(el)).to.contain(lang === 'en' ? `An invitation was sent to ${EMAIL}.` : `Une invitation a été envoyée à ${EMAIL}.`);
          expect((await client.accounts.list()).Paging.TotalCount, 'accounts created').to.equal(1);
        },
        emails: 1,
      };
    },
  },
  {
    title: '<amilia-activate-account> loads the link',
    match: { method: 'GET', path: '/activations/' },
    async begin(lang, arm) {
      const { backend, token } = await invitedOwner(lang);
      arm(backend);
      const el = await rendered(html`<amilia-activate-account lang=${lang} token=${token}></amilia-activate-account>`, lang);
      return {
        el,
        backend,
        message: () => textOf(el),
        typed: () => [],
        expectTyped: [],
        retry: () => click(el, 'button.secondary'),
        succeeded: () => expect(heading(el)).to.equal(lang === 'en' ? 'Activate your Forest Explorers account' : 'Activez votre compte Forest Explorers'),
        emails: 1,
      };
    },
  },
  {
    title: '<amilia-activate-account> activates with a new password (double submit)',
    match: { method: 'POST', path: '/activations/' },
    async begin(lang, arm) {
      const { backend, token } = await invitedOwner(lang);
      const el = await rendered(html`<amilia-activate-account lang=${lang} token=${token}></amilia-activate-account>`, lang);
      await until(() => $(el, '#confirmation'));
      type(el, '#password', PASSWORD);
      type(el, '#confirmation', PASSWORD);
      arm(backend);
      click(el, '[part~="submit"]');
      replay(() => click(el, '[part~="submit"]'));
      return {
        el,
        backend,
        message: () => $(el, '[part~="message"]').textContent!,
        typed: () => valuesOf(el, '#password', '#confirmation'),
        expectTyped: [PASSWORD, PASSWORD],
        retry: () => click(el, '[part~="submit"]'),
        // The retry carries the same idempotency key: when the backend had acted, it replays its answer.
        succeeded: () => expect(heading(el)).to.equal(lang === 'en' ? 'Your account is active' : 'Votre compte est actif'),
        emails: 1,
      };
    },
  },
  {
    title: '<amilia-activate-account> asks for a new link after expiry (double click)',
    match: { method: 'POST', path: '/renewal' },
    retries: (kind) => kind !== 'rateLimit',
    // On a link that no longer works, a rate limit is the renewal limit: the page says a link was already sent.
    says: (kind, lang) =>
      kind !== 'rateLimit'
        ? undefined
        : lang === 'en'
          ? 'A new link was already sent to ana.roy@example.com in the last 10 days: look for it in your inbox and spam folder. You can ask for another in 1 hour.'
          : 'Un nouveau lien a déjà été envoyé à ana.roy@example.com au cours des 10 derniers jours : cherchez-le dans votre boîte de réception et vos courriels indésirables. Vous pourrez en demander un autre dans 1 heure.',
    async begin(lang, arm) {
      const { backend, token } = await invitedOwner(lang);
      backend.clock.advance({ days: 60 });
      const el = await rendered(html`<amilia-activate-account lang=${lang} token=${token}></amilia-activate-account>`, lang);
      await until(() => $(el, 'button[part~="submit"]'));
      arm(backend);
      click(el, 'button[part~="submit"]');
      replay(() => click(el, 'button[part~="submit"]'));
      return {
        el,
        backend,
        message: () => $(el, '[part~="message"]').textContent!,
        typed: () => [],
        expectTyped: [],
        retry: () => click(el, 'button[part~="submit"]'),
        succeeded: () =>
          expect(textOf(el)).to.contain(lang === 'en' ? 'A new link was sent to a***@example.com.' : 'Un nouveau lien a été envoyé à a***@example.com.'),
        emails: 2,
      };
    },
  },
  bannerStory('accept'),
  bannerStory('decline'),
  {
    title: '<amilia-client-email> adds an email and sends a request with it (double submit)',
    match: { method: 'PUT', path: '/email' },
    async begin(lang, arm) {
      const { backend, client } = await world();
      const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy' } });
      const el = await rendered(
        html`<amilia-client-email lang=${lang} account-id=${String(Account.Id)} person-id=${String(Account.Owners[0]!.Id)}></amilia-client-email>`,
        lang,
      );
      await until(() => $(el, '#email'));
      type(el, '#email', EMAIL);
      await until(() => $(el, '.check input')).then((box) => box.click());
      arm(backend);
      click(el, 'button[part=submit]');
      replay(() => click(el, 'button[part=submit]'));
      return {
        el,
        backend,
        message: () => $(el, '.messages [role=alert]').textContent!,
        typed: () => valuesOf(el, '#email'),
        expectTyped: [EMAIL],
        retry: () => click(el, 'button[part=submit]'),
        succeeded: () =>
          expect(textOf(el)).to.contain(
            lang === 'en'
              ? `Email saved. An invitation was sent to ${EMAIL}.`
              : `Courriel enregistré. Une invitation a été envoyée à ${EMAIL}.`,
          ),
        emails: 1,
      };
    },
  },
  {
    title: '<amilia-mass-activation> starts a mass send after the preview',
    match: { method: 'POST', path: '/activation-requests/mass' },
    async begin(lang, arm) {
      const { backend, client } = await world({ massChunkSize: 1, faults: { massPauseMs: 20 } });
      for (const i of [1, 2, 3]) {
        const { Account } = await client.accounts.create({ Owner: { FirstName: `Client ${i}`, LastName: 'Roy' } });
        await client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: `client${i}@example.com` });
      }
      const el = await rendered(html`<amilia-mass-activation lang=${lang} poll-interval="20"></amilia-mass-activation>`, lang);
      type(el, '#date', '2026-11-24');
      click(el, 'button.preview');
      // The list under the counts loads through the preview call too: the fault waits for it.
      await until(() => expect(textOf(el)).to.contain('client3@example.com'));
      click(el, 'button.send');
      arm(backend);
      click(el, 'dialog button[value=confirm]');
      return {
        el,
        backend,
        message: () => $(el, '.problem .error').textContent!,
        typed: () => valuesOf(el, '#date'),
        expectTyped: ['2026-11-24'],
        retry: () => click(el, '.problem button'),
        succeeded: () =>
          expect(textOf(el)).to.contain(
            lang === 'en' ? 'Done: 3 invitations and 0 share requests sent; 0 accounts skipped.' : 'Terminé : 3 invitations et 0 demande de partage envoyées; 0 compte ignoré.',
          ),
        emails: 3,
      };
    },
  },
];

/** The messages of every `amilia-error` the elements fired during the current test. */
const reported: string[] = [];
const onReported = (e: CustomEvent<{ message: string }>) => void reported.push(e.detail.message);
before(() => document.addEventListener('amilia-error', onReported));
after(() => document.removeEventListener('amilia-error', onReported));
beforeEach(() => {
  reported.length = 0;
  sessionStorage.clear();
});

after(() => {
  console.log(
    `faults summary: faults tried ${tally.faultsTried}, user actions replayed ${tally.actionsReplayed}, duplicated emails ${tally.duplicatedEmails}, axe checks ${tally.axeChecks}, axe violations ${tally.axeViolations}`,
  );
});

describe('faults through the elements', () => {
  for (const story of STORIES) {
    describe(story.title, () => {
      for (const lang of LANGS) {
        for (const kind of story.kinds ?? FAILURES) {
          const retries = story.retries?.(kind) ?? true;
          it(`${lang}: ${kind} says why${retries ? ', keeps what was typed, and a retry goes through once' : ' and offers no retry'}`, async () => {
            const scene = await story.begin(lang, (backend) => inject(backend, kind, story.match));
            const { el, backend } = scene;
            const said = story.says?.(kind, lang) ?? sentence(kind, lang);
            await until(() => expect(scene.message()).to.contain(said), 6000);
            // The page hears of it too (amilia-error), in the same words.
            await until(() => expect(reported).to.include(said));
            expectNoJunk(el);
            expect(scene.typed()).to.deep.equal(scene.expectTyped);
            backend.faults.clear();
            if (!retries) {
              expect(el.shadowRoot!.querySelector('button[part~="submit"]'), 'no retry button').to.equal(null);
              expectEmails(backend, scene.emails - 1);
              return;
            }
            replay(() => scene.retry());
            await until(() => scene.succeeded(kind), 6000);
            expectNoJunk(el);
            expectEmails(backend, scene.emails);
          });
        }
      }
    });
  }
});

describe('faults the SDK heals without the person noticing', () => {
  // A short Retry-After is waited for; a lost answer is asked again with the same key.
  for (const kind of ['serverError', 'unavailable', 'rateLimit', 'networkError', 'dropAfterAct'] as const) {
    it(`one ${kind} on a manual send: the button says sent, and one email went out`, async () => {
      const { backend, accountId, personId } = await invitedOwner();
      backend.clock.advance({ days: 10 });
      const el = await fixture(html`<amilia-activation-button account-id=${accountId} person-id=${personId}></amilia-activation-button>`);
      await until(() => $(el, 'button.send'));
      backend.faults.settings.retryAfterSeconds = 1;
      backend.faults.inject(kind, { method: 'POST', path: '/activation-requests' }, 1);
      tally.faultsTried++;
      const started = performance.now();
      click(el, 'button.send');
      await until(() => expect(textOf(el)).to.contain(`An invitation was sent to ${EMAIL}.`), 6000);
      if (kind === 'rateLimit' || kind === 'unavailable') expect(performance.now() - started).to.be.at.least(950);
      expectNoJunk(el);
      expectEmails(backend, 2);
    });
  }

  it('latency: the button says it is sending, refuses a second send meanwhile, and sends once', async () => {
    const { backend, accountId, personId } = await invitedOwner();
    backend.clock.advance({ days: 10 });
    const el = await fixture(html`<amilia-activation-button account-id=${accountId} person-id=${personId}></amilia-activation-button>`);
    await until(() => $(el, 'button.send'));
    backend.faults.settings.latencyMs = 400;
    tally.faultsTried++;
    click(el, 'button.send');
    await until(() => expect($(el, 'button.send').textContent!.trim()).to.equal('Sending…'));
    expect($(el, 'button.send').getAttribute('aria-disabled')).to.equal('true');
    replay(() => click(el, 'button.send'));
    replay(() => click(el, 'button.send'));
    await until(() => expect(textOf(el)).to.contain(`An invitation was sent to ${EMAIL}.`));
    expectEmails(backend, 2);
  });

  it('latency: a slow creation keeps the form busy, a double submit creates one account', async () => {
    const { backend, client } = await world();
    backend.faults.settings.latencyMs = 400;
    tally.faultsTried++;
    const el = await fixture(html`<amilia-create-account></amilia-create-account>`);
    await until(() => $(el, '[part=notice]'));
    type(el, '#owner-FirstName', 'Ana');
    type(el, '#owner-LastName', 'Roy');
    type(el, '#owner-Email', EMAIL);
    click(el, 'button[part=submit]');
    await until(() => expect($(el, 'button[part=submit]').textContent!.trim()).to.equal('Creating…'));
    replay(() => click(el, 'button[part=submit]'));
    await until(() => expect(textOf(el)).to.contain(`An invitation was sent to ${EMAIL}.`));
    expectEmails(backend, 1);
    expect((await client.accounts.list()).Paging.TotalCount).to.equal(1);
  });
});

describe('a mass start is one job, whatever happens to its answer', () => {
  /** Accounts with an email, created a day after the cutoff: each is one invitation of the mass job. */
  async function households(count: number) {
    const w = await world({ massChunkSize: 2, faults: { massPauseMs: 150 } });
    for (let i = 0; i < count; i++) {
      // Created without email, then given one without a request: each waits for the mass job's invitation.
      const { Account } = await w.client.accounts.create({ Owner: { FirstName: `Client ${i}`, LastName: 'Roy' } });
      await w.client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: `client${i}@example.com` });
    }
    return w;
  }

  it('a reload during a slow job: the same key finds the same job, a new key is refused while it runs', async () => {
    const { backend, client } = await households(6);
    tally.faultsTried++; // the slow job
    const key = newIdempotencyKey();
    const job = await client.mass.start('2026-11-24', { idempotencyKey: key });
    expect(job.Status).to.equal('Running');
    // The page reloads before it saw the answer and sends the start again with the key it kept.
    tally.actionsReplayed++;
    const again = await client.mass.start('2026-11-24', { idempotencyKey: key });
    expect(again.Id).to.equal(job.Id);
    expect((await client.mass.current()).Job?.Id).to.equal(job.Id);
    const other = await client.mass.start('2026-11-24').catch((e: unknown) => e);
    expect(isApiError(other) && other.code).to.equal('MassJobInProgress');
    let last = job;
    for await (const state of client.mass.watch(job.Id, { interval: 100 })) last = state;
    expect(last).to.include({ Status: 'Completed', Total: 6, Processed: 6 });
    tally.actionsReplayed++;
    expect((await client.mass.start('2026-11-24', { idempotencyKey: key })).Id).to.equal(job.Id);
    expectEmails(backend, 6);
    expect(backend.outbox.list().every((e) => e.Channel === 'Mass')).to.equal(true);
  });

  for (const kind of ACTED) {
    it(`${kind} on the start: sending it again with the same key gives the job that started, and one email each`, async () => {
      const { backend, client } = await households(3);
      backend.faults.inject(kind, { method: 'POST', path: '/activation-requests/mass' }, 3);
      tally.faultsTried++;
      const key = newIdempotencyKey();
      const lost = await client.mass.start('2026-11-24', { idempotencyKey: key }).catch((e: unknown) => e);
      expect(kind === 'dropAfterAct' ? isNetworkError(lost) : (lost as Error).name).to.equal(kind === 'dropAfterAct' ? true : 'ContractError');
      backend.faults.clear();
      tally.actionsReplayed++;
      const job = await client.mass.start('2026-11-24', { idempotencyKey: key });
      expect((await client.mass.current()).Job?.Id ?? job.Id).to.equal(job.Id);
      for await (const state of client.mass.watch(job.Id, { interval: 50 })) void state;
      expectEmails(backend, 3);
    });
  }
});

describe('axe: every element in every state, in English and French', () => {
  /** axe, once transitions are over: a button fading back from its busy look would measure as low contrast. */
  async function accessible(el: Element) {
    await until(() => el.shadowRoot!.getAnimations().length === 0 || Promise.reject(new Error('animating')));
    tally.axeChecks++;
    try {
      await expect(el).to.be.accessible();
    } catch (error) {
      tally.axeViolations++;
      throw error;
    }
  }

  type Status = ActivationStatus;

  /** An owner in `status`, with the backend's clock where that status holds. */
  async function member(status: Status, language: Lang = 'en') {
    const w = await world();
    const email = status === 'NoEmail' || status === 'NotInvited' ? undefined : EMAIL;
    if (status === 'ShareRequested' || status === 'ShareRequestExpired') w.backend.addAmiliaUser({ email: EMAIL, password: PASSWORD });
    const { Account } = await w.client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', PreferredLanguage: language, ...(email ? { Email: email } : {}) } });
    const ids = { accountId: String(Account.Id), personId: String(Account.Owners[0]!.Id) };
    if (status === 'NotInvited') await w.client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: EMAIL });
    if (status === 'InvitationExpired' || status === 'ShareRequestExpired') w.backend.clock.advance({ days: 60 });
    if (status === 'Active') await w.client.links.activate(w.backend.outbox.list()[0]!.Token, PASSWORD);
    return { ...w, ...ids, token: w.backend.outbox.list()[0]?.Token ?? '' };
  }

  /** `arm` runs once the element has loaded: the place to inject the fault its next action meets. */
  const button = async (lang: Lang, status: Status, arm?: (backend: MockBackend) => void) => {
    const { backend, accountId, personId } = await member(status);
    const el = await rendered(html`<amilia-activation-button lang=${lang} account-id=${accountId} person-id=${personId}></amilia-activation-button>`, lang);
    await until(() => $(el, '[part=status]'));
    arm?.(backend);
    return el;
  };
  const editor = async (lang: Lang, status: Status, arm?: (backend: MockBackend) => void) => {
    const { backend, accountId, personId } = await member(status);
    const el = await rendered(html`<amilia-client-email lang=${lang} account-id=${accountId} person-id=${personId}></amilia-client-email>`, lang);
    await until(() => $(el, '#email'));
    arm?.(backend);
    return el;
  };
  const form = async (lang: Lang) => {
    const el = await rendered(html`<amilia-create-account lang=${lang}></amilia-create-account>`, lang);
    await until(() => $(el, '[part=notice]'));
    return el;
  };
  const link = async (lang: Lang, token: string) => {
    const el = await rendered(html`<amilia-activate-account lang=${lang} token=${token}></amilia-activate-account>`, lang);
    await until(() => $(el, '[part~="heading"]'));
    return el;
  };
  const mass = async (lang: Lang) => {
    const w = await world({ massChunkSize: 1, faults: { massPauseMs: 300 } });
    for (const i of [1, 2]) {
      const { Account } = await w.client.accounts.create({ Owner: { FirstName: `Client ${i}`, LastName: 'Roy' } });
      await w.client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: `client${i}@example.com` });
    }
    await w.client.accounts.create({ Owner: { FirstName: 'Noa', LastName: 'Roy' } });
    const el = await rendered(html`<amilia-mass-activation lang=${lang} poll-interval="50"></amilia-mass-activation>`, lang);
    await until(() => $(el, '#date'));
    return { ...w, el };
  };
  const previewed = async (lang: Lang) => {
    const m = await mass(lang);
    type(m.el, '#date', '2026-11-24');
    click(m.el, 'button.preview');
    await until(() => expect(textOf(m.el)).to.contain('client2@example.com'));
    return m;
  };
  const banner = async (lang: Lang) => {
    const { backend, client } = await world();
    backend.addAmiliaUser({ email: EMAIL, password: PASSWORD });
    const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy' } });
    await client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: EMAIL });
    const session = backend.signIn(EMAIL, PASSWORD);
    const me = createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => session, retry: 0 });
    const provider = await rendered(
      html`<amilia-activation-provider .client=${me}><amilia-share-account-banner lang=${lang}></amilia-share-account-banner></amilia-activation-provider>`,
      lang,
    );
    const el = provider.querySelector('amilia-share-account-banner')!;
    await until(() => $(el, '[part~="accept"]'));
    return { backend, el };
  };
  /** Waits for the element's live message (`selector`) to say something. */
  const said = async (el: Element, selector: string) => {
    await until(() => expect($(el, selector).textContent!.trim()).not.to.equal(''), 6000);
    return el;
  };

  const STATES: Record<string, (lang: Lang) => Promise<Element>> = {
    'activation-button, loading': async (lang) => {
      const { backend, accountId, personId } = await member('Invited');
      backend.faults.settings.latencyMs = 3000;
      return rendered(html`<amilia-activation-button lang=${lang} account-id=${accountId} person-id=${personId}></amilia-activation-button>`, lang);
    },
    ...Object.fromEntries(
      ACTIVATION_STATUSES.map((status) => [
        `activation-button, ${status}`,
        (lang: Lang) => button(lang, status),
      ]),
    ),
    'activation-button, confirmation dialog': async (lang) => {
      const el = await button(lang, 'Invited');
      click(el, 'button.send');
      await until(() => $(el, 'dialog[open]'));
      return el;
    },
    'activation-button, sent': async (lang) => {
      const el = await button(lang, 'InvitationExpired');
      click(el, 'button.send');
      return said(el, '.success');
    },
    'activation-button, send failed': async (lang) => {
      const el = await button(lang, 'InvitationExpired', (backend) => backend.faults.inject('serverError', { method: 'POST' }, 3));
      click(el, 'button.send');
      return said(el, '[role=alert]');
    },
    'activation-button, load failed': async (lang) => {
      const { backend, accountId, personId } = await member('Invited');
      backend.faults.inject('serverError', { method: 'GET' }, 3);
      const el = await rendered(html`<amilia-activation-button lang=${lang} account-id=${accountId} person-id=${personId}></amilia-activation-button>`, lang);
      return said(el, '[role=alert]');
    },

    'create-account, empty with the not-live notice': async (lang) => (await world(), form(lang)),
    'create-account, a member added': async (lang) => {
      await world();
      const el = await form(lang);
      click(el, 'button.add');
      return el;
    },
    'create-account, field errors': async (lang) => {
      await world();
      const el = await form(lang);
      type(el, '#owner-Email', 'not an address');
      click(el, 'button[part=submit]');
      return said(el, '#owner-FirstName-error');
    },
    'create-account, duplicate client': async (lang) => {
      const { client } = await world();
      await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: EMAIL } });
      const el = await form(lang);
      type(el, '#owner-FirstName', 'Ana');
      type(el, '#owner-LastName', 'Roy');
      type(el, '#owner-Email', EMAIL);
      click(el, 'button[part=submit]');
      await until(() => $(el, 'button.existing'));
      return el;
    },
    'create-account, save failed': async (lang) => {
      const { backend } = await world();
      const el = await form(lang);
      backend.faults.inject('networkError', { method: 'POST' }, 3);
      type(el, '#owner-FirstName', 'Ana');
      type(el, '#owner-LastName', 'Roy');
      click(el, 'button[part=submit]');
      return said(el, '.form-error');
    },
    'create-account, created with an invitation': async (lang) => {
      await world();
      const el = await form(lang);
      type(el, '#owner-FirstName', 'Ana');
      type(el, '#owner-LastName', 'Roy');
      type(el, '#owner-Email', EMAIL);
      click(el, 'button[part=submit]');
      await until(() => $(el, '[part=result]'));
      return el;
    },

    'client-email, no email yet': (lang) => editor(lang, 'NoEmail'),
    'client-email, invited': (lang) => editor(lang, 'Invited'),
    'client-email, active (read-only)': (lang) => editor(lang, 'Active'),
    'client-email, invalid address': async (lang) => {
      const el = await editor(lang, 'NoEmail');
      type(el, '#email', 'not an address');
      click(el, 'button[part=submit]');
      return said(el, '#email-error');
    },
    'client-email, saved and sent': async (lang) => {
      const el = await editor(lang, 'NoEmail');
      type(el, '#email', EMAIL);
      (await until(() => $(el, '.check input'))).click();
      click(el, 'button[part=submit]');
      return said(el, '[part=status]');
    },
    'client-email, removal dialog': async (lang) => {
      const el = await editor(lang, 'Invited');
      type(el, '#email', '');
      click(el, 'button[part=submit]');
      await until(() => expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true));
      return el;
    },
    'client-email, save failed': async (lang) => {
      const el = await editor(lang, 'NoEmail', (backend) => backend.faults.inject('networkError', { method: 'PUT' }, 3));
      type(el, '#email', EMAIL);
      click(el, 'button[part=submit]');
      return said(el, '.messages [role=alert]');
    },

    'mass-activation, empty form': async (lang) => (await mass(lang)).el,
    'mass-activation, date missing': async (lang) => {
      const { el } = await mass(lang);
      click(el, 'button.preview');
      await until(() => $(el, '#date-error'));
      return el;
    },
    'mass-activation, preview with counts and list': async (lang) => (await previewed(lang)).el,
    'mass-activation, confirmation dialog': async (lang) => {
      const { el } = await previewed(lang);
      click(el, 'button.send');
      return el;
    },
    'mass-activation, running': async (lang) => {
      const { el } = await previewed(lang);
      click(el, 'button.send');
      click(el, 'dialog button[value=confirm]');
      await until(() => $(el, '[part=progress]'));
      return el;
    },
    'mass-activation, completed with results': async (lang) => {
      const { el, backend } = await previewed(lang);
      backend.faults.settings.massPauseMs = 0;
      click(el, 'button.send');
      click(el, 'dialog button[value=confirm]');
      await until(() => $(el, '[part=download]'), 8000);
      return el;
    },
    'mass-activation, start failed': async (lang) => {
      const { el, backend } = await previewed(lang);
      click(el, 'button.send');
      backend.faults.inject('networkError', { method: 'POST', path: '/activation-requests/mass' }, 3);
      click(el, 'dialog button[value=confirm]');
      await until(() => $(el, '.problem'), 6000);
      return el;
    },

    'activate-account, no token': async (lang) => {
      await world();
      return rendered(html`<amilia-activate-account lang=${lang}></amilia-activate-account>`, lang);
    },
    'activate-account, unknown link': async (lang) => (await world(), link(lang, 'no-such-token')),
    'activate-account, invitation form with the rules': async (lang) => {
      const el = await link(lang, (await member('Invited', lang)).token);
      type(el, '#password', 'short');
      type(el, '#confirmation', 'shor');
      return el;
    },
    'activate-account, passwords differ': async (lang) => {
      const el = await link(lang, (await member('Invited', lang)).token);
      type(el, '#password', PASSWORD);
      type(el, '#confirmation', `${PASSWORD}!`);
      click(el, '[part~="submit"]');
      return said(el, '[part~="message"]');
    },
    'activate-account, weak password refused': async (lang) => {
      const el = await link(lang, (await member('Invited', lang)).token);
      type(el, '#password', 'ana.roy.2026');
      type(el, '#confirmation', 'ana.roy.2026');
      click(el, '[part~="submit"]');
      return said(el, '[part~="message"]');
    },
    'activate-account, share request with consent missing': async (lang) => {
      const el = await link(lang, (await member('ShareRequested', lang)).token);
      type(el, '#password', PASSWORD);
      click(el, '[part~="submit"]');
      return said(el, '[part~="message"]');
    },
    'activate-account, activated': async (lang) => {
      const el = await link(lang, (await member('Invited', lang)).token);
      type(el, '#password', PASSWORD);
      type(el, '#confirmation', PASSWORD);
      click(el, '[part~="submit"]');
      await until(() => $(el, 'a[part~="next"]'));
      return el;
    },
    'activate-account, already used': async (lang) => link(lang, (await member('Active', lang)).token),
    'activate-account, expired': async (lang) => link(lang, (await member('InvitationExpired', lang)).token),
    'activate-account, renewal sent': async (lang) => {
      const el = await link(lang, (await member('InvitationExpired', lang)).token);
      click(el, 'button[part~="submit"]');
      return said(el, '[part~="message"]');
    },
    'activate-account, superseded': async (lang) => {
      const m = await member('Invited', lang);
      await m.client.activationRequests.send(m.accountId, m.personId);
      return link(lang, m.token);
    },
    'activate-account, revoked': async (lang) => {
      const m = await member('Invited', lang);
      await m.client.members.updateEmail(m.accountId, m.personId, { Email: 'other@example.com' });
      return link(lang, m.token);
    },
    'activate-account, load failed': async (lang) => {
      const { backend, token } = await member('Invited', lang);
      backend.faults.inject('networkError', { method: 'GET' }, 3);
      const el = await rendered(html`<amilia-activate-account lang=${lang} token=${token}></amilia-activate-account>`, lang);
      return said(el, '[role=alert]');
    },

    'share-account-banner, an offer': async (lang) => (await banner(lang)).el,
    'share-account-banner, answer failed': async (lang) => {
      const { backend, el } = await banner(lang);
      backend.faults.inject('serverError', { method: 'POST' });
      click(el, '[part~="accept"]');
      return said(el, '[part~="message"]');
    },
    'share-account-banner, accepted': async (lang) => {
      const { el } = await banner(lang);
      click(el, '[part~="accept"]');
      return said(el, '[part~="message"]');
    },
    'share-account-banner, put off': async (lang) => {
      const { el } = await banner(lang);
      click(el, '[part~="later"]');
      return said(el, '[part~="message"]');
    },
  };

  for (const lang of LANGS) {
    for (const [state, build] of Object.entries(STATES)) {
      it(`${lang}: ${state}`, async () => {
        const el = await build(lang);
        expectNoJunk(el);
        await accessible(el);
      });
    }
  }
});
