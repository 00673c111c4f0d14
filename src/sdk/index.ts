/** The headless SDK: the client, its errors and the wire contract. */
export { createActivationClient, type ActivationClient, type ResolvedClientOptions, type AccountQuery, type PageQuery, type WatchOptions } from './client.js';
export { newIdempotencyKey, type ClientOptions, type CallOptions, type SendOptions, type RetryOptions } from './http.js';
export * from './errors.js';
export * as schemas from './schemas.js';
export type * from './schemas.js';
