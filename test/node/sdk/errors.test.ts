// Every error code of the contract, and the transport's retries through injected faults.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError, ContractError, NetworkError, isApiError, isContractError, isNetworkError } from '../../../src/sdk/index.ts';
import { BASE, codeOf, setup } from './harness.ts';

describe('refusals carry a stable code', () => {
  test('creation: InvalidEmail, OwnerUnderage and DuplicateClient name the field; nothing is created or sent', async () => {
    const { backend, admin } = setup();
    const invalid = await admin.accounts.create({ Owner: { FirstName: 'A', LastName: 'B', Email: 'not-an-email' } }).catch((e) => e);
    assert.ok(isApiError(invalid));
    assert.equal(invalid.code, 'InvalidEmail');
    assert.equal(invalid.status, 422);
    assert.deepEqual(invalid.fieldErrors, { 'Owner.Email': ['InvalidEmail'] });

    const minor = await admin.accounts.create({ Owner: { FirstName: 'A', LastName: 'B', DateOfBirth: '2010-01-01' } }).catch((e) => e);
    assert.equal(minor.code, 'OwnerUnderage');
    assert.deepEqual(Object.keys(minor.fieldErrors), ['Owner.DateOfBirth']);

    const { Account } = await admin.accounts.create({ Owner: { FirstName: 'A', LastName: 'B', Email: 'taken@example.com' } });
    const duplicate = await admin.accounts.create({ Owner: { FirstName: 'C', LastName: 'D', Email: ' TAKEN@example.com' } }).catch((e) => e);
    assert.equal(duplicate.code, 'DuplicateClient');
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.existingAccountId, Account.Id);
    assert.equal((await admin.accounts.list()).Paging.TotalCount, 1);
    assert.equal(backend.outbox.list().length, 1);
  });

  test('a malformed body is a Validation problem with field errors', async () => {
    const { admin } = setup();
    const error = await admin.accounts.create({ Owner: { FirstName: '', LastName: 'x'.repeat(10_000) } }).catch((e) => e);
    assert.equal(error.code, 'Validation');
    assert.deepEqual(Object.keys(error.fieldErrors).sort(), ['Owner.FirstName', 'Owner.LastName']);
  });

  test('admin calls need the admin token: none is Unauthorized, a client session is Forbidden', async () => {
    const { backend, anonymous, as } = setup();
    assert.equal(await codeOf(anonymous.accounts.list()), 'Unauthorized');
    backend.addAmiliaUser({ email: 'c@example.com', password: 'pw-pw-pw-pw' });
    assert.equal(await codeOf(as(backend.signIn('c@example.com', 'pw-pw-pw-pw')).accounts.list()), 'Forbidden');
    assert.equal(await codeOf(anonymous.shareOffers.list()), 'Unauthorized');
  });

  test('a duplicate email on edit is refused and the existing account named', async () => {
    const { admin } = setup();
    const a = await admin.accounts.create({ Owner: { FirstName: 'A', LastName: 'A', Email: 'a@example.com' } });
    const b = await admin.accounts.create({ Owner: { FirstName: 'B', LastName: 'B' } });
    const error = await admin.members.updateEmail(b.Account.Id, b.Account.Owners[0]!.Id, { Email: 'A@example.com' }).catch((e) => e);
    assert.equal(error.code, 'DuplicateClient');
    assert.equal(error.existingAccountId, a.Account.Id);
    assert.equal(await codeOf(admin.members.updateEmail(b.Account.Id, b.Account.Owners[0]!.Id, { Email: 'a@b@c' })), 'InvalidEmail');
    assert.equal(await codeOf(admin.accounts.get(999_999)), 'NotFound');
  });
});

describe('retries', () => {
  test('a 503 then success sends one email', async () => {
    const { backend, admin } = setup({ faults: { retryAfterSeconds: 0 } });
    backend.faults.inject('unavailable', { method: 'POST', path: '/accounts' });
    await admin.accounts.create({ Owner: { FirstName: 'A', LastName: 'B', Email: 'once@example.com' } });
    assert.equal(backend.outbox.list().length, 1);
  });

  test('a response dropped after the backend acted is retried with the same key and sends one email', async () => {
    const { backend, admin } = setup();
    const { Account } = await admin.accounts.create({ Owner: { FirstName: 'A', LastName: 'B', Email: 'drop@example.com' } });
    backend.faults.inject('dropAfterAct', { method: 'POST', path: '/activation-requests' }, 2);
    const request = await admin.activationRequests.send(Account.Id, Account.Owners[0]!.Id);
    assert.equal(request.Channel, 'Manual');
    assert.equal(backend.outbox.list().length, 2, 'the automatic email and one manual email');
  });

  test('a 429 waits its Retry-After before the retry', async () => {
    const { backend, admin } = setup({ faults: { retryAfterSeconds: 1 } });
    backend.faults.inject('rateLimit', { method: 'GET' });
    const started = Date.now();
    await admin.accounts.list();
    assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
  });

  test('a rate limit longer than the caller will wait is surfaced with its delay', async () => {
    const { backend, admin } = setup({ faults: { retryAfterSeconds: 3600 } });
    backend.faults.inject('rateLimit', { method: 'GET' });
    const error = await admin.accounts.list().catch((e) => e);
    assert.equal(error.code, 'RateLimited');
    assert.equal(error.retryAfter, 3600);
  });

  test('a send may wait less than the client would: its own maxRetryAfter surfaces a 30 s rate limit at once, and sends nothing', async () => {
    const { backend, admin } = setup({ faults: { retryAfterSeconds: 30 } });
    const { Account } = await admin.accounts.create({ Owner: { FirstName: 'A', LastName: 'B', Email: 'wait@example.com' } });
    backend.faults.inject('rateLimit', { method: 'POST' });
    const started = Date.now();
    const error = await admin.activationRequests.send(Account.Id, Account.Owners[0]!.Id, { maxRetryAfter: 3 }).catch((e) => e);
    assert.equal(error.code, 'RateLimited');
    assert.equal(error.retryAfter, 30);
    assert.ok(Date.now() - started < 1000, `answered after ${Date.now() - started} ms`);
    assert.equal(backend.outbox.list().length, 1, 'only the automatic email');
  });

  test('network failures are retried for reads and end as a NetworkError', async () => {
    const { backend, admin } = setup();
    backend.faults.inject('networkError', { method: 'GET' }, 3);
    const error = await admin.accounts.list().catch((e) => e);
    assert.ok(error instanceof NetworkError);
    assert.ok(isNetworkError(error));
    backend.faults.inject('networkError', { method: 'GET' }, 2);
    assert.equal((await admin.accounts.list()).Paging.TotalCount, 0);
  });

  test("every fetch TypeError is a network failure, whatever the engine's message: retried for reads, then a NetworkError", async () => {
    // WebKit's words when a service worker (a PWA, MSW) answers a request with a network error.
    const webkitFailure = () => Promise.reject(new TypeError('Response served by service worker is an error'));
    let failuresLeft = 2;
    const flaky: typeof fetch = (input, init) => (failuresLeft-- > 0 ? webkitFailure() : fetch(input, init));
    const { admin } = setup({}, { fetch: flaky });
    assert.equal((await admin.accounts.list()).Paging.TotalCount, 0, 'two failures, then the answer: healed silently');
    const { admin: offline } = setup({}, { fetch: webkitFailure });
    const error = await offline.accounts.list().catch((e) => e);
    assert.ok(isNetworkError(error));
    assert.equal((error.cause as Error).message, 'Response served by service worker is an error');
  });

  test('a write without an idempotency key is never retried', async () => {
    const { backend, as } = setup();
    backend.addAmiliaUser({ email: 'sam@example.com', password: 'maple-syrup-morning' });
    const sam = as(backend.signIn('sam@example.com', 'maple-syrup-morning'));
    backend.faults.inject('serverError', { method: 'POST' });
    const error = await sam.shareOffers.decline('x').catch((e) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'ServerError');
    assert.equal(error.status, 500);
  });
});

describe('answers that break the contract', () => {
  test('malformed JSON is a ContractError, never data', async () => {
    const { backend, admin } = setup();
    backend.faults.inject('malformedJson', { method: 'GET' });
    const error = await admin.organization.get().catch((e) => e);
    assert.ok(error instanceof ContractError);
    assert.match(error.url, /organization$/);
  });

  test('missing fields and wrong types are a ContractError with the schema issues', async () => {
    const { backend, admin } = setup();
    backend.faults.inject('contractBreak', { method: 'GET' });
    const error = await admin.organization.get().catch((e) => e);
    assert.ok(isContractError(error));
    assert.ok(error.issues.some((i: { path?: readonly PropertyKey[] }) => i.path?.[0] === 'IsLive'));
  });

  test('a custom fetch is used and its hostile answer is refused', async () => {
    const hostile: typeof fetch = async () =>
      new Response(JSON.stringify({ Identifier: 1, Name: '<img src=x onerror=alert(1)>' }), { headers: { 'Content-Type': 'application/json' } });
    const { admin } = setup({}, { fetch: hostile });
    assert.equal(await codeOf(admin.organization.get()), 'ContractError');
    void BASE;
  });
});

describe('token safety', () => {
  test('a link token never appears in an error a page might log', async () => {
    const { backend, admin, anonymous } = setup();
    await admin.accounts.create({ Owner: { FirstName: 'A', LastName: 'B', Email: 'secret@example.com' } });
    const token = new URL(backend.outbox.list()[0]!.Link).searchParams.get('token')!;
    backend.faults.inject('contractBreak', { method: 'GET' });
    const contract = await anonymous.links.inspect(token).catch((e) => e);
    assert.ok(isContractError(contract));
    assert.ok(!`${contract.url} ${contract.message}`.includes(token));
    backend.faults.inject('networkError', { method: 'GET' }, 3);
    const network = await anonymous.links.inspect(token).catch((e) => e);
    assert.ok(isNetworkError(network));
    assert.ok(!('request' in Object(network.cause)), 'no Request (and so no URL) is kept');
  });
});
