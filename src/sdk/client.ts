/**
 * `createActivationClient`: the typed, headless client of the activation API, grouped by resource.
 * No DOM: it runs in browsers and in Node ≥ 22.
 */
import type { ActivationStatus, Language, MassOutcome } from '../policy/index.js';
import { type CallOptions, type ClientOptions, type SendOptions, createTransport, newIdempotencyKey } from './http.js';
import * as S from './schemas.js';

export interface AccountQuery {
  /** Matches first name, last name, full name or email, case-insensitively. */
  search?: string;
  /** `YYYY-MM-DD`: accounts created after that day, in the organization's time zone. */
  createdAfter?: string;
  activationStatus?: ActivationStatus;
  page?: number;
  perPage?: number;
}

export interface PageQuery {
  page?: number;
  perPage?: number;
  outcome?: MassOutcome;
}

export interface WatchOptions extends CallOptions {
  /** Milliseconds between two polls. @default 1000 */
  interval?: number;
}

/** The client's settings, its language resolved. */
export type ResolvedClientOptions = Readonly<ClientOptions & { language: Language }>;

/** The client of one organization, grouped by resource. Calls that send an email or use a link take an idempotency key. */
export interface ActivationClient {
  readonly options: ResolvedClientOptions;
  /** The server's time as of the latest answer (its `Date` header); the activation rules compare against it. */
  now(): Date;
  /** A client with the same settings speaking another language. */
  withLanguage(language: Language): ActivationClient;
  readonly organization: {
    get(o?: CallOptions): Promise<S.Organization>;
  };
  readonly accounts: {
    list(query?: AccountQuery, o?: CallOptions): Promise<S.AccountPage>;
    get(id: S.Account['Id'], o?: CallOptions): Promise<S.Account>;
    /** R1, R2: creates the account; an owner email sends the automatic request at once. */
    create(body: S.CreateAccountBody, o?: SendOptions): Promise<S.CreateAccountResult>;
  };
  readonly members: {
    /** R9: adds, changes (`null` clears) a member's email; optionally sends a request right after. */
    updateEmail(accountId: S.Account['Id'], personId: S.Person['Id'], body: S.UpdateEmailBody, o?: SendOptions): Promise<S.Person>;
  };
  readonly activationRequests: {
    /** R3: sends one request by hand; supersedes the pending one. */
    send(accountId: S.Account['Id'], personId: S.Person['Id'], o?: SendOptions): Promise<S.ActivationRequest>;
    history(accountId: S.Account['Id'], personId: S.Person['Id'], o?: CallOptions): Promise<S.ActivationRequestPage>;
  };
  readonly mass: {
    /** R4 dry run: what a run would do, with totals per outcome and one page of targets. */
    preview(createdAfter: string, query?: PageQuery, o?: CallOptions): Promise<S.MassPreview>;
    /** R5: starts the job and returns at once. Retrying with the same key returns the same job. */
    start(createdAfter: string, o?: SendOptions): Promise<S.MassJob>;
    get(jobId: string, o?: CallOptions): Promise<S.MassJob>;
    /** The organization's running job, if any: lets a page re-attach after a reload. */
    current(o?: CallOptions): Promise<S.MassCurrent>;
    /** Polls the job until it is no longer running, yielding each state; stop with `signal` or `break`. */
    watch(jobId: string, options?: WatchOptions): AsyncGenerator<S.MassJob, void>;
    results(jobId: string, query?: PageQuery, o?: CallOptions): Promise<S.MassTargetPage>;
    /** Every result as CSV, cells that a spreadsheet would run as formulas neutralised. */
    resultsCsv(jobId: string, query?: Pick<PageQuery, 'outcome'>, o?: CallOptions): Promise<string>;
    cancel(jobId: string, o?: CallOptions): Promise<S.MassJob>;
  };
  readonly links: {
    /** What a link is, without using it up (mail scanners open links too). */
    inspect(token: string, o?: CallOptions): Promise<S.LinkInfo>;
    /** R7, invitation: chooses the password; the person becomes Active. A retry with the same key gets the first success. */
    activate(token: string, password: string, o?: SendOptions): Promise<S.Session>;
    /** R7, share request: proves the existing login and consents to share it. */
    share(token: string, password: string, o?: SendOptions): Promise<S.Session>;
    /** R6: sends a fresh link to the same address; answers with the address masked. */
    renew(token: string, o?: SendOptions): Promise<S.Renewal>;
  };
  readonly shareOffers: {
    /** R8: the signed-in person's offers to share their login with organizations. */
    list(o?: CallOptions): Promise<S.ShareOfferList>;
    accept(id: string, o?: SendOptions): Promise<S.ShareOfferAccepted>;
    decline(id: string, o?: CallOptions): Promise<void>;
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });

/** A call that sends an email or uses a link: it always carries an idempotency key, so retrying it is safe. */
const sending = (options: SendOptions = {}) => ({ ...options, idempotencyKey: options.idempotencyKey ?? newIdempotencyKey() });

/**
 * Creates a client for one organization.
 * @example
 * const client = createActivationClient({ baseUrl: 'https://api.example.org', organization: 'forest-explorers', getToken });
 * const { Account, AutomaticRequest } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.org' } });
 */
export function createActivationClient(options: ClientOptions): ActivationClient {
  const { send, text, empty, language, now } = createTransport(options);
  const resolved: ResolvedClientOptions = { ...options, language };
  const org = `org/${encodeURIComponent(options.organization)}`;
  const member = (accountId: S.Account['Id'], personId: S.Person['Id']) =>
    `${org}/accounts/${encodeURIComponent(accountId)}/members/${encodeURIComponent(personId)}`;
  const mass = `${org}/activation-requests/mass`;
  const job = (jobId: string) => `${mass}/${encodeURIComponent(jobId)}`;
  const getJob = (jobId: string, o?: CallOptions) => send({ method: 'get', path: job(jobId), schema: S.MassJob, ...o });
  const link = (token: string) => `${org}/activations/${encodeURIComponent(token)}`;

  return {
    options: resolved,
    now,
    withLanguage: (next) => createActivationClient({ ...options, language: next }),

    organization: {
      get: (o) => send({ method: 'get', path: `${org}/organization`, schema: S.Organization, ...o }),
    },

    accounts: {
      list: (query = {}, o) =>
        send({ method: 'get', path: `${org}/accounts`, searchParams: { ...query }, schema: S.AccountPage, ...o }),
      get: (id, o) =>
        send({ method: 'get', path: `${org}/accounts/${encodeURIComponent(id)}`, schema: S.Account, ...o }),
      create: (body, o) =>
        send({ method: 'post', path: `${org}/accounts`, json: body, schema: S.CreateAccountResult, ...sending(o) }),
    },

    members: {
      updateEmail: (accountId, personId, body, o) =>
        send({ method: 'put', path: `${member(accountId, personId)}/email`, json: body, schema: S.Person, ...sending(o) }),
    },

    activationRequests: {
      send: (accountId, personId, o) =>
        send({ method: 'post', path: `${member(accountId, personId)}/activation-requests`, schema: S.ActivationRequest, ...sending(o) }),
      history: (accountId, personId, o) =>
        send({ method: 'get', path: `${member(accountId, personId)}/activation-requests`, schema: S.ActivationRequestPage, ...o }),
    },

    mass: {
      preview: (createdAfter, query = {}, o) =>
        send({
          method: 'post',
          path: `${mass}/preview`,
          json: { CreatedAfter: createdAfter },
          searchParams: { ...query },
          schema: S.MassPreview,
          safe: true,
          ...o,
        }),
      start: (createdAfter, o) =>
        send({ method: 'post', path: mass, json: { CreatedAfter: createdAfter }, schema: S.MassJob, ...sending(o) }),
      get: getJob,
      current: (o) =>
        send({ method: 'get', path: `${mass}/current`, schema: S.MassCurrent, ...o }),
      async *watch(jobId, { interval = 1000, signal } = {}) {
        for (;;) {
          const state = await getJob(jobId, { signal });
          yield state;
          if (state.Status !== 'Running') return;
          await sleep(interval, signal);
        }
      },
      results: (jobId, query = {}, o) =>
        send({ method: 'get', path: `${job(jobId)}/results`, searchParams: { ...query }, schema: S.MassTargetPage, ...o }),
      resultsCsv: (jobId, query = {}, o) =>
        text({ method: 'get', path: `${job(jobId)}/results`, searchParams: { ...query }, ...o }, 'text/csv'),
      cancel: (jobId, o) =>
        send({ method: 'delete', path: job(jobId), schema: S.MassJob, ...o }),
    },

    links: {
      inspect: (token, o) => send({ method: 'get', path: link(token), schema: S.LinkInfo, ...o }),
      activate: (token, password, o) =>
        send({ method: 'post', path: link(token), json: { Password: password }, schema: S.Session, ...sending(o) }),
      share: (token, password, o) =>
        send({ method: 'post', path: `${link(token)}/share`, json: { Password: password, Consent: true }, schema: S.Session, ...sending(o) }),
      renew: (token, o) =>
        send({ method: 'post', path: `${link(token)}/renewal`, schema: S.Renewal, ...sending(o) }),
    },

    shareOffers: {
      list: (o) => send({ method: 'get', path: 'me/share-offers', schema: S.ShareOfferList, ...o }),
      accept: (id, o) =>
        send({ method: 'post', path: `me/share-offers/${encodeURIComponent(id)}/accept`, schema: S.ShareOfferAccepted, ...sending(o) }),
      decline: (id, o) =>
        empty({ method: 'post', path: `me/share-offers/${encodeURIComponent(id)}/decline`, ...o }),
    },
  };
}

