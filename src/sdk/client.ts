/**
 * `createActivationClient`: every resource group on one object, for those who want them all. A page that
 * uses a few groups can instead pass a core to each (`links(createActivationCore(options))`), so its bundle
 * leaves the others out. No DOM: it runs in browsers and in Node ≥ 22.
 */
import type { Language } from '../policy/index.js';
import { type ActivationCore, createActivationCore } from './core.js';
import type { ClientOptions } from './http.js';
import { type AccountsApi, accounts } from './resources/accounts.js';
import { type ActivationRequestsApi, activationRequests } from './resources/activation-requests.js';
import { type LinksApi, links } from './resources/links.js';
import { type MassApi, mass } from './resources/mass.js';
import { type MembersApi, members } from './resources/members.js';
import { type OrganizationApi, organization } from './resources/organization.js';
import { type ShareOffersApi, shareOffers } from './resources/share-offers.js';

/** The client of one organization, grouped by resource. Calls that send an email or use a link take an idempotency key. */
export interface ActivationClient extends ActivationCore {
  /** A client with the same settings speaking another language. */
  withLanguage(language: Language): ActivationClient;
  readonly organization: OrganizationApi;
  readonly accounts: AccountsApi;
  readonly members: MembersApi;
  readonly activationRequests: ActivationRequestsApi;
  readonly mass: MassApi;
  readonly links: LinksApi;
  readonly shareOffers: ShareOffersApi;
}

/**
 * Creates a client for one organization.
 * @example
 * const client = createActivationClient({ baseUrl: 'https://api.example.org', organization: 'forest-explorers', getToken });
 * const { Account, AutomaticRequest } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.org' } });
 */
export function createActivationClient(options: ClientOptions): ActivationClient {
  const core = createActivationCore(options);
  return {
    ...core,
    withLanguage: (language) => createActivationClient({ ...options, language }),
    organization: organization(core),
    accounts: accounts(core),
    members: members(core),
    activationRequests: activationRequests(core),
    mass: mass(core),
    links: links(core),
    shareOffers: shareOffers(core),
  };
}
