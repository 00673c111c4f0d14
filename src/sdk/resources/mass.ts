import type { MassOutcome } from '../../policy/index.js';
import { type ActivationCore, orgPath, transport } from '../core.js';
import { type CallOptions, type SendOptions, sending } from '../http.js';
import * as S from '../schemas.js';

export interface PageQuery {
  page?: number;
  perPage?: number;
  outcome?: MassOutcome;
}

export interface WatchOptions extends CallOptions {
  /** Milliseconds between two polls. @default 1000 */
  interval?: number;
}

/** Mass activation (R4, R5): preview, start, follow, results, cancel. */
export interface MassApi {
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

export function mass(core: ActivationCore): MassApi {
  const { send, text } = core[transport];
  const path = `${orgPath(core)}/activation-requests/mass`;
  const job = (jobId: string) => `${path}/${encodeURIComponent(jobId)}`;
  const get = (jobId: string, o?: CallOptions) => send({ method: 'get', path: job(jobId), schema: S.MassJob, ...o });
  return {
    preview: (createdAfter, query = {}, o) =>
      send({ method: 'post', path: `${path}/preview`, json: { CreatedAfter: createdAfter }, searchParams: { ...query }, schema: S.MassPreview, safe: true, ...o }),
    start: (createdAfter, o) => send({ method: 'post', path, json: { CreatedAfter: createdAfter }, schema: S.MassJob, ...sending(o) }),
    get,
    current: (o) => send({ method: 'get', path: `${path}/current`, schema: S.MassCurrent, ...o }),
    async *watch(jobId, { interval = 1000, signal } = {}) {
      for (;;) {
        const state = await get(jobId, { signal });
        yield state;
        if (state.Status !== 'Running') return;
        await sleep(interval, signal);
      }
    },
    results: (jobId, query = {}, o) =>
      send({ method: 'get', path: `${job(jobId)}/results`, searchParams: { ...query }, schema: S.MassTargetPage, ...o }),
    resultsCsv: (jobId, query = {}, o) => text({ method: 'get', path: `${job(jobId)}/results`, searchParams: { ...query }, ...o }, 'text/csv'),
    cancel: (jobId, o) => send({ method: 'delete', path: job(jobId), schema: S.MassJob, ...o }),
  };
}
