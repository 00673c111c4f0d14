/**
 * The only writer of the mocked backend's state: handlers, the mass job, the seed and the public API change
 * it through these functions, which apply policy's decisions at an explicit time (the seed backdates sends
 * without moving the clock). Also the lookups (through indexes and null-prototype tables) and the wire views.
 */
import {
  type AmiliaUserFacts,
  type Instant,
  type PersonFacts,
  type RequestChannel,
  activationStatus,
  calendarDay,
  emailKey,
  isAdult,
  linkExpiresOn,
  requestKindFor,
  requestStatusAt,
  revokedByEmailChange,
  supersedes,
  toMs,
} from '../src/policy/index.js';
import type { Account, ActivationRequest, Language, Person } from '../src/sdk/schemas.js';
import type { Clock } from './clock.js';
import { renderEmail } from './emails.js';
import { type AccountRecord, type JobRecord, type PersonRecord, type RequestRecord, type State, type UserRecord, withoutPrototypes } from './state.js';

/** A URL-safe random token for links and sessions. */
export const randomToken = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => b.toString(36).padStart(2, '0')).join('');

export interface StoreOptions {
  /** The page emails link to: `{activationPage}?token=…`. */
  activationPage: string;
}

export type Store = ReturnType<typeof createStore>;

const isOlder = (a: AccountRecord, b: AccountRecord) => a.CreatedOn < b.CreatedOn || (a.CreatedOn === b.CreatedOn && a.Id < b.Id);

export function createStore(state: State, clock: Clock, options: StoreOptions) {
  // Indexes over the records; rebuilt whenever the state object is replaced (load, reset).
  let byEmail = new Map<string, number>();
  let byUsername = new Set<string>();
  let byToken = new Map<string, number>();
  // Every account, oldest first (ISO 8601 in UTC: string order is time order; ties by id). Kept in order as
  // accounts are added, so listing them never sorts: an account is created at the clock's time, almost always
  // the newest, and found its place from the end (the seed and a clock turned back add a few out of order).
  let byCreation: AccountRecord[] = [];

  // Bumped by every change a mass preview depends on, so a preview can be reused until then.
  let revision = 0;
  const changed = () => void revision++;

  function reindex() {
    changed();
    withoutPrototypes(state);
    byEmail = new Map();
    byUsername = new Set();
    byToken = new Map();
    for (const person of Object.values(state.persons)) {
      if (person.Email) byEmail.set(emailKey(person.Email), person.Id);
      if (person.Username) byUsername.add(emailKey(person.Username));
    }
    for (const request of Object.values(state.requests)) byToken.set(request.Token, request.Id);
    byCreation = Object.values(state.accounts).sort((a, b) => (isOlder(a, b) ? -1 : 1));
  }
  reindex();

  const nextId = () => state.nextId++;
  const now = () => clock.now();
  const today = () => calendarDay(now(), state.organization.TimeZone);

  const lastRequest = (person: PersonRecord) => (person.LastRequestId == null ? null : (state.requests[person.LastRequestId] ?? null));
  const facts = (person: PersonRecord): PersonFacts => ({ ...person, LastRequest: lastRequest(person) });

  function userFacts(email: string | null): AmiliaUserFacts | undefined {
    if (!email) return undefined;
    const key = emailKey(email);
    return state.users[key] ? { confirmed: true, linkedToOrganization: byUsername.has(key) } : undefined;
  }

  const requestView = (r: RequestRecord): ActivationRequest => ({
    Id: r.Id,
    Kind: r.Kind,
    Channel: r.Channel,
    Status: requestStatusAt(r, now()),
    Email: r.Email,
    SentOn: r.SentOn,
    ExpiresOn: r.ExpiresOn,
  });

  function personView(p: PersonRecord): Person {
    const last = lastRequest(p);
    return {
      Id: p.Id,
      FirstName: p.FirstName,
      LastName: p.LastName,
      FullName: `${p.FirstName} ${p.LastName}`,
      DateOfBirth: p.DateOfBirth,
      Email: p.Email,
      IsChild: !isAdult(p.DateOfBirth, today()),
      PreferredLanguage: p.PreferredLanguage,
      ActivationStatus: activationStatus(facts(p), now()),
      Username: p.Username,
      LastRequest: last && requestView(last),
    };
  }

  function accountView(a: AccountRecord): Account {
    const members = a.PersonIds.map((id) => state.persons[id]!);
    return {
      Id: a.Id,
      CreatedOn: a.CreatedOn,
      IsArchived: a.IsArchived,
      Owners: members.filter((m) => m.IsOwner).map(personView),
      Members: members.map(personView),
    };
  }

  /** R1/R3/R4/R6: sends one request of the kind the person's login calls for, at `at`, superseding the pending one. */
  function sendRequest(person: PersonRecord, channel: RequestChannel, at: Instant = now()): RequestRecord {
    changed();
    const email = person.Email;
    if (!email) throw new Error('sendRequest needs an email');
    const sentOn = new Date(toMs(at));
    const previous = lastRequest(person);
    if (supersedes(previous, sentOn)) previous!.Status = 'Superseded';
    const request: RequestRecord = {
      Id: nextId(),
      PersonId: person.Id,
      Kind: requestKindFor(userFacts(email)),
      Channel: channel,
      Status: 'Pending',
      Email: email,
      SentOn: sentOn.toISOString(),
      ExpiresOn: linkExpiresOn(sentOn).toISOString(),
      Token: randomToken(),
    };
    state.requests[request.Id] = request;
    byToken.set(request.Token, request.Id);
    person.LastRequestId = request.Id;
    if (channel === 'Renewal') person.LastRenewalOn = request.SentOn;
    const link = `${options.activationPage}?token=${encodeURIComponent(request.Token)}`;
    const { subject, body } = renderEmail({
      kind: request.Kind,
      language: person.PreferredLanguage,
      firstName: person.FirstName,
      organizationName: state.organization.Name,
      timeZone: state.organization.TimeZone,
      link,
      expiresOn: new Date(request.ExpiresOn),
    });
    state.outbox.push({
      Id: request.Id,
      To: email,
      Kind: request.Kind,
      Channel: channel,
      Language: person.PreferredLanguage,
      Subject: subject,
      Body: body,
      Link: link,
      Token: request.Token,
      SentOn: request.SentOn,
    });
    return request;
  }

  /** R9: a changed or cleared address revokes the pending request sent to the old one. */
  function setEmail(person: PersonRecord, email: string | null) {
    changed();
    if (person.Email) byEmail.delete(emailKey(person.Email));
    const last = lastRequest(person);
    if (revokedByEmailChange(last, email, now())) last!.Status = 'Revoked';
    person.Email = email;
    if (email) byEmail.set(emailKey(email), person.Id);
  }

  /** Links a person to the Amilia user with their email: they become Active. */
  function link(person: PersonRecord, user: UserRecord) {
    changed();
    person.Username = user.Email;
    byUsername.add(emailKey(user.Email));
  }

  /** R7: the client used the link of `request`: it is Accepted and they are linked. */
  function accept(request: RequestRecord, person: PersonRecord, user: UserRecord) {
    request.Status = 'Accepted';
    link(person, user);
  }

  /** R8: the user shared their login from the offer: linked, and the request they no longer need superseded. */
  function acceptOffer(person: PersonRecord, user: UserRecord) {
    const pending = lastRequest(person);
    if (supersedes(pending, now())) pending!.Status = 'Superseded';
    link(person, user);
  }

  /** A confirmed Amilia user (an invitation accepted, another organization's client, a self-signup). */
  function addUser(user: UserRecord): UserRecord {
    changed();
    const record = { ...user, Email: user.Email.trim() };
    state.users[emailKey(record.Email)] = record;
    return record;
  }

  /** A signed-in client's bearer token. */
  function openSession(user: UserRecord): string {
    const token = randomToken();
    state.sessions[token] = emailKey(user.Email);
    return token;
  }

  function addPerson(accountId: number, input: { FirstName: string; LastName: string; Email?: string | null; DateOfBirth?: string | null; PreferredLanguage: Language }, isOwner: boolean): PersonRecord {
    changed();
    const person: PersonRecord = {
      Id: nextId(),
      AccountId: accountId,
      IsOwner: isOwner,
      FirstName: input.FirstName,
      LastName: input.LastName,
      DateOfBirth: input.DateOfBirth ?? null,
      Email: null,
      PreferredLanguage: input.PreferredLanguage,
      Username: null,
      LastRequestId: null,
      LastRenewalOn: null,
    };
    state.persons[person.Id] = person;
    state.accounts[accountId]!.PersonIds.push(person.Id);
    if (input.Email) setEmail(person, input.Email);
    return person;
  }

  function addAccount(createdOn: Date, isArchived = false): AccountRecord {
    changed();
    const account: AccountRecord = { Id: nextId(), CreatedOn: createdOn.toISOString(), IsArchived: isArchived, PersonIds: [] };
    state.accounts[account.Id] = account;
    let at = byCreation.length;
    while (at > 0 && isOlder(account, byCreation[at - 1]!)) at--;
    byCreation.splice(at, 0, account);
    return account;
  }

  return {
    state,
    now,
    /** Marks a change made outside these functions (the organization edited). */
    changed,
    revision: () => revision,
    today,
    reindex,
    facts,
    userFacts,
    lastRequest,
    requestView,
    personView,
    accountView,
    sendRequest,
    setEmail,
    accept,
    acceptOffer,
    addUser,
    openSession,
    addPerson,
    addAccount,
    /** The Amilia user with this email, if any. */
    user: (email: string): UserRecord | undefined => state.users[emailKey(email)],
    /** The signed-in user's lower-cased email behind a bearer token. */
    sessionUser: (token: string): string | undefined => state.sessions[token],
    account: (id: number): AccountRecord | undefined => state.accounts[id],
    /** Every account, oldest first: a read-only view, kept in order as accounts are added. */
    accountsByCreation: (): readonly AccountRecord[] => byCreation,
    person: (id: number): PersonRecord | undefined => state.persons[id],
    job: (id: string): JobRecord | undefined => state.jobs[id],
    /** Declines a share offer: it is not shown again. */
    declineOffer: (id: string) => void state.declinedOffers.push(id),
    personByEmail: (email: string) => {
      const id = byEmail.get(emailKey(email));
      return id === undefined ? undefined : state.persons[id];
    },
    requestByToken: (token: string) => {
      const id = byToken.get(token);
      return id === undefined ? undefined : state.requests[id];
    },
    isLinked: (email: string) => byUsername.has(emailKey(email)),
  };
}
