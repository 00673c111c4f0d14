/**
 * Fault injection, shared by the tests and the demo's QA panel. A fault is either queued for the
 * next matching requests (deterministic, for tests) or drawn at a rate (for playing in the demo). The
 * rates and delays live in the backend's state, so they are saved with it (a reload and the demo's
 * other tabs fail alike); the queue belongs to this instance.
 */
export const FAULT_KINDS = [
  /** Answer 500 before acting. */
  'serverError',
  /** Answer 503 with `Retry-After` before acting. */
  'unavailable',
  /** Answer 429 with `Retry-After` before acting. */
  'rateLimit',
  /** Fail the request without an answer, before acting. */
  'networkError',
  /** Act (the email goes out), then fail without an answer: the browser sees a network error. */
  'dropAfterAct',
  /** Act, then answer with a body that is not JSON. */
  'malformedJson',
  /** Act, then answer with JSON that breaks the contract (fields missing, wrong types). */
  'contractBreak',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Faults that stop a request before the backend acts. */
export const BEFORE_ACTING: readonly FaultKind[] = ['serverError', 'unavailable', 'rateLimit', 'networkError'];

export interface FaultMatch {
  /** Only requests with this method (`GET`, `POST`, …). */
  method?: string;
  /** Only requests whose path contains this text. */
  path?: string;
}

export interface FaultSettings {
  /** Milliseconds added to every answer. */
  latencyMs: number;
  /** Chance, 0 to 1, that a request meets each fault. */
  rates: Partial<Record<FaultKind, number>>;
  /** Seconds sent in `Retry-After` with 429 and 503. */
  retryAfterSeconds: number;
  /** Milliseconds a mass job pauses between two chunks (a slow job). */
  massPauseMs: number;
}

export const defaultFaultSettings = (): FaultSettings => ({ latencyMs: 0, rates: {}, retryAfterSeconds: 1, massPauseMs: 40 });

export type Faults = ReturnType<typeof createFaults>;

/** `current`: where the settings are kept (the state's); `persist`: saves them with the state. */
export function createFaults(current: () => FaultSettings, persist: () => void) {
  const queue: { kind: FaultKind; match: FaultMatch }[] = [];
  const matches = (match: FaultMatch, request: Request) =>
    (!match.method || match.method.toUpperCase() === request.method) &&
    (!match.path || new URL(request.url).pathname.includes(match.path));

  return {
    /** The rates and delays; change them, then `save()` to keep them. */
    get settings(): FaultSettings {
      return current();
    },
    /** Keeps the settings as they are now with the backend's state. */
    save: persist,
    /** Makes the next `times` matching requests meet `kind`. */
    inject(kind: FaultKind, match: FaultMatch = {}, times = 1) {
      for (let i = 0; i < times; i++) queue.push({ kind, match });
    },
    /** Forgets queued faults and sets every rate and delay back to none. */
    clear() {
      queue.length = 0;
      Object.assign(current(), defaultFaultSettings());
      persist();
    },
    /** The fault this request meets at this stage, if any: queued ones first, then the rates. */
    draw(request: Request, stage: 'before' | 'after'): FaultKind | undefined {
      const atStage = (kind: FaultKind) => BEFORE_ACTING.includes(kind) === (stage === 'before');
      const index = queue.findIndex((q) => atStage(q.kind) && matches(q.match, request));
      if (index >= 0) return queue.splice(index, 1)[0]!.kind;
      return FAULT_KINDS.find((kind) => atStage(kind) && Math.random() < (current().rates[kind] ?? 0));
    },
  };
}

/** JSON that keeps its look but breaks the contract: the first field dropped, booleans and numbers turned to text. */
export function breakContract(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(breakContract);
  if (body === null || typeof body !== 'object') return typeof body === 'boolean' || typeof body === 'number' ? String(body) : body;
  const entries = Object.entries(body).slice(1);
  return Object.fromEntries(entries.map(([key, value]) => [key, breakContract(value)]));
}
