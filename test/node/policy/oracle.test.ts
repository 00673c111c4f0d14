// Property tests of policy's edges against independent oracles: Temporal (the TC39 polyfill) for calendar
// days in every IANA zone this runtime knows, around each zone's offset transitions; the HTML standard's
// whitespace set for email trimming; Unicode's White_Space list (PropList.txt) for "only spaces"; the Cc
// category's ranges for control characters. Seeded, so a failure replays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import {
  FIRST_DAY,
  LAST_DAY,
  calendarDay,
  hasControlCharacter,
  isAfterDay,
  isValidEmail,
  normalizeEmail,
  passwordProblems,
  startOfDayAfter,
} from '../../../src/policy/index.ts';

const ZONES = Intl.supportedValuesOf('timeZone');
const SEED = 20261130;
const HOUR = 3_600_000;
const MIN_MS = Date.parse('1900-01-02T00:00:00Z');
const MAX_MS = Date.parse('2100-01-01T00:00:00Z');

/** The oracle's calendar day of an instant in a zone. */
const dayOf = (ms: number, zone: string) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDate().toString();

/** Checks policy's day rules at `t` for the days around it; returns how many checks ran. */
function checkAround(t: number, zone: string): number {
  const days = new Set([dayOf(t - 26 * HOUR, zone), dayOf(t - 1, zone), dayOf(t, zone), dayOf(t + 1, zone), dayOf(t + 26 * HOUR, zone)]);
  let checks = 0;
  for (const probe of [t - HOUR, t - 60_000, t - 1000, t - 1, t, t + 1, t + 1000, t + 60_000, t + HOUR]) {
    const actual = dayOf(probe, zone);
    assert.equal(calendarDay(probe, zone), actual, `calendarDay(${new Date(probe).toISOString()}, ${zone})`);
    for (const day of days) {
      const expected = Temporal.PlainDate.compare(actual, day) > 0;
      assert.equal(isAfterDay(probe, day, zone), expected, `isAfterDay(${new Date(probe).toISOString()}, ${day}, ${zone}): local day ${actual}`);
      checks++;
    }
  }
  for (const day of days) {
    const first = startOfDayAfter(day, zone);
    assert.ok(dayOf(first, zone) > day && dayOf(first - 1, zone) <= day, `startOfDayAfter(${day}, ${zone}) = ${new Date(first).toISOString()}`);
    checks++;
  }
  return checks;
}

/** The first offset transition of `zone` after `ms`, by the oracle, if it has one before 2100. */
function nextTransition(zone: string, ms: number): number | undefined {
  const next = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).getTimeZoneTransition('next');
  return next && next.epochMilliseconds < MAX_MS ? next.epochMilliseconds : undefined;
}

describe('calendar days agree with Temporal in every zone, around every kind of offset transition', () => {
  const figures = { zones: ZONES.length, transitions: 0, checks: 0 };

  test(`each of the ${ZONES.length} zones: a random instant, and its next transition after a random instant (1900–2100)`, () => {
    const starts = fc.sample(fc.tuple(fc.integer({ min: MIN_MS, max: MAX_MS }), fc.integer({ min: MIN_MS, max: MAX_MS })), { seed: SEED, numRuns: ZONES.length });
    for (const [i, zone] of ZONES.entries()) {
      const [instant, from] = starts[i]!;
      figures.checks += checkAround(instant, zone);
      const transition = nextTransition(zone, from);
      if (transition === undefined) continue;
      figures.transitions++;
      figures.checks += checkAround(transition, zone);
    }
  });

  test('every transition of the zones whose clocks moved at midnight (St Johns and Goose Bay to 2011, Moncton 1993–2006) and of local mean times with seconds', () => {
    const spans: [zone: string, from: string, to: string][] = [
      ['America/St_Johns', '1987-01-01', '2012-01-01'],
      ['America/Goose_Bay', '1987-01-01', '2012-01-01'],
      ['America/Moncton', '1993-01-01', '2007-01-01'],
      ['Pacific/Apia', '2011-01-01', '2012-06-01'],
      ['America/Havana', '2000-01-01', '2010-01-01'],
      ['Asia/Gaza', '2005-01-01', '2015-01-01'],
      ['Europe/Amsterdam', '1900-01-01', '1946-01-01'],
      ['Africa/Monrovia', '1900-01-01', '1973-01-01'],
      ['Asia/Kolkata', '1900-01-01', '1946-01-01'],
    ];
    for (const [zone, from, to] of spans) {
      if (!ZONES.includes(zone)) continue;
      const end = Date.parse(`${to}T00:00:00Z`);
      for (let t = nextTransition(zone, Date.parse(`${from}T00:00:00Z`)); t !== undefined && t < end; t = nextTransition(zone, t)) {
        figures.transitions++;
        figures.checks += checkAround(t, zone);
      }
    }
  });

  test('random instants and days, fast-check shrinking any disagreement', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: MIN_MS, max: MAX_MS }), fc.integer({ min: -40, max: 40 }), (zone, t, hoursAway) => {
        const day = dayOf(t + hoursAway * HOUR, zone);
        const expected = Temporal.PlainDate.compare(dayOf(t, zone), day) > 0;
        figures.checks++;
        return isAfterDay(t, day, zone) === expected;
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  test('the first and last days the contract accepts answer at once in the zones furthest from UTC', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Manila', 'America/St_Johns', 'UTC']) {
      const started = performance.now();
      for (const day of [FIRST_DAY, LAST_DAY]) {
        const first = startOfDayAfter(day, zone);
        assert.ok(Number.isFinite(first));
        assert.equal(isAfterDay(first, day, zone), true);
        assert.equal(isAfterDay(first - 1, day, zone), false);
      }
      assert.ok(performance.now() - started < 200, `${zone}: ${performance.now() - started} ms`);
    }
    console.log(`oracle figures: ${JSON.stringify(figures)}`);
  });
});

// The HTML standard's ASCII whitespace: what `<input type=email>` strips from around a value.
const HTML_WHITESPACE = ['\t', '\n', '\f', '\r', ' '];
// Unicode 16 PropList.txt, White_Space: 25 code points.
const WHITE_SPACE = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, ...Array.from({ length: 11 }, (_, i) => 0x2000 + i), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
// Characters people confuse with spaces, none of them HTML whitespace, several not White_Space either.
const SPACE_LIKE = [...WHITE_SPACE.map((c) => String.fromCodePoint(c)), '\ufeff', '\u180e', '\u200b', '\u200c', '\u200d', '\u2060', '\u0000', '\u001f'];

describe('email trimming uses HTML whitespace, and only it', () => {
  const around = fc.array(fc.constantFrom(...SPACE_LIKE), { maxLength: 3 }).map((chars) => chars.join(''));
  const local = fc.stringMatching(/^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,20}$/);

  test('an address with characters around it is valid exactly when all of them are HTML whitespace', () => {
    fc.assert(
      fc.property(around, local, around, (before, name, after) => {
        const typed = `${before}${name}@example.org${after}`;
        const onlyHtml = [...before, ...after].every((c) => HTML_WHITESPACE.includes(c));
        return isValidEmail(typed) === onlyHtml && (!onlyHtml || normalizeEmail(typed) === `${name}@example.org`);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('"only spaces" is Unicode White_Space; control characters are the Cc category', () => {
  test('a password is OnlySpaces exactly when every code point is White_Space', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...SPACE_LIKE), fc.constantFrom('a', 'é', '😀', '_')), { minLength: 1, maxLength: 12 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, (password) => passwordProblems(password).includes('OnlySpaces') === [...password].every((c) => WHITE_SPACE.includes(c.codePointAt(0)!))),
      { seed: SEED, numRuns: 2000 },
    );
    assert.deepEqual(passwordProblems('\u0085'.repeat(8)), ['OnlySpaces'], 'U+0085, which trim() keeps');
    assert.deepEqual(passwordProblems('\ufeff'.repeat(8)), [], 'U+FEFF, which trim() strips, is not White_Space');
  });

  test('every code point from U+0000 to U+FFFF: a control character exactly when it is in C0, DEL or C1', () => {
    for (let cp = 0; cp <= 0xffff; cp++) {
      const expected = cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f);
      if (hasControlCharacter(`a${String.fromCharCode(cp)}b`) !== expected) assert.fail(`U+${cp.toString(16).padStart(4, '0')}`);
    }
  });
});
