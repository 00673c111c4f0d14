// A mocked backend per test, behind one MSW service worker for the page: elements talk to it
// through the real SDK and fetch, exactly as on the demo page.
import { setupWorker } from 'msw/browser';
import { untilControlled } from '../../mocks/controlled.js';
import { dropStaleWorkers } from './stale-worker.js';
import { type MockBackendOptions, createMockBackend } from '../../mocks/index.js';
import { configure } from '../../src/elements/shared/context.js';
import { translationsReady } from '../../src/elements/shared/localize.js';
export { pageColorScheme } from './accessibility.js';
export { until } from './until.js';

export const NOW = '2026-11-25T17:00:00.000Z';
const worker = setupWorker();
let started: Promise<unknown> | undefined;
let current: ReturnType<typeof createMockBackend> | undefined;

/** Starts MSW's worker for this page, once no stale one is left (see dropStaleWorkers). */
async function startWorker() {
  await dropStaleWorkers();
  await untilControlled(await worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
}

/** A fresh backend, and the page's default client pointed at it with the admin token. */
export async function world(options: MockBackendOptions = {}) {
  started ??= startWorker();
  await started;
  current?.dispose();
  const backend = createMockBackend({ now: NOW, ...options });
  current = backend;
  worker.resetHandlers(...backend.handlers);
  const client = configure({ baseUrl: location.origin, organization: 'forest-explorers', getToken: () => backend.adminToken, retry: { limit: 2, maxRetryAfter: 2 } });
  return { backend, client };
}

/** Text of an element's shadow root, whitespace collapsed. */
export const textOf = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element in `host`'s shadow root matching `selector` (throws when missing, so `until` retries). */
export function $<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

export { translationsReady };

export interface ScriptTrap {
  /** Calls to `alert`, `confirm`, `prompt` and `__pwned()`: each one is a hostile script that ran. */
  readonly executions: number;
  /** `securitypolicyviolation` events seen by the document. */
  readonly violations: number;
  /** Puts the window's own dialogs back. */
  uninstall(): void;
}

/** Counts scripts run by hostile payloads: every payload calls `alert` (or `confirm`, `prompt`, `__pwned`), which now only count. */
export function installScriptTrap(target: Window = window): ScriptTrap {
  const w = target as Window & { __pwned?: () => void };
  const saved = { alert: w.alert, confirm: w.confirm, prompt: w.prompt };
  let executions = 0;
  let violations = 0;
  const ran = () => void executions++;
  w.alert = ran;
  w.confirm = () => (ran(), false);
  w.prompt = () => (ran(), null);
  w.__pwned = ran;
  const onViolation = () => void violations++;
  w.document.addEventListener('securitypolicyviolation', onViolation);
  return {
    get executions() {
      return executions;
    },
    get violations() {
      return violations;
    },
    uninstall() {
      Object.assign(w, saved);
      delete w.__pwned;
      w.document.removeEventListener('securitypolicyviolation', onViolation);
    },
  };
}
