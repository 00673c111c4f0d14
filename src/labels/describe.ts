/**
 * Which of the library's sentences says what went wrong: one mapping for the elements (through their
 * translations) and for `describeError` (through the static dictionaries), so the two never disagree.
 */
import en from '../elements/shared/i18n/en.js';
import { isApiError, isContractError, isNetworkError } from '../sdk/errors.js';

/** A key of the shared strings that names a failure (`error.DuplicateClient`). */
export type ErrorKey = Extract<keyof typeof en, `error.${string}`>;

export interface ErrorTerm {
  /** The error's code (`DuplicateClient`), or the family's (`Network`, `Contract`, `Unknown`). */
  code: string;
  key: ErrorKey;
  /** For `RateLimited`: seconds to wait (a minute when the server did not say). */
  wait: number;
}

/** The sentence for any SDK error: never the server's own text. */
export function errorTerm(error: unknown): ErrorTerm {
  const api = isApiError(error) ? error : undefined;
  const code = api?.code ?? (isNetworkError(error) ? 'Network' : isContractError(error) ? 'Contract' : 'Unknown');
  const key = `error.${code}`;
  return {
    code,
    key: Object.hasOwn(en, key) ? (key as ErrorKey) : api && api.status >= 500 ? 'error.ServerError' : 'error.Unknown',
    wait: api?.retryAfter ?? 60,
  };
}

const UNITS = [
  [86_400, 'day'],
  [3600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
] as const;

/** A wait in the largest unit that fits, rounded up: 28 s → [28, 'second'], 90 s → [2, 'minute']. */
export function waitIn(seconds: number): [number, Intl.RelativeTimeFormatUnit] {
  const [size, unit] = UNITS.find(([size]) => seconds >= size) ?? UNITS[3];
  return [Math.max(1, Math.ceil(seconds / size)), unit];
}
