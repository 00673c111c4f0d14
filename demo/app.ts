/**
 * The demo: a small SmartRec admin site, its mailbox and the client's Amilia pages around the elements,
 * with a QA panel on every page. `mountDemo` takes a backend that already answers (the page starts an MSW
 * worker in main.ts; tests use their own), so the same app runs on the page and in the browser tests.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { DEFAULT_ORGANIZATION, DEMO_USERS, type MockBackend } from '../mocks/index.js';
import type { Language } from '../src/policy/index.js';
import { type ActivationClient, type Organization, createActivationClient } from '../src/sdk/index.js';
import { define } from '../src/elements/shared/base.js';
import type { AmiliaEvent } from '../src/elements/shared/events.js';
import '../src/elements/activation-provider/activation-provider.js';
import { type PreferenceStore, type Preferences, type Session, defaultPreferences, memoryPreferences } from './preferences.js';
import { type Route, parseRoute, routeHref } from './router.js';
import { type Strings, strings } from './strings.js';
import { adoptDemoStyles } from './styles.js';
import './qa-panel.js';
import './pages/accounts.js';
import './pages/account.js';
import './pages/create-account.js';
import './pages/mass.js';
import './pages/mailbox.js';
import './pages/activate.js';
import './pages/my-account.js';
import './pages/sign-up.js';

export interface DemoOptions {
  backend: MockBackend;
  /** Where the API answers; the mocked handlers match any origin. @default the page's folder */
  apiBase?: string | URL;
  /** Language, signed-in client and QA settings between visits. @default in memory */
  preferences?: PreferenceStore;
  /** `activate`: this document is the page activation emails link to (`activate.html?token=…`). @default 'app' */
  page?: 'app' | 'activate';
  /** Whether this tab works on mass jobs (several tabs share one state; one of them runs jobs). */
  runsJobs?: () => boolean;
  /** Whether the browser refused to keep the latest changes. */
  storageFull?: () => boolean;
}

/** A message a page leaves for the next one, with a link onward. */
export interface Notice {
  text: string;
  link?: readonly [label: string, path: string];
}

/** What every page gets from the app: the backend, the clients, the words, and navigation. */
export interface DemoView {
  readonly backend: MockBackend;
  /** The SDK as the admin site uses it (admin token). */
  readonly admin: ActivationClient;
  readonly language: Language;
  readonly t: Strings;
  readonly organization: Organization;
  /** Bumped whenever the backend changed outside the page's own calls (QA panel, another tab). */
  readonly revision: number;
  readonly session: Session | null;
  /** A link to a route, from this document (the activation page links back to the app). */
  href(path: string, query?: Record<string, string | number | undefined>): string;
  navigate(path: string, query?: Record<string, string | number | undefined>): void;
  /** Signs a client in on the Amilia side; throws when the email or password is wrong. */
  signIn(email: string, password: string): void;
  signOut(): void;
  /** The page changed the backend directly: every view reloads. */
  changed(): void;
  /** A notice for this page (the account page after a creation). */
  readonly notice: Notice | null;
  date(iso: string | Date, options?: Intl.DateTimeFormatOptions): string;
}

type Site = 'admin' | 'mailbox' | 'client';
type PageName = 'accounts' | 'account' | 'create' | 'mass' | 'mailbox' | 'activate' | 'me' | 'sign-in' | 'sign-up' | 'missing';

const SITE: Record<PageName, Site> = {
  accounts: 'admin',
  account: 'admin',
  create: 'admin',
  mass: 'admin',
  missing: 'admin',
  mailbox: 'mailbox',
  activate: 'client',
  me: 'client',
  'sign-in': 'client',
  'sign-up': 'client',
};

function pageOf({ path: [first, second] }: Route): PageName {
  if (first === 'accounts') return second === 'new' ? 'create' : second ? 'account' : 'accounts';
  if (first === 'operations' && second === 'send-activation-requests') return 'mass';
  if (first === 'mailbox') return 'mailbox';
  if (first === 'activate' || first === 'me' || first === 'sign-in' || first === 'sign-up') return first;
  return 'missing';
}

/** The element that has focus, looked for inside the shadow roots of the elements. */
function focusedElement(): Element | null {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

export class DemoApp extends LitElement {
  options!: DemoOptions;

  @state() private route: Route = parseRoute('');
  @state() private preferences: Preferences = defaultPreferences();
  @state() private revision = 0;
  @state() private organization: Organization = DEFAULT_ORGANIZATION;
  /** A notice for the page at `path` (the account page after a creation), dropped once another page shows. */
  @state() private notice: (Notice & { path: string }) | null = null;
  private clients: { language: Language; admin: ActivationClient; client: ActivationClient } | undefined;
  private lastPage: string | undefined;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.loadPreferences();
    if (!this.preferences.session) this.signInSelfSignup();
    this.onHashChange();
    addEventListener('hashchange', this.onHashChange);
    // The elements changed the backend: views showing what they changed reload.
    for (const name of CHANGES) this.addEventListener(name, this.onElementChange);
    // A failed call may still have acted (an answer lost after the email went): recount the mailbox.
    this.addEventListener('amilia-error', this.onElementError);
    // "Open account #…" in the create form or an email editor: the account that already uses the email.
    this.addEventListener('amilia-duplicate-client', this.onDuplicateClient);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
    for (const name of CHANGES) this.removeEventListener(name, this.onElementChange);
    this.removeEventListener('amilia-error', this.onElementError);
    this.removeEventListener('amilia-duplicate-client', this.onDuplicateClient);
  }

  /** The backend changed elsewhere (another tab): reload every view. */
  refresh(): void {
    this.revision++;
  }

  /** Reads the preferences again (another tab changed them). */
  loadPreferences(): void {
    this.options.preferences ??= memoryPreferences();
    this.preferences = { ...defaultPreferences(), ...this.options.preferences.load() };
    this.applyFaults();
  }

  private get page(): PageName {
    return this.options.page === 'activate' ? 'activate' : pageOf(this.route);
  }

  private onHashChange = () => {
    if (this.options.page !== 'activate' && !location.hash.replace(/^#\/?/, '')) {
      history.replaceState(history.state, '', routeHref('accounts'));
    }
    this.route = parseRoute(location.hash);
    if (this.notice && this.notice.path !== this.route.path.join('/')) this.notice = null;
  };

  private onElementChange = () => this.refresh();

  private onElementError = () => this.requestUpdate();

  private onDuplicateClient = (event: AmiliaEvent<'amilia-duplicate-client'>) => this.view.navigate(`accounts/${event.detail.accountId}`);

  private savePreferences(patch: Partial<Preferences>) {
    this.preferences = { ...this.preferences, ...patch };
    this.options.preferences?.save(this.preferences);
  }

  private applyFaults() {
    const { settings } = this.options.backend.faults;
    const saved = this.preferences.faults;
    if (saved) Object.assign(settings, saved, { rates: { ...saved.rates } });
    else this.options.backend.faults.clear();
  }

  /** The client side opens signed in as the seeded self-signup, who sees the share banner (absent from an empty seed). */
  private signInSelfSignup() {
    const { email, password } = DEMO_USERS.selfSignup;
    try {
      this.signInAs(email, password);
    } catch {
      this.savePreferences({ session: null });
    }
  }

  private signInAs(email: string, password: string) {
    const token = this.options.backend.signIn(email, password);
    this.savePreferences({ session: { token, email } });
  }

  // QA panel actions.
  private onFaults = () => {
    this.savePreferences({ faults: structuredClone(this.options.backend.faults.settings) });
  };

  private onLanguage = (event: CustomEvent<Language>) => {
    this.savePreferences({ language: event.detail });
  };

  private onPanel = (event: CustomEvent<boolean>) => {
    this.savePreferences({ panelOpen: event.detail });
  };

  private onReset = () => {
    const { backend } = this.options;
    backend.reset();
    this.preferences = { ...this.preferences, faults: null };
    this.signInSelfSignup();
    this.applyFaults();
    this.refresh();
  };

  private get view(): DemoView {
    const { backend } = this.options;
    const { language, session } = this.preferences;
    const clients = this.clientsFor(language);
    const zone = this.organization.TimeZone;
    const activatePage = this.options.page === 'activate';
    return {
      backend,
      admin: clients.admin,
      language,
      t: strings(language),
      organization: this.organization,
      revision: this.revision,
      session,
      // From activate.html, links lead back to the app's document (./ serves index.html on any static host).
      href: (path, query) => `${activatePage ? './' : ''}${routeHref(path, query)}`,
      navigate: (path, query) => {
        if (activatePage) location.assign(`./${routeHref(path, query)}`);
        else location.hash = routeHref(path, query);
      },
      signIn: (email, password) => this.signInAs(email, password),
      signOut: () => this.savePreferences({ session: null }),
      changed: () => this.refresh(),
      notice: this.notice?.path === this.route.path.join('/') ? this.notice : null,
      date: (iso, options = { dateStyle: 'medium' }) =>
        new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { timeZone: zone, ...options }).format(new Date(iso)),
    };
  }

  /** One admin client and one signed-in client per language, so the providers keep theirs between renders. */
  private clientsFor(language: Language) {
    if (this.clients?.language !== language) {
      const { backend, apiBase } = this.options;
      const options = {
        baseUrl: new URL(apiBase ?? '.', location.href),
        organization: DEFAULT_ORGANIZATION.Identifier,
        language,
      };
      this.clients = {
        language,
        admin: createActivationClient({ ...options, getToken: () => backend.adminToken }),
        client: createActivationClient({ ...options, getToken: () => this.preferences.session?.token }),
      };
    }
    return this.clients;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('revision') || !this.hasUpdated) void this.loadOrganization();
  }

  /** The header's organization; a failed read (QA faults) keeps the last one shown. */
  private async loadOrganization() {
    try {
      this.organization = await this.clientsFor(this.preferences.language).admin.organization.get();
    } catch {
      // The header keeps the last organization it showed.
    }
  }

  protected override updated(): void {
    const { language } = this.preferences;
    document.documentElement.lang = language;
    const t = strings(language);
    const title = this.titleOf(t);
    document.title = `${title} · ${this.page === 'mailbox' ? t['mailbox.title'] : SITE[this.page] === 'client' ? 'Amilia' : 'SmartRec'}`;
    // After a navigation, focus goes to the new page's heading (once the page has rendered it), unless the
    // person has already moved it: a fast typist may be in the new page's form before that frame comes.
    const key = `${this.page}:${this.route.path.join('/')}`;
    if (this.lastPage !== undefined && this.lastPage !== key) {
      const focusedAtNavigation = focusedElement();
      requestAnimationFrame(() => {
        const focused = focusedElement();
        if (focused === focusedAtNavigation || focused === null || focused === document.body) {
          this.querySelector<HTMLElement>('main h1')?.focus();
        }
      });
    }
    this.lastPage = key;
  }

  private titleOf(t: Strings): string {
    const titles: Record<PageName, string> = {
      accounts: t['accounts.title'],
      account: t['account.members'],
      create: t['create.title'],
      mass: t['mass.title'],
      mailbox: t['mailbox.title'],
      activate: t['activate.title'],
      me: t['me.title'],
      'sign-in': t['client.signInTitle'],
      'sign-up': t['signUp.title'],
      missing: t['account.notFound'],
    };
    return titles[this.page];
  }

  protected override render() {
    const view = this.view;
    const { t } = view;
    const site = SITE[this.page];
    const clients = this.clientsFor(view.language);
    return html`
      <div class="demo ${this.preferences.panelOpen ? 'with-panel' : ''}">
        ${this.renderDemoBar(view, site)}
        <div class="demo-body">
          <div class="site site-${site}">
            ${site === 'admin'
              ? html`<amilia-activation-provider .client=${clients.admin} language=${view.language}>${this.renderAdmin(view)}</amilia-activation-provider>`
              : site === 'client'
                ? html`<amilia-activation-provider .client=${clients.client} language=${view.language}>${this.renderClient(view)}</amilia-activation-provider>`
                : html`<main class="mailbox-main" id="main"><demo-mailbox .view=${view} .route=${this.route}></demo-mailbox></main>`}
          </div>
          <demo-qa-panel
            id="qa-panel"
            .view=${view}
            .open=${this.preferences.panelOpen}
            .runsJobs=${this.options.runsJobs?.() ?? true}
            .storageFull=${this.options.storageFull?.() ?? false}
            @demo-faults=${this.onFaults}
            @demo-language=${this.onLanguage}
            @demo-panel=${this.onPanel}
            @demo-reset=${this.onReset}
          ></demo-qa-panel>
        </div>
      </div>
    `;
  }

  private renderDemoBar(view: DemoView, site: Site) {
    const { t } = view;
    const count = view.backend.outbox.list().length;
    const tab = (to: Site, path: string, label: unknown) =>
      html`<a href=${view.href(path)} aria-current=${site === to ? 'page' : nothing}>${label}</a>`;
    // Not a banner (the site below has its own): a region named after the demo, so nothing sits outside a landmark.
    return html`<section class="demo-bar" aria-label=${t['demo.title']}>
      <a class="skip" href="#main" @click=${this.skipToMain}>${t['demo.skip']}</a>
      <strong class="demo-name">${t['demo.title']}</strong>
      <nav aria-label=${t['nav.sites']}>
        ${tab('admin', 'accounts', t['site.admin'])}
        ${tab('mailbox', 'mailbox', html`${t['site.mailbox']} <span class="count">${count}</span>`)}
        ${tab('client', 'me', t['site.client'])}
      </nav>
      <span class="demo-note">${t['demo.mocked']}</span>
      <button
        class="panel-toggle"
        aria-expanded=${this.preferences.panelOpen ? 'true' : 'false'}
        aria-controls="qa-panel"
        @click=${() => this.savePreferences({ panelOpen: !this.preferences.panelOpen })}
      >
        ${t['qa.toggle']}
      </button>
    </section>`;
  }

  private skipToMain = (event: Event) => {
    event.preventDefault();
    this.querySelector<HTMLElement>('main h1')?.focus();
  };

  private renderAdmin(view: DemoView) {
    const { t } = view;
    const page = this.page;
    const link = (path: string, label: string, current: boolean) =>
      html`<a href=${view.href(path)} aria-current=${current ? 'page' : nothing}>${label}</a>`;
    return html`<div class="admin">
      <header class="admin-header">
        <span class="logo" aria-hidden="true">S</span>
        <span class="brand">SmartRec</span>
        <span class="org">${view.organization.Name}</span>
        <span class="store ${view.organization.IsLive ? 'live' : ''}">${view.organization.IsLive ? t['store.live'] : t['store.notLive']}</span>
      </header>
      <nav class="admin-nav" aria-label=${t['nav.label']}>
        <p class="nav-group">${t['nav.clients']}</p>
        ${link('accounts', t['nav.accounts'], page === 'accounts' || page === 'account')}
        ${link('accounts/new', t['nav.createAccount'], page === 'create')}
        <p class="nav-group">${t['nav.operations']}</p>
        ${link('operations/send-activation-requests', t['nav.sendRequests'], page === 'mass')}
      </nav>
      <main id="main" class="admin-main">${this.renderAdminPage(view)}</main>
    </div>`;
  }

  private renderAdminPage(view: DemoView) {
    switch (this.page) {
      case 'accounts':
        return html`<demo-accounts .view=${view} .route=${this.route}></demo-accounts>`;
      case 'account':
        return html`<demo-account .view=${view} .accountId=${this.route.path[1] ?? ''}></demo-account>`;
      case 'create':
        return html`<demo-create-account .view=${view} @demo-created=${this.onCreated}></demo-create-account>`;
      case 'mass':
        return html`<demo-mass .view=${view}></demo-mass>`;
      default:
        return html`<h1 tabindex="-1">${view.t['account.notFound']}</h1>
          <p><a href=${view.href('accounts')}>${view.t['account.back']}</a></p>`;
    }
  }

  /** The creation page hands over the notice the account page shows. */
  private onCreated = (event: CustomEvent<{ accountId: string; notice: Notice }>) => {
    const path = `accounts/${event.detail.accountId}`;
    this.notice = { ...event.detail.notice, path };
    this.view.navigate(path);
  };

  private renderClient(view: DemoView) {
    const { t, session } = view;
    const page = this.page;
    const link = (path: string, label: string, current: boolean) =>
      html`<a href=${view.href(path)} aria-current=${current ? 'page' : nothing}>${label}</a>`;
    return html`<div class="client">
      <header class="client-header">
        <span class="amilia" aria-hidden="true">amilia</span>
        <nav aria-label=${t['nav.clientLabel']}>
          ${link('me', t['nav.myAccount'], page === 'me')}
          ${link('sign-up', t['nav.signUp'], page === 'sign-up')}
          ${session ? nothing : link('sign-in', t['nav.signIn'], page === 'sign-in')}
        </nav>
        ${session && page !== 'activate' // the link's page is for whoever opened the email, not the demo's signed-in client
          ? html`<span class="session"><span class="who">${t['client.signedInAs'](session.email)}</span>
              <button class="link" @click=${() => view.signOut()}>${t['client.signOut']}</button></span>`
          : nothing}
      </header>
      <main id="main" class="client-main">${this.renderClientPage(view)}</main>
    </div>`;
  }

  private renderClientPage(view: DemoView) {
    switch (this.page) {
      case 'activate':
        return html`<demo-activate .view=${view} .token=${this.options.page === 'activate' ? '' : (this.route.query.get('token') ?? '')}></demo-activate>`;
      case 'sign-up':
        return html`<demo-sign-up .view=${view}></demo-sign-up>`;
      default:
        return html`<demo-my-account .view=${view} .signInOnly=${this.page === 'sign-in'} .email=${this.route.query.get('email') ?? ''}></demo-my-account>`;
    }
  }
}

/** Element events after which the backend holds something new for other views (mailbox count, statuses). */
const CHANGES = [
  'amilia-account-created',
  'amilia-request-sent',
  'amilia-email-saved',
  'amilia-mass-started',
  'amilia-mass-progress',
  'amilia-mass-completed',
  'amilia-activated',
  'amilia-renewal-sent',
  'amilia-share-accepted',
  'amilia-share-declined',
] as const;

define('demo-app', DemoApp);

declare global {
  interface HTMLElementTagNameMap {
    'demo-app': DemoApp;
  }
}

/** Renders the demo into `root`; `unmount()` takes it away again (tests). */
export function mountDemo(root: HTMLElement, options: DemoOptions) {
  adoptDemoStyles();
  const language = document.documentElement.lang;
  const app = document.createElement('demo-app');
  app.options = options;
  root.replaceChildren(app);
  return {
    app,
    /** The backend changed in another tab. */
    refresh: () => app.refresh(),
    /** The preferences changed in another tab. */
    reloadPreferences: () => app.loadPreferences(),
    unmount: () => {
      app.remove();
      document.documentElement.lang = language;
    },
  };
}
