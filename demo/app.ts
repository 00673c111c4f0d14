/**
 * The demo: a small SmartRec admin site, its mailbox and the client's Amilia pages around the elements,
 * with a QA panel on every page. `mountDemo` takes a backend that already answers (the page starts an MSW
 * worker in boot.ts; tests use their own), so the same app runs on the page and in the browser tests.
 *
 * The app is the frame only: which page shows is the route table's business (routes.ts), who is signed in
 * and the QA settings the session's (session.ts).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { DEFAULT_ORGANIZATION, type MockBackend } from '../mocks/index.js';
import type { Language } from '../src/policy/index.js';
import { type ActivationClient, type Organization, createActivationClient } from '../src/sdk/index.js';
import { define } from '../src/elements/shared/base.js';
import type { AmiliaEvent } from '../src/elements/shared/events.js';
import '../src/elements/activation-provider/activation-provider.js';
import type { PreferenceStore, Session } from './preferences.js';
import { type Route, parseRoute, routeHref } from './router.js';
import { type DemoRoute, type Site, routeOf } from './routes.js';
import { DemoSession } from './session.js';
import { type Strings, strings } from './strings.js';
import { adoptDemoStyles } from './styles.js';
import './qa-panel.js';

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
  /** Says there is no email yet: it goes once the account has one. */
  whileNoEmail?: boolean;
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
  /** Goes to a route; `notice` is shown there (the account page after a creation) until another page shows. */
  navigate(path: string, query?: Record<string, string | number | undefined>, notice?: Notice): void;
  /** Signs a client in on the Amilia side; throws when the email or password is wrong. */
  signIn(email: string, password: string): void;
  signOut(): void;
  /** The page changed the backend directly: every view reloads. */
  changed(): void;
  /** The notice left for this page, if any. */
  readonly notice: Notice | null;
  date(iso: string | Date, options?: Intl.DateTimeFormatOptions): string;
}

/** The element that has focus, looked for inside the shadow roots of the elements. */
function focusedElement(): Element | null {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

/** The activation page (activate.html) reads its token from its own address, not from a hash route. */
const ACTIVATE = parseRoute('#/activate');

export class DemoApp extends LitElement {
  options!: DemoOptions;

  @state() private route: Route = parseRoute('');
  @state() private revision = 0;
  @state() private organization: Organization = DEFAULT_ORGANIZATION;
  @state() private notice: (Notice & { path: string }) | null = null;
  private session!: DemoSession;
  private clients: { language: Language; admin: ActivationClient; client: ActivationClient } | undefined;
  private lastPage: string | undefined;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.session ??= new DemoSession(this, this.options.backend, this.options.preferences);
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
    this.session.reload();
  }

  private get current(): { route: Route; page: DemoRoute } {
    const route = this.options.page === 'activate' ? ACTIVATE : this.route;
    return { route, page: routeOf(route) };
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

  private onReset = () => {
    this.options.backend.reset();
    this.session.afterReset();
    this.refresh();
  };

  private get view(): DemoView {
    const { backend } = this.options;
    const { language, session } = this.session.preferences;
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
      navigate: (path, query, notice) => {
        this.notice = notice ? { ...notice, path } : null;
        if (activatePage) location.assign(`./${routeHref(path, query)}`);
        else location.hash = routeHref(path, query);
      },
      signIn: (email, password) => this.session.signIn(email, password),
      signOut: () => this.session.signOut(),
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
        client: createActivationClient({ ...options, getToken: () => this.session.preferences.session?.token }),
      };
    }
    return this.clients;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('revision') || !this.hasUpdated) void this.loadOrganization();
    void this.current.page.module.load(); // the page's module, the first time it shows (routes.ts)
  }

  /** The header's organization; a failed read (QA faults) keeps the last one shown. */
  private async loadOrganization() {
    try {
      this.organization = await this.clientsFor(this.session.preferences.language).admin.organization.get();
    } catch {
      // The header keeps the last organization it showed.
    }
  }

  protected override updated(): void {
    const { language } = this.session.preferences;
    document.documentElement.lang = language;
    const t = strings(language);
    const { route, page } = this.current;
    document.title = `${page.title(t)} · ${page.site === 'mailbox' ? t['mailbox.title'] : page.site === 'client' ? 'Amilia' : 'SmartRec'}`;
    // After a navigation, focus goes to the new page's heading (once the page has rendered it), unless the
    // person has already moved it: a fast typist may be in the new page's form before that frame comes.
    const key = route.path.join('/');
    if (this.lastPage !== undefined && this.lastPage !== key) {
      const focusedAtNavigation = focusedElement();
      const focusHeading = () =>
        requestAnimationFrame(() => {
          const focused = focusedElement();
          if (focused === focusedAtNavigation || focused === null || focused === document.body) {
            this.querySelector<HTMLElement>('main h1')?.focus();
          }
        });
      // A page shown for the first time draws its heading once its module has come (routes.ts).
      if (page.module.loaded) focusHeading();
      else void page.module.load().then(focusHeading);
    }
    this.lastPage = key;
  }

  protected override render() {
    const view = this.view;
    const { route, page } = this.current;
    const { panelOpen } = this.session.preferences;
    const clients = this.clientsFor(view.language);
    const content = page.render(view, route);
    return html`
      <div class="demo ${panelOpen ? 'with-panel' : ''}">
        ${this.renderDemoBar(view, page.site)}
        <div class="demo-body">
          <div class="site site-${page.site}">
            ${page.site === 'admin'
              ? html`<amilia-activation-provider .client=${clients.admin} language=${view.language}>${this.renderAdmin(view, page, content)}</amilia-activation-provider>`
              : page.site === 'client'
                ? html`<amilia-activation-provider .client=${clients.client} language=${view.language}>${this.renderClient(view, page, content)}</amilia-activation-provider>`
                : html`<main class="mailbox-main" id="main">${content}</main>`}
          </div>
          <demo-qa-panel
            id="qa-panel"
            .view=${view}
            .open=${panelOpen}
            .runsJobs=${this.options.runsJobs?.() ?? true}
            .storageFull=${this.options.storageFull?.() ?? false}
            @demo-language=${(event: CustomEvent<Language>) => this.session.setLanguage(event.detail)}
            @demo-panel=${(event: CustomEvent<boolean>) => this.session.setPanelOpen(event.detail)}
            @demo-reset=${this.onReset}
          ></demo-qa-panel>
        </div>
      </div>
    `;
  }

  private renderDemoBar(view: DemoView, site: Site) {
    const { t } = view;
    const count = view.backend.outbox.list().length;
    const { panelOpen } = this.session.preferences;
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
      <button class="panel-toggle" aria-expanded=${panelOpen ? 'true' : 'false'} aria-controls="qa-panel" @click=${() => this.session.setPanelOpen(!panelOpen)}>
        ${t['qa.toggle']}
      </button>
    </section>`;
  }

  private skipToMain = (event: Event) => {
    event.preventDefault();
    this.querySelector<HTMLElement>('main h1')?.focus();
  };

  /** A menu link, marked current when it is the page's menu entry. */
  private menuLink(view: DemoView, page: DemoRoute, path: string, label: string) {
    return html`<a href=${view.href(path)} aria-current=${page.menu === path ? 'page' : nothing}>${label}</a>`;
  }

  private renderAdmin(view: DemoView, page: DemoRoute, content: unknown) {
    const { t } = view;
    return html`<div class="admin">
      <header class="admin-header">
        <span class="logo" aria-hidden="true">S</span>
        <span class="brand">SmartRec</span>
        <span class="org">${view.organization.Name}</span>
        <span class="store ${view.organization.IsLive ? 'live' : ''}">${view.organization.IsLive ? t['store.live'] : t['store.notLive']}</span>
      </header>
      <nav class="admin-nav" aria-label=${t['nav.label']}>
        <p class="nav-group">${t['nav.clients']}</p>
        ${this.menuLink(view, page, 'accounts', t['nav.accounts'])} ${this.menuLink(view, page, 'accounts/new', t['nav.createAccount'])}
        <p class="nav-group">${t['nav.operations']}</p>
        ${this.menuLink(view, page, 'operations/send-activation-requests', t['nav.sendRequests'])}
      </nav>
      <main id="main" class="admin-main">${content}</main>
    </div>`;
  }

  private renderClient(view: DemoView, page: DemoRoute, content: unknown) {
    const { t, session } = view;
    return html`<div class="client">
      <header class="client-header">
        <span class="amilia" aria-hidden="true">amilia</span>
        <nav aria-label=${t['nav.clientLabel']}>
          ${this.menuLink(view, page, 'me', t['nav.myAccount'])} ${this.menuLink(view, page, 'sign-up', t['nav.signUp'])}
          ${session ? nothing : this.menuLink(view, page, 'sign-in', t['nav.signIn'])}
        </nav>
        ${session && page.menu !== 'activate' // the link's page is for whoever opened the email, not the demo's signed-in client
          ? html`<span class="session"><span class="who">${t['client.signedInAs'](session.email)}</span>
              <button class="link" @click=${() => view.signOut()}>${t['client.signOut']}</button></span>`
          : nothing}
      </header>
      <main id="main" class="client-main">${content}</main>
    </div>`;
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
