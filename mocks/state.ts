/**
 * The mocked backend's data, as plain JSON so it can be persisted (the demo keeps it across reloads
 * and tabs). Records keep the wire's field names; indexes are rebuilt from them.
 */
import type { ActivationRequest, Language, MassJob, MassTarget, Organization } from '../src/sdk/schemas.js';
import type { ClockState } from './clock.js';

export interface PersonRecord {
  Id: number;
  AccountId: number;
  IsOwner: boolean;
  FirstName: string;
  LastName: string;
  DateOfBirth: string | null;
  Email: string | null;
  PreferredLanguage: Language;
  /** Set once the person's Amilia user is linked to the organization. */
  Username: string | null;
  LastRequestId: number | null;
  LastRenewalOn: string | null;
}

export interface AccountRecord {
  Id: number;
  CreatedOn: string;
  IsArchived: boolean;
  PersonIds: number[];
}

export interface RequestRecord extends Omit<ActivationRequest, 'Id'> {
  Id: number;
  PersonId: number;
  Token: string;
}

export interface UserRecord {
  Email: string;
  Password: string;
  FirstName: string;
  LastName: string;
  ActivatedOn: string;
}

export interface JobRecord extends MassJob {
  /** Person ids, fixed when the job starts. */
  Targets: number[];
  Results: MassTarget[];
}

export interface Email {
  Id: number;
  To: string;
  Kind: ActivationRequest['Kind'];
  Channel: ActivationRequest['Channel'];
  Language: Language;
  Subject: string;
  Body: string;
  Link: string;
  Token: string;
  SentOn: string;
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface State {
  version: 1;
  clock: ClockState;
  organization: Organization;
  accounts: Record<number, AccountRecord>;
  persons: Record<number, PersonRecord>;
  requests: Record<number, RequestRecord>;
  /** Amilia users by lower-cased email. */
  users: Record<string, UserRecord>;
  jobs: Record<string, JobRecord>;
  /** Responses of email-sending calls, by idempotency key. */
  idempotency: Record<string, StoredResponse>;
  outbox: Email[];
  /** Signed-in clients: session token → lower-cased email. */
  sessions: Record<string, string>;
  /** Share offers the person declined, by offer id. */
  declinedOffers: string[];
  nextId: number;
}

export const emptyState = (organization: Organization, clock: ClockState): State => ({
  version: 1,
  clock,
  organization,
  accounts: {},
  persons: {},
  requests: {},
  users: {},
  jobs: {},
  idempotency: {},
  outbox: [],
  sessions: {},
  declinedOffers: [],
  nextId: 1,
});
