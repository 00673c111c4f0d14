/**
 * Every page of the demo in one table: the address that opens it, the site it belongs to (the SmartRec
 * admin, the mailbox, or the client's Amilia pages), its title and what it shows. The app looks a route
 * up here once; nothing else knows the list of pages.
 */
import { type TemplateResult, html } from 'lit';
import type { DemoView } from './app.js';
import type { Route } from './router.js';
import type { Strings } from './strings.js';

export type Site = 'admin' | 'mailbox' | 'client';

export interface DemoRoute {
  readonly site: Site;
  /** The menu entry shown as current (admin: `accounts`, `accounts/new`, …; client: `me`, `sign-up`, `sign-in`). */
  readonly menu: string;
  title(t: Strings): string;
  /**
   * The page's module (its element and the amilia elements it uses): each page is a chunk of its own, so
   * the link page does not load the admin's. The page's tag renders at once and upgrades when it comes.
   */
  readonly module: PageModule;
  render(view: DemoView, route: Route): TemplateResult;
}

export interface PageModule {
  load(): Promise<unknown>;
  /** Whether it has come (a page shown again waits for nothing). */
  readonly loaded: boolean;
}

/** A page's module, loaded once, when first asked for. */
function pageModule(load: () => Promise<unknown>): PageModule {
  let loading: Promise<unknown> | undefined;
  let loaded = false;
  return {
    load: () => (loading ??= load().then(() => void (loaded = true))),
    get loaded() {
      return loaded;
    },
  };
}

const ROUTES: readonly (DemoRoute & { path: readonly (string | null)[] })[] = [
  // `null` matches any one segment (an id).
  { path: ['accounts'], site: 'admin', menu: 'accounts', title: (t) => t['accounts.title'], module: pageModule(() => import('./pages/accounts.js')), render: (view, route) => html`<demo-accounts .view=${view} .route=${route}></demo-accounts>` },
  { path: ['accounts', 'new'], site: 'admin', menu: 'accounts/new', title: (t) => t['create.title'], module: pageModule(() => import('./pages/create-account.js')), render: (view) => html`<demo-create-account .view=${view}></demo-create-account>` },
  {
    path: ['accounts', null],
    site: 'admin',
    menu: 'accounts',
    title: (t) => t['account.members'],
    module: pageModule(() => import('./pages/account.js')),
    render: (view, route) => html`<demo-account .view=${view} .accountId=${route.path[1] ?? ''}></demo-account>`,
  },
  {
    path: ['operations', 'send-activation-requests'],
    site: 'admin',
    menu: 'operations/send-activation-requests',
    title: (t) => t['mass.title'],
    module: pageModule(() => import('./pages/mass.js')),
    render: (view, route) => html`<demo-mass .view=${view} .jobId=${route.query.get('job') ?? ''}></demo-mass>`,
  },
  { path: ['mailbox'], site: 'mailbox', menu: 'mailbox', title: (t) => t['mailbox.title'], module: pageModule(() => import('./pages/mailbox.js')), render: (view, route) => html`<demo-mailbox .view=${view} .route=${route}></demo-mailbox>` },
  { path: ['mailbox', null], site: 'mailbox', menu: 'mailbox', title: (t) => t['mailbox.title'], module: pageModule(() => import('./pages/mailbox.js')), render: (view, route) => html`<demo-mailbox .view=${view} .route=${route}></demo-mailbox>` },
  {
    path: ['activate'],
    site: 'client',
    menu: 'activate',
    title: (t) => t['activate.title'],
    module: pageModule(() => import('./pages/activate.js')),
    render: (view, route) => html`<demo-activate .view=${view} .token=${route.query.get('token') ?? ''}></demo-activate>`,
  },
  { path: ['me'], site: 'client', menu: 'me', title: (t) => t['me.title'], module: pageModule(() => import('./pages/my-account.js')), render: (view) => html`<demo-my-account .view=${view}></demo-my-account>` },
  {
    path: ['sign-in'],
    site: 'client',
    menu: 'sign-in',
    title: (t) => t['client.signInTitle'],
    module: pageModule(() => import('./pages/my-account.js')),
    render: (view, route) => html`<demo-my-account .view=${view} .signInOnly=${true} .email=${route.query.get('email') ?? ''}></demo-my-account>`,
  },
  { path: ['sign-up'], site: 'client', menu: 'sign-up', title: (t) => t['signUp.title'], module: pageModule(() => import('./pages/sign-up.js')), render: (view) => html`<demo-sign-up .view=${view}></demo-sign-up>` },
];

const MISSING: DemoRoute = {
  site: 'admin',
  menu: '',
  title: (t) => t['account.notFound'],
  module: { load: () => Promise.resolve(), loaded: true },
  render: (view) => html`<h1 tabindex="-1">${view.t['account.notFound']}</h1>
    <p><a href=${view.href('accounts')}>${view.t['account.back']}</a></p>`,
};

/** The page at `route`, or the "not found" page. */
export function routeOf({ path }: Route): DemoRoute {
  return ROUTES.find((r) => r.path.length === path.length && r.path.every((segment, i) => segment === null || segment === path[i])) ?? MISSING;
}
