/**
 * Password policy P (NIST SP 800-63B): length in code points, not only spaces (Unicode White_Space), not containing the
 * email's local part, not a common password, confirmation matching. No composition rules.
 */
import { localPart } from './email.js';
import { isOnlyWhiteSpace } from './text.js';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
/** Local parts shorter than this are too common a substring to forbid ("al", "jo"). */
const MIN_LOCAL_PART_CHECKED = 3;

export const PASSWORD_REASONS = ['TooShort', 'TooLong', 'OnlySpaces', 'ContainsEmail', 'Common', 'Mismatch'] as const;
/** Why a password is refused, machine-readable so each UI can phrase it in its own language. */
export type PasswordReason = (typeof PASSWORD_REASONS)[number];

export interface PasswordContext {
  /** The username the password protects; its local part may not appear in the password. */
  email?: string | null;
  /** The second typing; checked only when given. */
  confirmation?: string;
  /** The common-password list from `loadCommonPasswords()`; without it that check is skipped. */
  commonPasswords?: ReadonlySet<string>;
}

/** Every reason the password breaks policy P; an empty list means it is acceptable. */
export function passwordProblems(password: string, context: PasswordContext = {}): PasswordReason[] {
  const reasons: PasswordReason[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) reasons.push('TooShort');
  if (length > MAX_PASSWORD_LENGTH) reasons.push('TooLong');
  if (length > 0 && isOnlyWhiteSpace(password)) reasons.push('OnlySpaces');
  const local = context.email ? localPart(context.email).toLowerCase() : '';
  if (local.length >= MIN_LOCAL_PART_CHECKED && password.toLowerCase().includes(local)) reasons.push('ContainsEmail');
  if (context.commonPasswords?.has(password.toLowerCase())) reasons.push('Common');
  if (context.confirmation !== undefined && context.confirmation !== password) reasons.push('Mismatch');
  return reasons;
}
