/**
 * How every handler of the mocked backend speaks HTTP: the v3 paths, problem details, bodies
 * parsed with the contract's schemas, the admin token, idempotency keys and fault injection.
 * Handlers return plain `{ status, body }` results so they can be remembered and faulted alike.
 */
import type { ZodMiniType } from 'zod/mini';
import type { Language } from '../src/policy/index.js';
import { LANGUAGES } from '../src/policy/index.js';
import { breakContract, type Faults } from './faults.js';
import { loadMsw } from './msw.js';
import type { Store } from './store.js';

const { HttpResponse, delay, http } = await loadMsw(() => import('msw'));

export interface Result {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send `body` as this text instead of JSON (CSV). */
  text?: string;
  contentType?: string;
}

/** A refusal, thrown by a handler and answered as RFC 9457 problem details. */
export class Problem extends Error {
  readonly status: number;
  readonly code: string;
  readonly extra: ProblemExtra;
  constructor(status: number, code: string, extra: ProblemExtra = {}) {
    super(code);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

interface ProblemExtra {
  detail?: string;
  errors?: Record<string, string[]>;
  existingAccountId?: number;
  retryAfter?: number;
  reasons?: string[];
}

export const ok = (body: unknown, status = 200): Result => ({ status, body });

export interface Context {
  store: Store;
  faults: Faults;
  adminToken: string;
  /** Called after every request that may have changed the state. */
  persist: () => void;
}

export interface RouteInfo {
  request: Request;
  params: Record<string, string>;
  url: URL;
  language: Language;
  /** For `/me` routes: the signed-in user's lower-cased email. */
  user: string | undefined;
}

interface RouteOptions {
  /** `org` routes live under `/org/{identifier}`, `me` routes under `/me`. @default 'org' */
  scope?: 'org' | 'me';
  /** Needs the admin token. @default true for org routes except the public link ones */
  admin?: boolean;
  /** Sends email: answers are remembered by `Idempotency-Key` and replayed. */
  idempotent?: boolean;
}

type Method = 'get' | 'post' | 'put' | 'delete';

const problemBody = (p: Problem) => ({
  type: `https://api.amilia.com/problems/${p.code}`,
  title: p.code.replace(/([a-z])([A-Z])/g, '$1 $2'),
  status: p.status,
  code: p.code,
  ...p.extra,
});

function toResponse(result: Result): Response {
  if (result.text !== undefined) {
    return new HttpResponse(result.text, { status: result.status, headers: { 'Content-Type': result.contentType ?? 'text/plain', ...result.headers } });
  }
  if (result.body === undefined) return new HttpResponse(null, { status: result.status, headers: result.headers });
  const type = result.status >= 400 ? 'application/problem+json' : 'application/json';
  return HttpResponse.json(result.body, { status: result.status, headers: { 'Content-Type': type, ...result.headers } });
}

const refusal = (p: Problem): Result => ({
  status: p.status,
  body: problemBody(p),
  ...(p.extra.retryAfter === undefined ? {} : { headers: { 'Retry-After': String(p.extra.retryAfter) } }),
});

/** Reads and checks a JSON body; a bad one is a 422 `Validation` problem naming each field. */
export async function parseBody<T>(request: Request, schema: ZodMiniType<T>): Promise<T> {
  let data: unknown;
  try {
    data = await request.json();
  } catch {
    throw new Problem(422, 'Validation', { detail: 'The body is not JSON.' });
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (errors[issue.path.join('.') || '(body)'] ??= []).push(issue.message);
  throw new Problem(422, 'Validation', { errors });
}

function faultResponse(kind: string, retryAfter: number): Response {
  switch (kind) {
    case 'networkError':
    case 'dropAfterAct':
      return HttpResponse.error();
    case 'serverError':
      return toResponse(refusal(new Problem(500, 'ServerError')));
    case 'unavailable':
      return toResponse({ ...refusal(new Problem(503, 'ServerError')), headers: { 'Retry-After': String(retryAfter) } });
    default:
      return toResponse(refusal(new Problem(429, 'RateLimited', { retryAfter })));
  }
}

/** Declares one route of the API on any origin (`*​/api/V3/{language}/…`). */
export function route(
  context: Context,
  method: Method,
  path: string,
  resolve: (info: RouteInfo) => Result | Promise<Result>,
  options: RouteOptions = {},
) {
  const scope = options.scope ?? 'org';
  const admin = options.admin ?? scope === 'org';
  const pattern = `*/api/V3/:language/${scope === 'org' ? 'org/:organization' : 'me'}${path}`;
  return http[method](pattern, async ({ request, params }) => {
    const { store, faults } = context;
    const p = params as Record<string, string>;
    if (faults.settings.latencyMs) await delay(faults.settings.latencyMs);
    const before = faults.draw(request, 'before');
    if (before) return faultResponse(before, faults.settings.retryAfterSeconds);

    const key = options.idempotent ? request.headers.get('Idempotency-Key') : null;
    let result: Result;
    if (key && store.state.idempotency[key]) {
      result = store.state.idempotency[key]!;
    } else {
      result = await run(context, request, p, resolve, admin, scope);
      // Only what acted is replayed: a refused call sent nothing, so running it again is harmless.
      if (key && result.status < 300) store.state.idempotency[key] = { status: result.status, body: result.body };
      if (request.method !== 'GET') context.persist();
    }

    const after = faults.draw(request, 'after');
    if (after === 'dropAfterAct') return faultResponse(after, 0);
    if (after === 'malformedJson') return new HttpResponse('{"Items": [', { status: result.status, headers: { 'Content-Type': 'application/json' } });
    if (after === 'contractBreak' && result.body !== undefined) return toResponse({ ...result, body: breakContract(result.body) });
    const response = toResponse(result);
    // The backend's clock, which the demo and tests move, reaches the client as HTTP's own `Date`.
    response.headers.set('Date', store.now().toUTCString());
    return response;
  });
}

async function run(
  context: Context,
  request: Request,
  params: Record<string, string>,
  resolve: (info: RouteInfo) => Result | Promise<Result>,
  admin: boolean,
  scope: 'org' | 'me',
): Promise<Result> {
  try {
    const language = params['language']?.toLowerCase() as Language;
    if (!LANGUAGES.includes(language)) throw new Problem(404, 'NotFound', { detail: 'Unknown language.' });
    if (scope === 'org' && params['organization'] !== context.store.state.organization.Identifier) {
      throw new Problem(404, 'NotFound', { detail: 'Unknown organization.' });
    }
    const bearer = request.headers.get('Authorization')?.replace(/^Bearer\s+/i, '');
    if (admin && bearer !== context.adminToken) {
      // A signed-in client is known but not allowed here; anyone else is not signed in.
      throw bearer && context.store.state.sessions[bearer] ? new Problem(403, 'Forbidden') : new Problem(401, 'Unauthorized');
    }
    const user = scope === 'me' ? (bearer && context.store.state.sessions[bearer]) || undefined : undefined;
    if (scope === 'me' && !user) throw new Problem(401, 'Unauthorized');
    return await resolve({ request, params, url: new URL(request.url), language, user });
  } catch (error) {
    if (error instanceof Problem) return refusal(error);
    throw error;
  }
}

/** A v3 page of `items`, with `Next` pointing at the following page. */
export function paged<T>(items: readonly T[], url: URL, defaults = { perPage: 25, maxPerPage: 500 }) {
  const page = Math.max(1, Math.trunc(Number(url.searchParams.get('page')) || 1));
  const perPage = Math.min(defaults.maxPerPage, Math.max(1, Math.trunc(Number(url.searchParams.get('perPage')) || defaults.perPage)));
  const start = (page - 1) * perPage;
  let next: string | null = null;
  if (start + perPage < items.length) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set('page', String(page + 1));
    next = nextUrl.toString();
  }
  return { Items: items.slice(start, start + perPage), Paging: { TotalCount: items.length, Page: page, PerPage: perPage, Next: next } };
}
