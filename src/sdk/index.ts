/**
 * The headless SDK: the client, its errors and the wire contract. Either every group on one client
 * (`createActivationClient`), or a core and only the groups a page uses (`links(createActivationCore(…))`).
 */
export { createActivationClient, type ActivationClient } from './client.js';
export { createActivationCore, isActivationCore, type ActivationCore, type ResolvedClientOptions } from './core.js';
export { accounts, type AccountQuery, type AccountsApi } from './resources/accounts.js';
export { activationRequests, type ActivationRequestsApi } from './resources/activation-requests.js';
export { links, type LinksApi } from './resources/links.js';
export { mass, type MassApi, type PageQuery, type WatchOptions } from './resources/mass.js';
export { members, type MembersApi } from './resources/members.js';
export { organization, type OrganizationApi } from './resources/organization.js';
export { shareOffers, type ShareOffersApi } from './resources/share-offers.js';
export { newIdempotencyKey, type ClientOptions, type CallOptions, type SendOptions, type RetryOptions } from './http.js';
export * from './errors.js';
export * as schemas from './schemas.js';
export type * from './schemas.js';
