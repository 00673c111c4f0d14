/**
 * Time arithmetic for the activation rules. Every function takes "now" explicitly so that one
 * clock (the real one, or the mocked backend's movable one) drives every rule.
 */

/** An instant: a `Date`, an ISO 8601 string as it travels on the wire, or epoch milliseconds. */
export type Instant = Date | string | number;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Days after which a person may be invited again by a mass run (R4) or renew a link (R6). */
export const RESEND_COOLDOWN_DAYS = 10;
/** Days a link stays usable after it was sent (R6). */
export const LINK_LIFETIME_DAYS = 60;
/** Years a self-signup share offer stays available after the user's activation (R8). */
export const SHARE_OFFER_YEARS = 2;
/** Age from which a person may own an account (R2). */
export const ADULT_AGE = 18;

export const toMs = (instant: Instant): number =>
  typeof instant === 'string' ? Date.parse(instant) : typeof instant === 'number' ? instant : instant.getTime();

export const addDays = (instant: Instant, days: number): Date => new Date(toMs(instant) + days * DAY_MS);

/** Adds calendar years in UTC; 29 February lands on 1 March in a common year. */
export function addYears(instant: Instant, years: number): Date {
  const date = new Date(toMs(instant));
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date;
}

/** True while less than `days` whole days have passed since `since`: 9 d 23 h is within 10 days, 10 d is not. */
export const isWithinDays = (since: Instant, now: Instant, days: number): boolean =>
  toMs(now) - toMs(since) < days * DAY_MS;

/** True once `deadline` has been reached. */
export const hasPassed = (deadline: Instant, now: Instant): boolean => toMs(now) >= toMs(deadline);

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in a time zone:
 * `2026-03-01T03:00Z` is `2026-02-28` in America/Toronto.
 */
export function calendarDay(instant: Instant, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // One formatter per zone keeps 100,000-row runs fast.
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  // formatToParts, not a locale's pattern: ICU has changed date patterns before.
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(toMs(instant))) parts[type] = value;
  // Years before 1000 keep four digits, so days still compare as text.
  return `${parts['year']!.padStart(4, '0')}-${parts['month']}-${parts['day']}`;
}

/** The first and last calendar days the contract accepts: every day computation is exact and quick for them. */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '9999-12-30';

/** A well-formed `YYYY-MM-DD` day from `FIRST_DAY` to `LAST_DAY` matches this (years 1900–9999, less 9999-12-31). */
export const SUPPORTED_DAY = /^(?!9999-12-31)(?:19|[2-9]\d)\d\d-/;

/** Epoch milliseconds of a UTC wall time; unlike `Date.UTC`, years 0–99 stay themselves (not 1900–1999). */
function utc(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second);
  return date.getTime();
}

const SECOND_MS = 1000;
const HOUR_MS = 3_600_000;
/** Every offset in the time zone database, local mean times of the 1800s included, lies within ±16 h. */
const MAX_OFFSET_MS = 16 * HOUR_MS;
/** Offsets are sampled this often around a midnight; tzdb has no two transitions closer than this that cancel out. */
const SAMPLE_MS = HOUR_MS / 2;

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at `t`, in ms (always whole seconds). */
function offsetAt(t: number, timeZone: string): number {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(t)) parts[type] = Number(value);
  const wall = utc(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour'], parts['minute'], parts['second']);
  return wall - Math.floor(t / SECOND_MS) * SECOND_MS;
}

/** The first whole second after `from` (a second whose offset is `offset`) up to `to` whose offset differs. */
function nextTransition(from: number, to: number, offset: number, timeZone: string): number {
  let lo = from / SECOND_MS;
  let hi = to / SECOND_MS;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid * SECOND_MS, timeZone) === offset) lo = mid;
    else hi = mid;
  }
  return hi * SECOND_MS;
}

/** Where the local day after `day` begins, found by comparing instants, never text. */
export interface DayAfterBounds {
  /** The earliest instant whose local day is after `day`. */
  first: number;
  /** From this instant on, every local day is after `day`. Equal to `first` unless the zone turned its clock back across midnight. */
  last: number;
  /** The next day's midnight as a wall time read as UTC: an instant `t` is after `day` when `t + offset(t) >= midnight`. */
  midnight: number;
}

const bounds = new Map<string, DayAfterBounds>();

/**
 * The instants the local day after `day` (`YYYY-MM-DD`) begins in a time zone, exact to the millisecond for
 * every IANA zone: the zone's offsets are followed through the 32 hours around that midnight (transitions
 * found to the second), so a day that starts at 01:00, a clock turned back across midnight or a local mean
 * time with seconds are all exact. About a hundred time-zone lookups, whatever the year; cached.
 */
export function dayAfterBounds(day: string, timeZone: string): DayAfterBounds {
  const key = `${day}|${timeZone}`;
  const cached = bounds.get(key);
  if (cached) return cached;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const midnight = utc(y, m - 1, d + 1);
  // Before `midnight - 16 h` every local day is `day` or earlier, from `midnight + 16 h` on every one is later:
  // in between, the offset is constant on each piece [start, next start).
  const from = midnight - MAX_OFFSET_MS;
  const to = midnight + MAX_OFFSET_MS;
  const pieces = [{ start: from, offset: offsetAt(from, timeZone) }];
  for (let t = from + SAMPLE_MS; t <= to; t += SAMPLE_MS) {
    let offset = offsetAt(t, timeZone);
    let current = pieces.at(-1)!;
    while (offset !== current.offset) {
      const start = nextTransition(Math.max(current.start, t - SAMPLE_MS), t, current.offset, timeZone);
      current = { start, offset: offsetAt(start, timeZone) };
      pieces.push(current);
      offset = offsetAt(t, timeZone);
    }
  }
  // On a piece, the instants after `day` are those from `midnight - offset` to the piece's end.
  let first = Infinity;
  let last = Infinity;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const { start, offset } = pieces[i]!;
    const end = i + 1 < pieces.length ? pieces[i + 1]!.start : Infinity;
    const begins = Math.max(start, midnight - offset);
    if (begins >= end) continue;
    first = begins;
    // The run of later days that reaches the end of the window goes back through this piece when it started at the next piece.
    if (end === Infinity || end === last) last = begins;
  }
  const result = { first, last, midnight };
  bounds.set(key, result);
  return result;
}

/** The earliest instant whose calendar day in `timeZone` is after `day`. */
export const startOfDayAfter = (day: string, timeZone: string): number => dayAfterBounds(day, timeZone).first;

/**
 * Whether an instant falls on a calendar day after `day` in a time zone: `calendarDay(t, zone) > day`, for
 * days from `FIRST_DAY` to `LAST_DAY`, in constant time after the first call for that day and zone.
 */
export function isAfterDay(instant: Instant, day: string, timeZone: string): boolean {
  const t = toMs(instant);
  const { first, last, midnight } = dayAfterBounds(day, timeZone);
  if (t < first) return false;
  if (t >= last) return true;
  return t + offsetAt(t, timeZone) >= midnight;
}

/** Whole years between a `YYYY-MM-DD` birth date and the calendar day `today` (`YYYY-MM-DD`). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
