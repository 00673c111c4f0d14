// The wrong-password slow-down on share links: a few wrong tries per login are answered, the next waits until
// the oldest of them leaves the window.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WRONG_PASSWORD_LIMIT, WRONG_PASSWORD_WINDOW_MINUTES, passwordRetryWait, recentWrongPasswords } from '../../../src/policy/index.ts';

const T0 = Date.parse('2026-11-25T17:00:00Z');
const minutes = (n: number) => T0 + n * 60_000;
/** `count` wrong tries, one a minute from T0. */
const tries = (count: number) => Array.from({ length: count }, (_, i) => minutes(i));

test('fewer wrong passwords than the limit: no wait', () => {
  assert.equal(passwordRetryWait(tries(WRONG_PASSWORD_LIMIT - 1), minutes(WRONG_PASSWORD_LIMIT)), 0);
  assert.equal(passwordRetryWait([], T0), 0);
});

test('at the limit: wait until the oldest of the latest tries is a window old', () => {
  const last = WRONG_PASSWORD_LIMIT - 1;
  assert.equal(passwordRetryWait(tries(WRONG_PASSWORD_LIMIT), minutes(last)), (WRONG_PASSWORD_WINDOW_MINUTES - last) * 60);
  assert.equal(passwordRetryWait(tries(WRONG_PASSWORD_LIMIT), minutes(last) + 30_000), (WRONG_PASSWORD_WINDOW_MINUTES - last) * 60 - 30);
  // One second before the window is over there is still a second to wait; at its end, none.
  assert.equal(passwordRetryWait(tries(WRONG_PASSWORD_LIMIT), minutes(WRONG_PASSWORD_WINDOW_MINUTES) - 1000), 1);
  assert.equal(passwordRetryWait(tries(WRONG_PASSWORD_LIMIT), minutes(WRONG_PASSWORD_WINDOW_MINUTES)), 0);
});

test('tries older than the window no longer count, and the order they come in does not matter', () => {
  const old = [minutes(-WRONG_PASSWORD_WINDOW_MINUTES - 1)];
  const recent = tries(WRONG_PASSWORD_LIMIT - 1);
  assert.equal(passwordRetryWait([...old, ...recent], minutes(WRONG_PASSWORD_LIMIT)), 0);
  assert.deepEqual(recentWrongPasswords([...recent].reverse().concat(old), minutes(WRONG_PASSWORD_LIMIT)), recent);
  assert.equal(passwordRetryWait([...tries(WRONG_PASSWORD_LIMIT)].reverse(), minutes(WRONG_PASSWORD_LIMIT)), passwordRetryWait(tries(WRONG_PASSWORD_LIMIT), minutes(WRONG_PASSWORD_LIMIT)));
});
