// Time arithmetic behind R2, R3, R4, R6 and R8: the fixed durations, exact at their boundaries, and
// the calendar day an instant falls on in the organization's time zone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ADULT_AGE,
  DAY_MS,
  LINK_LIFETIME_DAYS,
  RESEND_COOLDOWN_DAYS,
  SHARE_OFFER_YEARS,
  addDays,
  addYears,
  ageOn,
  calendarDay,
  hasPassed,
  isWithinDays,
  toMs,
} from '../../../src/policy/index.ts';
import { DAY, HOUR, MINUTE, SECOND, shift } from './support.ts';

describe('the durations the rules are written in', () => {
  test('a day is 86,400,000 ms; 10-day cooldown, 60-day links, 2-year offers, adults at 18', () => {
    assert.equal(DAY_MS, 86_400_000);
    assert.equal(RESEND_COOLDOWN_DAYS, 10);
    assert.equal(LINK_LIFETIME_DAYS, 60);
    assert.equal(SHARE_OFFER_YEARS, 2);
    assert.equal(ADULT_AGE, 18);
  });
});

describe('toMs reads a Date or a wire string as the same instant', () => {
  const expected = Date.UTC(2026, 2, 1, 3, 0, 0);
  for (const [label, instant] of [
    ['ISO string with minutes only', '2026-03-01T03:00Z'],
    ['ISO string with milliseconds', '2026-03-01T03:00:00.000Z'],
    ['ISO string with an offset', '2026-02-28T22:00:00-05:00'],
    ['Date', new Date(expected)],
  ] as const) {
    test(label, () => assert.equal(toMs(instant), expected));
  }
});

describe('addDays adds whole 24-hour days', () => {
  const cases: [from: string | Date, days: number, expected: string][] = [
    ['2026-01-01T00:00:00.000Z', 0, '2026-01-01T00:00:00.000Z'],
    ['2026-01-01T00:00:00.000Z', 10, '2026-01-11T00:00:00.000Z'],
    ['2026-01-01T00:00:00.000Z', 60, '2026-03-02T00:00:00.000Z'],
    ['2026-01-01T00:00:00.000Z', -10, '2025-12-22T00:00:00.000Z'],
    // UTC arithmetic: Toronto's spring-forward on 2026-03-08 does not shorten the span.
    ['2026-03-01T12:00:00.000Z', 10, '2026-03-11T12:00:00.000Z'],
    [new Date('2028-02-20T08:30:00.000Z'), 10, '2028-03-01T08:30:00.000Z'],
  ];
  for (const [from, days, expected] of cases) {
    test(`${String(from instanceof Date ? from.toISOString() : from)} + ${days} d = ${expected}`, () => {
      const result = addDays(from, days);
      assert.ok(result instanceof Date);
      assert.equal(result.toISOString(), expected);
    });
  }
});

describe('addYears adds calendar years in UTC', () => {
  const cases: [from: string, years: number, expected: string][] = [
    ['2024-05-10T08:00:00.000Z', 2, '2026-05-10T08:00:00.000Z'],
    ['2025-12-31T23:59:59.999Z', 2, '2027-12-31T23:59:59.999Z'],
    ['2026-02-28T12:00:00.000Z', 2, '2028-02-28T12:00:00.000Z'],
    // 29 February lands on 1 March in a common year, and stays 29 February in a leap year.
    ['2024-02-29T12:00:00.000Z', 2, '2026-03-01T12:00:00.000Z'],
    ['2024-02-29T12:00:00.000Z', 4, '2028-02-29T12:00:00.000Z'],
    ['2024-02-29T12:00:00.000Z', -1, '2023-03-01T12:00:00.000Z'],
  ];
  for (const [from, years, expected] of cases) {
    test(`${from} + ${years} y = ${expected}`, () => assert.equal(addYears(from, years).toISOString(), expected));
  }

  test('does not change the Date it was given', () => {
    const from = new Date('2024-02-29T12:00:00.000Z');
    addYears(from, 2);
    assert.equal(from.toISOString(), '2024-02-29T12:00:00.000Z');
  });
});

describe('isWithinDays: less than N whole days have passed', () => {
  const since = '2026-06-01T12:00:00.000Z';
  const cases: [label: string, elapsed: number, expected: boolean][] = [
    ['sent just now', 0, true],
    ['9 d 23 h ago', 9 * DAY + 23 * HOUR, true],
    ['9 d 23 h 59 min ago', 9 * DAY + 23 * HOUR + 59 * MINUTE, true],
    ['10 d minus 1 ms ago', 10 * DAY - 1, true],
    ['exactly 10 d ago', 10 * DAY, false],
    ['10 d plus 1 ms ago', 10 * DAY + 1, false],
    ['30 d ago', 30 * DAY, false],
    ['"sent" 1 h in the future (clock moved back)', -HOUR, true],
  ];
  for (const [label, elapsed, expected] of cases) {
    test(`${label}: ${expected}`, () => assert.equal(isWithinDays(since, shift(since, elapsed), 10), expected));
  }

  test('the number of days is a parameter, not fixed at 10', () => {
    assert.equal(isWithinDays(since, shift(since, 2 * DAY - 1), 2), true);
    assert.equal(isWithinDays(since, shift(since, 2 * DAY), 2), false);
  });
});

describe('hasPassed: a deadline is reached at its exact instant', () => {
  const deadline = '2026-06-01T12:00:00.000Z';
  const cases: [label: string, offset: number, expected: boolean][] = [
    ['1 ms before', -1, false],
    ['1 s before', -SECOND, false],
    ['exactly at', 0, true],
    ['1 ms after', 1, true],
  ];
  for (const [label, offset, expected] of cases) {
    test(`${label}: ${expected}`, () => assert.equal(hasPassed(deadline, shift(deadline, offset)), expected));
  }
});

describe('calendarDay: the YYYY-MM-DD an instant falls on in a time zone', () => {
  const cases: [instant: string, timeZone: string, expected: string, why: string][] = [
    ['2026-03-01T03:00Z', 'America/Toronto', '2026-02-28', 'the issue example: 22:00 EST the day before'],
    ['2026-03-01T03:00Z', 'UTC', '2026-03-01', 'the same instant in UTC'],
    ['2026-03-01T03:00Z', 'Asia/Tokyo', '2026-03-01', 'noon in Tokyo'],
    // Toronto, spring forward on 2026-03-08 (EST UTC-5 → EDT UTC-4).
    ['2026-03-08T04:59:59.999Z', 'America/Toronto', '2026-03-07', 'last EST instant of 7 March'],
    ['2026-03-08T05:00:00.000Z', 'America/Toronto', '2026-03-08', 'EST midnight of 8 March'],
    ['2026-03-09T03:59:59.999Z', 'America/Toronto', '2026-03-08', 'last instant of 8 March, now EDT'],
    ['2026-03-09T04:00:00.000Z', 'America/Toronto', '2026-03-09', 'EDT midnight of 9 March'],
    // Toronto, fall back on 2026-11-01 (EDT → EST), including the repeated 01:00–02:00 hour.
    ['2026-11-01T03:59:59.999Z', 'America/Toronto', '2026-10-31', 'last EDT instant of 31 October'],
    ['2026-11-01T04:00:00.000Z', 'America/Toronto', '2026-11-01', 'EDT midnight of 1 November'],
    ['2026-11-01T05:30:00.000Z', 'America/Toronto', '2026-11-01', 'first 01:30 (EDT)'],
    ['2026-11-01T06:30:00.000Z', 'America/Toronto', '2026-11-01', 'second 01:30 (EST)'],
    ['2026-11-02T04:59:59.999Z', 'America/Toronto', '2026-11-01', 'last instant of 1 November, now EST'],
    ['2026-11-02T05:00:00.000Z', 'America/Toronto', '2026-11-02', 'EST midnight of 2 November'],
    // Paris, spring forward on 2026-03-29 (CET UTC+1 → CEST UTC+2).
    ['2026-03-28T22:59:59.999Z', 'Europe/Paris', '2026-03-28', 'last CET instant of 28 March'],
    ['2026-03-28T23:00:00.000Z', 'Europe/Paris', '2026-03-29', 'CET midnight of 29 March'],
    ['2026-03-29T21:59:59.999Z', 'Europe/Paris', '2026-03-29', 'last CEST instant of 29 March'],
    ['2026-03-29T22:00:00.000Z', 'Europe/Paris', '2026-03-30', 'CEST midnight of 30 March'],
    // Half-hour and far-off offsets, and year ends.
    ['2026-06-30T18:29:59.999Z', 'Asia/Kolkata', '2026-06-30', 'UTC+5:30, one ms before midnight'],
    ['2026-06-30T18:30:00.000Z', 'Asia/Kolkata', '2026-07-01', 'UTC+5:30 midnight'],
    ['2026-12-31T09:59:59.999Z', 'Pacific/Kiritimati', '2026-12-31', 'UTC+14, before the new year'],
    ['2026-12-31T10:00:00.000Z', 'Pacific/Kiritimati', '2027-01-01', 'UTC+14, the new year'],
    ['2027-01-01T10:59:59.999Z', 'Pacific/Pago_Pago', '2026-12-31', 'UTC-11, still the old year'],
    ['2026-01-01T07:59:59.999Z', 'America/Vancouver', '2025-12-31', 'UTC-8, still the old year'],
    ['2028-02-29T12:00:00.000Z', 'UTC', '2028-02-29', 'a leap day'],
    ['0020-10-12T12:00:00.000Z', 'UTC', '0020-10-12', 'a year under 1000 keeps four digits'],
  ];
  for (const [instant, timeZone, expected, why] of cases) {
    test(`${instant} in ${timeZone} is ${expected} (${why})`, () => {
      assert.equal(calendarDay(instant, timeZone), expected);
    });
  }

  test('a Date and its ISO string give the same day', () => {
    assert.equal(calendarDay(new Date('2026-03-01T03:00:00Z'), 'America/Toronto'), '2026-02-28');
  });

  test('an unknown time zone is an error, not a silent UTC', () => {
    assert.throws(() => calendarDay('2026-03-01T03:00Z', 'Mars/Olympus_Mons'), RangeError);
  });
});

describe('ageOn: whole years between a birth date and a calendar day', () => {
  const cases: [dateOfBirth: string, today: string, expected: number][] = [
    ['2008-06-15', '2026-06-14', 17], // the day before the 18th birthday
    ['2008-06-15', '2026-06-15', 18], // the 18th birthday
    ['2008-06-15', '2026-06-16', 18],
    ['2008-06-15', '2027-06-14', 18],
    ['2008-07-01', '2026-06-30', 17], // earlier month, later day
    ['2008-01-31', '2026-02-01', 18], // later month, earlier day
    ['2008-12-31', '2026-01-01', 17],
    // Born on 29 February: the birthday counts from 1 March in a common year.
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-28', 19],
    ['2008-02-29', '2028-02-29', 20],
    ['2026-06-15', '2026-06-15', 0], // born today
    ['2026-06-16', '2026-06-15', -1], // a birth date in the future
  ];
  for (const [dateOfBirth, today, expected] of cases) {
    test(`born ${dateOfBirth}, on ${today}: ${expected}`, () => assert.equal(ageOn(dateOfBirth, today), expected));
  }
});
