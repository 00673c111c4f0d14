/**
 * Every problem `code` the API documents, with the HTTP status it comes with: the one list that types
 * the SDK's `ErrorCode` and the problems the mocked backend may answer (a mistyped code does not compile).
 */
export const ERROR_STATUS = {
  Validation: 422,
  InvalidEmail: 422,
  OwnerUnderage: 422,
  WeakPassword: 422,
  /** The `Idempotency-Key` was first used with another route or body. */
  IdempotencyKeyReused: 422,
  Unauthorized: 401,
  WrongPassword: 401,
  Forbidden: 403,
  NotFound: 404,
  LinkNotFound: 404,
  DuplicateClient: 409,
  AlreadyActive: 409,
  NoEmail: 409,
  ManagedByClient: 409,
  MassJobInProgress: 409,
  /** A request with this `Idempotency-Key` is still being answered: retry after `Retry-After`. */
  IdempotencyKeyInFlight: 409,
  LinkExpired: 410,
  LinkUsed: 410,
  LinkSuperseded: 410,
  LinkRevoked: 410,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
  RateLimited: 429,
  ServerError: 500,
} as const satisfies Record<string, number>;

/** The codes the API documents. */
export type KnownErrorCode = keyof typeof ERROR_STATUS;
