/**
 * The activation rules R1–R9 as pure decisions. Inputs use the wire's field names so a parsed
 * response or a stored record can be passed as it is; nothing here does I/O.
 */
import { isValidEmail } from './email.js';
import {
  ADULT_AGE,
  LINK_LIFETIME_DAYS,
  RESEND_COOLDOWN_DAYS,
  SHARE_OFFER_YEARS,
  type Instant,
  addDays,
  addYears,
  ageOn,
  calendarDay,
  hasPassed,
  isWithinDays,
  toMs,
} from './time.js';

/** Longest first or last name accepted; longer input is refused with a message, never cut. */
export const MAX_NAME_LENGTH = 100;

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const REQUEST_KINDS = ['Invitation', 'ShareRequest'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_CHANNELS = ['Automatic', 'Manual', 'Mass', 'Renewal'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export const REQUEST_STATUSES = ['Pending', 'Accepted', 'Expired', 'Superseded', 'Revoked'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const ACTIVATION_STATUSES = ['NoEmail', 'NotInvited', 'Invited', 'InvitationExpired', 'ShareRequested', 'ShareRequestExpired', 'Active'] as const;
export type ActivationStatus = (typeof ACTIVATION_STATUSES)[number];
export const MASS_OUTCOMES = ['Invitation', 'ShareRequest', 'AlreadyActive', 'NoEmail', 'RecentlyInvited'] as const;
export type MassOutcome = (typeof MASS_OUTCOMES)[number];
export const LINK_STATES = ['Open', 'Expired', 'Used', 'Superseded', 'Revoked'] as const;
export type LinkState = (typeof LINK_STATES)[number];

/** What the rules need to know of a sent request. */
export interface RequestFacts {
  Kind: RequestKind;
  Status: RequestStatus;
  SentOn: Instant;
  ExpiresOn: Instant;
}

/** What the rules need to know of a person. `Username` is set once they are linked to the organization. */
export interface PersonFacts {
  Email: string | null;
  Username: string | null;
  LastRequest: RequestFacts | null;
}

/** An Amilia user with the person's email, as far as the organization can see it. */
export interface AmiliaUserFacts {
  confirmed: boolean;
  linkedToOrganization: boolean;
}

/** R1: a confirmed user elsewhere is asked to share their login; anyone else is invited. */
export const requestKindFor = (user: AmiliaUserFacts | undefined): RequestKind =>
  user?.confirmed && !user.linkedToOrganization ? 'ShareRequest' : 'Invitation';

/** R6: when a request sent at `sentOn` stops working. */
export const linkExpiresOn = (sentOn: Instant): Date => addDays(sentOn, LINK_LIFETIME_DAYS);

/** A request's status as of `now`: a pending one past its expiry is expired. */
export const requestStatusAt = (request: RequestFacts, now: Instant): RequestStatus =>
  request.Status === 'Pending' && hasPassed(request.ExpiresOn, now) ? 'Expired' : request.Status;

/** What a link shows its holder (R7): its request's status in the words of a link. */
export function linkState(request: RequestFacts, now: Instant): LinkState {
  const status = requestStatusAt(request, now);
  return status === 'Pending' ? 'Open' : status === 'Accepted' ? 'Used' : status;
}

/** The derived status shown for a person everywhere. */
export function activationStatus(person: PersonFacts, now: Instant): ActivationStatus {
  if (person.Username) return 'Active';
  if (!person.Email) return 'NoEmail';
  const last = person.LastRequest;
  if (!last) return 'NotInvited';
  switch (requestStatusAt(last, now)) {
    case 'Pending':
      return last.Kind === 'ShareRequest' ? 'ShareRequested' : 'Invited';
    case 'Expired':
      // The admin's next step differs: an expired share request goes to someone who already has a login.
      return last.Kind === 'ShareRequest' ? 'ShareRequestExpired' : 'InvitationExpired';
    default:
      // Accepted without a username cannot happen; superseded or revoked leaves nothing to act on.
      return 'NotInvited';
  }
}

/** R3 and R4.3: a request sent less than 10 days ago is recent. */
export const isRecent = (sentOn: Instant, now: Instant): boolean => isWithinDays(sentOn, now, RESEND_COOLDOWN_DAYS);

/** R4.3: the calendar day, in the organization's zone, a recently invited person may be invited again. */
export const eligibleOn = (lastSentOn: Instant, timeZone: string): string =>
  calendarDay(addDays(lastSentOn, RESEND_COOLDOWN_DAYS), timeZone);

/** R3: why a manual send is refused, or null when it may go. */
export function manualSendRefusal(person: Pick<PersonFacts, 'Email' | 'Username'>): 'AlreadyActive' | 'NoEmail' | null {
  if (person.Username) return 'AlreadyActive';
  if (!person.Email) return 'NoEmail';
  return null;
}

/** R3: the admin confirms a manual send when the last request is under 10 days old. */
export const needsResendConfirmation = (person: PersonFacts, now: Instant): boolean =>
  person.LastRequest != null && isRecent(person.LastRequest.SentOn, now);

export interface MassDecision {
  Outcome: MassOutcome;
  /** For `RecentlyInvited`: the day the person may be invited again. */
  EligibleOn?: string;
}

/** R4: the outcome of a mass run for one target; the first matching rule wins. */
export function massOutcome(
  person: PersonFacts,
  user: AmiliaUserFacts | undefined,
  now: Instant,
  timeZone: string,
): MassDecision {
  if (person.Username) return { Outcome: 'AlreadyActive' };
  if (!person.Email) return { Outcome: 'NoEmail' };
  const last = person.LastRequest;
  if (last && isRecent(last.SentOn, now)) {
    return { Outcome: 'RecentlyInvited', EligibleOn: eligibleOn(last.SentOn, timeZone) };
  }
  return { Outcome: requestKindFor(user) };
}

/** R9: an active person's email is their username, managed by them. */
export const emailEditRefusal = (person: Pick<PersonFacts, 'Username'>): 'ManagedByClient' | null =>
  person.Username ? 'ManagedByClient' : null;

/** R2: no date of birth means an adult. `today` is the organization's calendar day. */
export const isAdult = (dateOfBirth: string | null | undefined, today: string): boolean =>
  !dateOfBirth || ageOn(dateOfBirth, today) >= ADULT_AGE;

export interface NewPersonFacts {
  Email?: string | null;
  DateOfBirth?: string | null;
}

export type CreationProblem = { field: string; code: 'InvalidEmail' | 'OwnerUnderage' };

/**
 * R2, the checks that need no lookup: every email well formed, the owner an adult.
 * Field paths name the body's fields (`Owner.Email`, `Members.0.Email`).
 */
export function creationProblems(
  input: { Owner: NewPersonFacts; Members?: readonly NewPersonFacts[] },
  today: string,
): CreationProblem[] {
  const problems: CreationProblem[] = [];
  const people: [string, NewPersonFacts][] = [
    ['Owner', input.Owner],
    ...(input.Members ?? []).map((m, i): [string, NewPersonFacts] => [`Members.${i}`, m]),
  ];
  for (const [path, person] of people) {
    if (person.Email && !isValidEmail(person.Email)) problems.push({ field: `${path}.Email`, code: 'InvalidEmail' });
  }
  if (!isAdult(input.Owner.DateOfBirth, today)) problems.push({ field: 'Owner.DateOfBirth', code: 'OwnerUnderage' });
  return problems;
}

/** R6: seconds the person must wait before another renewal, 0 when one may go now. */
export function renewalWaitSeconds(lastRenewalSentOn: Instant | null, now: Instant): number {
  if (!lastRenewalSentOn || !isRecent(lastRenewalSentOn, now)) return 0;
  return Math.ceil((toMs(addDays(lastRenewalSentOn, RESEND_COOLDOWN_DAYS)) - toMs(now)) / 1000);
}

/** R8: the last moment a self-signup user's share offer is shown. */
export const shareOfferAvailableUntil = (activatedOn: Instant): Date => addYears(activatedOn, SHARE_OFFER_YEARS);

/** R8: whether the offer is still shown at `now`. */
export const isShareOfferAvailable = (activatedOn: Instant, now: Instant): boolean =>
  !hasPassed(shareOfferAvailableUntil(activatedOn), now);
