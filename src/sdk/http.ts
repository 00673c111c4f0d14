/**
 * The transport: one ky instance per client, one function that sends a call, parses the answer with
 * its schema and turns every failure into one of the SDK's errors. Retries happen only where they
 * are safe: reads, cancels, and writes that carry an `Idempotency-Key` the server deduplicates.
 */
import ky, { isHTTPError, isNetworkError as isKyNetworkError, isTimeoutError, type KyInstance } from 'ky';
import type { ZodMiniType } from 'zod/mini';
import type { Language } from '../policy/index.js';
import type { KnownErrorCode } from './error-codes.js';
import { ApiError, ContractError, NetworkError } from './errors.js';
import { Problem } from './schemas.js';

export interface RetryOptions {
  /** Retries after the first attempt. @default 2 */
  limit?: number;
  /** Longest `Retry-After`, in seconds, worth waiting for; a longer one is surfaced as the error. @default 30 */
  maxRetryAfter?: number;
}

export interface ClientOptions {
  /** Where the API lives, e.g. `https://api.example.org` or `/` for the page's origin. */
  baseUrl: string | URL;
  /** The organization's URL name, e.g. `forest-explorers`. */
  organization: string;
  /** The language of the calls: people created through them prefer it, and problems come in it. @default 'en' */
  language?: Language;
  /** Returns the bearer token for admin and signed-in client calls. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** A `fetch` to use instead of the global one (a test double, a proxy). */
  fetch?: typeof fetch;
  /** How failed safe calls are retried; a number sets the limit. */
  retry?: RetryOptions | number;
  /** Milliseconds before one attempt is abandoned. @default 10000 */
  timeout?: number;
}

/** Options every call accepts. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of calls that send an email: the same key makes a repeated call a no-op on the server. */
export interface SendOptions extends CallOptions {
  /** Reuse one key across a user's own retries of one action; a fresh one is made otherwise. */
  idempotencyKey?: string;
  /**
   * Longest `Retry-After`, in seconds, this call sits out before trying again; a longer one rejects at once
   * with `RateLimited` and its `retryAfter`, for a person to see (a button counting down).
   * @default the client's `retry.maxRetryAfter`
   */
  maxRetryAfter?: number;
}

export interface Call extends SendOptions {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Path below `api/V3/{language}/`, e.g. `org/forest-explorers/accounts`. */
  path: string;
  json?: unknown;
  searchParams?: Record<string, string | number | undefined>;
  /** A POST that changes nothing (a dry run), as safe to retry as a read. */
  safe?: boolean;
}

/** A call whose JSON answer is parsed with `schema`. */
export interface JsonCall<T> extends Call {
  schema: ZodMiniType<T>;
}

/** A call that sends an email or uses a link: it always carries an idempotency key, so retrying it is safe. */
export const sending = (options: SendOptions = {}): SendOptions => ({ ...options, idempotencyKey: options.idempotencyKey ?? newIdempotencyKey() });

/** A random key for `Idempotency-Key`; `randomUUID` is missing outside secure contexts. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const retryAfterSeconds = (response: Response): number | undefined => {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? seconds : Math.max(0, (Date.parse(header) - Date.now()) / 1000);
};

export interface Transport {
  /** Sends a call and returns its JSON answer, parsed with the call's schema. */
  send<T>(call: JsonCall<T>): Promise<T>;
  /** Sends a call and returns its answer as text of the `accept`ed type (CSV). */
  text(call: Call, accept: string): Promise<string>;
  /** Sends a call whose answer has no body (204). */
  empty(call: Call): Promise<void>;
  language: Language;
  /** The server's time, from the `Date` header of the latest answer: rules that need "now" read it. */
  now: () => Date;
}

export function createTransport(options: ClientOptions): Transport {
  const language = options.language ?? 'en';
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const maxRetryAfter = retry.maxRetryAfter ?? 30;
  let skew = 0;
  const readClock = (response: Response) => {
    const date = Date.parse(response.headers.get('Date') ?? '');
    if (!Number.isNaN(date)) skew = date - Date.now();
  };
  const api: KyInstance = ky.create({
    baseUrl: options.baseUrl,
    prefix: `api/V3/${language}/`,
    timeout: options.timeout ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        async ({ request }) => {
          const token = await options.getToken?.();
          if (token) request.headers.set('Authorization', `Bearer ${token}`);
        },
      ],
    },
  });

  /** Sends one call (retrying where safe) and returns its successful response; every failure becomes an SDK error. */
  async function respond(call: Call, accept: string): Promise<Response> {
    const keyed = call.idempotencyKey !== undefined;
    const idempotent = call.method === 'get' || call.method === 'delete' || call.safe || keyed;
    const headers: Record<string, string> = { Accept: accept };
    if (call.idempotencyKey) headers['Idempotency-Key'] = call.idempotencyKey;
    let response: Response;
    try {
      response = await api(call.path, {
        method: call.method,
        json: call.json,
        searchParams: call.searchParams,
        signal: call.signal,
        headers,
        retry: {
          limit: idempotent ? (retry.limit ?? 2) : 0,
          methods: [call.method],
          shouldRetry: ({ error }) => {
            // fetch rejects with a TypeError whenever no answer came. ky knows only some engines' messages: not
            // WebKit's through a service worker ("Response served by service worker is an error").
            if (!isHTTPError(error)) return error instanceof TypeError ? true : undefined;
            // The first attempt with this key is still being answered (it timed out here, not there): asking
            // again later replays its answer.
            if (keyed && Problem.safeParse(error.data).data?.code === inFlight) return true;
            // A rate limit that lasts longer than the caller wants to wait is the caller's to show.
            return (retryAfterSeconds(error.response) ?? 0) > (call.maxRetryAfter ?? maxRetryAfter) ? false : undefined;
          },
        },
      });
    } catch (error) {
      // A refusal carries the server's time too: "now" stays right for the rules an element checks after it.
      if (isHTTPError(error)) readClock(error.response);
      throw await toSdkError(error);
    }
    readClock(response);
    return response;
  }

  async function send<T>(call: JsonCall<T>): Promise<T> {
    const response = await respond(call, 'application/json');
    return parse(call.schema, await response.text(), redact(response.url));
  }

  const text = async (call: Call, accept: string): Promise<string> => (await respond(call, accept)).text();

  async function empty(call: Call): Promise<void> {
    await respond(call, 'application/json');
  }

  return { send, text, empty, language, now: () => new Date(Date.now() + skew) };
}

/** A URL fit for an error message or a log: a link's token never leaves the address bar it came from. */
const redact = (url: string) => url.replace(/(\/activations\/)[^/?#]+/, '$1…');

function parse<T>(schema: ZodMiniType<T>, text: string, url: string): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new ContractError(url, [{ message: 'The body is not JSON.' }], { cause });
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new ContractError(url, result.error.issues);
  return result.data;
}

const inFlight: KnownErrorCode = 'IdempotencyKeyInFlight';

async function toSdkError(error: unknown): Promise<unknown> {
  if (isHTTPError(error)) {
    const problem = Problem.safeParse(error.data);
    const parsed = problem.success ? problem.data : undefined;
    const retryAfter = parsed?.retryAfter ?? retryAfterSeconds(error.response);
    return new ApiError(error.response.status, parsed, retryAfter);
  }
  // ky's errors carry the request, whose URL may hold a link token: keep only the low-level cause.
  if (isKyNetworkError(error) || isTimeoutError(error)) return new NetworkError({ cause: error.cause });
  // fetch's own TypeError where ky did not recognise the runtime's network failure.
  if (error instanceof TypeError) return new NetworkError({ cause: error });
  return error;
}
