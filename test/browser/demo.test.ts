// The demo page, walked through as QA would: the whole app mounted on a fresh in-memory backend
// (nothing kept in localStorage), clicking links and buttons and typing with the keyboard.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { type MockStorage, type State, createMockBackend } from '../../mocks/index.js';
import { mountDemo } from '../../demo/app.js';
import { NOW, until, world } from './harness.js';

type Demo = ReturnType<typeof mountDemo>;
let demo: Demo | undefined;

/** The demo on a fresh backend with the seed data; activation links point at its own `#/activate` route. */
async function open(route: string) {
  // A new tab: the runner reuses its page from one test file to the next, and a banner's "Not now" earlier (in
  // the banner's own tests) is kept in sessionStorage under the same offer id a fresh backend gives.
  sessionStorage.clear();
  const { backend } = await world({ seed: 'demo', activationPage: `${location.origin}${location.pathname}#/activate` });
  location.hash = route;
  const root = document.createElement('div');
  document.body.append(root);
  demo = mountDemo(root, { backend, apiBase: location.origin });
  await demo.app.updateComplete;
  return { backend, app: demo.app };
}

afterEach(() => {
  demo?.unmount();
  demo = undefined;
  history.replaceState(null, '', location.pathname + location.search);
});

const app = () => demo!.app;
/** Light-DOM text of the demo (the pages), whitespace collapsed. */
const pageText = () => (app().querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
/** Text inside an element's shadow root. */
const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const find = <E extends Element = HTMLElement>(selector: string, root: ParentNode = app()): E => {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const inShadow = <E extends Element = HTMLElement>(host: Element, selector: string): E => find<E>(selector, host.shadowRoot!);
const link = (text: string, root: ParentNode = app()) => {
  const found = [...root.querySelectorAll('a')].find((a) => a.textContent?.trim() === text);
  if (!found) throw new Error(`no link "${text}"`);
  return found;
};
const button = (text: string, root: ParentNode = app()) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

/** Focuses a field and types into it with the keyboard. */
async function typeInto(input: HTMLElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}

describe('the demo', () => {
  it('plays the first story: create with an email, the invitation arrives, the client activates, the admin sees Active', async () => {
    await open('#/accounts');
    await until(() => expect(pageText()).to.contain('1–20 of 320 accounts'));

    link('Create account', find('.page-actions')).click();
    const form = await until(() => find('amilia-create-account'));
    await until(() => inShadow(form, '#owner-FirstName'));
    await until(() => expect(shadowText(form)).to.contain('Forest Explorers is not live yet'));
    await typeInto(inShadow(form, '#owner-FirstName'), 'Ana');
    await typeInto(inShadow(form, '#owner-LastName'), 'Roy');
    await typeInto(inShadow(form, '#owner-Email'), 'ana.roy@example.org');
    inShadow<HTMLButtonElement>(form, 'button[type=submit]').click();

    // The new account's page, with what was sent.
    await until(() => expect(location.hash).to.match(/^#\/accounts\/\d+$/));
    await until(() => expect(pageText()).to.contain('Account created. The activation request went to ana.roy@example.org.'));
    const accountRoute = location.hash;
    const badge = () => shadowText(find('amilia-activation-button'));
    await until(() => expect(badge()).to.contain('Invited'));

    // The mailbox shows the invitation, newest first; reading it gives the link.
    link('Open the Mailbox').click();
    await until(() => expect(find('.mail-table tbody tr').textContent).to.contain('ana.roy@example.org'));
    const row = find('.mail-table tbody tr').textContent!.replace(/\s+/g, ' ');
    expect(row).to.contain('Invitation').and.to.contain('Automatic').and.to.contain('English').and.to.contain('Nov 25, 2026');
    link('ana.roy@example.org').click();
    await until(() => expect(find('.mail h1').textContent).to.equal('Activate your Forest Explorers account'));
    expect(find('.mail-body').textContent).to.contain('Hello Ana,').and.to.contain('Forest Explorers created an Amilia account for you');
    const emailLink = link('Open the link');
    expect(emailLink.target).to.equal('_blank');
    expect(emailLink.rel).to.equal('noreferrer');

    // Following it (here in the same page: the link is the demo's own #/activate route) opens the activation page.
    location.hash = new URL(emailLink.href).hash;
    const activation = await until(() => find('amilia-activate-account'));
    await until(() => inShadow(activation, '#password'));
    expect(shadowText(activation)).to.contain('Your username: ana.roy@example.org');
    await typeInto(inShadow(activation, '#password'), 'Maple-canoe-42');
    await typeInto(inShadow(activation, '#confirmation'), 'Maple-canoe-42');
    inShadow<HTMLButtonElement>(activation, '[part~="submit"]').click();
    await until(() => expect(shadowText(activation)).to.contain('Your account is active'));

    // "Sign in" opens the sign-in form with the new username; once in, the account lists the organization.
    const next = await until(() => inShadow<HTMLAnchorElement>(activation, '[part~="next"]'));
    await until(() => expect(next.getAttribute('href')).to.contain('email='));
    next.click();
    await until(() => expect(find('main h1').textContent).to.equal('Sign in to Amilia'));
    // A navigation moves focus to the new page's heading; typing starts after that, as a person's would.
    await until(() => expect(document.activeElement).to.equal(find('main h1')));
    const email = find<HTMLInputElement>('main input[name=email]');
    expect(email.value).to.equal('ana.roy@example.org');
    await typeInto(find('main input[name=password]'), 'Maple-canoe-42');
    button('Sign in', find('main form')).click();
    await until(() => expect(find('main h1').textContent).to.equal('My Amilia account'));
    await until(() => expect(find('#organizations').closest('section')!.textContent).to.contain('Forest Explorers'));

    // Back in the admin, the member is Active and can no longer be sent a request.
    location.hash = accountRoute;
    await until(() => expect(badge()).to.contain('Active'));
    expect(badge()).to.contain('Already active');
  });

  it('an account created without an email: adding one says what was sent, and the "no email" notice goes', async () => {
    await open('#/accounts/new');
    const form = await until(() => find('amilia-create-account'));
    await typeInto(await until(() => inShadow(form, '#owner-FirstName')), 'Zoé');
    await typeInto(inShadow(form, '#owner-LastName'), 'Lac');
    inShadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    await until(() => expect(location.hash).to.match(/^#\/accounts\/\d+$/));
    const silent = 'Account created without an email: nothing was sent.';
    await until(() => expect(pageText()).to.contain(silent));

    const editor = await until(() => find('amilia-client-email'));
    await typeInto(await until(() => inShadow(editor, '#email')), 'zoe.lac@example.org');
    inShadow<HTMLInputElement>(editor, 'input[type=checkbox]').click();
    inShadow<HTMLButtonElement>(editor, '[part=submit]').click();
    // The page reloads the account after the save: the editor still says what it did, and the notice is gone.
    await until(() => expect(shadowText(find('amilia-activation-button'))).to.contain('Invited'));
    await until(() => expect(pageText()).not.to.contain(silent));
    expect(inShadow(editor, '[part=status]').textContent).to.equal('Email saved. An invitation was sent to zoe.lac@example.org.');
  });

  it('moves focus to the new page’s heading after a navigation, but never away from a field already in use', async () => {
    await open('#/accounts');
    await until(() => expect(pageText()).to.contain('1–20 of 320 accounts'));
    const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
    /**
     * Follows a link and waits for the demo's render of the new page, its heading drawn (a page's module loads
     * the first time it shows), after which focus may move, one frame later.
     */
    async function follow(target: HTMLAnchorElement) {
      const navigated = new Promise((r) => addEventListener('hashchange', r, { once: true }));
      target.click();
      await navigated;
      await app().updateComplete;
      await until(() => find('main h1'));
    }

    await follow(link('Create account', find('.page-actions')));
    await nextFrame();
    expect(document.activeElement === find('main h1'), 'a person who only followed a link lands on the heading').to.equal(true);

    // A fast person (or a fast engine) is in the new page's form before that frame: focus stays where they are.
    await follow(link('Accounts', find('nav.admin-nav')));
    await follow(link('Create account', find('.page-actions')));
    const form = find('amilia-create-account') as HTMLElement & { updateComplete: Promise<unknown> };
    await form.updateComplete;
    inShadow(form, '#owner-FirstName').focus();
    await nextFrame();
    expect(document.activeElement?.localName, 'focus stays in the form').to.equal('amilia-create-account');
    expect(form.shadowRoot!.activeElement?.id, 'focus stays in the field being typed in').to.equal('owner-FirstName');
  });

  it('plays a mass run twice: the recently invited are skipped, then included once the clock moved 10 days', async () => {
    const { backend } = await open('#/operations/send-activation-requests');
    const mass = await until(() => find('amilia-mass-activation'));
    const counts = () =>
      Object.fromEntries(
        [...mass.shadowRoot!.querySelectorAll('.counts li')].map((li) => [li.querySelector('.label')!.textContent!.trim(), Number(li.querySelector('.number')!.textContent!.replace(/\D/g, ''))]),
      );
    const sent = (c: Record<string, number>) => c['Got an invitation']! + c['Asked to share their existing account']!;

    /** Previews the accounts created after the date in the field, sends, and waits for the job to end. */
    async function run() {
      inShadow<HTMLButtonElement>(mass, 'button.preview').click();
      const send = await until(() => inShadow<HTMLButtonElement>(mass, 'button.send'));
      const preview = counts();
      send.click();
      inShadow<HTMLButtonElement>(mass, 'dialog button[value=confirm]').click();
      await until(() => expect(inShadow(mass, '#job-title').textContent).to.contain('Send completed'), 15000);
      expect(Object.values(counts()), 'the run did what its preview said').to.deep.equal(Object.values(preview));
      return counts();
    }

    await typeInto(await until(() => inShadow(mass, '#date')), '01/01/2020');
    const first = await run();
    const recently = first['Invited in the last 10 days: skipped']!;
    expect(recently, 'the seed has people invited in the last days').to.be.greaterThan(0);
    expect(first['Got an invitation']).to.be.greaterThan(0);

    // Right away, a new preview sends nobody: everyone reachable was just invited.
    inShadow<HTMLButtonElement>(mass, 'button.new').click();
    await until(() => expect(shadowText(mass)).to.contain('Invited in the last 10 days: skipped'));
    await until(() => expect(counts()['Invited in the last 10 days: skipped']).to.equal(sent(first) + recently));
    expect(() => inShadow(mass, 'button.send')).to.throw();

    // Ten days on (the QA panel's button), the same run (the date is kept) includes them all again.
    button('+10 days', find('demo-qa-panel')).click();
    expect(backend.clock.now().toISOString()).to.equal(new Date(Date.parse(NOW) + 10 * 86_400_000).toISOString());
    const second = await run();
    expect(second['Invited in the last 10 days: skipped']).to.equal(0);
    expect(sent(second)).to.equal(sent(first) + recently);
    expect(second['Already active: skipped']).to.equal(first['Already active: skipped']);
  });
});

describe('the demo follows what the elements say', () => {
  it('"Open account #…" opens the account that already uses the email, from the create form and from an email editor', async () => {
    await open('#/accounts/new');
    const sam = 'sam.tremblay@example.com';
    const form = await until(() => find('amilia-create-account'));
    await typeInto(await until(() => inShadow(form, '#owner-FirstName')), 'Sam');
    await typeInto(inShadow(form, '#owner-LastName'), 'Again');
    await typeInto(inShadow(form, '#owner-Email'), sam);
    inShadow<HTMLButtonElement>(form, 'button[type=submit]').click();
    const open1 = await until(() => inShadow<HTMLButtonElement>(form, 'button.existing'));
    const id = open1.textContent!.match(/#(\d+)/)![1];
    open1.click();
    await until(() => expect(location.hash).to.equal(`#/accounts/${id}`));
    await until(() => expect(find('main h1').textContent).to.equal('Sam Tremblay'));

    // From another account's email editor, the same address leads back to Sam's account.
    location.hash = '#/accounts?status=NotInvited';
    await until(() => find('table.accounts tbody a'));
    const other = [...app().querySelectorAll<HTMLAnchorElement>('table.accounts tbody a')].find((a) => !a.href.endsWith(`/${id}`))!;
    other.click();
    // The first member whose email the admin may edit (an Active member's is read-only).
    const editor = await until(() => {
      const found = [...app().querySelectorAll('amilia-client-email')].find((e) => e.shadowRoot?.querySelector('input[type=email]:not([readonly])'));
      if (!found) throw new Error('no editable email');
      return found;
    });
    const input = inShadow<HTMLInputElement>(editor, 'input[type=email]');
    input.select();
    await typeInto(input, sam);
    inShadow<HTMLButtonElement>(editor, '[part~="submit"]').click();
    (await until(() => inShadow<HTMLButtonElement>(editor, 'button.existing'))).click();
    await until(() => expect(location.hash).to.equal(`#/accounts/${id}`));
    await until(() => expect(find('main h1').textContent).to.equal('Sam Tremblay'));
  });

  it('the "Not invited" filter shows, on every row, a person who is not invited', async () => {
    await open('#/accounts?status=NotInvited');
    await until(() => expect(pageText()).to.match(/1–20 of \d+ accounts/));
    const rows = [...app().querySelectorAll('table.accounts tbody tr')];
    expect(rows.length).to.equal(20);
    for (const row of rows) expect(row.querySelector('.badge')!.textContent!.trim(), row.textContent!).to.equal('Not invited');
  });

  it("the client's account lists the organization as soon as the banner's Accept shared it", async () => {
    await open('#/me');
    const organizations = () => find('#organizations').closest('section')!.textContent!.replace(/\s+/g, ' ');
    await until(() => expect(organizations()).to.contain('No organization has your account yet'));
    const banner = find('amilia-share-account-banner');
    (await until(() => inShadow<HTMLButtonElement>(banner, '[part~="accept"]'))).click();
    await until(() => expect(organizations()).to.match(/Forest Explorers Client account #\d+, linked to this Amilia account/));
  });

  it('an account that exists, opened after one that does not, never says "There is no such account" while it loads', async () => {
    const { backend } = await open('#/accounts/999999');
    await until(() => expect(find('main h1').textContent).to.equal('There is no such account.'));
    backend.faults.settings.latencyMs = 300;
    const headings = new Set<string>();
    const watch = new MutationObserver(() => headings.add(find('main h1').textContent!.trim()));
    watch.observe(app(), { subtree: true, childList: true, characterData: true });
    location.hash = '#/accounts/1';
    await until(() => expect(find('main h1').textContent).to.equal('Sam Tremblay'));
    watch.disconnect();
    expect([...headings]).to.include('Client account #1').and.not.to.include('There is no such account.');
  });

  it('the mass page links each name to its account, and shows its last job again after a reload', async () => {
    const { backend } = await open('#/operations/send-activation-requests');
    let mass = await until(() => find('amilia-mass-activation'));
    await typeInto(await until(() => inShadow(mass, '#date')), '01/01/2020');
    inShadow<HTMLButtonElement>(mass, 'button.preview').click();
    (await until(() => inShadow<HTMLButtonElement>(mass, 'button.send'))).click();
    inShadow<HTMLButtonElement>(mass, 'dialog button[value=confirm]').click();
    await until(() => expect(inShadow(mass, '#job-title').textContent).to.contain('Send completed'), 15000);
    expect(location.hash).to.match(/^#\/operations\/send-activation-requests\?job=[^&]+$/);
    const summary = inShadow(mass, '[part=results] p').textContent;

    // A reload: the same backend, the page mounted again at the same address.
    const address = location.hash;
    demo!.unmount();
    location.hash = address;
    const root = document.createElement('div');
    document.body.append(root);
    demo = mountDemo(root, { backend, apiBase: location.origin });
    mass = await until(() => find('amilia-mass-activation'));
    await until(() => expect(inShadow(mass, '#job-title').textContent).to.contain('Send completed'));
    expect(inShadow(mass, '[part=results] p').textContent).to.equal(summary);

    // A name in the list opens that account.
    const name = await until(() => inShadow<HTMLAnchorElement>(mass, '[part=list] .name a'));
    const fullName = name.textContent!;
    name.click();
    await until(() => expect(location.hash).to.match(/^#\/accounts\/\d+$/));
    await until(() => expect(find('main h1').textContent).to.equal(fullName));
  });

  it('counts the mailbox again while a mass job sends', async () => {
    const { backend } = await open('#/operations/send-activation-requests');
    backend.faults.settings.massPauseMs = 400;
    const count = () => Number(find('.demo-bar .count').textContent);
    const before = count();
    const mass = await until(() => find('amilia-mass-activation'));
    await typeInto(await until(() => inShadow(mass, '#date')), '01/01/2020');
    inShadow<HTMLButtonElement>(mass, 'button.preview').click();
    (await until(() => inShadow<HTMLButtonElement>(mass, 'button.send'))).click();
    inShadow<HTMLButtonElement>(mass, 'dialog button[value=confirm]').click();
    // Before the job ends, the bar already shows emails it sent.
    await until(() => expect(count()).to.be.greaterThan(before), 15000);
    expect(inShadow(mass, '#job-title').textContent).not.to.contain('Send completed');
  });
});

/** The demo's pages: what shows once each is ready, and its address (two need ids from the seeded data). */
const PAGES: Record<string, readonly [ready: string, route: (seeded: { account: string; mail: number }) => string]> = {
  'the accounts list': ['table.accounts', () => '#/accounts'],
  'an account': ['amilia-activation-button', ({ account }) => account],
  'a new account': ['amilia-create-account', () => '#/accounts/new'],
  'the mass send': ['amilia-mass-activation', () => '#/operations/send-activation-requests'],
  'the mailbox': ['.mail-table', () => '#/mailbox'],
  'an email': ['.mail-body', ({ mail }) => `#/mailbox/${mail}`],
  'my account': ['amilia-share-account-banner', () => '#/me'],
  'sign in': ['form', () => '#/sign-in'],
  'sign up': ['form', () => '#/sign-up'],
  'the link page': ['amilia-activate-account', () => '#/activate'],
};

/** Opens the seeded demo and lists every page by name: its address and what shows once it is ready. */
async function everyPage() {
  const { backend } = await open('#/accounts');
  await until(() => expect(pageText()).to.contain('1–20 of 320 accounts'), 10000);
  const seeded = { account: find('table.accounts tbody a').getAttribute('href')!, mail: backend.outbox.list()[0]!.Id };
  return new Map(Object.entries(PAGES).map(([name, [ready, route]]) => [name, [route(seeded), ready] as const]));
}

// One test per page, each in both languages: every accessibility check runs two engines, light and dark.
describe('the demo pages pass axe and IBM Equal Access, in English and in French', () => {
  for (const name of Object.keys(PAGES)) {
    it(name, async function () {
      this.timeout(60000); // eight full-page scans (two engines, two languages, light and dark) and a seeded demo
      const [route, ready] = (await everyPage()).get(name)!;
      for (const language of ['en', 'fr']) {
        find<HTMLInputElement>(`demo-qa-panel input[type=radio][value=${language}]`).click();
        await until(() => expect(document.documentElement.lang).to.equal(language));
        location.hash = route;
        await until(() => find(ready));
        await until(() => expect(app(), `${route} in ${language}`).to.be.accessible(), 10000);
      }
    });
  }
});

describe('the demo at phone widths', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fits 390 px and 320 px on every page (nothing scrolls sideways), and all its content sits in landmarks (axe region)', async function () {
    this.timeout(60000);
    // MiniBrowser (WebKit) keeps its window about 450 px wide: this check runs where a phone's width can be had.
    if (!(await setViewport({ width: 320, height: 800 }).then(() => true, () => false))) this.skip();
    const pages = await everyPage();
    await expect(app()).to.be.accessible(); // loads axe
    const { axe } = window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { nodes: { html: string }[] }[] }> } };
    for (const width of [390, 320]) {
      await setViewport({ width, height: 800 });
      for (const [route, ready] of pages.values()) {
        location.hash = route;
        await until(() => find(ready));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
        const wide = [...app().querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
        expect(document.documentElement.scrollWidth, `${route} at ${width} px: ${wide.slice(0, 3).map((el) => el.outerHTML.slice(0, 80)).join(' | ')}`).to.be.at.most(width);
        const { violations } = await axe.run(app(), { runOnly: { type: 'rule', values: ['region'] } });
        expect(violations.flatMap((v) => v.nodes.map((n) => n.html)), `${route}: content outside landmarks`).to.deep.equal([]);
      }
    }
  });
});

describe('the demo across tabs', () => {
  /** What localStorage is to the demo's tabs: one stored state, several backends over it. */
  function sharedStorage(): MockStorage {
    let kept: string | null = null;
    return { load: () => (kept === null ? null : (JSON.parse(kept) as State)), save: (state) => void (kept = JSON.stringify(state)) };
  }

  it('lets only the tab that runs jobs tick a mass job another tab started', async () => {
    const storage = sharedStorage();
    // The passive tab answers the request that starts the job, but must not work on it.
    let declined = 0;
    const { backend: passive, client } = await world({ seed: 'demo', storage, runJobs: () => (declined++, false) });
    const job = await client.mass.start('2020-01-01');
    // Asked whether to run the job, it declined, and so set no timer: nothing can tick it later.
    expect(declined).to.equal(1);
    passive.reload();
    expect((await client.mass.get(job.Id)).Processed).to.equal(0);

    // The runner tab loads the same state and finishes the job; the passive tab sees it after a reload.
    const runner = createMockBackend({ now: NOW, storage });
    try {
      await until(() => {
        passive.reload();
        return client.mass.get(job.Id).then((j) => expect(j.Status).to.equal('Completed'));
      }, 15000);
      const sent = passive.outbox.list().filter((e) => e.Channel === 'Mass' && e.SentOn === new Date(NOW).toISOString());
      expect(new Set(sent.map((e) => e.To)).size, 'nobody got two emails').to.equal(sent.length);
    } finally {
      runner.dispose();
    }
  });
});
