// GET /accounts with createdAfter: the store keeps accounts in creation order as they are added and the day's
// boundary is found by binary search, so the answer must be exactly policy's isCreatedAfter over every account, in
// every zone, and the order exactly a sort by creation time, whatever order accounts were added in.
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

test('accounts added out of creation order (a large seed, a clock turned back) are listed by creation time', async () => {
  // 3,000 seeded accounts: several a day, at random hours, so the seed adds many of them out of order.
  const { backend } = setup({ seed: 'demo', seedSize: 3000 });
  const admin = createActivationClient({ baseUrl: BASE, organization: 'forest-explorers', getToken: () => backend.adminToken });
  backend.clock.advance({ days: -30 });
  const { Account } = await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy' } });
  const listed: { Id: number | string; CreatedOn: string }[] = [];
  for (let page = 1; ; page++) {
    const { Items, Paging } = await admin.accounts.list({ page, perPage: 500 });
    listed.push(...Items);
    if (listed.length >= Paging.TotalCount) break;
  }
  const byCreation = [...listed].sort((a, b) => b.CreatedOn.localeCompare(a.CreatedOn) || Number(b.Id) - Number(a.Id));
  assert.deepEqual(listed.map((a) => a.Id), byCreation.map((a) => a.Id));
  assert.notEqual(listed[0]!.Id, Account.Id, 'the account created 30 days back is not the newest');
  assert.ok(listed.some((a) => a.Id === Account.Id));
});
