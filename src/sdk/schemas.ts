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

/**
 * Builds a schema where bundlers can see it has no side effects: a page that never parses an account leaves
 * `Account` (and zod's code that only it needs) out of its bundle. Without it, rollup, esbuild and webpack keep
 * every `z.object(…)` call, since they cannot tell that zod's constructors change nothing outside.
 */
const pure = /* @__NO_SIDE_EFFECTS__ */ <T>(build: () => T): T => build();

const Id = pure(() => z.union([z.number(), z.string()]));
const DateTime = pure(() => z.iso.datetime({ offset: true }));
// The days every rule computes exactly and quickly with (years 0000–9999 would not be).
export const CalendarDate = pure(() => z.iso.date().check(z.regex(SUPPORTED_DAY, `A day from ${FIRST_DAY} to ${LAST_DAY}.`)));
const Name = pure(() => z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(MAX_NAME_LENGTH),
  z.regex(WITHOUT_CONTROL_CHARACTERS, 'No control characters.'),
));
// Syntax is policy's job (it answers InvalidEmail); the schema only bounds the length.
const EmailText = pure(() => z.string().check(z.maxLength(MAX_EMAIL_LENGTH)));

export const Language = pure(() => z.enum(LANGUAGES));
export const ActivationStatus = pure(() => z.enum(ACTIVATION_STATUSES));
export const RequestKind = pure(() => z.enum(REQUEST_KINDS));
export const RequestChannel = pure(() => z.enum(REQUEST_CHANNELS));
export const RequestStatus = pure(() => z.enum(REQUEST_STATUSES));
export const MassOutcome = pure(() => z.enum(MASS_OUTCOMES));
export const LinkState = pure(() => z.enum(LINK_STATES));
export const PasswordReason = pure(() => z.enum(PASSWORD_REASONS));

const Int = pure(() => z.int());
const PositiveInt = pure(() => z.int().check(z.positive()));

export const Paging = pure(() => z.object({
  TotalCount: z.int().check(z.nonnegative()),
  Page: PositiveInt,
  PerPage: PositiveInt,
  Next: z.nullable(z.string()),
}));

/** A v3 list: `{ Items, Paging }`. */
export const page = <T extends z.ZodMiniType>(item: T) => z.object({ Items: z.array(item), Paging });

export const Organization = pure(() => z.object({
  Identifier: z.string(),
  Name: z.string(),
  IsLive: z.boolean(),
  TimeZone: z.string(),
  DefaultLanguage: Language,
}));

export const ActivationRequest = pure(() => z.object({
  Id,
  Kind: RequestKind,
  Channel: RequestChannel,
  Status: RequestStatus,
  Email: z.string(),
  SentOn: DateTime,
  ExpiresOn: DateTime,
}));

export const Person = pure(() => z.object({
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
}));

export const Account = pure(() => z.object({
  Id,
  CreatedOn: DateTime,
  IsArchived: z.boolean(),
  Owners: z.array(Person),
  /** Every person of the account, owners included. */
  Members: z.array(Person),
}));

export const AccountPage = pure(() => page(Account));

export const NewPerson = pure(() => z.object({
  FirstName: Name,
  LastName: Name,
  Email: z.optional(z.nullable(EmailText)),
  DateOfBirth: z.optional(z.nullable(CalendarDate)),
  PreferredLanguage: z.optional(Language),
}));

export const CreateAccountBody = pure(() => z.object({
  Owner: NewPerson,
  Members: z.optional(z.array(NewPerson).check(z.maxLength(20))),
}));

export const CreateAccountResult = pure(() => z.object({
  Account,
  AutomaticRequest: z.nullable(ActivationRequest),
}));

export const UpdateEmailBody = pure(() => z.object({
  Email: z.nullable(EmailText),
  SendActivationRequest: z.optional(z.boolean()),
}));

export const ActivationRequestPage = pure(() => page(ActivationRequest));

export const MassCounts = pure(() => z.object({
  Invitation: Int,
  ShareRequest: Int,
  AlreadyActive: Int,
  NoEmail: Int,
  RecentlyInvited: Int,
}));

export const MassTarget = pure(() => z.object({
  AccountId: Id,
  PersonId: Id,
  FullName: z.string(),
  Email: z.nullable(z.string()),
  Outcome: MassOutcome,
  EligibleOn: z.optional(CalendarDate),
}));

export const MassBody = pure(() => z.object({ CreatedAfter: CalendarDate }));

export const MassPreview = pure(() => z.object({
  CreatedAfter: CalendarDate,
  Total: Int,
  Counts: MassCounts,
  Items: z.array(MassTarget),
  Paging,
}));

export const MassJob = pure(() => z.object({
  Id: z.string(),
  CreatedAfter: CalendarDate,
  Status: z.enum(['Running', 'Completed', 'Cancelled', 'Failed']),
  Total: Int,
  Processed: Int,
  Counts: MassCounts,
  StartedOn: DateTime,
  FinishedOn: z.nullable(DateTime),
}));

export const MassTargetPage = pure(() => page(MassTarget));

export const LinkInfo = pure(() => z.object({
  Kind: RequestKind,
  State: LinkState,
  Email: z.string(),
  FirstName: z.string(),
  OrganizationName: z.string(),
  ExpiresOn: DateTime,
  /** The language of the person the link was sent to; the page opens in it unless it sets `lang`. */
  Language,
}));

const Password = pure(() => z.string().check(z.maxLength(MAX_PASSWORD_LENGTH * 4)));
export const ActivateBody = pure(() => z.object({ Password }));
export const ShareBody = pure(() => z.object({ Password, Consent: z.literal(true) }));

export const Session = pure(() => z.object({ Username: z.string(), SessionToken: z.string() }));

export const Renewal = pure(() => z.object({ SentTo: z.string() }));

export const ShareOffer = pure(() => z.object({
  Id: z.string(),
  OrganizationIdentifier: z.string(),
  OrganizationName: z.string(),
  AvailableUntil: DateTime,
}));

export const ShareOfferList = pure(() => z.object({ Items: z.array(ShareOffer) }));

export const ShareOfferAccepted = pure(() => z.object({ OrganizationIdentifier: z.string(), Username: z.string() }));

/** RFC 9457 problem details with a stable `code`. */
export const Problem = pure(() => z.object({
  type: z.string(),
  title: z.string(),
  status: Int,
  detail: z.optional(z.string()),
  code: z.string(),
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
  existingAccountId: z.optional(Id),
  retryAfter: z.optional(z.number()),
  reasons: z.optional(z.array(PasswordReason)),
}));

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
export const MassCurrent = pure(() => z.object({ Job: z.nullable(MassJob) }));
export type MassCurrent = z.infer<typeof MassCurrent>;
