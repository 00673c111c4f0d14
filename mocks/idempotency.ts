/**
 * Idempotency keys as Stripe has them. A key belongs to whoever sent it (the bearer token, or nobody for the
 * public link routes) and is bound to the first request made with it, method, path and body:
 * - the same request again gets the first answer exactly (status, body and headers), plus `Idempotent-Replayed`;
 * - another request with the key is refused, 422 `IdempotencyKeyReused`;
 * - while the first is still being answered, a second one is refused at once, 409 `IdempotencyKeyInFlight`
 *   with `Retry-After: 1` (Stripe's choice; the SDK waits and asks again, which then replays the answer).
 * Only answers that acted (2xx) are kept: a refused request changed nothing, so the key stays free. Kept
 * answers expire after 24 hours of the backend's clock, as Stripe's do; then the key is free again.
 */
import { Problem, type Result } from './problems.js';
import type { State, StoredAnswer } from './state.js';

/** The table key of one sender's key: JSON keeps `("a b", "c")` and `("a", "b c")` apart. */
export const idempotencyScope = (bearer: string, key: string): string => JSON.stringify([bearer, key]);

/**
 * 64 bits of cyrb53 over the request, with its length: enough to tell requests apart, and the stored state
 * (the demo keeps it in localStorage) holds no body, so no password.
 */
function fingerprintOf(request: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < request.length; i++) {
    const c = request.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${request.length}:${hex(h2)}${hex(h1)}`;
}

/** How long an answer is kept for its key. */
export const KEY_LIFETIME_MS = 24 * 3_600_000;

export type Idempotency = ReturnType<typeof createIdempotency>;

/** Keys over the state's `idempotency` table (null-prototype, so `__proto__` is a key like any other). */
export function createIdempotency(state: () => State, now: () => Date) {
  // In memory only: a request in flight does not outlive the page that answers it.
  const inFlight = new Map<string, string>();

  /** Stores an answer and forgets the expired ones (the demo keeps the table in localStorage). */
  function keep(scope: string, answer: StoredAnswer) {
    const table = state().idempotency;
    for (const [key, old] of Object.entries(table)) if (!(answer.at - old.at < KEY_LIFETIME_MS)) delete table[key];
    table[scope] = answer;
  }

  return {
    /** Answers `request` (method, path and body as text) sent under `scope`, acting through `act` at most once. */
    async run(scope: string, request: string, act: () => Promise<Result>): Promise<Result> {
      const fingerprint = fingerprintOf(request);
      const at = now().getTime();
      const kept: StoredAnswer | undefined = state().idempotency[scope];
      const stored = kept && at - kept.at < KEY_LIFETIME_MS ? kept : undefined;
      const running = inFlight.get(scope);
      const first = stored?.fingerprint ?? running;
      if (first !== undefined && first !== fingerprint) {
        throw new Problem('IdempotencyKeyReused', { detail: 'This Idempotency-Key was first used with another request.' });
      }
      if (stored) return { ...stored.result, headers: { ...stored.result.headers, 'Idempotent-Replayed': 'true' } };
      if (running !== undefined) throw new Problem('IdempotencyKeyInFlight', { retryAfter: 1 });
      inFlight.set(scope, fingerprint);
      try {
        const result = await act();
        if (result.status < 300) keep(scope, { fingerprint, result, at });
        return result;
      } finally {
        inFlight.delete(scope);
      }
    },
  };
}
