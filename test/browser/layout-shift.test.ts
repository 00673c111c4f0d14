// No layout shift (issue 12): every element reserves its loaded size while it loads, so nothing on the page
// moves when its data arrives. Each element is rendered above a paragraph of the page, with the mocked backend
// answering slowly enough that the loading state paints; then it loads. In every engine: the element's box and
// the paragraph's place while loading equal those once loaded. In Chromium (the only engine with the Layout
// Instability API) also: the `layout-shift` entries between first paint and loaded add up to 0.
// <amilia-activation-provider> wraps each element; it renders no box of its own (`display: contents`).
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createActivationClient } from '../../src/sdk/index.js';
import '../../src/elements/activation-provider/activation-provider.js';
import '../../src/elements/activate-account/activate-account.js';
import '../../src/elements/activation-button/activation-button.js';
import '../../src/elements/client-email/client-email.js';
import '../../src/elements/create-account/create-account.js';
import '../../src/elements/mass-activation/mass-activation.js';
import '../../src/elements/share-account-banner/share-account-banner.js';
import { until, world } from './harness.js';

/** Long enough for the loading state to paint in every engine on a loaded machine. */
const LATENCY_MS = 2000;
const EMAIL = 'ana.roy@example.com';
const PASSWORD = 'Trail-mix-2024';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: readonly { node?: Node | null }[];
}

const layoutShiftSupported = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('layout-shift');

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The request for `path` has been answered (the service worker's answers show in Resource Timing too). */
const answered = (path: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(path) && (entry as PerformanceResourceTiming).responseEnd > 0);

interface Scenario {
  /** The element, inside its provider, before the paragraph below it. */
  render: () => Promise<TemplateResult>;
  /** The request whose answer makes the element loaded. */
  loadsFrom: string;
}

async function invitationToken() {
  const { backend, client } = await world();
  const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: EMAIL } });
  return { backend, account: Account, token: new URL(backend.outbox.list().at(-1)!.Link).searchParams.get('token')! };
}

/** A self-signup person with an offer to share their login with the organization, signed in. */
async function selfSignup() {
  const { backend, client } = await world();
  backend.addAmiliaUser({ email: EMAIL, password: PASSWORD, firstName: 'Ana', lastName: 'Roy' });
  const { Account } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy' } });
  await client.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: EMAIL });
  const token = backend.signIn(EMAIL, PASSWORD);
  return { backend, me: createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => token }) };
}

/** The backend answers slowly from now on. */
function slow(backend: Awaited<ReturnType<typeof world>>['backend']) {
  backend.faults.settings.latencyMs = LATENCY_MS;
}

const SCENARIOS: Record<string, Scenario> = {
  'amilia-activate-account (an open invitation)': {
    loadsFrom: '/activations/',
    render: async () => {
      const { backend, token } = await invitationToken();
      slow(backend);
      return html`<amilia-activate-account token=${token}></amilia-activate-account>`;
    },
  },
  'amilia-activation-button (an invited member)': {
    loadsFrom: '/accounts/',
    render: async () => {
      const { backend, account } = await invitationToken();
      slow(backend);
      return html`<amilia-activation-button account-id=${account.Id} person-id=${account.Owners[0]!.Id}></amilia-activation-button>`;
    },
  },
  'amilia-client-email (a member with an email)': {
    loadsFrom: '/accounts/',
    render: async () => {
      const { backend, account } = await invitationToken();
      slow(backend);
      return html`<amilia-client-email account-id=${account.Id} person-id=${account.Owners[0]!.Id}></amilia-client-email>`;
    },
  },
  'amilia-create-account (an organization not live yet)': {
    loadsFrom: '/organization',
    render: async () => {
      const { backend } = await world();
      slow(backend);
      return html`<amilia-create-account></amilia-create-account>`;
    },
  },
  'amilia-create-account (a live organization)': {
    loadsFrom: '/organization',
    render: async () => {
      const { backend } = await world({ organization: { IsLive: true } });
      slow(backend);
      return html`<amilia-create-account></amilia-create-account>`;
    },
  },
  'amilia-mass-activation (no job running)': {
    loadsFrom: '/activation-requests/mass/current',
    render: async () => {
      const { backend } = await world();
      slow(backend);
      return html`<amilia-mass-activation></amilia-mass-activation>`;
    },
  },
  'amilia-mass-activation (the running job its page names)': {
    loadsFrom: '/activation-requests/mass/job-',
    render: async () => {
      // The job never works (runJobs): it is the same running job when loaded, whenever that is.
      const { backend, client } = await world({ runJobs: () => false });
      backend.clock.advance({ days: -30 });
      await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: EMAIL } });
      backend.clock.advance({ days: 30 });
      const job = await client.mass.start('2026-10-01');
      slow(backend);
      return html`<amilia-mass-activation job-id=${job.Id}></amilia-mass-activation>`;
    },
  },
  'amilia-share-account-banner (an offer)': {
    loadsFrom: '/me/share-offers',
    render: async () => {
      const { backend, me } = await selfSignup();
      slow(backend);
      return html`<amilia-activation-provider .client=${me}><amilia-share-account-banner></amilia-share-account-banner></amilia-activation-provider>`;
    },
  },
  'amilia-share-account-banner (no offer)': {
    loadsFrom: '/me/share-offers',
    render: async () => {
      const { backend } = await world();
      backend.addAmiliaUser({ email: EMAIL, password: PASSWORD });
      const token = backend.signIn(EMAIL, PASSWORD);
      slow(backend);
      const me = createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => token });
      return html`<amilia-activation-provider .client=${me}><amilia-share-account-banner></amilia-share-account-banner></amilia-activation-provider>`;
    },
  },
};

interface Measure {
  element: DOMRectReadOnly;
  below: DOMRectReadOnly;
}

/** Renders a scenario and measures it while loading and once loaded; collects the layout shifts in between. */
async function play({ render, loadsFrom }: Scenario) {
  const template = await render();
  sessionStorage.clear();
  performance.clearResourceTimings();
  const shifts: LayoutShift[] = [];
  const observer = layoutShiftSupported ? new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[]))) : undefined;
  observer?.observe({ type: 'layout-shift', buffered: true });
  const start = performance.now();
  const page = await fixture(html`<div style="inline-size: 36rem; display: flow-root">${template}<p id="below">The page goes on below the element.</p></div>`);
  const element = () => page.querySelector('amilia-activation-provider > *') ?? page.firstElementChild!;
  const measure = (): Measure => ({ element: element().getBoundingClientRect(), below: page.querySelector('#below')!.getBoundingClientRect() });
  await frame();
  expect(answered(loadsFrom), 'the backend answered before the loading state painted').to.equal(false);
  const loading = measure();
  await until(() => expect(answered(loadsFrom)).to.equal(true), 10_000);
  await (element() as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await frame();
  const loaded = measure();
  shifts.push(...((observer?.takeRecords() ?? []) as LayoutShift[]));
  observer?.disconnect();
  const since = shifts.filter((shift) => shift.startTime >= start && !shift.hadRecentInput);
  return { loading, loaded, shifts: since };
}

/** A box as numbers rounded to a hundredth of a pixel, so a failure prints what moved. */
const box = ({ x, y, width, height }: DOMRectReadOnly) => ({ x: +x.toFixed(2), y: +y.toFixed(2), width: +width.toFixed(2), height: +height.toFixed(2) });

describe('no layout shift while elements load', () => {
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(`${name}: the loading state has the loaded state's box, and the page below stays put`, async () => {
      const { loading, loaded } = await play(scenario);
      expect(box(loading.element), 'the element').to.deep.equal(box(loaded.element));
      expect(box(loading.below), 'the paragraph below it').to.deep.equal(box(loaded.below));
    });
  }

  describe('cumulative layout shift, from first paint to loaded', () => {
    before(function () {
      // Only Chromium implements the Layout Instability API; the box checks above hold in every engine.
      if (!layoutShiftSupported) {
        console.info('Skipped: this engine has no Layout Instability API (PerformanceObserver.supportedEntryTypes lacks "layout-shift").');
        this.skip();
      }
    });

    for (const [name, scenario] of Object.entries(SCENARIOS)) {
      it(`${name}: 0`, async () => {
        const { shifts } = await play(scenario);
        const moved = shifts.flatMap((shift) => (shift.sources ?? []).map((source) => (source.node as Element | null)?.outerHTML?.slice(0, 80) ?? String(source.node)));
        expect(shifts.reduce((sum, shift) => sum + shift.value, 0), `moved: ${moved.join(' | ')}`).to.equal(0);
      });
    }
  });
});
