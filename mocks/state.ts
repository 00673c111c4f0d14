/**
 * The mocked backend's data, as plain JSON so it can be persisted (the demo keeps it across reloads
 * and tabs). Records keep the wire's field names; indexes are rebuilt from them. Every table is a
 * null-prototype object (see `withoutPrototypes`): a key that came from a request, `__proto__` or
 * `constructor` included, finds only what was stored under it.
 */
import type { ActivationRequest, Language, MassJob, MassTarget, Organization } from '../src/sdk/schemas.js';
import type { ClockState } from './clock.js';
import type { FaultSettings } from './faults.js';
import type { Result } from './problems.js';

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

/** The answer first given to an idempotency key, and the request it is bound to (see idempotency.ts). */
export interface StoredAnswer {
  fingerprint: string;
  result: Result;
  /** When it was answered, in epoch ms of the backend's clock. */
  at: number;
}

export interface State {
  version: 1;
  clock: ClockState;
  organization: Organization;
  accounts: Record<string, AccountRecord>;
  persons: Record<string, PersonRecord>;
  requests: Record<string, RequestRecord>;
  /** Amilia users by lower-cased email. */
  users: Record<string, UserRecord>;
  jobs: Record<string, JobRecord>;
  /** Answers of calls that acted, by sender and idempotency key. */
  idempotency: Record<string, StoredAnswer>;
  outbox: Email[];
  /** Signed-in clients: session token → lower-cased email. */
  sessions: Record<string, string>;
  /** Share offers the person declined, by offer id. */
  declinedOffers: string[];
  /** The QA faults' rates and delays (absent from a state saved before they were kept here). */
  faults?: FaultSettings;
  nextId: number;
}

/** A table that inherits nothing. */
export const table = <T>(entries: Record<string, T> = {}): Record<string, T> => Object.assign(Object.create(null), entries);

/** Makes every table of `state` null-prototype again (JSON.parse, which loaded it, gives them Object's). */
export function withoutPrototypes(state: State): void {
  state.accounts = table(state.accounts);
  state.persons = table(state.persons);
  state.requests = table(state.requests);
  state.users = table(state.users);
  state.jobs = table(state.jobs);
  state.idempotency = table(state.idempotency);
  state.sessions = table(state.sessions);
}

export const emptyState = (organization: Organization, clock: ClockState): State => ({
  version: 1,
  clock,
  organization,
  accounts: table(),
  persons: table(),
  requests: table(),
  users: table(),
  jobs: table(),
  idempotency: table(),
  outbox: [],
  sessions: table(),
  declinedOffers: [],
  nextId: 1,
});
