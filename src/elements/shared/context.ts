/**
 * How elements find their SDK client: from the nearest `<amilia-activation-provider>` (through
 * `@lit/context`), or else from the page's default client set once with `configure()`.
 */
import { createContext } from '@lit/context';
import type { Language } from '../../policy/index.js';
import { type ActivationClient, type ClientOptions, createActivationClient } from '../../sdk/index.js';

/** What a provider hands down: the client and the language it was configured with. */
export interface ActivationContext {
  client: ActivationClient;
  language: Language | undefined;
}

export const activationContext = createContext<ActivationContext>(Symbol.for('amilia-activation-context'));

let defaultContext: ActivationContext | undefined;

/**
 * Sets the client for every element not inside a provider: pages that cannot wrap their elements.
 * @example configure({ baseUrl: 'https://api.example.org', organization: 'forest-explorers', getToken })
 */
export function configure(options: ClientOptions | ActivationClient): ActivationClient {
  const client = 'accounts' in options ? options : createActivationClient(options);
  defaultContext = { client, language: client.options.language };
  return client;
}

export const defaultActivationContext = (): ActivationContext | undefined => defaultContext;
