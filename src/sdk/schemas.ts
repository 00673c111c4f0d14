/**
 * The wire contract, in one place. The SDK parses every response with these schemas, the mocked
 * backend parses every request with them, and `npm run openapi` derives the JSON Schema from them.
 * PascalCase as in Amilia's public API v3.
 */
import * as z from 'zod/mini';
import {
  ACTIVATION_STATUSES,
  FIRST_DAY,
  LAST_DAY,
  LANGUAGES,
  LINK_STATES,
  MASS_OUTCOMES,
  MAX_EMAIL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  PASSWORD_REASONS,
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  SUPPORTED_DAY,
  WITHOUT_CONTROL_CHARACTERS,
} from '../policy/index.js';

const Id = z.union([z.number(), z.string()]);
const DateTime = z.iso.datetime({ offset: true });
// The days every rule computes exactly and quickly with (years 0000–9999 would not be).
export const CalendarDate = z.iso.date().check(z.regex(SUPPORTED_DAY, `A day from ${FIRST_DAY} to ${LAST_DAY}.`));
const Name = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(MAX_NAME_LENGTH),
  z.regex(WITHOUT_CONTROL_CHARACTERS, 'No control characters.'),
);
// Syntax is policy's job (it answers InvalidEmail); the schema only bounds the length.
const EmailText = z.string().check(z.maxLength(MAX_EMAIL_LENGTH));

export const Language = z.enum(LANGUAGES);
export const ActivationStatus = z.enum(ACTIVATION_STATUSES);
export const RequestKind = z.enum(REQUEST_KINDS);
export const RequestChannel = z.enum(REQUEST_CHANNELS);
export const RequestStatus = z.enum(REQUEST_STATUSES);
export const MassOutcome = z.enum(MASS_OUTCOMES);
export const LinkState = z.enum(LINK_STATES);
export const PasswordReason = z.enum(PASSWORD_REASONS);

export const Paging = z.object({
  TotalCount: z.int().check(z.nonnegative()),
  Page: z.int().check(z.positive()),
  PerPage: z.int().check(z.positive()),
  Next: z.nullable(z.string()),
});

/** A v3 list: `{ Items, Paging }`. */
export const page = <T extends z.ZodMiniType>(item: T) => z.object({ Items: z.array(item), Paging });

export const Organization = z.object({
  Identifier: z.string(),
  Name: z.string(),
  IsLive: z.boolean(),
  TimeZone: z.string(),
  DefaultLanguage: Language,
});

export const ActivationRequest = z.object({
  Id,
  Kind: RequestKind,
  Channel: RequestChannel,
  Status: RequestStatus,
  Email: z.string(),
  SentOn: DateTime,
  ExpiresOn: DateTime,
});

export const Person = z.object({
  Id,
  FirstName: z.string(),
  LastName: z.string(),
  FullName: z.string(),
  DateOfBirth: z.nullable(CalendarDate),
  Email: z.nullable(z.string()),
  IsChild: z.boolean(),
  PreferredLanguage: Language,
  ActivationStatus,
  Username: z.nullable(z.string()),
  LastRequest: z.nullable(ActivationRequest),
});

export const Account = z.object({
  Id,
  CreatedOn: DateTime,
  IsArchived: z.boolean(),
  Owners: z.array(Person),
  /** Every person of the account, owners included. */
  Members: z.array(Person),
});

export const AccountPage = page(Account);

export const NewPerson = z.object({
  FirstName: Name,
  LastName: Name,
  Email: z.optional(z.nullable(EmailText)),
  DateOfBirth: z.optional(z.nullable(CalendarDate)),
  PreferredLanguage: z.optional(Language),
});

export const CreateAccountBody = z.object({
  Owner: NewPerson,
  Members: z.optional(z.array(NewPerson).check(z.maxLength(20))),
});

export const CreateAccountResult = z.object({
  Account,
  AutomaticRequest: z.nullable(ActivationRequest),
});

export const UpdateEmailBody = z.object({
  Email: z.nullable(EmailText),
  SendActivationRequest: z.optional(z.boolean()),
});

export const ActivationRequestPage = page(ActivationRequest);

export const MassCounts = z.object({
  Invitation: z.int(),
  ShareRequest: z.int(),
  AlreadyActive: z.int(),
  NoEmail: z.int(),
  RecentlyInvited: z.int(),
});

export const MassTarget = z.object({
  AccountId: Id,
  PersonId: Id,
  FullName: z.string(),
  Email: z.nullable(z.string()),
  Outcome: MassOutcome,
  EligibleOn: z.optional(CalendarDate),
});

export const MassBody = z.object({ CreatedAfter: CalendarDate });

export const MassPreview = z.object({
  CreatedAfter: CalendarDate,
  Total: z.int(),
  Counts: MassCounts,
  Items: z.array(MassTarget),
  Paging,
});

export const MassJob = z.object({
  Id: z.string(),
  CreatedAfter: CalendarDate,
  Status: z.enum(['Running', 'Completed', 'Cancelled', 'Failed']),
  Total: z.int(),
  Processed: z.int(),
  Counts: MassCounts,
  StartedOn: DateTime,
  FinishedOn: z.nullable(DateTime),
});

export const MassTargetPage = page(MassTarget);

export const LinkInfo = z.object({
  Kind: RequestKind,
  State: LinkState,
  Email: z.string(),
  FirstName: z.string(),
  OrganizationName: z.string(),
  ExpiresOn: DateTime,
  /** The language of the person the link was sent to; the page opens in it unless it sets `lang`. */
  Language,
});

const Password = z.string().check(z.maxLength(MAX_PASSWORD_LENGTH * 4));
export const ActivateBody = z.object({ Password });
export const ShareBody = z.object({ Password, Consent: z.literal(true) });

export const Session = z.object({ Username: z.string(), SessionToken: z.string() });

export const Renewal = z.object({ SentTo: z.string() });

export const ShareOffer = z.object({
  Id: z.string(),
  OrganizationIdentifier: z.string(),
  OrganizationName: z.string(),
  AvailableUntil: DateTime,
});

export const ShareOfferList = z.object({ Items: z.array(ShareOffer) });

export const ShareOfferAccepted = z.object({ OrganizationIdentifier: z.string(), Username: z.string() });

/** RFC 9457 problem details with a stable `code`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  code: z.string(),
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
  existingAccountId: z.optional(Id),
  retryAfter: z.optional(z.number()),
  reasons: z.optional(z.array(PasswordReason)),
});

export type Language = z.infer<typeof Language>;
export type Paging = z.infer<typeof Paging>;
export type Page<T> = { Items: T[]; Paging: Paging };
export type Organization = z.infer<typeof Organization>;
export type ActivationRequest = z.infer<typeof ActivationRequest>;
export type Person = z.infer<typeof Person>;
export type Account = z.infer<typeof Account>;
export type AccountPage = z.infer<typeof AccountPage>;
export type ActivationRequestPage = z.infer<typeof ActivationRequestPage>;
export type MassTargetPage = z.infer<typeof MassTargetPage>;
export type ShareOfferList = z.infer<typeof ShareOfferList>;
export type NewPerson = z.input<typeof NewPerson>;
export type CreateAccountBody = z.input<typeof CreateAccountBody>;
export type CreateAccountResult = z.infer<typeof CreateAccountResult>;
export type UpdateEmailBody = z.input<typeof UpdateEmailBody>;
export type MassCounts = z.infer<typeof MassCounts>;
export type MassTarget = z.infer<typeof MassTarget>;
export type MassPreview = z.infer<typeof MassPreview>;
export type MassJob = z.infer<typeof MassJob>;
export type MassJobStatus = MassJob['Status'];
export type LinkInfo = z.infer<typeof LinkInfo>;
export type Session = z.infer<typeof Session>;
export type Renewal = z.infer<typeof Renewal>;
export type ShareOffer = z.infer<typeof ShareOffer>;
export type ShareOfferAccepted = z.infer<typeof ShareOfferAccepted>;
export type Problem = z.infer<typeof Problem>;

/** `GET …/mass/current`: the running job, so a reloaded page can re-attach to it. */
export const MassCurrent = z.object({ Job: z.nullable(MassJob) });
export type MassCurrent = z.infer<typeof MassCurrent>;
