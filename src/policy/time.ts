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

/** Epoch milliseconds of a UTC day and hour; unlike `Date.UTC`, years 0–99 stay themselves (not 1900–1999). */
function utc(year: number, monthIndex: number, day: number, hour = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour);
  return date.getTime();
}

const nextDays = new Map<string, number>();

/**
 * The instant the calendar day after `day` (`YYYY-MM-DD`) begins in a time zone, so that
 * `calendarDay(t, zone) > day` is simply `t >= startOfDayAfter(day, zone)`: one time-zone
 * computation per mass run instead of one per account. Cached per day and zone.
 */
export function startOfDayAfter(day: string, timeZone: string): number {
  const key = `${day}|${timeZone}`;
  const cached = nextDays.get(key);
  if (cached !== undefined) return cached;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const next = calendarDay(utc(y, m - 1, d + 1, 12), 'UTC');
  // Start from midnight UTC of the next day and step to the first minute whose local day is `next`:
  // zone offsets lie within ±14 h, and a day may begin at 01:00 where DST skips midnight.
  let t = utc(y, m - 1, d + 1) - 14 * 3_600_000;
  while (calendarDay(t, timeZone) <= day) t += 3_600_000;
  while (calendarDay(t - 60_000, timeZone) > day) t -= 60_000;
  nextDays.set(key, t);
  return t;
}

/** Whole years between a `YYYY-MM-DD` birth date and the calendar day `today` (`YYYY-MM-DD`). */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
