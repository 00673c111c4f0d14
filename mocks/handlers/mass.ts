/** Mass activation: preview (R4 dry run), start (R5), progress, results (paged or CSV), cancel. */
import { MassListParams } from '../../src/sdk/params.js';
import { MassBody } from '../../src/sdk/schemas.js';
import { toCsv } from '../csv.js';
import { type Context, Problem, type Result, invalid, ok, paged, queryOf, route } from '../http.js';
import { type Mass, jobView } from '../mass.js';
import type { JobRecord } from '../state.js';

const CSV_HEADER = ['AccountId', 'PersonId', 'FullName', 'Email', 'Outcome', 'EligibleOn'] as const;

/** `cancel` stops a job wherever it runs (another tab may run it) and resolves with the job as it stopped. */
export function massHandlers(context: Context, mass: Mass, cancel: (job: JobRecord) => Promise<JobRecord>) {
  const { store } = context;
  const base = '/activation-requests/mass';
  const job = (id: string | undefined) => {
    const found = id === undefined ? undefined : store.job(id);
    if (!found) throw new Problem('NotFound', { detail: 'No such job.' });
    return found;
  };

  return [
    route(context, 'post', `${base}/preview`, ({ json, url }) => {
      const { CreatedAfter } = json(MassBody);
      const { outcome } = queryOf(url, MassListParams);
      const { items, counts } = mass.preview(CreatedAfter);
      const listed = outcome ? items.filter((i) => i.Outcome === outcome) : items;
      return ok({ CreatedAfter, Total: items.length, Counts: counts, ...paged(listed, url) });
    }),

    route(
      context,
      'post',
      base,
      ({ json, request }) => {
        if (!request.headers.get('Idempotency-Key')) throw invalid('Idempotency-Key', 'A mass start needs an Idempotency-Key header.');
        const { CreatedAfter } = json(MassBody);
        if (mass.runningJob()) throw new Problem('MassJobInProgress');
        return ok(jobView(mass.start(CreatedAfter)), 202);
      },
      { idempotent: true },
    ),

    route(context, 'get', `${base}/current`, () => {
      const running = mass.runningJob();
      return ok({ Job: running ? jobView(running) : null });
    }),

    route(context, 'get', `${base}/:jobId`, ({ params }) => ok(jobView(job(params['jobId'])))),

    route(context, 'get', `${base}/:jobId/results`, ({ params, url, request }): Result => {
      const results = job(params['jobId']).Results;
      const { outcome } = queryOf(url, MassListParams);
      const listed = outcome ? results.filter((r) => r.Outcome === outcome) : results;
      if (request.headers.get('Accept')?.includes('text/csv')) {
        const rows = listed.map((r) => [r.AccountId, r.PersonId, r.FullName, r.Email, r.Outcome, r.EligibleOn]);
        return { status: 200, text: toCsv(CSV_HEADER, rows), contentType: 'text/csv; charset=utf-8' };
      }
      return ok(paged(listed, url));
    }),

    route(context, 'delete', `${base}/:jobId`, async ({ params }) => ok(jobView(await cancel(job(params['jobId']))))),
  ];
}
