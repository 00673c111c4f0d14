/** Email rules: syntax as `<input type=email>` accepts it, trimmed as it trims; duplicates compared case-insensitively. */
import { trimHtmlWhitespace } from './text.js';

/** The longest address SMTP can carry (RFC 5321 path limit less the brackets). */
export const MAX_EMAIL_LENGTH = 254;

// The WHATWG HTML "valid email address" production, the one `<input type=email>` applies.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** The address as it is stored: the HTML whitespace around it removed (a browser's email field does the same, and no more). */
export const normalizeEmail = (email: string): string => trimHtmlWhitespace(email);

/** Whether a typed address is valid once trimmed. */
export function isValidEmail(email: string): boolean {
  const trimmed = normalizeEmail(email);
  return trimmed.length <= MAX_EMAIL_LENGTH && EMAIL.test(trimmed);
}

/** The key two addresses are compared by: trimmed and lower-cased. */
export const emailKey = (email: string): string => normalizeEmail(email).toLowerCase();

export const sameEmail = (a: string | null | undefined, b: string | null | undefined): boolean =>
  a != null && b != null && emailKey(a) === emailKey(b);

/** The part before the last `@`. */
export const localPart = (email: string): string => {
  const trimmed = normalizeEmail(email);
  return trimmed.slice(0, Math.max(0, trimmed.lastIndexOf('@')));
};

/** An address shown without revealing it: `alice@example.com` → `a***@example.com`. */
export function maskEmail(email: string): string {
  const trimmed = normalizeEmail(email);
  const at = trimmed.lastIndexOf('@');
  return `${trimmed.slice(0, 1)}***${trimmed.slice(at)}`;
}
