/**
 * How every handler of the mocked backend speaks HTTP, strictly: the v3 paths, problem details, JSON
 * bodies (415 for another type, 413 past 64 KiB) parsed with the contract's schemas, canonical ids and
 * bounded paging, the admin token, idempotency keys and fault injection. Whatever a request holds, the
 * answer is a 4xx problem or a success, never a 5xx of ours or a stack trace. Handlers return plain
 * `{ status, body }` results so they can be remembered and faulted alike.
 */
import type { ZodMiniType } from 'zod/mini';
import type { Language } from '../src/policy/index.js';
import { LANGUAGES } from '../src/policy/index.js';
import { PageParams } from '../src/sdk/params.js';
import { breakContract, type Faults } from './faults.js';
import { loadMsw } from './msw.js';
import { type Idempotency, idempotencyScope } from './idempotency.js';
import { Problem, type Result, invalid } from './problems.js';
import type { Store } from './store.js';

export { Problem, type Result, invalid, ok } from './problems.js';

const { HttpResponse, delay, http } = await loadMsw(() => import('msw'));

export interface Context {
  store: Store;
  faults: Faults;
  adminToken: string;
  idempotency: Idempotency;
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
  /** The JSON body, checked against `schema` (415 when it is not JSON, 422 when it does not match). */
  json<T>(schema: ZodMiniType<T>): T;
}

interface RouteOptions {
  /** `org` routes live under `/org/{identifier}`, `me` routes under `/me`. @default 'org' */
  scope?: 'org' | 'me';
  /** Needs the admin token. @default true for org routes except the public link ones */
  admin?: boolean;
  /** Acts (sends an email, uses a link): answers are remembered by `Idempotency-Key` and replayed. */
  idempotent?: boolean;
}

type Method = 'get' | 'post' | 'put' | 'delete';

/** Largest request body read, in UTF-16 code units (a bigger one is 413 `PayloadTooLarge`). */
const MAX_BODY = 64 * 1024;
/** Longest `Idempotency-Key` accepted (Stripe's limit). */
const MAX_KEY_LENGTH = 255;

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

/** Checks parsed data against a schema; a mismatch is a 422 `Validation` problem naming each field. */
export function validate<T>(data: unknown, schema: ZodMiniType<T>): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const errors: Record<string, string[]> = Object.create(null);
  for (const issue of result.error.issues) (errors[issue.path.join('.') || '(body)'] ??= []).push(issue.message);
  throw new Problem('Validation', { errors });
}

/** The query string checked against a schema of its parameters (each read once; unknown ones ignored). */
export const queryOf = <T>(url: URL, schema: ZodMiniType<T>): T => validate(Object.fromEntries(url.searchParams), schema);

const CANONICAL_ID = /^[1-9][0-9]{0,15}$/;

/** A path id as the API writes it: a positive integer in canonical form (`5`, never `05`, `+5`, `5.0`, `0x5`), else 404. */
export function idParam(value: string | undefined): number {
  const id = value !== undefined && CANONICAL_ID.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id)) throw new Problem('NotFound', { detail: 'No such resource.' });
  return id;
}

const isJson = (contentType: string | null) => /^application\/json\s*(;|$)/i.test(contentType ?? '');

/** The raw body: present only as JSON (else 415), bounded (else 413). */
async function bodyText(request: Request): Promise<string> {
  if (request.method === 'GET' || request.method === 'DELETE') return '';
  const text = await request.text();
  if (text.length > MAX_BODY) throw new Problem('PayloadTooLarge', { detail: `Bodies are limited to ${MAX_BODY} characters.` });
  if (text !== '' && !isJson(request.headers.get('Content-Type'))) throw new Problem('UnsupportedMediaType', { detail: 'Bodies must be application/json.' });
  return text;
}

function parseJson<T>(text: string, request: Request, schema: ZodMiniType<T>): T {
  if (!isJson(request.headers.get('Content-Type'))) throw new Problem('UnsupportedMediaType', { detail: 'Bodies must be application/json.' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Problem('Validation', { detail: 'The body is not JSON.' });
  }
  return validate(data, schema);
}

function faultResponse(kind: string, retryAfter: number): Response {
  switch (kind) {
    case 'networkError':
    case 'dropAfterAct':
      return HttpResponse.error();
    case 'serverError':
      return toResponse(refusal(new Problem('ServerError')));
    case 'unavailable':
      return toResponse({ ...refusal(new Problem('ServerError', {}, 503)), headers: { 'Retry-After': String(retryAfter) } });
    default:
      return toResponse(refusal(new Problem('RateLimited', { retryAfter })));
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
    if (faults.settings.latencyMs) await delay(faults.settings.latencyMs);
    const before = faults.draw(request, 'before');
    if (before) return faultResponse(before, faults.settings.retryAfterSeconds);

    const result = await answer(context, request, stringParams(params), resolve, { idempotent: false, ...options, admin, scope });
    if (request.method !== 'GET') context.persist();

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

/** Any other path of the API: 404, as a problem (last in the list, so every route above answers first). */
export const unknownRoute = (context: Context) =>
  http.all('*/api/V3/*', () => {
    const response = toResponse(refusal(new Problem('NotFound', { detail: 'No such route.' })));
    response.headers.set('Date', context.store.now().toUTCString());
    return response;
  });

/** MSW's path parameters, each a single string (a repeated one is not ours to guess at). */
function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(params)) if (typeof value === 'string') result[name] = value;
  return result;
}

/** Authenticates, reads, deduplicates and resolves one request; every refusal becomes a problem. */
async function answer(
  context: Context,
  request: Request,
  params: Record<string, string>,
  resolve: (info: RouteInfo) => Result | Promise<Result>,
  options: Required<RouteOptions>,
): Promise<Result> {
  try {
    const language = LANGUAGES.find((l) => l === params['language']?.toLowerCase());
    if (!language) throw new Problem('NotFound', { detail: 'Unknown language.' });
    if (options.scope === 'org' && params['organization'] !== context.store.state.organization.Identifier) {
      throw new Problem('NotFound', { detail: 'Unknown organization.' });
    }
    const bearer = request.headers.get('Authorization')?.replace(/^Bearer\s+/i, '') ?? '';
    const session = bearer ? context.store.sessionUser(bearer) : undefined;
    if (options.admin && bearer !== context.adminToken) {
      // A signed-in client is known but not allowed here; anyone else is not signed in.
      throw session ? new Problem('Forbidden') : new Problem('Unauthorized');
    }
    if (options.scope === 'me' && !session) throw new Problem('Unauthorized');
    const url = new URL(request.url);
    const text = await bodyText(request);
    const json = <T>(schema: ZodMiniType<T>) => parseJson(text, request, schema);
    const run = async () => await resolve({ request, params, url, language, user: session, json });
    const key = options.idempotent ? request.headers.get('Idempotency-Key') : null;
    if (!key) return await run();
    if (key.length > MAX_KEY_LENGTH) throw invalid('Idempotency-Key', `At most ${MAX_KEY_LENGTH} characters.`);
    return await context.idempotency.run(idempotencyScope(bearer, key), `${request.method} ${url.pathname}\n${text}`, run);
  } catch (error) {
    if (error instanceof Problem) return refusal(error);
    // A bug of ours: said without its stack, which is no one's business but the log's.
    console.error(error);
    return refusal(new Problem('ServerError'));
  }
}

/** A v3 page of `items`, with `Next` pointing at the following page; `page` and `perPage` are checked (422). */
export function paged<T>(items: readonly T[], url: URL, defaults = { perPage: 25 }) {
  const query = queryOf(url, PageParams);
  const page = Number(query.page ?? 1);
  const perPage = Number(query.perPage ?? defaults.perPage);
  const start = (page - 1) * perPage;
  let next: string | null = null;
  if (start + perPage < items.length) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set('page', String(page + 1));
    next = nextUrl.toString();
  }
  return { Items: items.slice(start, start + perPage), Paging: { TotalCount: items.length, Page: page, PerPage: perPage, Next: next } };
}
