/**
 * The small core every resource group runs on: the settings, the transport and the server's clock. A group
 * is a function of a core (`links(core).inspect(token)`), so a bundler leaves out every group a page never
 * calls, with its schemas. `createActivationClient` puts every group on one object, for those who want them all.
 */
import type { Language } from '../policy/index.js';
import { type ClientOptions, type Transport, createTransport } from './http.js';

/** Where a core keeps its transport; `Symbol.for`, so a group of one copy of the library runs on a core of another. */
export const transport: unique symbol = Symbol.for('amilia-activation.transport') as never;

/** The client's settings, its language resolved. */
export type ResolvedClientOptions = Readonly<ClientOptions & { language: Language }>;

/** What every resource group needs; an `ActivationClient` is one too. */
export interface ActivationCore {
  readonly options: ResolvedClientOptions;
  /** The server's time as of the latest answer (its `Date` header); the activation rules compare against it. */
  now(): Date;
  /** A core with the same settings speaking another language. */
  withLanguage(language: Language): ActivationCore;
  readonly [transport]: Transport;
}

/**
 * Creates the core for one organization; pass it to the groups a page uses.
 * @example
 * const core = createActivationCore({ baseUrl: 'https://api.example.org', organization: 'forest-explorers' });
 * const link = await links(core).inspect(token);
 */
export function createActivationCore(options: ClientOptions): ActivationCore {
  const sender = createTransport(options);
  return {
    options: { ...options, language: sender.language },
    now: sender.now,
    withLanguage: (language) => createActivationCore({ ...options, language }),
    [transport]: sender,
  };
}

/** True for a core or a client, whichever copy of the library made it. */
export const isActivationCore = (value: unknown): value is ActivationCore =>
  typeof value === 'object' && value !== null && transport in value;

/** `org/{organization}`: where the organization's resources live. */
export const orgPath = (core: ActivationCore): string => `org/${encodeURIComponent(core.options.organization)}`;

/** Where one person of one account lives: members' email and activation requests hang below it. */
export const memberPath = (core: ActivationCore, accountId: number | string, personId: number | string): string =>
  `${orgPath(core)}/accounts/${encodeURIComponent(accountId)}/members/${encodeURIComponent(personId)}`;
