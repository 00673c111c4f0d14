// The activation rules R1–R9 as pure decisions, each pinned at its boundaries.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ACTIVATION_STATUSES,
  LINK_STATES,
  MASS_OUTCOMES,
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  activationStatus,
  createdAfterRefusal,
  creationProblems,
  eligibleOn,
  emailEditRefusal,
  isAdult,
  isMassTarget,
  massTargets,
  isRecent,
  isShareOfferAvailable,
  linkExpiresOn,
  linkState,
  manualSendRefusal,
  massOutcome,
  needsResendConfirmation,
  renewalWaitSeconds,
  requestKindFor,
  requestStatusAt,
  shareOfferAvailableUntil,
} from '../../../src/policy/index.ts';
import type {
  ActivationStatus,
  AmiliaUserFacts,
  CreationProblem,
  LinkState,
  MassDecision,
  NewPersonFacts,
  PersonFacts,
  RequestFacts,
  RequestStatus,
} from '../../../src/policy/index.ts';
import { DAY, HOUR, MINUTE, SECOND, person, request, shift } from './support.ts';

const NOW = '2026-06-15T12:00:00.000Z'; // 08:00 EDT in Toronto
const TORONTO = 'America/Toronto';
const ago = (ms: number): string => shift(NOW, -ms);

const NO_USER = undefined;
const USER_ELSEWHERE: AmiliaUserFacts = { confirmed: true, linkedToOrganization: false };
const USER_LINKED: AmiliaUserFacts = { confirmed: true, linkedToOrganization: true };
const USER_UNCONFIRMED: AmiliaUserFacts = { confirmed: false, linkedToOrganization: false };
const USER_UNCONFIRMED_LINKED: AmiliaUserFacts = { confirmed: false, linkedToOrganization: true };

describe('the vocabularies match the design', () => {
  test('kinds, channels, request statuses, activation statuses, mass outcomes and link states', () => {
    assert.deepEqual(REQUEST_KINDS, ['Invitation', 'ShareRequest']);
    assert.deepEqual(REQUEST_CHANNELS, ['Automatic', 'Manual', 'Mass', 'Renewal']);
    assert.deepEqual(REQUEST_STATUSES, ['Pending', 'Accepted', 'Expired', 'Superseded', 'Revoked']);
    assert.deepEqual(ACTIVATION_STATUSES, ['NoEmail', 'NotInvited', 'Invited', 'InvitationExpired', 'ShareRequested', 'ShareRequestExpired', 'Active']);
    assert.deepEqual(MASS_OUTCOMES, ['Invitation', 'ShareRequest', 'AlreadyActive', 'NoEmail', 'RecentlyInvited']);
    assert.deepEqual(LINK_STATES, ['Open', 'Expired', 'Used', 'Superseded', 'Revoked']);
  });
});

describe('R1 requestKindFor: a confirmed user not linked to this organization is asked to share', () => {
  const cases: [label: string, user: AmiliaUserFacts | undefined, expected: 'Invitation' | 'ShareRequest'][] = [
    ['no Amilia user has the email', NO_USER, 'Invitation'],
    ['a confirmed user, not linked here', USER_ELSEWHERE, 'ShareRequest'],
    ['a confirmed user already linked here', USER_LINKED, 'Invitation'],
    ['an unconfirmed user', USER_UNCONFIRMED, 'Invitation'],
    ['an unconfirmed user marked linked', USER_UNCONFIRMED_LINKED, 'Invitation'],
  ];
  for (const [label, user, expected] of cases) {
    test(`${label}: ${expected}`, () => assert.equal(requestKindFor(user), expected));
  }
});

describe('R6 linkExpiresOn: 60 days after it was sent', () => {
  const cases: [sentOn: string | Date, expected: string][] = [
    ['2026-01-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z'],
    ['2026-03-01T03:00:00.000Z', '2026-04-30T03:00:00.000Z'],
    ['2026-12-15T10:00:00.000Z', '2027-02-13T10:00:00.000Z'],
    [new Date('2028-01-15T23:59:59.999Z'), '2028-03-15T23:59:59.999Z'], // through a 29 February
  ];
  for (const [sentOn, expected] of cases) {
    test(`sent ${sentOn instanceof Date ? sentOn.toISOString() : sentOn}: expires ${expected}`, () => {
      assert.equal(linkExpiresOn(sentOn).toISOString(), expected);
    });
  }
});

describe('R6 requestStatusAt and R7 linkState: a pending request expires exactly at ExpiresOn', () => {
  const sentOn = '2026-04-01T09:30:00.000Z';
  const expiresOn = '2026-05-31T09:30:00.000Z';
  const cases: [label: string, status: RequestStatus, now: string, expectedStatus: RequestStatus, expectedLink: LinkState][] = [
    ['pending, just sent', 'Pending', sentOn, 'Pending', 'Open'],
    ['pending, 60 d minus 1 ms after sending', 'Pending', shift(expiresOn, -1), 'Pending', 'Open'],
    ['pending, exactly 60 d after sending', 'Pending', expiresOn, 'Expired', 'Expired'],
    ['pending, 61 d after sending', 'Pending', shift(expiresOn, DAY), 'Expired', 'Expired'],
    ['accepted, long after expiry', 'Accepted', shift(expiresOn, DAY), 'Accepted', 'Used'],
    ['accepted, before expiry', 'Accepted', sentOn, 'Accepted', 'Used'],
    ['superseded, before expiry', 'Superseded', sentOn, 'Superseded', 'Superseded'],
    ['superseded, after expiry', 'Superseded', shift(expiresOn, DAY), 'Superseded', 'Superseded'],
    ['revoked, before expiry', 'Revoked', sentOn, 'Revoked', 'Revoked'],
    ['revoked, after expiry', 'Revoked', shift(expiresOn, DAY), 'Revoked', 'Revoked'],
    ['stored as expired', 'Expired', sentOn, 'Expired', 'Expired'],
  ];
  for (const [label, status, now, expectedStatus, expectedLink] of cases) {
    test(`${label}: ${expectedStatus} / link ${expectedLink}`, () => {
      const sent = request(sentOn, 'Invitation', status);
      assert.equal(sent.ExpiresOn, expiresOn);
      assert.equal(requestStatusAt(sent, now), expectedStatus);
      assert.equal(linkState(sent, now), expectedLink);
    });
  }

  test('the stored ExpiresOn decides, not SentOn + 60 days', () => {
    const shortLived = request(sentOn, 'Invitation', 'Pending', shift(sentOn, DAY));
    assert.equal(requestStatusAt(shortLived, shift(sentOn, DAY - 1)), 'Pending');
    assert.equal(requestStatusAt(shortLived, shift(sentOn, DAY)), 'Expired');
  });

  test('Date instants work as well as wire strings', () => {
    const sent: RequestFacts = { Kind: 'ShareRequest', Status: 'Pending', SentOn: new Date(sentOn), ExpiresOn: new Date(expiresOn) };
    assert.equal(requestStatusAt(sent, new Date(Date.parse(expiresOn) - 1)), 'Pending');
    assert.equal(requestStatusAt(sent, new Date(expiresOn)), 'Expired');
  });
});

describe('activationStatus: the status shown for a person', () => {
  const cases: [label: string, facts: Partial<PersonFacts>, expected: ActivationStatus][] = [
    ['linked, with a pending request', { Username: 'client@example.com', LastRequest: request(ago(DAY)) }, 'Active'],
    ['linked, email cleared', { Username: 'client@example.com', Email: null }, 'Active'],
    ['no email', { Email: null }, 'NoEmail'],
    ['an empty email', { Email: '' }, 'NoEmail'],
    ['email cleared after a request', { Email: null, LastRequest: request(ago(DAY)) }, 'NoEmail'],
    ['an email, never invited', {}, 'NotInvited'],
    ['a pending invitation', { LastRequest: request(ago(DAY)) }, 'Invited'],
    ['a pending share request', { LastRequest: request(ago(DAY), 'ShareRequest') }, 'ShareRequested'],
    ['an invitation sent 60 d minus 1 ms ago', { LastRequest: request(ago(60 * DAY - 1)) }, 'Invited'],
    ['an invitation sent exactly 60 d ago', { LastRequest: request(ago(60 * DAY)) }, 'InvitationExpired'],
    ['a share request sent exactly 60 d ago', { LastRequest: request(ago(60 * DAY), 'ShareRequest') }, 'ShareRequestExpired'],
    ['a share request stored as expired', { LastRequest: request(ago(DAY), 'ShareRequest', 'Expired') }, 'ShareRequestExpired'],
    ['a request stored as expired', { LastRequest: request(ago(DAY), 'Invitation', 'Expired') }, 'InvitationExpired'],
    ['a superseded request', { LastRequest: request(ago(DAY), 'Invitation', 'Superseded') }, 'NotInvited'],
    ['a revoked request (email changed)', { LastRequest: request(ago(DAY), 'Invitation', 'Revoked') }, 'NotInvited'],
    ['an accepted request but no username', { LastRequest: request(ago(DAY), 'Invitation', 'Accepted') }, 'NotInvited'],
  ];
  for (const [label, facts, expected] of cases) {
    test(`${label}: ${expected}`, () => assert.equal(activationStatus(person(facts), NOW), expected));
  }

  test('every status in ACTIVATION_STATUSES is reachable', () => {
    const reached = new Set(cases.map(([, facts]) => activationStatus(person(facts), NOW)));
    assert.deepEqual([...reached].sort(), [...ACTIVATION_STATUSES].sort());
  });
});

describe('R3 / R4.3 isRecent: sent less than 10 days ago', () => {
  const cases: [label: string, elapsed: number, expected: boolean][] = [
    ['just now', 0, true],
    ['9 d 23 h ago', 9 * DAY + 23 * HOUR, true],
    ['9 d 23 h 59 min ago', 9 * DAY + 23 * HOUR + 59 * MINUTE, true],
    ['10 d minus 1 ms ago', 10 * DAY - 1, true],
    ['exactly 10 d ago', 10 * DAY, false],
    ['11 d ago', 11 * DAY, false],
  ];
  for (const [label, elapsed, expected] of cases) {
    test(`${label}: ${expected}`, () => assert.equal(isRecent(ago(elapsed), NOW), expected));
  }
});

describe('R4.3 eligibleOn: the calendar day, in the organization zone, 10 days after the last send', () => {
  const cases: [sentOn: string, timeZone: string, expected: string, why: string][] = [
    ['2026-03-01T03:00:00.000Z', TORONTO, '2026-03-10', '2026-03-11T03:00Z is 23:00 EDT on the 10th'],
    ['2026-03-01T03:00:00.000Z', 'UTC', '2026-03-11', 'the same instant in UTC'],
    ['2026-03-01T03:00:00.000Z', 'Asia/Tokyo', '2026-03-11', 'noon in Tokyo'],
    ['2026-03-01T04:30:00.000Z', TORONTO, '2026-03-11', 'sent 23:30 EST on 28 Feb, eligible 00:30 EDT after spring-forward'],
    ['2026-06-06T02:00:00.000Z', TORONTO, '2026-06-15', '2026-06-16T02:00Z is 22:00 EDT on the 15th'],
    ['2026-06-06T02:00:00.000Z', 'UTC', '2026-06-16', 'the same instant in UTC'],
  ];
  for (const [sentOn, timeZone, expected, why] of cases) {
    test(`sent ${sentOn}, ${timeZone}: ${expected} (${why})`, () => assert.equal(eligibleOn(sentOn, timeZone), expected));
  }
});

describe('R3 manualSendRefusal: refused when Active or without email, never for the 10-day rule', () => {
  const cases: [label: string, facts: Partial<PersonFacts>, expected: 'AlreadyActive' | 'NoEmail' | null][] = [
    ['active', { Username: 'client@example.com' }, 'AlreadyActive'],
    ['active without email (first reason wins)', { Username: 'client@example.com', Email: null }, 'AlreadyActive'],
    ['no email', { Email: null }, 'NoEmail'],
    ['an empty email', { Email: '' }, 'NoEmail'],
    ['never invited', {}, null],
    ['invited a minute ago', { LastRequest: request(ago(MINUTE)) }, null],
    ['invitation expired', { LastRequest: request(ago(70 * DAY)) }, null],
  ];
  for (const [label, facts, expected] of cases) {
    test(`${label}: ${String(expected)}`, () => assert.equal(manualSendRefusal(person(facts)), expected));
  }
});

describe('R3 needsResendConfirmation: asked when the last request is under 10 days old', () => {
  const cases: [label: string, lastRequest: RequestFacts | null, expected: boolean][] = [
    ['never invited', null, false],
    ['sent just now', request(NOW), true],
    ['sent 9 d 23 h 59 min ago', request(ago(9 * DAY + 23 * HOUR + 59 * MINUTE)), true],
    ['sent exactly 10 d ago', request(ago(10 * DAY)), false],
    ['sent 30 d ago', request(ago(30 * DAY)), false],
    ['a revoked request sent yesterday', request(ago(DAY), 'Invitation', 'Revoked'), true],
    ['a share request sent yesterday', request(ago(DAY), 'ShareRequest'), true],
  ];
  for (const [label, lastRequest, expected] of cases) {
    test(`${label}: ${expected}`, () => {
      assert.equal(needsResendConfirmation(person({ LastRequest: lastRequest }), NOW), expected);
    });
  }
});

describe('R4 createdAfterRefusal: a created-after day an admin can mean', () => {
  // 2026-11-25 11:00 UTC: already the 26th in Kiritimati (UTC+14), still the 25th in Toronto.
  const now = '2026-11-25T11:00:00Z';
  const cases: [day: string, expected: ReturnType<typeof createdAfterRefusal>][] = [
    ['0020-10-12', 'TooEarly'], // "after October 12, 20": the year typed short
    ['1999-12-31', 'TooEarly'],
    ['2000-01-01', null],
    ['2020-10-12', null],
    ['2026-11-25', null],
    ['2026-11-26', null], // today somewhere on Earth
    ['2026-11-27', 'InFuture'],
    ['2062-10-12', 'InFuture'],
  ];
  for (const [day, expected] of cases) test(`${day}: ${expected}`, () => assert.equal(createdAfterRefusal(day, now), expected));
});

describe('R4 isMassTarget: non-archived accounts created after D in the organization zone, D excluded', () => {
  const cases: [label: string, createdOn: string, isArchived: boolean, createdAfter: string, timeZone: string, expected: boolean][] = [
    ['the issue example: created 2026-02-28 in Toronto, D = 2026-02-28', '2026-03-01T03:00Z', false, '2026-02-28', TORONTO, false],
    ['the same instant read in UTC is 2026-03-01', '2026-03-01T03:00Z', false, '2026-02-28', 'UTC', true],
    ['the issue example with D = 2026-02-27', '2026-03-01T03:00Z', false, '2026-02-27', TORONTO, true],
    ['last instant of D in Toronto', '2026-03-01T04:59:59.999Z', false, '2026-02-28', TORONTO, false],
    ['first instant of D + 1 in Toronto', '2026-03-01T05:00:00.000Z', false, '2026-02-28', TORONTO, true],
    ['created long before D', '2025-01-10T15:00:00.000Z', false, '2026-02-28', TORONTO, false],
    ['created long after D', '2026-06-01T15:00:00.000Z', false, '2026-02-28', TORONTO, true],
    ['archived, created after D', '2026-06-01T15:00:00.000Z', true, '2026-02-28', TORONTO, false],
    ['archived, the issue example with D = 2026-02-27', '2026-03-01T03:00Z', true, '2026-02-27', TORONTO, false],
    ['across the year end: 23:59 EST on 31 Dec, D = 2025-12-31', '2026-01-01T04:59:00.000Z', false, '2025-12-31', TORONTO, false],
    ['across the year end: 00:00 EST on 1 Jan, D = 2025-12-31', '2026-01-01T05:00:00.000Z', false, '2025-12-31', TORONTO, true],
  ];
  for (const [label, createdOn, isArchived, createdAfter, timeZone, expected] of cases) {
    test(`${label}: ${expected}`, () => {
      assert.equal(isMassTarget({ IsArchived: isArchived, CreatedOn: createdOn }, createdAfter, timeZone), expected);
    });
  }

  test('a Date CreatedOn works as well', () => {
    assert.equal(isMassTarget({ IsArchived: false, CreatedOn: new Date('2026-03-01T03:00Z') }, '2026-02-28', TORONTO), false);
    assert.equal(isMassTarget({ IsArchived: false, CreatedOn: new Date('2026-03-01T03:00Z') }, '2026-02-27', TORONTO), true);
  });

  test('a date in year 20 (a half-typed date field) is a day like any other, not 1920 and not a hang', () => {
    assert.equal(isMassTarget({ IsArchived: false, CreatedOn: new Date('2026-03-01T03:00Z') }, '0020-10-12', TORONTO), true);
    assert.equal(isMassTarget({ IsArchived: false, CreatedOn: new Date('1950-03-01T03:00Z') }, '0020-10-12', TORONTO), true);
  });

  test('massTargets over accounts sorted by creation is exactly isMassTarget, account by account, in every zone', () => {
    // Accounts every minute for 3 days in November 2010 and every 7 minutes for 60 days in 2026, one in 5
    // archived: many on each side of every day's bounds, in zones up to 14 hours from UTC. Goose Bay turned its
    // clocks back from 00:01 to 23:01 on November 7, 2010: the accounts of that hour are asked one by one.
    const every = (from: string, minutes: number, count: number) => Array.from({ length: count }, (_, i) => new Date(Date.parse(from) + i * minutes * 60_000).toISOString());
    const accounts = [...every('2010-11-05T00:00:00Z', 1, 4320), ...every('2026-03-01T00:00:00Z', 7, 12_400)].map((CreatedOn, Id) => ({ Id, IsArchived: Id % 5 === 0, CreatedOn }));
    for (const timeZone of [TORONTO, 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago', 'America/Goose_Bay']) {
      for (const day of ['2010-11-05', '2010-11-06', '2010-11-07', '2026-02-28', '2026-03-02', '2026-03-08', '2026-04-04', '2026-05-01']) {
        const expected = accounts.filter((a) => isMassTarget(a, day, timeZone)).map((a) => a.Id);
        assert.deepEqual(massTargets(accounts, day, timeZone).map((a) => a.Id), expected, `${day} in ${timeZone}`);
      }
    }
  });
});

describe('R4 massOutcome: the first matching rule wins', () => {
  const recent = ago(9 * DAY + 23 * HOUR + 59 * MINUTE); // 2026-06-05T12:01Z, eligible 2026-06-15T12:01Z = 08:01 EDT
  const tenDaysAgo = ago(10 * DAY);
  const cases: [label: string, facts: Partial<PersonFacts>, user: AmiliaUserFacts | undefined, expected: MassDecision][] = [
    // 1. Active wins over everything.
    ['active and no email', { Username: 'client@example.com', Email: null }, USER_ELSEWHERE, { Outcome: 'AlreadyActive' }],
    ['active and recently invited', { Username: 'client@example.com', LastRequest: request(recent) }, USER_ELSEWHERE, { Outcome: 'AlreadyActive' }],
    // 2. No email wins over recently invited and over an Amilia user.
    ['no email and recently invited', { Email: null, LastRequest: request(recent) }, USER_ELSEWHERE, { Outcome: 'NoEmail' }],
    ['no email, never invited', { Email: null }, NO_USER, { Outcome: 'NoEmail' }],
    ['an empty email', { Email: '' }, NO_USER, { Outcome: 'NoEmail' }],
    // 3. Recently invited, any kind or status, wins over the kind.
    ['recent invitation and an Amilia user elsewhere', { LastRequest: request(recent) }, USER_ELSEWHERE, { Outcome: 'RecentlyInvited', EligibleOn: '2026-06-15' }],
    ['recent share request', { LastRequest: request(recent, 'ShareRequest') }, NO_USER, { Outcome: 'RecentlyInvited', EligibleOn: '2026-06-15' }],
    ['recent request since revoked', { LastRequest: request(recent, 'Invitation', 'Revoked') }, NO_USER, { Outcome: 'RecentlyInvited', EligibleOn: '2026-06-15' }],
    ['request sent a minute ago', { LastRequest: request(ago(MINUTE)) }, NO_USER, { Outcome: 'RecentlyInvited', EligibleOn: '2026-06-25' }],
    // 4. Share request when a confirmed user elsewhere has the email.
    ['invited exactly 10 d ago, an Amilia user elsewhere', { LastRequest: request(tenDaysAgo) }, USER_ELSEWHERE, { Outcome: 'ShareRequest' }],
    ['never invited, an Amilia user elsewhere', {}, USER_ELSEWHERE, { Outcome: 'ShareRequest' }],
    // 5. Otherwise an invitation.
    ['invited exactly 10 d ago, no Amilia user', { LastRequest: request(tenDaysAgo) }, NO_USER, { Outcome: 'Invitation' }],
    ['an expired invitation, an unconfirmed user', { LastRequest: request(ago(70 * DAY)) }, USER_UNCONFIRMED, { Outcome: 'Invitation' }],
    ['an expired share request, the user no longer found', { LastRequest: request(ago(70 * DAY), 'ShareRequest') }, NO_USER, { Outcome: 'Invitation' }],
    ['never invited, a user already linked here', {}, USER_LINKED, { Outcome: 'Invitation' }],
    ['never invited, no Amilia user', {}, NO_USER, { Outcome: 'Invitation' }],
  ];
  for (const [label, facts, user, expected] of cases) {
    test(`${label}: ${expected.Outcome}${expected.EligibleOn ? ` until ${expected.EligibleOn}` : ''}`, () => {
      // deepEqual is strict: outcomes other than RecentlyInvited carry no EligibleOn key at all.
      assert.deepEqual(massOutcome(person(facts), user, NOW, TORONTO), expected);
    });
  }

  test('EligibleOn is the day in the organization zone', () => {
    const target = person({ LastRequest: request('2026-06-06T02:00:00.000Z') });
    assert.deepEqual(massOutcome(target, NO_USER, NOW, TORONTO), { Outcome: 'RecentlyInvited', EligibleOn: '2026-06-15' });
    assert.deepEqual(massOutcome(target, NO_USER, NOW, 'UTC'), { Outcome: 'RecentlyInvited', EligibleOn: '2026-06-16' });
  });

  test('running again an hour after a run excludes those just invited; 10 days later they are due again', () => {
    const justInvited = person({ LastRequest: request(NOW) });
    assert.deepEqual(massOutcome(justInvited, NO_USER, shift(NOW, HOUR), TORONTO), {
      Outcome: 'RecentlyInvited',
      EligibleOn: '2026-06-25',
    });
    assert.deepEqual(massOutcome(justInvited, NO_USER, shift(NOW, 10 * DAY), TORONTO), { Outcome: 'Invitation' });
  });
});

describe('R9 emailEditRefusal: an active person manages their own email', () => {
  test('active: ManagedByClient', () => {
    assert.equal(emailEditRefusal(person({ Username: 'client@example.com' })), 'ManagedByClient');
  });
  test('not active, even when invited: null', () => {
    assert.equal(emailEditRefusal(person({ LastRequest: request(ago(DAY)) })), null);
  });
  test('no email: null', () => assert.equal(emailEditRefusal(person({ Email: null })), null));
});

describe('R2 isAdult: 18 on the organization calendar day; no date of birth means adult', () => {
  const cases: [dateOfBirth: string | null | undefined, today: string, expected: boolean][] = [
    [null, '2026-06-15', true],
    [undefined, '2026-06-15', true],
    ['', '2026-06-15', true],
    ['2008-06-16', '2026-06-15', false], // the day before the 18th birthday
    ['2008-06-15', '2026-06-15', true], // the 18th birthday
    ['2008-06-14', '2026-06-15', true],
    ['1970-01-01', '2026-06-15', true],
    ['2015-03-02', '2026-06-15', false],
    ['2008-02-29', '2026-02-28', false], // born on 29 February: still 17 on 28 February
    ['2008-02-29', '2026-03-01', true],
  ];
  for (const [dateOfBirth, today, expected] of cases) {
    test(`born ${JSON.stringify(dateOfBirth)}, on ${today}: ${expected}`, () => assert.equal(isAdult(dateOfBirth, today), expected));
  }
});

describe('R2 creationProblems: emails well formed, owner an adult', () => {
  const today = '2026-06-15';
  const owner: NewPersonFacts = { Email: 'owner@example.com', DateOfBirth: '1980-04-02' };
  const cases: [label: string, input: { Owner: NewPersonFacts; Members?: NewPersonFacts[] }, expected: CreationProblem[]][] = [
    ['a valid adult owner', { Owner: owner }, []],
    ['an owner with nothing but a name', { Owner: {} }, []],
    ['an owner without email', { Owner: { Email: null } }, []],
    ['an owner with an empty email', { Owner: { Email: '' } }, []],
    ['an owner email with spaces around it', { Owner: { Email: ' owner@example.com ' } }, []],
    ['an empty member list', { Owner: owner, Members: [] }, []],
    ['an invalid owner email', { Owner: { Email: 'owner@' } }, [{ field: 'Owner.Email', code: 'InvalidEmail' }]],
    [
      'an invalid second member email',
      { Owner: owner, Members: [{ Email: 'kid@example.com' }, { Email: 'a b@c.d' }] },
      [{ field: 'Members.1.Email', code: 'InvalidEmail' }],
    ],
    ['an owner one day short of 18', { Owner: { DateOfBirth: '2008-06-16' } }, [{ field: 'Owner.DateOfBirth', code: 'OwnerUnderage' }]],
    ['an owner turning 18 today', { Owner: { DateOfBirth: '2008-06-15' } }, []],
    [
      'child members are fine',
      { Owner: owner, Members: [{ DateOfBirth: '2020-01-01' }, { DateOfBirth: '2026-06-01', Email: null }] },
      [],
    ],
    [
      'every problem, emails first in body order, then the owner age',
      {
        Owner: { Email: 'not-an-email', DateOfBirth: '2010-01-01' },
        Members: [{ Email: '"quoted"@example.com' }, { Email: 'fine@example.com' }, { Email: 'a@b.' }],
      },
      [
        { field: 'Owner.Email', code: 'InvalidEmail' },
        { field: 'Members.0.Email', code: 'InvalidEmail' },
        { field: 'Members.2.Email', code: 'InvalidEmail' },
        { field: 'Owner.DateOfBirth', code: 'OwnerUnderage' },
      ],
    ],
  ];
  for (const [label, input, expected] of cases) {
    test(`${label}: ${expected.length ? expected.map((p) => `${p.field} ${p.code}`).join(', ') : 'accepted'}`, () => {
      assert.deepEqual(creationProblems(input, today), expected);
    });
  }
});

describe('R6 renewalWaitSeconds: one renewal per 10 days, the wait rounded up to whole seconds', () => {
  const last = '2026-06-10T08:00:00.000Z';
  const cases: [label: string, lastSent: string | null, now: string, expected: number][] = [
    ['no renewal yet', null, NOW, 0],
    ['renewed just now', last, last, 864_000],
    ['renewed 1 s ago', last, shift(last, SECOND), 863_999],
    ['renewed 9 d 23 h ago', last, shift(last, 9 * DAY + 23 * HOUR), 3600],
    ['renewed 10 d minus 1.5 s ago', last, shift(last, 10 * DAY - 1500), 2],
    ['renewed 10 d minus 1 ms ago', last, shift(last, 10 * DAY - 1), 1],
    ['renewed exactly 10 d ago', last, shift(last, 10 * DAY), 0],
    ['renewed 30 d ago', last, shift(last, 30 * DAY), 0],
  ];
  for (const [label, lastSent, now, expected] of cases) {
    test(`${label}: ${expected} s`, () => assert.equal(renewalWaitSeconds(lastSent, now), expected));
  }

  test('Date instants work as well', () => {
    assert.equal(renewalWaitSeconds(new Date(last), new Date(shift(last, 9 * DAY))), 86_400);
  });
});

describe('R8 share offers stay available for 2 years after activation', () => {
  const cases: [label: string, activatedOn: string, until: string, now: string, expected: boolean][] = [
    ['just activated', '2024-05-10T08:00:00.000Z', '2026-05-10T08:00:00.000Z', '2024-05-10T08:00:00.000Z', true],
    ['2 years minus 1 ms', '2024-05-10T08:00:00.000Z', '2026-05-10T08:00:00.000Z', '2026-05-10T07:59:59.999Z', true],
    ['exactly 2 years', '2024-05-10T08:00:00.000Z', '2026-05-10T08:00:00.000Z', '2026-05-10T08:00:00.000Z', false],
    ['2 years and a day', '2024-05-10T08:00:00.000Z', '2026-05-10T08:00:00.000Z', '2026-05-11T08:00:00.000Z', false],
    // Activated on 29 February: the offer runs until 1 March two years later.
    ['29 Feb activation, on 28 Feb two years later', '2024-02-29T12:00:00.000Z', '2026-03-01T12:00:00.000Z', '2026-02-28T12:00:00.000Z', true],
    ['29 Feb activation, 1 ms before 1 Mar noon', '2024-02-29T12:00:00.000Z', '2026-03-01T12:00:00.000Z', '2026-03-01T11:59:59.999Z', true],
    ['29 Feb activation, 1 Mar noon', '2024-02-29T12:00:00.000Z', '2026-03-01T12:00:00.000Z', '2026-03-01T12:00:00.000Z', false],
    // Activated on 28 February, ending in a leap year: still 28 February.
    ['28 Feb activation, 1 ms before the end', '2026-02-28T12:00:00.000Z', '2028-02-28T12:00:00.000Z', '2028-02-28T11:59:59.999Z', true],
    ['28 Feb activation, at the end', '2026-02-28T12:00:00.000Z', '2028-02-28T12:00:00.000Z', '2028-02-28T12:00:00.000Z', false],
  ];
  for (const [label, activatedOn, until, now, expected] of cases) {
    test(`${label}: ${expected ? 'available' : 'gone'}`, () => {
      assert.equal(shareOfferAvailableUntil(activatedOn).toISOString(), until);
      assert.equal(isShareOfferAvailable(activatedOn, now), expected);
    });
  }
});
