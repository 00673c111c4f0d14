/**
 * Slowing down password guessing on a share link (R7): after a few wrong passwords for one login, the backend
 * refuses further tries for a while (429 with `Retry-After`), right password or not, so a link cannot be used
 * to guess an Amilia login's password. Counted per login, over a sliding window.
 */
import { type Instant, toMs } from './time.js';

/** Wrong passwords for one login that are answered normally within the window; the next try waits. */
export const WRONG_PASSWORD_LIMIT = 5;
/** Minutes over which wrong passwords count. */
export const WRONG_PASSWORD_WINDOW_MINUTES = 15;

const WINDOW_MS = WRONG_PASSWORD_WINDOW_MINUTES * 60_000;

/** The wrong tries that still count at `now` (those within the window), oldest first. */
export const recentWrongPasswords = (tries: readonly Instant[], now: Instant): Instant[] =>
  tries.filter((at) => toMs(now) - toMs(at) < WINDOW_MS).sort((a, b) => toMs(a) - toMs(b));

/**
 * Seconds before the login may try a password again, 0 when it may now: once `WRONG_PASSWORD_LIMIT` wrong
 * tries fall within the window, until the oldest of the latest ones leaves it.
 */
export function passwordRetryWait(tries: readonly Instant[], now: Instant): number {
  const recent = recentWrongPasswords(tries, now);
  if (recent.length < WRONG_PASSWORD_LIMIT) return 0;
  const oldest = recent[recent.length - WRONG_PASSWORD_LIMIT]!;
  return Math.max(1, Math.ceil((toMs(oldest) + WINDOW_MS - toMs(now)) / 1000));
}
