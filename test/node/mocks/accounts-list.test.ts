// GET /accounts with createdAfter: the newest-first order is sorted once per change and the day's boundary found
// by binary search, so the answer must be exactly policy's isCreatedAfter over every account, in every zone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createActivationClient } from '../../../src/sdk/index.ts';
import { isCreatedAfter } from '../../../src/policy/index.ts';
import { BASE, setup } from '../sdk/harness.ts';

for (const TimeZone of ['America/Toronto', 'America/Santiago', 'Pacific/Kiritimati']) {
  test(`createdAfter lists exactly the accounts created after the day in ${TimeZone}, newest first`, async () => {
    const { backend } = setup({ seed: 'demo', organization: { Identifier: 'forest-explorers', Name: 'Forest Explorers', IsLive: false, TimeZone } });
    const admin = createActivationClient({ baseUrl: BASE, organization: 'forest-explorers', getToken: () => backend.adminToken });
    const { Items: all } = await admin.accounts.list({ perPage: 500 });
    const days = [...new Set(all.map((a) => a.CreatedOn.slice(0, 10)))].slice(0, 40);
    for (const day of days) {
      const { Items, Paging } = await admin.accounts.list({ createdAfter: day, perPage: 500 });
      const expected = all.filter((a) => isCreatedAfter(a, day, TimeZone)).map((a) => a.Id);
      assert.deepEqual(Items.map((a) => a.Id), expected, day);
      assert.equal(Paging.TotalCount, expected.length);
    }
    const created = all.map((a) => a.CreatedOn);
    assert.deepEqual(created, [...created].sort().reverse());
  });
}

test('an account created after a list is listed first by the next one, the order kept for the rest', async () => {
  const { backend } = setup({ seed: 'demo' });
  const admin = createActivationClient({ baseUrl: BASE, organization: 'forest-explorers', getToken: () => backend.adminToken });
  const before = (await admin.accounts.list({ perPage: 500 })).Items.map((a) => a.Id);
  backend.clock.advance({ days: 1 });
  const { Account } = await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy' } });
  const after = (await admin.accounts.list({ perPage: 500 })).Items.map((a) => a.Id);
  assert.deepEqual(after, [Account.Id, ...before]);
  const today = new Date(backend.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
  assert.deepEqual((await admin.accounts.list({ createdAfter: today })).Items.map((a) => a.Id), [Account.Id]);
});
