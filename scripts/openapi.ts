// `npm run openapi`: openapi.json from the zod schemas, the one source of the wire contract.
// test/node/openapi.test.ts fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { MAX_PAGE, MAX_PER_PAGE } from '../src/sdk/params.ts';
import * as S from '../src/sdk/schemas.ts';

type Schema = z.ZodMiniType;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const problem = { description: 'Problem details (RFC 9457) with a stable `code`', content: { 'application/problem+json': { schema: ref('Problem') } } };
const path = (name: string, description = '') => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const query = (name: string, schema: object) => ({ name, in: 'query', required: false, schema });
const paging = [query('page', { type: 'integer', minimum: 1, maximum: MAX_PAGE }), query('perPage', { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE })];
const outcome = query('outcome', ref('MassOutcome'));
const idempotencyKey = { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string' }, description: 'Replays of the same key return the first answer and never send twice.' };

function op(summary: string, response: string | null, status = 200, extra: Record<string, unknown> = {}) {
  return {
    summary,
    ...extra,
    responses: {
      [status]: response ? { description: 'OK', ...json(response) } : { description: 'No content' },
      default: problem,
    },
  };
}
const body = (name: string) => ({ requestBody: { required: true, ...json(name) } });

export function buildOpenApi() {
  const schemas: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(S)) {
    if (value && typeof value === 'object' && '_zod' in value) schemas[name] = z.toJSONSchema(value as Schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  }
  const org = '/api/V3/{language}/org/{organization}';
  const orgParams = [path('language', '`en` or `fr`'), path('organization', 'The organization’s URL name')];
  const member = `${org}/accounts/{accountId}/members/{personId}`;
  const memberParams = [...orgParams, path('accountId'), path('personId')];
  const mass = `${org}/activation-requests/mass`;
  const link = `${org}/activations/{token}`;
  const linkParams = [...orgParams, path('token', 'The link’s single-use token')];
  const me = '/api/V3/{language}/me/share-offers';
  return {
    openapi: '3.1.0',
    info: { title: 'Amilia client activation API', version: '1.0.0', description: 'Generated from the zod schemas in src/sdk/schemas.ts.' },
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths: {
      [`${org}/organization`]: { parameters: orgParams, get: op('The organization', 'Organization') },
      [`${org}/accounts`]: {
        parameters: orgParams,
        get: op('Client accounts', 'AccountPage', 200, { parameters: [query('search', { type: 'string' }), query('createdAfter', { type: 'string', format: 'date' }), query('activationStatus', ref('ActivationStatus')), ...paging] }),
        post: op('Create an account (R1, R2); an owner email sends the automatic request', 'CreateAccountResult', 201, { ...body('CreateAccountBody'), parameters: [idempotencyKey] }),
      },
      [`${org}/accounts/{accountId}`]: { parameters: [...orgParams, path('accountId')], get: op('One account', 'Account') },
      [`${member}/email`]: { parameters: memberParams, put: op('Add, change or clear a member’s email (R9)', 'Person', 200, { ...body('UpdateEmailBody'), parameters: [idempotencyKey] }) },
      [`${member}/activation-requests`]: {
        parameters: memberParams,
        get: op('Requests sent to the member', 'ActivationRequestPage', 200, { parameters: paging }),
        post: op('Send a request by hand (R3)', 'ActivationRequest', 201, { parameters: [idempotencyKey] }),
      },
      [`${mass}/preview`]: { parameters: orgParams, post: op('Dry run of a mass send (R4)', 'MassPreview', 200, { ...body('MassBody'), parameters: [outcome, ...paging] }) },
      [mass]: { parameters: orgParams, post: op('Start a mass send (R5)', 'MassJob', 202, { ...body('MassBody'), parameters: [idempotencyKey] }) },
      [`${mass}/current`]: { parameters: orgParams, get: op('The running job, if any', 'MassCurrent') },
      [`${mass}/{jobId}`]: {
        parameters: [...orgParams, path('jobId')],
        get: op('A job’s progress', 'MassJob'),
        delete: op('Cancel a job', 'MassJob'),
      },
      [`${mass}/{jobId}/results`]: {
        parameters: [...orgParams, path('jobId')],
        get: {
          summary: 'Per-person results, paged, or CSV with `Accept: text/csv`',
          parameters: [outcome, ...paging],
          responses: { 200: { description: 'OK', content: { 'application/json': { schema: ref('MassTargetPage') }, 'text/csv': { schema: { type: 'string' } } } }, default: problem },
        },
      },
      [link]: {
        parameters: linkParams,
        get: { ...op('What a link is; never uses it up', 'LinkInfo'), security: [] },
        post: { ...op('Choose a password (R7)', 'Session', 200, body('ActivateBody')), security: [] },
      },
      [`${link}/share`]: { parameters: linkParams, post: { ...op('Share an existing login (R7)', 'Session', 200, body('ShareBody')), security: [] } },
      [`${link}/renewal`]: { parameters: linkParams, post: { ...op('Send a fresh link (R6); answers with the address masked', 'Renewal', 202, { parameters: [idempotencyKey] }), security: [] } },
      [me]: { parameters: [path('language')], get: op('The signed-in person’s share offers (R8)', 'ShareOfferList') },
      [`${me}/{offerId}/accept`]: { parameters: [path('language'), path('offerId')], post: op('Accept an offer', 'ShareOfferAccepted') },
      [`${me}/{offerId}/decline`]: { parameters: [path('language'), path('offerId')], post: op('Decline an offer', null, 204) },
    },
  };
}

export const openApiText = () => `${JSON.stringify(buildOpenApi(), null, 2)}\n`;

if (import.meta.main) {
  writeFileSync(new URL('../openapi.json', import.meta.url), openApiText());
  console.log('Wrote openapi.json');
}
