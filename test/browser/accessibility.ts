// Two accessibility engines behind one assertion, in every variant of the state under test.
// `await expect(el).to.be.accessible()` runs axe (chai-a11y-axe) and IBM Equal Access (accessibility-checker-engine,
// which walks into shadow roots on its own and has rules axe lacks), on the element as the test left it, then on our
// elements switched to the other language (English ↔ French: the state stays, the words change), then on a page
// that declares itself dark. Imported by the harness, so every browser test that asserts
// accessibility checks both engines, both languages and both schemes.
import { chai } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { translationsReady } from '../../src/elements/shared/localize.js';

interface AceResult {
  ruleId: string;
  value: [string, string];
  message: string;
  snippet: string;
  path: { dom: string };
}
declare const ace: { Checker: new () => { check(node: Node, rulesets: string[]): Promise<{ results: AceResult[] }> } };

let loaded: Promise<void> | undefined;

/** IBM's engine is one classic script that defines `ace` on the window. */
function loadAce() {
  loaded ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('accessibility-checker-engine/ace.js did not load'));
    document.head.append(script);
  });
  return loaded;
}

/** IBM Equal Access violations (WCAG 2.2 A and AA, definite failures) in `node` and its shadow roots. */
export async function ibmViolations(node: Node): Promise<string[]> {
  await loadAce();
  const { results } = await new ace.Checker().check(node, ['WCAG_2_2']);
  return results
    .filter(({ value: [level, outcome] }) => level === 'VIOLATION' && outcome === 'FAIL')
    .map(({ ruleId, message, snippet, path }) => `${ruleId}: ${message}\n  at ${path.dom}: ${snippet}`);
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Every shadow root in `node`'s tree, nested ones included. */
function shadowRootsIn(node: Node): ShadowRoot[] {
  const hosts = [...(node instanceof Element && node.shadowRoot ? [node] : []), ...(node as ParentNode).querySelectorAll?.('*') ?? []];
  return hosts.flatMap((el) => (el.shadowRoot ? [el.shadowRoot, ...shadowRootsIn(el.shadowRoot)] : []));
}

/**
 * Declares the page light or dark (`color-scheme` on the root, as a host page does), in every engine, and waits
 * for the colour transitions it starts: a half-faded colour would measure as low contrast.
 */
export async function pageColorScheme(scheme: 'light' | 'dark', node: Node = document.body): Promise<void> {
  // A dark page paints its background (Canvas, now dark) where contrast checkers can read it: they take an
  // unpainted page for white.
  const root = document.documentElement.style;
  if (scheme === 'dark') Object.assign(root, { colorScheme: 'dark', background: 'Canvas' });
  else for (const property of ['color-scheme', 'background']) root.removeProperty(property);
  await frame();
  const transitions = [document, ...shadowRootsIn(node)].flatMap((root) => root.getAnimations()).filter((a) => a instanceof CSSTransition);
  await Promise.all(transitions.map((transition) => transition.finished.catch(() => undefined)));
}

const isOurs = (node: unknown): node is ReactiveElement => node instanceof HTMLElement && node.localName.startsWith('amilia-') && 'updateComplete' in node;

/** Runs `check` on the state as it is, in the other language (our elements), and on a dark page. */
async function inEveryVariant(node: unknown, check: (variant: string) => Promise<void>) {
  await check('as rendered');
  if (isOurs(node)) {
    const own = node.getAttribute('lang');
    node.lang = node.lang === 'fr' || (!own && node.closest('[lang]')?.getAttribute('lang') === 'fr') ? 'en' : 'fr';
    try {
      await translationsReady();
      await node.updateComplete;
      await check(`in lang="${node.lang}"`);
    } finally {
      if (own === null) node.removeAttribute('lang');
      else node.lang = own;
      await node.updateComplete;
    }
  }
  await pageColorScheme('dark', node as Node);
  try {
    await check('on a dark page');
  } finally {
    await pageColorScheme('light', node as Node);
  }
}

async function axeAndIbm(axe: (...args: unknown[]) => PromiseLike<unknown>, args: unknown[], node: unknown, variant: string) {
  try {
    // axe's assertion is a thenable that is the assertion itself: run it on a fresh one.
    await axe.apply(new chai.Assertion(node), args);
  } catch (error) {
    throw new Error(`axe, ${variant}: ${(error as Error).message}`);
  }
  const found = await ibmViolations(node as Node);
  if (found.length) throw new Error(`IBM Equal Access violations, ${variant}:\n${found.join('\n')}`);
}

chai.use((_chai, utils) => {
  utils.overwriteMethod(chai.Assertion.prototype, 'accessible', (axe: (...args: unknown[]) => PromiseLike<unknown>) =>
    function (this: Chai.AssertionStatic, ...args: unknown[]) {
      // `not.accessible` stays axe's alone: "some engine objects" is what such a test means.
      if (utils.flag(this, 'negate')) return axe.apply(this, args);
      const node = utils.flag(this, 'object') as unknown;
      const checked = inEveryVariant(node, (variant) => axeAndIbm(axe, args, node, variant));
      (this as unknown as PromiseLike<void>).then = checked.then.bind(checked) as PromiseLike<void>['then'];
      return this;
    },
  );
});
