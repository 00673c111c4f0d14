/** Mass activation: preview (R4 dry run), start (R5), progress, results (paged or CSV), cancel. */
import { MassBody } from '../../src/sdk/schemas.js';
import { toCsv } from '../csv.js';
import { type Context, Problem, type Result, ok, paged, parseBody, route } from '../http.js';
import { type Mass, isMassOutcome, jobView } from '../mass.js';
import type { JobRecord } from '../state.js';

const CSV_HEADER = ['AccountId', 'PersonId', 'FullName', 'Email', 'Outcome', 'EligibleOn'] as const;

/** `cancel` stops a job wherever it runs (another tab may run it) and resolves with the job as it stopped. */
export function massHandlers(context: Context, mass: Mass, cancel: (job: JobRecord) => Promise<JobRecord>) {
  const { store } = context;
  const base = '/activation-requests/mass';
  const job = (id: string | undefined) => {
    const found = id === undefined ? undefined : store.state.jobs[id];
    if (!found) throw new Problem(404, 'NotFound', { detail: 'No such job.' });
    return found;
  };
  const outcomeFilter = (url: URL) => {
    const outcome = url.searchParams.get('outcome');
    if (outcome && !isMassOutcome(outcome)) throw new Problem(422, 'Validation', { errors: { outcome: ['Unknown outcome.'] } });
    return outcome;
  };

  return [
    route(context, 'post', `${base}/preview`, async ({ request, url }) => {
      const { CreatedAfter } = await parseBody(request, MassBody);
      const outcome = outcomeFilter(url);
      const { items, counts } = mass.preview(CreatedAfter);
      const listed = outcome ? items.filter((i) => i.Outcome === outcome) : items;
      return ok({ CreatedAfter, Total: items.length, Counts: counts, ...paged(listed, url) });
    }),

    route(
      context,
      'post',
      base,
      async ({ request }) => {
        if (!request.headers.get('Idempotency-Key')) {
          throw new Problem(422, 'Validation', { errors: { 'Idempotency-Key': ['A mass start needs an Idempotency-Key header.'] } });
        }
        const { CreatedAfter } = await parseBody(request, MassBody);
        if (mass.runningJob()) throw new Problem(409, 'MassJobInProgress');
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
      const outcome = outcomeFilter(url);
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
