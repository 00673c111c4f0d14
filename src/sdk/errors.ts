/**
 * Every failure the SDK raises is one of three families under `ActivationError`: the server said no
 * (`ApiError`, with a stable `code`), the request never got an answer (`NetworkError`), or the answer
 * broke the contract (`ContractError`). Guards check `name` too, so they hold across duplicate bundles.
 */
import type { PasswordReason } from '../policy/index.js';
import type { KnownErrorCode } from './error-codes.js';
import type { Problem } from './schemas.js';

export type { KnownErrorCode } from './error-codes.js';

/** A known code, or one a newer server sends (still usable as a string). */
export type ErrorCode = KnownErrorCode | (string & {});

export class ActivationError extends Error {
  override name: 'ActivationError' | 'ApiError' | 'NetworkError' | 'ContractError' = 'ActivationError';
}

/** The server answered with an error status and, normally, an RFC 9457 problem. */
export class ApiError extends ActivationError {
  override name = 'ApiError' as const;
  readonly code: ErrorCode;
  readonly status: number;
  /** Field path (`Owner.Email`) → messages, for `Validation` and field-level codes. */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** For `DuplicateClient`: the account that already uses the email. */
  readonly existingAccountId: number | string | undefined;
  /** For `RateLimited`: seconds to wait. */
  readonly retryAfter: number | undefined;
  /** For `WeakPassword`: every rule of policy P the password broke. */
  readonly reasons: readonly PasswordReason[];
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, retryAfter = problem?.retryAfter) {
    super(problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.code = problem?.code ?? (status >= 500 ? 'ServerError' : `Http${status}`);
    this.fieldErrors = problem?.errors ?? {};
    this.existingAccountId = problem?.existingAccountId;
    this.retryAfter = retryAfter;
    this.reasons = problem?.reasons ?? [];
  }
}

/** No answer: offline, DNS, connection reset, timeout. Safe requests were already retried. */
export class NetworkError extends ActivationError {
  override name = 'NetworkError' as const;
  constructor(options?: { cause?: unknown }) {
    super('The server could not be reached.', options);
  }
}

/** One problem found in a response that breaks the contract. */
export interface ContractIssue {
  readonly message: string;
  readonly path?: readonly PropertyKey[];
}

/** The answer was not what the contract promises (wrong shape, malformed JSON). Nothing of it is used. */
export class ContractError extends ActivationError {
  override name = 'ContractError' as const;
  readonly issues: readonly ContractIssue[];
  readonly url: string;
  constructor(url: string, issues: readonly ContractIssue[], options?: { cause?: unknown }) {
    super(`The response from ${url} does not match the contract.`, options);
    this.url = url;
    this.issues = issues;
  }
}

const named =
  <T extends Error>(type: abstract new (...args: never[]) => T, name: T['name']) =>
  (error: unknown): error is T =>
    error instanceof type || (error instanceof Error && error.name === name);

export const isApiError = named(ApiError, 'ApiError');
export const isNetworkError = named(NetworkError, 'NetworkError');
export const isContractError = named(ContractError, 'ContractError');
export const isActivationError = (error: unknown): error is ActivationError =>
  isApiError(error) || isNetworkError(error) || isContractError(error) || error instanceof ActivationError;
