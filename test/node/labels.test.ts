// `amilia-activation/labels`: a page that calls the SDK itself says what went wrong in the library's own words,
// in English or French, for the failures its admins and clients actually meet.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describePasswordProblems, describeError, passwordReasonLabel, statusLabel } from '../../src/labels/index.ts';
import { ACTIVATION_STATUSES, PASSWORD_REASONS } from '../../src/policy/index.ts';
import { setup } from './sdk/harness.ts';

const refusal = (promise: Promise<unknown>) => promise.then(() => assert.fail('expected a refusal'), (error: unknown) => error);

describe('describeError', () => {
  test('a rate limit says how long to wait, in the reader’s language and in the largest unit that fits', async () => {
    const { backend, admin } = setup({}, { retry: 0 });
    const { Account } = await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.org' } });
    const owner = Account.Owners[0]!;
    backend.faults.settings.retryAfterSeconds = 28;
    backend.faults.inject('rateLimit', { method: 'POST' });
    const error = await refusal(admin.activationRequests.send(Account.Id, owner.Id));
    assert.equal(describeError(error), 'Too many requests. You can try again in 28 seconds.');
    assert.equal(describeError(error, 'fr'), 'Trop de demandes. Vous pourrez réessayer dans 28 secondes.');
    backend.faults.settings.retryAfterSeconds = 90;
    backend.faults.inject('rateLimit', { method: 'POST' });
    assert.equal(describeError(await refusal(admin.activationRequests.send(Account.Id, owner.Id))), 'Too many requests. You can try again in 2 minutes.');
  });

  test('refusals, invalid input, an unreachable server and a broken answer each get their own sentence, never the server’s text', async () => {
    const { backend, admin } = setup({}, { retry: 0 });
    await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.org' } });
    const duplicate = await refusal(admin.accounts.create({ Owner: { FirstName: 'Bo', LastName: 'Roy', Email: 'ana@example.org' } }));
    assert.equal(describeError(duplicate), 'A client of your organization already uses this email address.');
    assert.equal(describeError(duplicate, 'fr'), 'Un client de votre organisation utilise déjà cette adresse courriel.');

    const invalid = await refusal(admin.accounts.create({ Owner: { FirstName: '', LastName: 'Roy' } }));
    assert.equal(describeError(invalid), 'Some information is not valid. Check the fields and try again.');

    backend.faults.inject('networkError');
    const offline = await refusal(admin.accounts.list());
    assert.equal(describeError(offline, 'fr'), 'Nous n’avons pas pu joindre le serveur. Vérifiez votre connexion et réessayez.');

    backend.faults.inject('contractBreak');
    assert.equal(describeError(await refusal(admin.accounts.list())), 'The server sent an answer we didn’t understand. Try again later.');

    backend.faults.inject('serverError');
    assert.equal(describeError(await refusal(admin.accounts.list())), 'The server had a problem. Try again in a moment.');

    assert.equal(describeError(new Error('boom'), 'fr'), 'Un problème est survenu. Réessayez.');
  });

  test('a refused password lists every rule it broke', async () => {
    const { backend, admin, anonymous } = setup();
    await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.org' } });
    const token = new URL(backend.outbox.list()[0]!.Link).searchParams.get('token')!;
    const weak = await refusal(anonymous.links.activate(token, 'tiny'));
    assert.equal(describeError(weak), 'Choose a stronger password. At least 8 characters');
    assert.equal(describePasswordProblems(['TooShort', 'Common'], 'fr'), 'Choisissez un mot de passe plus robuste. Au moins 8 caractères · Pas un mot de passe courant');
  });
});

test('every activation status and password rule has its own label in both languages', () => {
  for (const lang of ['en', 'fr'] as const) {
    const statuses = ACTIVATION_STATUSES.map((status) => statusLabel(status, lang));
    assert.equal(new Set(statuses).size, ACTIVATION_STATUSES.length, statuses.join(', '));
    const reasons = PASSWORD_REASONS.map((reason) => passwordReasonLabel(reason, lang));
    assert.equal(new Set(reasons).size, PASSWORD_REASONS.length);
  }
  assert.equal(statusLabel('ShareRequested', 'fr'), 'Partage demandé');
});
