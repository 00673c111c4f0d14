/**
 * Which of the library's sentences says what went wrong: one mapping for the elements (through their
 * translations) and for `describeError` (through the static dictionaries), so the two never disagree.
 */
import en from '../elements/shared/i18n/en.js';
import { isApiError, isContractError, isNetworkError } from '../sdk/errors.js';

type SharedStrings = typeof en;
/** A key of the shared strings that names a failure (`error.DuplicateClient`). */
export type ErrorKey = Extract<keyof SharedStrings, `error.${string}`>;

export interface ErrorTerm {
  /** The error's code (`DuplicateClient`), or the family's (`Network`, `Contract`, `Unknown`). */
  code: string;
  key: ErrorKey;
  /** For `RateLimited`: seconds to wait. */
  wait?: number;
}

/** Without `Retry-After`, a rate limit is said to last a minute. */
const DEFAULT_WAIT = 60;

const isErrorKey = (key: string): key is ErrorKey => Object.hasOwn(en, key);

/** The sentence for any SDK error: never the server's own text. */
export function errorTerm(error: unknown): ErrorTerm {
  if (isApiError(error)) {
    if (error.code === 'RateLimited') return { code: error.code, key: 'error.RateLimited', wait: error.retryAfter ?? DEFAULT_WAIT };
    const key = `error.${error.code}`;
    return { code: error.code, key: isErrorKey(key) ? key : error.status >= 500 ? 'error.ServerError' : 'error.Unknown' };
  }
  if (isNetworkError(error)) return { code: 'Network', key: 'error.Network' };
  if (isContractError(error)) return { code: 'Contract', key: 'error.Contract' };
  return { code: 'Unknown', key: 'error.Unknown' };
}

/** A wait in the largest unit that fits, rounded up: 28 s → [28, 'second'], 90 s → [2, 'minute']. */
export function waitIn(seconds: number): [number, Intl.RelativeTimeFormatUnit] {
  if (seconds >= 86_400) return [Math.ceil(seconds / 86_400), 'day'];
  if (seconds >= 3600) return [Math.ceil(seconds / 3600), 'hour'];
  if (seconds >= 60) return [Math.ceil(seconds / 60), 'minute'];
  return [Math.max(1, Math.ceil(seconds)), 'second'];
}
