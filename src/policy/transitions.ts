/**
 * How sent requests and people change, as pure decisions: the mocked backend's store applies them and
 * writes nothing of its own. Each takes "now" explicitly, so a pending request past its expiry is never
 * mistaken for a pending one.
 */
import {
  type LinkState,
  type MassOutcome,
  type RequestFacts,
  type RequestKind,
  isShareOfferAvailable,
  linkState,
  requestStatusAt,
  renewalWaitSeconds,
} from './activation.js';
import { sameEmail } from './email.js';
import { DAY_MS, type Instant, dayAfterBounds, isAfterDay, toMs } from './time.js';

/** R3, R4.5, R6, R8: a new request, or a login shared another way, supersedes the pending one (an expired one stays expired). */
export const supersedes = (previous: RequestFacts | null, now: Instant): boolean =>
  previous !== null && requestStatusAt(previous, now) === 'Pending';

/** R9: changing or clearing the address revokes the pending request sent to the old one. */
export const revokedByEmailChange = (last: (RequestFacts & { Email: string }) | null, email: string | null, now: Instant): boolean =>
  last !== null && requestStatusAt(last, now) === 'Pending' && !sameEmail(last.Email, email);

export type ClosedLinkCode = 'LinkExpired' | 'LinkUsed' | 'LinkSuperseded' | 'LinkRevoked';

const CLOSED: Record<Exclude<LinkState, 'Open'>, ClosedLinkCode> = {
  Expired: 'LinkExpired',
  Used: 'LinkUsed',
  Superseded: 'LinkSuperseded',
  Revoked: 'LinkRevoked',
};

/** R7: why a link cannot be used now, or null when it is open. */
export function linkRefusal(request: RequestFacts, now: Instant): ClosedLinkCode | null {
  const state = linkState(request, now);
  return state === 'Open' ? null : CLOSED[state];
}

/**
 * R7: why the client's submit on an open link is refused, or null when it links them. An invitation creates
 * the login, so an address that has one meanwhile (a self-signup after the email left) is `AlreadyActive`;
 * a share request needs that login and its password.
 */
export function acceptRefusal(
  kind: RequestKind,
  submitted: RequestKind,
  login: { Password: string } | undefined,
  password: string,
): 'Validation' | 'AlreadyActive' | 'WrongPassword' | null {
  if (kind !== submitted) return 'Validation';
  if (kind === 'Invitation') return login ? 'AlreadyActive' : null;
  if (!login) return 'Validation';
  return login.Password === password ? null : 'WrongPassword';
}

export type RenewalRefusal = { code: Exclude<ClosedLinkCode, 'LinkExpired' | 'LinkSuperseded'> } | { code: 'RateLimited'; retryAfter: number };

/**
 * R6: why a fresh link is not sent, or null when it goes. Expired and superseded links may ask; a used or
 * revoked one may not, nor one whose person is linked or whose address changed since; then once per 10 days.
 */
export function renewalRefusal(
  link: RequestFacts & { Email: string },
  person: { Email: string | null; Username: string | null; LastRenewalOn: Instant | null },
  now: Instant,
): RenewalRefusal | null {
  const state = linkState(link, now);
  if (state === 'Used' || person.Username) return { code: 'LinkUsed' };
  if (state === 'Revoked' || !sameEmail(person.Email, link.Email)) return { code: 'LinkRevoked' };
  const wait = renewalWaitSeconds(person.LastRenewalOn, now);
  return wait > 0 ? { code: 'RateLimited', retryAfter: wait } : null;
}

/** Someone who already uses an email in the organization's client list. */
export interface EmailOwner {
  Id: number;
  AccountId: number;
}

/**
 * R2, R9: the first of `emails` (in order, by field) already used in the organization's client list, by someone
 * other than `self`, or twice in the same request; null when every one is free.
 */
export function duplicateEmail(
  emails: readonly { field: string; email: string | null }[],
  existing: (email: string) => EmailOwner | undefined,
  self?: { Id: number },
): { field: string; existingAccountId?: number } | null {
  const seen: string[] = [];
  for (const { field, email } of emails) {
    if (!email) continue;
    const owner = existing(email);
    if (owner && owner.Id !== self?.Id) return { field, existingAccountId: owner.AccountId };
    if (seen.some((other) => sameEmail(other, email))) return { field };
    seen.push(email);
  }
  return null;
}

/** R4: the outcomes of a mass run that send a request (of that kind). */
export const outcomeSends = (outcome: MassOutcome): outcome is RequestKind => outcome === 'Invitation' || outcome === 'ShareRequest';

/** R4 and the accounts list: an account created on a calendar day after `day` in the organization's zone. */
export const isCreatedAfter = (account: { CreatedOn: Instant }, day: string, timeZone: string): boolean =>
  isAfterDay(account.CreatedOn, day, timeZone);

/** R4: an archived account is never targeted. */
const isLive = (account: { IsArchived: boolean }): boolean => !account.IsArchived;

/** R4: whether an account is targeted by a mass run for accounts created after `createdAfter` (that day excluded). */
export const isMassTarget = (account: { IsArchived: boolean; CreatedOn: Instant }, createdAfter: string, timeZone: string): boolean =>
  isLive(account) && isCreatedAfter(account, createdAfter, timeZone);

/** How many items at the start of `items` pass `test`, when those that pass all come first (binary search). */
function leadingCount<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `isCreatedAfter` over many accounts at once: those of `oldestFirst` (sorted by creation time) created after
 * `day`, oldest first. The accounts before the day's first possible instant and from its last one on are found by
 * binary search; only the few in between (the hours the zone's offset decides) are asked one by one.
 */
export function createdAfterDay<T extends { CreatedOn: Instant }>(oldestFirst: readonly T[], day: string, timeZone: string): T[] {
  const { first, last } = dayAfterBounds(day, timeZone);
  const maybe = leadingCount(oldestFirst, (a) => toMs(a.CreatedOn) < first);
  const surely = leadingCount(oldestFirst, (a) => toMs(a.CreatedOn) < last);
  return [...oldestFirst.slice(maybe, surely).filter((a) => isCreatedAfter(a, day, timeZone)), ...oldestFirst.slice(surely)];
}

/** `isMassTarget` over many accounts at once: the targets among `oldestFirst` (sorted by creation time), oldest first. */
export const massTargets = <T extends { IsArchived: boolean; CreatedOn: Instant }>(oldestFirst: readonly T[], createdAfter: string, timeZone: string): T[] =>
  createdAfterDay(oldestFirst, createdAfter, timeZone).filter(isLive);

/** R4: no client account predates this day, so a created-after day before it is a mistyped year ("20" for "2020"). */
export const EARLIEST_CREATED_AFTER = '2000-01-01';

/**
 * R4: why a created-after day cannot be what the admin meant, or null when it can: before 2000
 * (`TooEarly`), or after today anywhere on Earth (`InFuture`: no account was created after it yet).
 */
export function createdAfterRefusal(day: string, now: Instant): 'TooEarly' | 'InFuture' | null {
  if (day < EARLIEST_CREATED_AFTER) return 'TooEarly';
  // Today in the zone furthest ahead (UTC+14, without daylight saving): no one's today is later.
  return day > new Date(toMs(now) + (14 / 24) * DAY_MS).toISOString().slice(0, 10) ? 'InFuture' : null;
}

/**
 * R8: whether a signed-in user is offered to share their login with the organization's client who has their
 * email: while that client is not linked, within 2 years of the user's activation, unless they declined it.
 */
export const isShareOfferShown = (user: { ActivatedOn: Instant }, client: { Username: string | null }, declined: boolean, now: Instant): boolean =>
  !client.Username && !declined && isShareOfferAvailable(user.ActivatedOn, now);
