/**
 * How elements find their SDK client: from the nearest `<amilia-activation-provider>` (through
 * `@lit/context`), or else from the page's default client set once with `configure()`.
 */
import { createContext } from '@lit/context';
import type { Language } from '../../policy/index.js';
import { type ActivationClient, type ActivationCore, type ClientOptions, createActivationClient } from '../../sdk/index.js';

/**
 * What a provider hands down: the client and the language it was configured with. Elements need only a
 * core (each calls the groups it uses), so a page's bundle leaves the other groups out; a full client is one too.
 */
export interface ActivationContext {
  client: ActivationCore;
  language: Language | undefined;
}

export const activationContext = createContext<ActivationContext>(Symbol.for('amilia-activation-context'));

/**
 * The default client lives on `globalThis` under a registered symbol, not in this module: when a page
 * loads two copies of the library (two bundles), `configure()` on either one configures the elements of both.
 */
const DEFAULT_CONTEXT = Symbol.for('amilia-activation:default-context');
const registry = globalThis as { [DEFAULT_CONTEXT]?: ActivationContext };

/** Fired on `globalThis` by `configure()`, so elements already on the page (of any copy) pick the client up. */
export const CONFIGURED_EVENT = 'amilia-configured';

/**
 * Sets the client for every element not inside a provider: pages that cannot wrap their elements.
 * @example configure({ baseUrl: 'https://api.example.org', organization: 'forest-explorers', getToken })
 */
export function configure(options: ClientOptions | ActivationClient): ActivationClient {
  const client = 'accounts' in options ? options : createActivationClient(options);
  registry[DEFAULT_CONTEXT] = { client, language: client.options.language };
  if (typeof globalThis.dispatchEvent === 'function') globalThis.dispatchEvent(new Event(CONFIGURED_EVENT));
  return client;
}

export const defaultActivationContext = (): ActivationContext | undefined => registry[DEFAULT_CONTEXT];
