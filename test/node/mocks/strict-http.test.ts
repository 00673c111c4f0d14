// The mocked backend reads HTTP as a careful server does: canonical ids, JSON bodies only, bounded paging,
// the calendar days its rules handle, no lookup that reaches Object.prototype, and no stack trace ever.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setup } from '../sdk/harness.ts';
import { ORG, assertProblem, bearer, call, jsonBody } from './support.ts';

const owner = (Email?: string) => ({ Owner: { FirstName: 'Ana', LastName: 'Roy', ...(Email ? { Email } : {}) } });

async function oneAccount() {
  const world = setup();
  const { Account } = await world.admin.accounts.create(owner('one@example.com'));
  return { ...world, accountId: Account.Id, personId: Account.Owners[0]!.Id, admin: bearer(world.backend.adminToken) };
}

describe('ids are canonical positive integers, anything else is 404', () => {
  const odd = (id: number) => [`+${id}`, `${id}.00`, `0x${id.toString(16)}`, `0${id}`, `${id}e0`, ` ${id}`, `%20${id}`, `${id}%00`, '-1', '0', '9007199254740993', '1'.repeat(400), 'NaN', 'Infinity', '__proto__', 'constructor', 'valueOf'];

  test('GET /accounts/{id} and POST …/activation-requests: no account read, no email sent', async () => {
    const { backend, accountId, personId, admin } = await oneAccount();
    assert.equal((await call(`${ORG}/accounts/${accountId}`, { headers: admin })).status, 200);
    for (const id of odd(Number(accountId))) {
      assertProblem(await call(`${ORG}/accounts/${id}`, { headers: admin }), 404, 'NotFound');
      assertProblem(await call(`${ORG}/accounts/${id}/members/${personId}/activation-requests`, { method: 'POST', headers: admin }), 404, 'NotFound');
      assertProblem(await call(`${ORG}/accounts/${accountId}/members/${id}/activation-requests`, { method: 'POST', headers: admin }), 404, 'NotFound');
    }
    assert.equal(backend.outbox.list().length, 1, 'only the automatic invitation');
  });

  test('job ids that name Object.prototype members are unknown jobs, not 200 {} or 500', async () => {
    const { admin } = await oneAccount();
    for (const id of ['valueOf', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      assertProblem(await call(`${ORG}/activation-requests/mass/${id}`, { headers: admin }), 404, 'NotFound');
      assertProblem(await call(`${ORG}/activation-requests/mass/${id}/results`, { headers: admin }), 404, 'NotFound');
      assertProblem(await call(`${ORG}/activation-requests/mass/${id}`, { method: 'DELETE', headers: admin }), 404, 'NotFound');
    }
  });

  test('a bearer token that names an Object.prototype member is not signed in: 401, never a stack trace', async () => {
    const { backend } = setup();
    for (const token of ['constructor', 'hasOwnProperty', '__proto__', 'toString']) {
      assertProblem(await call(`${BASE_ME}/share-offers`, { headers: bearer(token) }), 401, 'Unauthorized');
      assertProblem(await call(`${ORG}/accounts`, { headers: bearer(token) }), 401, 'Unauthorized');
    }
    assert.equal(backend.outbox.list().length, 0);
  });

  test('an unknown path under the API is a 404 problem', async () => {
    const { admin } = await oneAccount();
    for (const path of ['/nope', '/accounts/1/nope', '/../../etc/passwd', '/activations/a/b/c']) {
      assertProblem(await call(`${ORG}${path}`, { headers: admin }), 404, 'NotFound');
    }
    assertProblem(await call(`${ORG.replace('/en/', '/de/')}/accounts`, { headers: admin }), 404, 'NotFound');
    assertProblem(await call(`${ORG.replace('forest-explorers', 'constructor')}/accounts`, { headers: admin }), 404, 'NotFound');
  });
});

const BASE_ME = ORG.replace(/org\/forest-explorers$/, 'me');

describe('bodies are application/json, else 415', () => {
  const body = JSON.stringify(owner('typed@example.com'));

  test('text/plain, form, XML, no type at all: 415 and nothing created', async () => {
    const { backend } = setup();
    const admin = bearer(backend.adminToken);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/jsonp', 'application/json-patch+json', '']) {
      const headers: Record<string, string> = { ...admin, ...(type ? { 'Content-Type': type } : {}) };
      const answer = await call(`${ORG}/accounts`, { method: 'POST', body: type ? body : new Blob([body]), headers });
      assertProblem(answer, 415, 'UnsupportedMediaType');
    }
    assert.equal(backend.outbox.list().length, 0);
  });

  test('application/json with a charset, in any case, is JSON', async () => {
    const { backend } = setup();
    const answer = await call(`${ORG}/accounts`, { method: 'POST', body, headers: { ...bearer(backend.adminToken), 'Content-Type': 'Application/JSON; charset=utf-8' } });
    assert.equal(answer.status, 201, answer.text);
  });

  test('a body over 64 KiB is 413; malformed JSON and wrong shapes are 422 naming the fields', async () => {
    const { backend } = setup();
    const admin = bearer(backend.adminToken);
    const huge = JSON.stringify({ Owner: { FirstName: 'x'.repeat(1_000_000), LastName: 'y' } });
    assertProblem(await call(`${ORG}/accounts`, { method: 'POST', body: huge, headers: { ...admin, 'Content-Type': 'application/json' } }), 413, 'PayloadTooLarge');
    assertProblem(await call(`${ORG}/accounts`, { method: 'POST', body: '{"Owner":', headers: { ...admin, 'Content-Type': 'application/json' } }), 422, 'Validation');
    const shape = assertProblem(await call(`${ORG}/accounts`, { method: 'POST', ...jsonBody({ Owner: { FirstName: 5 } }, admin) }), 422, 'Validation');
    assert.deepEqual(Object.keys(shape.errors ?? {}).sort(), ['Owner.FirstName', 'Owner.LastName']);
    assert.equal(backend.outbox.list().length, 0);
  });
});

describe('paging parameters are bounded integers, else 422', () => {
  test('page=1e20, Infinity, 0, -1, 1.5, 01 and perPage=501 are refused; page 2 of 1 is an empty page', async () => {
    const { admin } = await oneAccount();
    for (const query of ['page=1e20', 'page=Infinity', 'page=0', 'page=-1', 'page=1.5', 'page=01', 'page=', 'page=%201', 'page=1000001', 'perPage=501', 'perPage=0', 'perPage=abc']) {
      const problem = assertProblem(await call(`${ORG}/accounts?${query}`, { headers: admin }), 422, 'Validation');
      assert.deepEqual(Object.keys(problem.errors ?? {}), [query.split('=')[0]], query);
    }
    const answer = await call(`${ORG}/accounts?page=2&perPage=500`, { headers: admin });
    assert.equal(answer.status, 200);
    assert.deepEqual((answer.json as { Paging: unknown }).Paging, { TotalCount: 1, Page: 2, PerPage: 500, Next: null });
  });

  test('filters are checked too: an unknown status or outcome, a date out of range, an overlong search', async () => {
    const { admin } = await oneAccount();
    for (const query of ['activationStatus=constructor', 'createdAfter=0000-01-01', 'createdAfter=2026-02-30', `search=${'a'.repeat(201)}`]) {
      assertProblem(await call(`${ORG}/accounts?${query}`, { headers: admin }), 422, 'Validation');
    }
    assertProblem(await call(`${ORG}/activation-requests/mass/preview?outcome=__proto__`, { method: 'POST', ...jsonBody({ CreatedAfter: '2026-01-01' }, admin) }), 422, 'Validation');
  });
});

describe('calendar dates are limited to 1900-01-01 … 9999-12-30, and every day computation returns at once', () => {
  test('years 0000 and 9999-12-31 are refused; the first and last accepted days answer in under a second, in every direction of the zone', async () => {
    for (const TimeZone of ['America/Toronto', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns']) {
      const { admin, backend } = setup({ organization: { TimeZone } });
      await admin.accounts.create(owner('day@example.com'));
      const headers = bearer(backend.adminToken);
      for (const day of ['9999-12-31', '0000-01-01', '0000-02-29', '1899-12-31', '10000-01-01', '2026-13-01']) {
        for (const path of ['/activation-requests/mass/preview', '/activation-requests/mass']) {
          const answer = await call(`${ORG}${path}`, { method: 'POST', ...jsonBody({ CreatedAfter: day }, { ...headers, 'Idempotency-Key': `${day}${path}` }) });
          assert.deepEqual(Object.keys(assertProblem(answer, 422, 'Validation').errors ?? {}), ['CreatedAfter'], day);
        }
      }
      for (const [day, total] of [['9999-12-30', 0], ['1900-01-01', 1]] as const) {
        const started = performance.now();
        assert.equal((await admin.mass.preview(day)).Total, total);
        assert.equal((await admin.accounts.list({ createdAfter: day })).Paging.TotalCount, total);
        assert.ok(performance.now() - started < 1000, `${day} in ${TimeZone}: ${performance.now() - started} ms`);
      }
    }
  });
});

describe('names refuse control characters', () => {
  test('NUL, TAB, LF, ESC, DEL and U+0085 in a first or last name are 422 field errors; nothing is created', async () => {
    const { admin, backend } = setup();
    for (const bad of ['\u0000', '\t', '\n', '\u001b', '\u007f', '\u0085', '\u009f']) {
      const answer = await call(`${ORG}/accounts`, { method: 'POST', ...jsonBody({ Owner: { FirstName: `A${bad}na`, LastName: 'Roy' }, Members: [{ FirstName: 'Léa', LastName: `R${bad}oy` }] }, bearer(backend.adminToken)) });
      assert.deepEqual(Object.keys(assertProblem(answer, 422, 'Validation').errors ?? {}).sort(), ['Members.0.LastName', 'Owner.FirstName']);
    }
    assert.equal((await admin.accounts.list()).Paging.TotalCount, 0);
    // Spaces around a name are trimmed, not refused; letters of every script are names.
    const { Account } = await admin.accounts.create({ Owner: { FirstName: '  Nguyễn ', LastName: 'Ōtani' } });
    assert.equal(Account.Owners[0]!.FullName, 'Nguyễn Ōtani');
  });
});
