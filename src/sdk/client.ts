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

/** A POST that sends an email: it always carries an idempotency key, so retrying it is safe. */
const sending = (options: SendOptions = {}) => ({ ...options, idempotencyKey: options.idempotencyKey ?? newIdempotencyKey() });

/**
 * Creates a client for one organization.
 * @example
 * const client = createActivationClient({ baseUrl: 'https://api.example.org', organization: 'forest-explorers', getToken });
 * const { Account, AutomaticRequest } = await client.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.org' } });
 */
export function createActivationClient(options: ClientOptions) {
  const { send, language, now } = createTransport(options);
  const org = `org/${encodeURIComponent(options.organization)}`;
  const member = (accountId: S.Account['Id'], personId: S.Person['Id']) =>
    `${org}/accounts/${encodeURIComponent(accountId)}/members/${encodeURIComponent(personId)}`;
  const mass = `${org}/activation-requests/mass`;
  const job = (jobId: string) => `${mass}/${encodeURIComponent(jobId)}`;
  const getJob = (jobId: string, o?: CallOptions) => send({ method: 'get', path: job(jobId), schema: S.MassJob, ...o });
  const link = (token: string) => `${org}/activations/${encodeURIComponent(token)}`;

  return {
    options: { ...options, language } as Readonly<ClientOptions & { language: Language }>,

    /** The server's time as of the latest answer (its `Date` header); the activation rules compare against it. */
    now,

    /** A client with the same settings speaking another language. */
    withLanguage: (next: Language) => createActivationClient({ ...options, language: next }),

    organization: {
      get: (o?: CallOptions) => send({ method: 'get', path: `${org}/organization`, schema: S.Organization, ...o }),
    },

    accounts: {
      list: (query: AccountQuery = {}, o?: CallOptions) =>
        send({ method: 'get', path: `${org}/accounts`, searchParams: { ...query }, schema: S.AccountPage, ...o }),
      get: (id: S.Account['Id'], o?: CallOptions) =>
        send({ method: 'get', path: `${org}/accounts/${encodeURIComponent(id)}`, schema: S.Account, ...o }),
      /** R1, R2: creates the account; an owner email sends the automatic request at once. */
      create: (body: S.CreateAccountBody, o?: SendOptions) =>
        send({ method: 'post', path: `${org}/accounts`, json: body, schema: S.CreateAccountResult, ...sending(o) }),
    },

    members: {
      /** R9: adds, changes (`null` clears) a member's email; optionally sends a request right after. */
      updateEmail: (accountId: S.Account['Id'], personId: S.Person['Id'], body: S.UpdateEmailBody, o?: SendOptions) =>
        send({ method: 'put', path: `${member(accountId, personId)}/email`, json: body, schema: S.Person, ...sending(o) }),
    },

    activationRequests: {
      /** R3: sends one request by hand; supersedes the pending one. */
      send: (accountId: S.Account['Id'], personId: S.Person['Id'], o?: SendOptions) =>
        send({ method: 'post', path: `${member(accountId, personId)}/activation-requests`, schema: S.ActivationRequest, ...sending(o) }),
      history: (accountId: S.Account['Id'], personId: S.Person['Id'], o?: CallOptions) =>
        send({ method: 'get', path: `${member(accountId, personId)}/activation-requests`, schema: S.ActivationRequestPage, ...o }),
    },

    mass: {
      /** R4 dry run: what a run would do, with totals per outcome and one page of targets. */
      preview: (createdAfter: string, query: PageQuery = {}, o?: CallOptions) =>
        send({
          method: 'post',
          path: `${mass}/preview`,
          json: { CreatedAfter: createdAfter },
          searchParams: { ...query },
          schema: S.MassPreview,
          safe: true,
          ...o,
        }),
      /** R5: starts the job and returns at once. Retrying with the same key returns the same job. */
      start: (createdAfter: string, o?: SendOptions) =>
        send({ method: 'post', path: mass, json: { CreatedAfter: createdAfter }, schema: S.MassJob, ...sending(o) }),
      get: getJob,
      /** The organization's running job, if any: lets a page re-attach after a reload. */
      current: (o?: CallOptions) =>
        send({ method: 'get', path: `${mass}/current`, schema: S.MassCurrent, ...o }),
      /** Polls the job until it is no longer running, yielding each state; stop with `signal` or `break`. */
      async *watch(jobId: string, { interval = 1000, signal }: WatchOptions = {}): AsyncGenerator<S.MassJob, void> {
        for (;;) {
          const state = await getJob(jobId, { signal });
          yield state;
          if (state.Status !== 'Running') return;
          await sleep(interval, signal);
        }
      },
      results: (jobId: string, query: PageQuery = {}, o?: CallOptions) =>
        send({ method: 'get', path: `${job(jobId)}/results`, searchParams: { ...query }, schema: S.MassTargetPage, ...o }),
      /** Every result as CSV, cells that a spreadsheet would run as formulas neutralised. */
      resultsCsv: (jobId: string, query: Pick<PageQuery, 'outcome'> = {}, o?: CallOptions) =>
        send<string>({ method: 'get', path: `${job(jobId)}/results`, searchParams: { ...query }, csv: true, ...o }),
      cancel: (jobId: string, o?: CallOptions) =>
        send({ method: 'delete', path: job(jobId), schema: S.MassJob, ...o }),
    },

    links: {
      /** What a link is, without using it up (mail scanners open links too). */
      inspect: (token: string, o?: CallOptions) => send({ method: 'get', path: link(token), schema: S.LinkInfo, ...o }),
      /** R7, invitation: chooses the password; the person becomes Active. */
      activate: (token: string, password: string, o?: CallOptions) =>
        send({ method: 'post', path: link(token), json: { Password: password }, schema: S.Session, ...o }),
      /** R7, share request: proves the existing login and consents to share it. */
      share: (token: string, password: string, o?: CallOptions) =>
        send({ method: 'post', path: `${link(token)}/share`, json: { Password: password, Consent: true }, schema: S.Session, ...o }),
      /** R6: sends a fresh link to the same address; answers with the address masked. */
      renew: (token: string, o?: SendOptions) =>
        send({ method: 'post', path: `${link(token)}/renewal`, schema: S.Renewal, ...sending(o) }),
    },

    shareOffers: {
      /** R8: the signed-in person's offers to share their login with organizations. */
      list: (o?: CallOptions) => send({ method: 'get', path: 'me/share-offers', schema: S.ShareOfferList, ...o }),
      accept: (id: string, o?: CallOptions) =>
        send({ method: 'post', path: `me/share-offers/${encodeURIComponent(id)}/accept`, schema: S.ShareOfferAccepted, ...o }),
      decline: (id: string, o?: CallOptions) =>
        send<void>({ method: 'post', path: `me/share-offers/${encodeURIComponent(id)}/decline`, ...o }),
    },
  };
}

export type ActivationClient = ReturnType<typeof createActivationClient>;
