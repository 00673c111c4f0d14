// Idempotency keys as Stripe has them: bound to their route and body, one answer per key however many
// requests race for it, replays exact, and keys that look like Object.prototype's names are keys like any other.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createIdempotency } from '../../../mocks/idempotency.ts';
import { Problem, type Result } from '../../../mocks/problems.ts';
import { emptyState } from '../../../mocks/state.ts';
import { DEFAULT_ORGANIZATION } from '../../../mocks/index.ts';
import { codeOf, setup, tokenOf } from '../sdk/harness.ts';
import { ORG, assertProblem, bearer, call, jsonBody } from './support.ts';

const owner = (Email?: string) => ({ Owner: { FirstName: 'Ana', LastName: 'Roy', ...(Email ? { Email } : {}) } });

/** A promise and the function that settles it. */
function gate<T>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe('the idempotency table', () => {
  const fresh = () => {
    const state = emptyState(DEFAULT_ORGANIZATION, { frozenAt: 0, offset: 0 });
    return { state, keys: createIdempotency(() => state, () => new Date(0)) };
  };
  const problemOf = (promise: Promise<unknown>) => promise.then(() => assert.fail('expected a problem'), (e: unknown) => (e instanceof Problem ? e : assert.fail(String(e))));

  test('a second request while the first is in flight is refused at once, 409 IdempotencyKeyInFlight with Retry-After; then it replays', async () => {
    const { keys } = fresh();
    const first = gate<Result>();
    let acted = 0;
    const act = () => {
      acted++;
      return first.promise;
    };
    const running = keys.run('k', 'POST /x\n{}', act);
    const inFlight = await problemOf(keys.run('k', 'POST /x\n{}', act));
    assert.deepEqual([inFlight.code, inFlight.status, inFlight.extra.retryAfter], ['IdempotencyKeyInFlight', 409, 1]);
    const other = await problemOf(keys.run('k', 'POST /y\n{}', act));
    assert.deepEqual([other.code, other.status], ['IdempotencyKeyReused', 422], 'another request with a key in flight is a reuse');
    first.open({ status: 201, body: { Id: 7 }, headers: { Location: '/x/7' } });
    assert.deepEqual(await running, { status: 201, body: { Id: 7 }, headers: { Location: '/x/7' } });
    const replay = await keys.run('k', 'POST /x\n{}', act);
    assert.deepEqual(replay, { status: 201, body: { Id: 7 }, headers: { Location: '/x/7', 'Idempotent-Replayed': 'true' } });
    assert.equal(acted, 1);
  });

  test('a refused request keeps nothing: the key is free for the next request', async () => {
    const { keys, state } = fresh();
    await problemOf(keys.run('k', 'A', () => Promise.reject(new Problem('WeakPassword'))));
    assert.equal(Object.keys(state.idempotency).length, 0);
    assert.equal((await keys.run('k', 'B', async () => ({ status: 200, body: 'b' }))).body, 'b');
  });

  test('keys named like Object.prototype members are stored and found like any other', async () => {
    const { keys, state } = fresh();
    assert.equal(Object.getPrototypeOf(state.idempotency), null);
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      assert.equal((await keys.run(key, 'A', async () => ({ status: 201, body: key }))).body, key);
      assert.equal((await keys.run(key, 'A', async () => assert.fail('acted twice'))).body, key);
      assert.equal((await problemOf(keys.run(key, 'B', async () => assert.fail('acted')))).code, 'IdempotencyKeyReused');
    }
  });
});

describe('Idempotency-Key over HTTP', () => {
  test('twenty concurrent manual sends with one key: one email, every answer the same request or 409 IdempotencyKeyInFlight', async () => {
    const { backend, admin } = setup();
    const { Account } = await admin.accounts.create(owner('race@example.com'));
    const url = `${ORG}/accounts/${Account.Id}/members/${Account.Owners[0]!.Id}/activation-requests`;
    const sent = backend.outbox.list().length;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call(url, { method: 'POST', headers: { ...bearer(backend.adminToken), 'Idempotency-Key': 'race-1' } })),
    );
    assert.equal(backend.outbox.list().length, sent + 1, 'one email');
    const created = answers.filter((a) => a.status === 201);
    assert.ok(created.length >= 1);
    assert.equal(new Set(created.map((a) => a.text)).size, 1, 'every 201 is the same answer');
    for (const a of answers.filter((a) => a.status !== 201)) assertProblem(a, 409, 'IdempotencyKeyInFlight');
  });

  test('through the SDK, two concurrent sends and two concurrent email updates with one key each act once and answer alike', async () => {
    const { backend, admin } = setup();
    const { Account } = await admin.accounts.create(owner());
    const [a, p] = [Account.Id, Account.Owners[0]!.Id];
    const updates = await Promise.all([1, 2].map(() => admin.members.updateEmail(a, p, { Email: 'both@example.com', SendActivationRequest: true }, { idempotencyKey: 'edit-1' })));
    assert.deepEqual(updates[0], updates[1]);
    assert.equal(backend.outbox.list().length, 1);
    const sends = await Promise.all([1, 2].map(() => admin.activationRequests.send(a, p, { idempotencyKey: 'send-1' })));
    assert.equal(sends[0]!.Id, sends[1]!.Id);
    assert.equal(backend.outbox.list().length, 2);
  });

  test('a replay is the first answer exactly, and says it is one', async () => {
    const { backend } = setup();
    const request = () => call(`${ORG}/accounts`, { method: 'POST', ...jsonBody(owner('once@example.com'), { ...bearer(backend.adminToken), 'Idempotency-Key': 'create-1' }) });
    const first = await request();
    backend.clock.advance({ hours: 1 });
    const again = await request();
    assert.equal(first.status, 201);
    assert.deepEqual([again.status, again.text, again.contentType], [first.status, first.text, first.contentType]);
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(first.headers.get('Idempotent-Replayed'), null);
    assert.equal(backend.outbox.list().length, 1);
  });

  test('a key first used to create an account is refused on a manual send, an email change, a renewal and a mass start: 422 IdempotencyKeyReused', async () => {
    const { backend, admin } = setup();
    const { Account } = await admin.accounts.create(owner('bound@example.com'), { idempotencyKey: 'k-1' });
    const [a, p] = [Account.Id, Account.Owners[0]!.Id];
    const token = tokenOf(backend.outbox.list()[0]!.Link);
    const key = { idempotencyKey: 'k-1' };
    assert.equal(await codeOf(admin.activationRequests.send(a, p, key)), 'IdempotencyKeyReused');
    assert.equal(await codeOf(admin.members.updateEmail(a, p, { Email: 'other@example.com' }, key)), 'IdempotencyKeyReused');
    assert.equal(await codeOf(admin.links.renew(token, key)), 'IdempotencyKeyReused');
    assert.equal(await codeOf(admin.mass.start('2026-01-01', key)), 'IdempotencyKeyReused');
    assert.equal(await codeOf(admin.accounts.create(owner('another@example.com'), key)), 'IdempotencyKeyReused', 'same route, another body');
    assert.equal(backend.outbox.list().length, 1);
    assert.equal((await admin.accounts.list()).Paging.TotalCount, 1);
  });

  test('keys belong to their sender: another caller\'s key with the same name is theirs', async () => {
    const { backend, admin, anonymous } = setup();
    await admin.accounts.create(owner('mine@example.com'), { idempotencyKey: 'shared-name' });
    const token = tokenOf(backend.outbox.list()[0]!.Link);
    backend.clock.advance({ days: 61 });
    assert.equal((await anonymous.links.renew(token, { idempotencyKey: 'shared-name' })).SentTo, 'm***@example.com');
  });

  test('Idempotency-Key: __proto__ or constructor creates once and replays, never an empty 200', async () => {
    const { backend } = setup();
    for (const [i, key] of ['__proto__', 'constructor', 'hasOwnProperty'].entries()) {
      const request = () => call(`${ORG}/accounts`, { method: 'POST', ...jsonBody(owner(`p${i}@example.com`), { ...bearer(backend.adminToken), 'Idempotency-Key': key }) });
      const first = await request();
      assert.equal(first.status, 201, first.text);
      assert.equal((await request()).text, first.text);
    }
    assert.equal(backend.outbox.list().length, 3);
  });

  test('an answer is kept 24 hours of the backend\'s clock: a replay at 23 h 59 min, a new request after', async () => {
    const { backend, admin } = setup();
    const { Account } = await admin.accounts.create(owner('daily@example.com'));
    const [a, p] = [Account.Id, Account.Owners[0]!.Id];
    const first = await admin.activationRequests.send(a, p, { idempotencyKey: 'daily' });
    backend.clock.advance({ hours: 23, minutes: 59 });
    assert.equal((await admin.activationRequests.send(a, p, { idempotencyKey: 'daily' })).Id, first.Id);
    backend.clock.advance({ minutes: 1 });
    assert.notEqual((await admin.activationRequests.send(a, p, { idempotencyKey: 'daily' })).Id, first.Id);
    assert.equal(backend.outbox.list().length, 3);
  });

  test('a key longer than 255 characters is a 422 field error', async () => {
    const { backend } = setup();
    const answer = await call(`${ORG}/accounts`, { method: 'POST', ...jsonBody(owner('long@example.com'), { ...bearer(backend.adminToken), 'Idempotency-Key': 'k'.repeat(256) }) });
    assert.deepEqual(Object.keys(assertProblem(answer, 422, 'Validation').errors ?? {}), ['Idempotency-Key']);
    assert.equal(backend.outbox.list().length, 0);
  });
});

describe('calls that use a link carry a key: a retry after a lost answer gets the first success', () => {
  test('activation: the answer is lost after the password was set, the SDK retries and gets the session, not LinkUsed', async () => {
    const { backend, admin, anonymous } = setup();
    await admin.accounts.create(owner('lost@example.com'));
    const token = tokenOf(backend.outbox.list()[0]!.Link);
    backend.faults.inject('dropAfterAct', { method: 'POST', path: '/activations/' });
    const session = await anonymous.links.activate(token, 'a walk in the maple woods');
    assert.equal(session.Username, 'lost@example.com');
    assert.equal((await admin.accounts.list({ activationStatus: 'Active' })).Paging.TotalCount, 1);
    // The key was the SDK's own, made once per call: a new submit is a new request, which the used link refuses.
    assert.equal(await codeOf(anonymous.links.activate(token, 'a walk in the maple woods')), 'LinkUsed');
  });

  test('share: the same, for a share request', async () => {
    const { backend, admin, anonymous } = setup();
    backend.addAmiliaUser({ email: 'share@example.com', password: 'paddle-the-lake' });
    await admin.accounts.create(owner('share@example.com'));
    const token = tokenOf(backend.outbox.list()[0]!.Link);
    backend.faults.inject('dropAfterAct', { method: 'POST', path: '/share' });
    assert.equal((await anonymous.links.share(token, 'paddle-the-lake')).Username, 'share@example.com');
  });

  test('a share offer accepted twice with one key answers the first acceptance', async () => {
    const { backend, admin, as } = setup();
    backend.addAmiliaUser({ email: 'offer@example.com', password: 'maple-syrup-morning' });
    const { Account } = await admin.accounts.create(owner());
    await admin.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: 'offer@example.com' });
    const client = as(backend.signIn('offer@example.com', 'maple-syrup-morning'));
    const offer = (await client.shareOffers.list()).Items[0]!;
    backend.faults.inject('dropAfterAct', { method: 'POST', path: '/accept' });
    const first = await client.shareOffers.accept(offer.Id, { idempotencyKey: 'accept-1' });
    assert.deepEqual(await client.shareOffers.accept(offer.Id, { idempotencyKey: 'accept-1' }), first);
  });
});
