// The store is the only writer, at explicit times: the seed backdates without moving the clock, an accepted
// share offer supersedes only a request that is still pending, and emails give dates in the organization's zone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMockBackend } from '../../../mocks/index.ts';
import { setup } from '../sdk/harness.ts';

describe('the store', () => {
  test('seeding the demo never moves the clock: the state is saved once, at the end', () => {
    let saves = 0;
    const backend = createMockBackend({ now: '2026-11-25T17:00:00Z', seed: 'demo', seedSize: 60, storage: { load: () => null, save: () => void saves++ } });
    assert.equal(saves, 1);
    assert.equal(backend.clock.now().toISOString(), '2026-11-25T17:00:00.000Z');
    assert.ok(backend.outbox.list().some((e) => e.SentOn < '2026-11-01'), 'requests are backdated');
  });

  test('accepting a share offer leaves an expired invitation Expired (it is not superseded)', async () => {
    const { backend, admin, as } = setup();
    const { Account } = await admin.accounts.create({ Owner: { FirstName: 'Sam', LastName: 'Roy', Email: 'sam@example.com' } });
    backend.clock.advance({ days: 61 });
    backend.addAmiliaUser({ email: 'sam@example.com', password: 'maple-syrup-morning' });
    const sam = as(backend.signIn('sam@example.com', 'maple-syrup-morning'));
    await sam.shareOffers.accept((await sam.shareOffers.list()).Items[0]!.Id);
    const history = await admin.activationRequests.history(Account.Id, Account.Owners[0]!.Id);
    assert.deepEqual(history.Items.map((r) => r.Status), ['Expired']);
  });

  test('an email gives its expiry day in the organization’s zone', async () => {
    // Sent at 03:00 UTC: the link expires on 25 January 2027 03:00 UTC, the evening of 24 January in Toronto.
    const { backend, admin } = setup({ now: '2026-11-26T03:00:00Z' });
    await admin.accounts.create({ Owner: { FirstName: 'Léa', LastName: 'Roy', Email: 'lea@example.com', PreferredLanguage: 'fr' } });
    await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.com' } });
    const [fr, en] = backend.outbox.list();
    assert.match(fr!.Body, /expire le 24 janvier 2027\./);
    assert.match(en!.Body, /expires on January 24, 2027\./);
  });
});
