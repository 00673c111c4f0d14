// The article's stories, end to end through the SDK and the mocked backend.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DAY_MS } from '../../../src/policy/index.ts';
import { codeOf, setup, tokenOf } from './harness.ts';

const owner = (Email?: string) => ({ Owner: { FirstName: 'Émilie', LastName: 'Côté', ...(Email ? { Email } : {}) } });

describe('an account created with an email', () => {
  test('is invited, chooses a good password after a weak one, becomes Active, and the link is then used', async () => {
    const { backend, admin, anonymous } = setup();
    const { Account, AutomaticRequest } = await admin.accounts.create(owner('emilie@example.com'));
    assert.equal(AutomaticRequest?.Kind, 'Invitation');
    assert.equal(AutomaticRequest?.Channel, 'Automatic');
    assert.equal(Account.Owners[0]?.ActivationStatus, 'Invited');

    const [email] = backend.outbox.list();
    assert.equal(email?.To, 'emilie@example.com');
    assert.equal(email?.Kind, 'Invitation');
    const token = tokenOf(email!.Link);

    const link = await anonymous.links.inspect(token);
    assert.deepEqual([link.State, link.Kind, link.Email, link.FirstName, link.OrganizationName], ['Open', 'Invitation', 'emilie@example.com', 'Émilie', 'Forest Explorers']);
    // Opening the link twice (a mail scanner, then the person) does not use it up.
    assert.equal((await anonymous.links.inspect(token)).State, 'Open');

    const weak = await anonymous.links.activate(token, 'emilie12').catch((e) => e);
    assert.equal(weak.code, 'WeakPassword');
    assert.deepEqual([...weak.reasons].sort(), ['ContainsEmail'].sort());
    assert.equal(await codeOf(anonymous.links.activate(token, 'password1')), 'WeakPassword');

    const session = await anonymous.links.activate(token, 'a walk in the maple woods');
    assert.equal(session.Username, 'emilie@example.com');
    assert.ok(session.SessionToken);

    const after = await admin.accounts.get(Account.Id);
    assert.equal(after.Owners[0]?.ActivationStatus, 'Active');
    assert.equal(after.Owners[0]?.Username, 'emilie@example.com');
    assert.equal((await anonymous.links.inspect(token)).State, 'Used');
    assert.equal(await codeOf(anonymous.links.activate(token, 'a walk in the maple woods')), 'LinkUsed');
  });
});

describe('an account created without an email', () => {
  test('sends nothing, then the email is added and a request sent', async () => {
    const { backend, admin } = setup();
    const { Account, AutomaticRequest } = await admin.accounts.create(owner());
    assert.equal(AutomaticRequest, null);
    assert.equal(backend.outbox.list().length, 0);
    const person = Account.Owners[0]!;
    assert.equal(person.ActivationStatus, 'NoEmail');
    assert.equal(await codeOf(admin.activationRequests.send(Account.Id, person.Id)), 'NoEmail');

    const updated = await admin.members.updateEmail(Account.Id, person.Id, { Email: '  Emilie@Example.com ' });
    assert.equal(updated.Email, 'Emilie@Example.com');
    assert.equal(updated.ActivationStatus, 'NotInvited');
    assert.equal(backend.outbox.list().length, 0);

    const request = await admin.activationRequests.send(Account.Id, person.Id);
    assert.equal(request.Channel, 'Manual');
    assert.equal(backend.outbox.list().length, 1);
    const history = await admin.activationRequests.history(Account.Id, person.Id);
    assert.equal(history.Items.length, 1);
  });

  test('the email editor can send right after saving', async () => {
    const { backend, admin } = setup();
    const { Account } = await admin.accounts.create(owner());
    const person = await admin.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: 'e@example.com', SendActivationRequest: true });
    assert.equal(person.ActivationStatus, 'Invited');
    assert.equal(backend.outbox.list().length, 1);
  });
});

describe('a client with an Amilia login elsewhere', () => {
  test('gets a share request; a wrong password is refused and the right one links', async () => {
    const { backend, admin, anonymous } = setup();
    backend.addAmiliaUser({ email: 'olivia@example.com', password: 'paddle-the-lake' });
    const { Account, AutomaticRequest } = await admin.accounts.create(owner('olivia@example.com'));
    assert.equal(AutomaticRequest?.Kind, 'ShareRequest');
    assert.equal(Account.Owners[0]?.ActivationStatus, 'ShareRequested');
    const token = tokenOf(backend.outbox.list()[0]!.Link);
    assert.equal((await anonymous.links.inspect(token)).Kind, 'ShareRequest');
    assert.equal(await codeOf(anonymous.links.share(token, 'not-my-password')), 'WrongPassword');
    const session = await anonymous.links.share(token, 'paddle-the-lake');
    assert.equal(session.Username, 'olivia@example.com');
    assert.equal((await admin.accounts.get(Account.Id)).Owners[0]?.ActivationStatus, 'Active');
  });
});

describe('mass activation', () => {
  /** One account for each outcome, created a month ago; returns nothing but leaves the clock at NOW. */
  async function oneOfEach({ backend, admin, anonymous }: ReturnType<typeof setup>) {
    backend.addAmiliaUser({ email: 'elsewhere@example.com', password: 'elsewhere-pass' });
    backend.clock.advance({ days: -30 });
    await admin.accounts.create(owner()); // NoEmail
    for (const email of ['imported@example.com', 'elsewhere@example.com']) {
      const { Account } = await admin.accounts.create({ Owner: { FirstName: 'Imported', LastName: 'Client' } });
      await admin.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: email }); // Invitation, ShareRequest
    }
    await admin.accounts.create(owner('active@example.com'));
    await anonymous.links.activate(tokenOf(backend.outbox.list().at(-1)!.Link), 'a long and happy password'); // AlreadyActive
    const recent = await admin.accounts.create(owner('recent@example.com'));
    backend.clock.advance({ days: 25 });
    await admin.activationRequests.send(recent.Account.Id, recent.Account.Owners[0]!.Id); // RecentlyInvited
    backend.clock.advance({ days: 5 });
  }

  async function finish(admin: ReturnType<typeof setup>['admin'], jobId: string) {
    let last;
    for await (const job of admin.mass.watch(jobId, { interval: 5 })) last = job;
    return last!;
  }

  test('preview and start give identical counts; a second run sends nothing', async () => {
    const world = setup({ massChunkSize: 1, faults: { massPauseMs: 2 } });
    const { backend, admin } = world;
    await oneOfEach(world);
    const expected = { Invitation: 1, ShareRequest: 1, AlreadyActive: 1, NoEmail: 1, RecentlyInvited: 1 };

    const preview = await admin.mass.preview('2026-10-01');
    assert.equal(preview.Total, 5);
    assert.deepEqual(preview.Counts, expected);
    const recent = preview.Items.find((i) => i.Outcome === 'RecentlyInvited');
    assert.equal(recent?.EligibleOn, '2026-11-30');
    assert.equal((await admin.mass.preview('2026-10-01', { outcome: 'NoEmail' })).Items.length, 1);

    const sent = backend.outbox.list().length;
    const started = await admin.mass.start('2026-10-01');
    assert.equal(started.Status, 'Running');
    const progress: number[] = [];
    for await (const job of admin.mass.watch(started.Id, { interval: 1 })) progress.push(job.Processed);
    assert.ok(progress.length > 2, `progress moved between polls: ${progress.join(',')}`);
    const done = await admin.mass.get(started.Id);
    assert.equal(done.Status, 'Completed');
    assert.deepEqual(done.Counts, expected);
    const emails = backend.outbox.list().slice(sent);
    assert.deepEqual(emails.map((e) => [e.To, e.Kind, e.Channel]).sort(), [
      ['elsewhere@example.com', 'ShareRequest', 'Mass'],
      ['imported@example.com', 'Invitation', 'Mass'],
    ]);

    const results = await admin.mass.results(started.Id, { outcome: 'Invitation' });
    assert.deepEqual(results.Items.map((r) => r.Email), ['imported@example.com']);
    const csv = await admin.mass.resultsCsv(started.Id);
    assert.match(csv, /^AccountId,PersonId,FullName,Email,Outcome,EligibleOn\r\n/);
    assert.equal(csv.trim().split('\r\n').length, 6);

    const again = await finish(admin, (await admin.mass.start('2026-10-01')).Id);
    assert.deepEqual(again.Counts, { Invitation: 0, ShareRequest: 0, AlreadyActive: 1, NoEmail: 1, RecentlyInvited: 3 });
    assert.equal(backend.outbox.list().length, sent + 2);
  });

  test('a start retried with the same key returns the same job; another start waits its turn; cancel stops it', async () => {
    const world = setup({ massChunkSize: 1, faults: { massPauseMs: 30 } });
    const { backend, admin } = world;
    await oneOfEach(world);
    const first = await admin.mass.start('2026-10-01', { idempotencyKey: 'run-1' });
    const replay = await admin.mass.start('2026-10-01', { idempotencyKey: 'run-1' });
    assert.equal(replay.Id, first.Id);
    assert.equal((await admin.mass.current()).Job?.Id, first.Id);
    assert.equal(await codeOf(admin.mass.start('2026-10-01', { idempotencyKey: 'run-2' })), 'MassJobInProgress');
    const cancelled = await admin.mass.cancel(first.Id);
    assert.equal(cancelled.Status, 'Cancelled');
    assert.ok(cancelled.Processed < cancelled.Total);
    const sent = backend.outbox.list().length;
    assert.equal((await admin.mass.current()).Job, null);
    // A second job run to its end takes a slice per target: a timer the cancelled job kept would have fired
    // meanwhile, so every email beyond `sent` must be the second job's own.
    const next = await finish(admin, (await admin.mass.start('2026-10-01', { idempotencyKey: 'run-3' })).Id);
    assert.equal(next.Status, 'Completed');
    assert.equal(backend.outbox.list().length, sent + next.Counts.Invitation + next.Counts.ShareRequest, 'nothing is sent for the cancelled job');
  });

  test('the 10-day rule is exact: 9 days 23 hours ago is recent, 10 days ago is not', async () => {
    const { backend, admin } = setup();
    const nine = await admin.accounts.create(owner('nine@example.com'));
    backend.clock.advance({ hours: 1 });
    const ten = await admin.accounts.create(owner('ten@example.com'));
    void nine;
    void ten;
    backend.clock.advance({ days: 9, hours: 23 });
    // "ten" was invited 9 d 23 h ago, "nine" 10 d ago.
    const preview = await admin.mass.preview('2026-11-01');
    const byEmail = Object.fromEntries(preview.Items.map((i) => [i.Email, i.Outcome]));
    assert.deepEqual(byEmail, { 'nine@example.com': 'Invitation', 'ten@example.com': 'RecentlyInvited' });
  });

  test('accounts are chosen by their creation day in the organization time zone, that day excluded', async () => {
    const { admin } = setup({ now: '2026-03-01T03:00:00Z' });
    await admin.accounts.create(owner());
    // 2026-03-01T03:00Z is the evening of 2026-02-28 in Toronto.
    assert.equal((await admin.mass.preview('2026-02-28')).Total, 0);
    assert.equal((await admin.mass.preview('2026-02-27')).Total, 1);
  });
});

describe('links', () => {
  test('expire after 60 days; renewal sends a fresh link to a masked address, and a second renewal within 10 days is RateLimited', async () => {
    const { backend, admin, anonymous } = setup();
    await admin.accounts.create(owner('renew@example.com'));
    const token = tokenOf(backend.outbox.list()[0]!.Link);
    backend.clock.advance({ days: 59, hours: 23 });
    assert.equal((await anonymous.links.inspect(token)).State, 'Open');
    backend.clock.advance({ hours: 1 });
    assert.equal((await anonymous.links.inspect(token)).State, 'Expired');
    assert.equal(await codeOf(anonymous.links.activate(token, 'a long and happy password')), 'LinkExpired');

    const renewal = await anonymous.links.renew(token);
    assert.equal(renewal.SentTo, 'r***@example.com');
    const fresh = backend.outbox.list().at(-1)!;
    assert.equal(fresh.Channel, 'Renewal');
    assert.equal(fresh.To, 'renew@example.com');
    assert.equal((await anonymous.links.inspect(token)).State, 'Expired');

    backend.clock.advance({ days: 9 });
    const limited = await anonymous.links.renew(token).catch((e) => e);
    assert.equal(limited.code, 'RateLimited');
    assert.equal(limited.retryAfter, 86_400);
    assert.equal(backend.outbox.list().length, 2);
    await anonymous.links.activate(tokenOf(fresh.Link), 'a long and happy password');
  });

  test('a manual resend supersedes the pending link', async () => {
    const { backend, admin, anonymous } = setup();
    const { Account } = await admin.accounts.create(owner('twice@example.com'));
    const first = tokenOf(backend.outbox.list()[0]!.Link);
    await admin.activationRequests.send(Account.Id, Account.Owners[0]!.Id);
    assert.equal((await anonymous.links.inspect(first)).State, 'Superseded');
    assert.equal(await codeOf(anonymous.links.activate(first, 'a long and happy password')), 'LinkSuperseded');
  });

  test('an email change revokes the link sent to the old address', async () => {
    const { backend, admin, anonymous } = setup();
    const { Account } = await admin.accounts.create(owner('old@example.com'));
    const token = tokenOf(backend.outbox.list()[0]!.Link);
    const person = await admin.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: 'new@example.com' });
    assert.equal(person.ActivationStatus, 'NotInvited');
    assert.equal((await anonymous.links.inspect(token)).State, 'Revoked');
    assert.equal(await codeOf(anonymous.links.activate(token, 'a long and happy password')), 'LinkRevoked');
    assert.equal(await codeOf(anonymous.links.renew(token)), 'LinkRevoked');
  });

  test('an unknown link is LinkNotFound', async () => {
    const { anonymous } = setup();
    assert.equal(await codeOf(anonymous.links.inspect('nope')), 'LinkNotFound');
  });
});

describe('an Active person', () => {
  test("has an email managed by the client, and can't be sent a request", async () => {
    const { backend, admin, anonymous } = setup();
    const { Account } = await admin.accounts.create(owner('done@example.com'));
    await anonymous.links.activate(tokenOf(backend.outbox.list()[0]!.Link), 'a long and happy password');
    const id = Account.Owners[0]!.Id;
    assert.equal(await codeOf(admin.members.updateEmail(Account.Id, id, { Email: 'other@example.com' })), 'ManagedByClient');
    assert.equal(await codeOf(admin.activationRequests.send(Account.Id, id)), 'AlreadyActive');
  });
});

describe('a self-signup user', () => {
  test('sees a share offer until 2 years after activation, then not', async () => {
    const { backend, admin, as } = setup();
    backend.addAmiliaUser({ email: 'sam@example.com', password: 'maple-syrup-morning' });
    await admin.accounts.create({ Owner: { FirstName: 'Sam', LastName: 'Tremblay' } }).then(({ Account }) =>
      admin.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: 'SAM@example.com' }),
    );
    const sam = as(backend.signIn('sam@example.com', 'maple-syrup-morning'));
    const { Items } = await sam.shareOffers.list();
    assert.equal(Items.length, 1);
    assert.equal(Items[0]?.OrganizationName, 'Forest Explorers');
    assert.equal(Items[0]?.AvailableUntil, '2028-11-25T17:00:00.000Z');
    backend.clock.set('2028-11-25T16:59:59.999Z');
    assert.equal((await sam.shareOffers.list()).Items.length, 1);
    backend.clock.set('2028-11-25T17:00:00.000Z');
    assert.equal((await sam.shareOffers.list()).Items.length, 0);
  });

  test('accepting links the client; declining closes the offer', async () => {
    const { backend, admin, as } = setup();
    for (const email of ['yes@example.com', 'no@example.com']) {
      backend.addAmiliaUser({ email, password: 'maple-syrup-morning' });
      const { Account } = await admin.accounts.create({ Owner: { FirstName: 'A', LastName: 'B' } });
      await admin.members.updateEmail(Account.Id, Account.Owners[0]!.Id, { Email: email });
    }
    const yes = as(backend.signIn('yes@example.com', 'maple-syrup-morning'));
    const offer = (await yes.shareOffers.list()).Items[0]!;
    assert.deepEqual(await yes.shareOffers.accept(offer.Id), { OrganizationIdentifier: 'forest-explorers', Username: 'yes@example.com' });
    assert.equal((await yes.shareOffers.list()).Items.length, 0);
    assert.equal((await admin.accounts.list({ activationStatus: 'Active' })).Paging.TotalCount, 1);

    const no = as(backend.signIn('no@example.com', 'maple-syrup-morning'));
    await no.shareOffers.decline((await no.shareOffers.list()).Items[0]!.Id);
    assert.equal((await no.shareOffers.list()).Items.length, 0);
    assert.equal(await codeOf(no.shareOffers.accept('forest-explorers-999')), 'NotFound');
  });
});
