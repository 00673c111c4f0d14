// Thousands of generated malformed requests against every route of the mocked backend: each carries one
// defect (auth, language, organization, a path id or token, content type, JSON, shape, depth, size, query,
// key) with everything else valid, and each must be answered 4xx problem+json, without a stack trace, with
// the backend's state left exactly as it was. Most go straight to the MSW handlers (`getResponse`, the
// pipeline `setupServer` runs); a sample also goes over fetch through msw/node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { getResponse } from 'msw';
import { setup, tokenOf } from '../sdk/harness.ts';
import { type Answer, assertProblem, call, read } from './support.ts';

/** Generated requests, and how many of them also go over fetch. */
const RUNS = 3000;
const OVER_FETCH = 150;

type Scope = 'admin' | 'public' | 'me';
interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  scope: Scope;
  /** A valid body, when the route takes one. */
  body?: () => unknown;
  query?: boolean;
  key?: boolean;
}

// Deep enough to break a recursive parser, small enough (under 64 KiB) to reach the parser.
const DEEP = 10_000;
const deepArray = '['.repeat(DEEP) + ']'.repeat(DEEP);
const deepObject = '{"a":'.repeat(DEEP) + 'null' + '}'.repeat(DEEP);
const MEGABYTE = 'x'.repeat(1 << 20);

/** Builds the backend every request is sent to: accounts, a used and an open link, a finished job, a session. */
async function world() {
  let saved = '';
  const storage = { load: () => null, save: (state: unknown) => void (saved = JSON.stringify(state)) };
  const { backend, admin } = setup({ storage, massChunkSize: 100, faults: { massPauseMs: 0 } });
  backend.addAmiliaUser({ email: 'self@example.com', password: 'maple-syrup-morning' });
  const first = await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.com' } });
  const second = await admin.accounts.create({ Owner: { FirstName: 'Léa', LastName: 'Côté', Email: 'self@example.com' } });
  await admin.accounts.create({ Owner: { FirstName: 'Zoë', LastName: 'Noemail' } });
  const [open, share] = backend.outbox.list().map((e) => tokenOf(e.Link));
  const job = await admin.mass.start('2026-01-01');
  for await (const _ of admin.mass.watch(job.Id, { interval: 1 }));
  const session = backend.signIn('self@example.com', 'maple-syrup-morning');
  return {
    backend,
    snapshot: () => saved,
    values: {
      account: String(first.Account.Id),
      person: String(first.Account.Owners[0]!.Id),
      job: job.Id,
      token: open!,
      shareToken: share!,
      offer: `forest-explorers-${second.Account.Owners[0]!.Id}`,
      session,
    },
  };
}

type World = Awaited<ReturnType<typeof world>>;

const ROUTES: Route[] = [
  { method: 'GET', path: '/organization', scope: 'admin' },
  { method: 'GET', path: '/accounts', scope: 'admin', query: true },
  { method: 'POST', path: '/accounts', scope: 'admin', key: true, body: () => ({ Owner: { FirstName: 'New', LastName: 'Client', Email: 'new@example.com' } }) },
  { method: 'GET', path: '/accounts/{account}', scope: 'admin' },
  { method: 'PUT', path: '/accounts/{account}/members/{person}/email', scope: 'admin', key: true, body: () => ({ Email: 'changed@example.com', SendActivationRequest: true }) },
  { method: 'POST', path: '/accounts/{account}/members/{person}/activation-requests', scope: 'admin', key: true },
  { method: 'GET', path: '/accounts/{account}/members/{person}/activation-requests', scope: 'admin', query: true },
  { method: 'POST', path: '/activation-requests/mass/preview', scope: 'admin', query: true, body: () => ({ CreatedAfter: '2026-01-01' }) },
  { method: 'POST', path: '/activation-requests/mass', scope: 'admin', key: true, body: () => ({ CreatedAfter: '2026-01-01' }) },
  { method: 'GET', path: '/activation-requests/mass/current', scope: 'admin' },
  { method: 'GET', path: '/activation-requests/mass/{job}', scope: 'admin' },
  { method: 'GET', path: '/activation-requests/mass/{job}/results', scope: 'admin', query: true },
  { method: 'DELETE', path: '/activation-requests/mass/{job}', scope: 'admin' },
  { method: 'GET', path: '/activations/{token}', scope: 'public' },
  { method: 'POST', path: '/activations/{token}', scope: 'public', key: true, body: () => ({ Password: 'a walk in the maple woods' }) },
  { method: 'POST', path: '/activations/{shareToken}/share', scope: 'public', key: true, body: () => ({ Password: 'maple-syrup-morning', Consent: true }) },
  { method: 'POST', path: '/activations/{token}/renewal', scope: 'public', key: true },
  { method: 'GET', path: '/share-offers', scope: 'me' },
  { method: 'POST', path: '/share-offers/{offer}/accept', scope: 'me', key: true },
  { method: 'POST', path: '/share-offers/{offer}/decline', scope: 'me' },
];

/** Path segments that are not the resource: non-canonical numbers, prototype names, traversal, NUL, long. */
const badSegment = fc.oneof(
  fc.constantFrom('+1', '1.00', '0x1', '01', '1e0', '-1', '0', '%20', '%00', '..', '%2e%2e', '..%2F..%2F1', '%2F', '__proto__', 'constructor', 'valueOf', 'hasOwnProperty', 'NaN', 'Infinity', '9007199254740993', 'job-0', 'x'.repeat(4_000), '%F0%9F%92%A9', '%C0%AF', '1;DROP TABLE', '<script>'),
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
);

/** Bodies a route's schema refuses: wrong types, missing fields, out-of-range values, control characters. */
function badShape(route: Route): fc.Arbitrary<unknown> {
  const notObject = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.string(), fc.array(fc.jsonValue({ maxDepth: 2 })));
  const anyJson = fc.jsonValue({ maxDepth: 3 });
  const badName = fc.oneof(fc.constantFrom('', '   ', 'A\u0000', 'B\u0085c', 'x'.repeat(101), 'e\u001b[31m'), fc.integer(), fc.constant(null));
  const badDay = fc.oneof(fc.constantFrom('0000-01-01', '0000-02-29', '9999-12-31', '1899-12-31', '2026-02-30', '2026-1-1', '20260101', '+002026-01-01', '2026-01-01T00:00Z', ''), fc.integer(), fc.boolean());
  const withJunk = (value: fc.Arbitrary<Record<string, unknown>>) =>
    fc.tuple(value, fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'Extra'), anyJson, { maxKeys: 2 })).map(([v, junk]) => ({ ...junk, ...v }));
  switch (route.path) {
    case '/accounts':
      return fc.oneof(
        notObject,
        withJunk(fc.record({ Owner: notObject })),
        withJunk(fc.record({ Owner: fc.record({ FirstName: badName, LastName: fc.constant('Roy') }) })),
        withJunk(fc.record({ Owner: fc.record({ FirstName: fc.constant('Ana'), LastName: fc.constant('Roy'), DateOfBirth: badDay }) })),
        withJunk(fc.record({ Owner: fc.record({ FirstName: fc.constant('Ana'), LastName: fc.constant('Roy'), Email: fc.oneof(fc.integer(), fc.constant('x'.repeat(255))) }) })),
        withJunk(fc.record({ Owner: fc.record({ FirstName: fc.constant('Ana'), LastName: fc.constant('Roy'), PreferredLanguage: fc.constantFrom('de', 'EN', '__proto__', '') }) })),
        withJunk(fc.record({ Owner: fc.constant({ FirstName: 'Ana', LastName: 'Roy' }), Members: fc.oneof(notObject.filter((v) => !Array.isArray(v)), fc.constant(Array.from({ length: 21 }, () => ({ FirstName: 'M', LastName: 'M' })))) })),
      );
    case '/accounts/{account}/members/{person}/email':
      return fc.oneof(notObject, withJunk(fc.record({ Email: fc.oneof(fc.integer(), fc.boolean(), fc.constant('y'.repeat(255)), fc.constant(['a@b.c'])) })), withJunk(fc.record({ Email: fc.constant('a@b.co'), SendActivationRequest: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) })), fc.constant({}));
    case '/activation-requests/mass/preview':
    case '/activation-requests/mass':
      return fc.oneof(notObject, withJunk(fc.record({ CreatedAfter: fc.oneof(badDay, fc.constant(null)) })), fc.constant({}));
    case '/activations/{token}':
      return fc.oneof(notObject, withJunk(fc.record({ Password: fc.oneof(fc.integer(), fc.constant(null), fc.constant('p'.repeat(513)), fc.array(fc.string())) })), fc.constant({}));
    default:
      return fc.oneof(notObject, withJunk(fc.record({ Password: fc.constant('maple-syrup-morning'), Consent: fc.oneof(fc.constant(false), fc.constant('true'), fc.constant(1), fc.constant(null)) })), withJunk(fc.record({ Password: fc.oneof(fc.integer(), fc.constant(null)), Consent: fc.constant(true) })));
  }
}

const notACount = ['1e20', 'Infinity', '0', '-1', '1.5', '01', '', '0x10', '1000001', 'NaN', '__proto__', '9'.repeat(400)];
const badQuery = fc.oneof(
  fc.constantFrom(...notACount).map((v) => `page=${encodeURIComponent(v)}`),
  fc.constantFrom(...notACount, '501').map((v) => `perPage=${encodeURIComponent(v)}`),
);
const badOutcome = fc.constantFrom('outcome=Nope', 'outcome=__proto__', 'outcome=invitation');
const badAccountQuery = fc.constantFrom('activationStatus=constructor', 'createdAfter=0000-01-01', 'createdAfter=9999-12-31', 'createdAfter=x', `search=${'s'.repeat(201)}`);

interface Hostile {
  defect: string;
  method: Route['method'];
  url: string;
  headers: Record<string, string>;
  body?: string;
}

function hostile(w: World['values'], adminToken: string): fc.Arbitrary<Hostile> {
  return fc.constantFrom(...ROUTES).chain((route) => {
    const fill = (path: string, bad?: string) => path.replace(/\{(\w+)\}/g, (_, name: keyof typeof w) => bad ?? encodeURIComponent(w[name]));
    const auth: Record<string, string> = route.scope === 'admin' ? { Authorization: `Bearer ${adminToken}` } : route.scope === 'me' ? { Authorization: `Bearer ${w.session}` } : {};
    const base = (language = 'en', org = 'forest-explorers') => `https://api.test/api/V3/${language}/${route.scope === 'me' ? 'me' : `org/${org}`}`;
    const validBody = route.body ? JSON.stringify(route.body()) : undefined;
    const valid = (over: Partial<Hostile> & { defect: string }): Hostile => ({
      method: route.method,
      url: `${base()}${fill(route.path)}`,
      headers: { ...auth, ...(validBody ? { 'Content-Type': 'application/json' } : {}), ...(route.key ? { 'Idempotency-Key': 'hostile-key' } : {}) },
      body: validBody,
      ...over,
    });
    const defects: fc.WeightedArbitrary<Hostile>[] = [
      { weight: 1, arbitrary: fc.constantFrom('de', 'EN%00', '__proto__', 'e', 'en-CA').map((language) => valid({ defect: 'language', url: `${base(language)}${fill(route.path)}` })) },
    ];
    const add = (weight: number, arbitrary: fc.Arbitrary<Hostile>) => defects.push({ weight, arbitrary });
    if (route.scope !== 'me') add(1, fc.constantFrom('other-org', 'constructor', 'FOREST-EXPLORERS', '%2e%2e').map((org) => valid({ defect: 'organization', url: `${base('en', org)}${fill(route.path)}` })));
    if (route.scope !== 'public') {
      const wrong = fc.constantFrom('', 'Bearer', 'Bearer constructor', 'Bearer __proto__', 'Bearer hasOwnProperty', `Basic ${adminToken}`, `Bearer ${adminToken}x`, ...(route.scope === 'admin' ? [`Bearer ${w.session}`] : [`Bearer ${adminToken}`]));
      add(2, wrong.map((authorization) => valid({ defect: 'auth', headers: { ...valid({ defect: '' }).headers, Authorization: authorization } })));
    }
    if (/\{/.test(route.path)) add(4, badSegment.map((segment) => valid({ defect: 'path', url: `${base()}${fill(route.path, segment)}` })));
    if (route.method === 'POST' || route.method === 'PUT') {
      const text = validBody ?? '{}';
      add(2, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'text/json', 'application/json-seq', 'multipart/form-data', 'application/xml').map((type) => valid({ defect: 'contentType', headers: { ...valid({ defect: '' }).headers, 'Content-Type': type }, body: text })));
      add(1, fc.constantFrom(MEGABYTE, JSON.stringify({ Password: MEGABYTE }), `{"Owner":{"FirstName":"${MEGABYTE}"}}`).map((body) => valid({ defect: 'huge', headers: { ...valid({ defect: '' }).headers, 'Content-Type': 'application/json' }, body })));
    }
    if (route.body) {
      add(2, fc.constantFrom('', '{', '{"a":}', 'undefined', "{'a':1}", '\u0000', 'NaN', '[1,]', '{"a":1}}').map((body) => valid({ defect: 'json', body })));
      add(1, fc.constantFrom(deepArray, deepObject).map((body) => valid({ defect: 'deep', body })));
      add(6, badShape(route).map((shape) => valid({ defect: 'shape', body: JSON.stringify(shape) })));
    }
    if (route.query) {
      const extra = route.path === '/accounts' ? [badAccountQuery] : route.path.startsWith('/activation-requests/mass') ? [badOutcome] : [];
      add(4, fc.oneof(badQuery, ...extra).map((query) => valid({ defect: 'query', url: `${valid({ defect: '' }).url}?${query}` })));
    }
    if (route.key) add(1, fc.integer({ min: 256, max: 5000 }).map((n) => valid({ defect: 'key', headers: { ...valid({ defect: '' }).headers, 'Idempotency-Key': 'k'.repeat(n) } })));
    return fc.oneof(...defects);
  });
}

const toRequest = (h: Hostile) => new Request(h.url, { method: h.method, headers: h.headers, ...(h.body === undefined ? {} : { body: h.body }) });

async function handle(backend: World['backend'], h: Hostile): Promise<Answer> {
  const response = await getResponse(backend.handlers, toRequest(h));
  assert.ok(response, 'some handler answered');
  return read(response);
}

test(`${RUNS} generated malformed requests are each answered 4xx problem+json, and change nothing`, async () => {
  const w = await world();
  const before = w.snapshot();
  const outbox = w.backend.outbox.list().length;
  const requests = fc.sample(hostile(w.values, w.backend.adminToken), { seed: 20261130, numRuns: RUNS });
  const tally = new Map<string, number>();
  for (const [i, h] of requests.entries()) {
    const answer = i < OVER_FETCH ? await call(h.url, { method: h.method, headers: h.headers, body: h.body }) : await handle(w.backend, h);
    const what = `${h.defect} ${h.method} ${h.url.slice(0, 160)} ${h.body?.slice(0, 300) ?? ''}`;
    const problem = (() => {
      try {
        return assertProblem(answer, '4xx');
      } catch (error) {
        throw new Error(`${what}: ${(error as Error).message}`);
      }
    })();
    const key = `${answer.status} ${problem.code}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  assert.equal(w.snapshot(), before, 'the state is exactly as it was');
  assert.equal(w.backend.outbox.list().length, outbox, 'no email sent');
  const byDefect = new Map<string, number>();
  for (const h of requests) byDefect.set(h.defect, (byDefect.get(h.defect) ?? 0) + 1);
  console.log(`hostile requests: ${RUNS} (${OVER_FETCH} over fetch); defects ${JSON.stringify(Object.fromEntries(byDefect))}; answers ${JSON.stringify(Object.fromEntries([...tally].sort()))}`);
  assert.ok(byDefect.size >= 10, 'every kind of defect was tried');
});
