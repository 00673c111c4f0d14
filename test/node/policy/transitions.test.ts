// How requests and people change (policy/transitions.ts), each decision taken at an explicit time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  acceptRefusal,
  duplicateEmail,
  isCreatedAfter,
  isShareOfferShown,
  linkRefusal,
  outcomeSends,
  renewalRefusal,
  revokedByEmailChange,
  supersedes,
} from '../../../src/policy/index.ts';
import { DAY, shift, request } from './support.ts';

const SENT = '2026-06-01T12:00:00.000Z';
const pending = { ...request(SENT), Email: 'a@example.com' };

describe('supersede and revoke look at the time, not only the stored status', () => {
  test('a pending request is superseded by a new one; an expired, accepted or revoked one is not', () => {
    assert.equal(supersedes(pending, shift(SENT, DAY)), true);
    assert.equal(supersedes(pending, shift(SENT, 60 * DAY)), false, 'expired at 60 days: it stays Expired');
    assert.equal(supersedes({ ...pending, Status: 'Accepted' }, SENT), false);
    assert.equal(supersedes(null, SENT), false);
  });

  test('an email change revokes the pending request sent to the old address; the same address in another case does not', () => {
    assert.equal(revokedByEmailChange(pending, 'b@example.com', SENT), true);
    assert.equal(revokedByEmailChange(pending, null, SENT), true);
    assert.equal(revokedByEmailChange(pending, ' A@Example.com', SENT), false);
    assert.equal(revokedByEmailChange(pending, 'b@example.com', shift(SENT, 61 * DAY)), false);
  });
});

describe('links', () => {
  test('a closed link says why, in the words of a problem code', () => {
    assert.equal(linkRefusal(pending, SENT), null);
    assert.equal(linkRefusal(pending, shift(SENT, 60 * DAY)), 'LinkExpired');
    assert.equal(linkRefusal({ ...pending, Status: 'Accepted' }, SENT), 'LinkUsed');
    assert.equal(linkRefusal({ ...pending, Status: 'Superseded' }, SENT), 'LinkSuperseded');
    assert.equal(linkRefusal({ ...pending, Status: 'Revoked' }, SENT), 'LinkRevoked');
  });

  test('an invitation creates the login unless one exists; a share request needs the login and its password', () => {
    const login = { Password: 'right' };
    assert.equal(acceptRefusal('Invitation', 'Invitation', undefined, 'x'), null);
    assert.equal(acceptRefusal('Invitation', 'Invitation', login, 'x'), 'AlreadyActive');
    assert.equal(acceptRefusal('Invitation', 'ShareRequest', login, 'right'), 'Validation');
    assert.equal(acceptRefusal('ShareRequest', 'ShareRequest', login, 'right'), null);
    assert.equal(acceptRefusal('ShareRequest', 'ShareRequest', login, 'wrong'), 'WrongPassword');
    assert.equal(acceptRefusal('ShareRequest', 'ShareRequest', undefined, 'right'), 'Validation');
  });

  test('renewal: expired links may ask once per 10 days; used, revoked, linked or re-addressed ones may not', () => {
    const person = { Email: 'a@example.com', Username: null, LastRenewalOn: null };
    const later = shift(SENT, 61 * DAY);
    assert.equal(renewalRefusal(pending, person, later), null);
    assert.deepEqual(renewalRefusal(pending, { ...person, LastRenewalOn: shift(later, -9 * DAY) }, later), { code: 'RateLimited', retryAfter: 86_400 });
    assert.deepEqual(renewalRefusal({ ...pending, Status: 'Accepted' }, person, later), { code: 'LinkUsed' });
    assert.deepEqual(renewalRefusal(pending, { ...person, Username: 'a@example.com' }, later), { code: 'LinkUsed' });
    assert.deepEqual(renewalRefusal({ ...pending, Status: 'Revoked' }, person, later), { code: 'LinkRevoked' });
    assert.deepEqual(renewalRefusal(pending, { ...person, Email: 'b@example.com' }, later), { code: 'LinkRevoked' });
  });
});

describe('duplicates and mass outcomes', () => {
  const existing = (email: string) => (email.toLowerCase() === 'taken@example.com' ? { Id: 7, AccountId: 3 } : undefined);

  test('the first email already in the client list, or repeated in the request, is named with its field', () => {
    assert.deepEqual(duplicateEmail([{ field: 'Owner.Email', email: 'TAKEN@example.com' }], existing), { field: 'Owner.Email', existingAccountId: 3 });
    assert.deepEqual(duplicateEmail([{ field: 'Owner.Email', email: 'a@x.org' }, { field: 'Members.0.Email', email: 'A@x.org' }], existing), { field: 'Members.0.Email' });
    assert.equal(duplicateEmail([{ field: 'Email', email: 'taken@example.com' }], existing, { Id: 7 }), null, 'a person keeping their own email');
    assert.equal(duplicateEmail([{ field: 'Owner.Email', email: null }, { field: 'Members.0.Email', email: null }], existing), null);
  });

  test('only Invitation and ShareRequest outcomes send', () => {
    assert.deepEqual((['Invitation', 'ShareRequest', 'AlreadyActive', 'NoEmail', 'RecentlyInvited'] as const).filter(outcomeSends), ['Invitation', 'ShareRequest']);
  });

  test('created after D is decided on the calendar day in the zone, D excluded', () => {
    assert.equal(isCreatedAfter({ CreatedOn: '2026-03-01T03:00:00Z' }, '2026-02-28', 'America/Toronto'), false);
    assert.equal(isCreatedAfter({ CreatedOn: '2026-03-01T05:00:00Z' }, '2026-02-28', 'America/Toronto'), true);
  });
});

describe('R8 share offers', () => {
  test('shown to an unlinked client for 2 years after the user\'s activation, unless declined', () => {
    const user = { ActivatedOn: '2024-02-29T12:00:00.000Z' };
    assert.equal(isShareOfferShown(user, { Username: null }, false, '2026-02-28T12:00:00.000Z'), true);
    assert.equal(isShareOfferShown(user, { Username: null }, false, '2026-03-01T12:00:00.000Z'), false, '29 Feb + 2 years is 1 March');
    assert.equal(isShareOfferShown(user, { Username: null }, true, '2025-01-01T00:00:00.000Z'), false);
    assert.equal(isShareOfferShown(user, { Username: 'a@example.com' }, false, '2025-01-01T00:00:00.000Z'), false);
  });
});
