/** A member's email (R9) and activation requests (R3). */
import { duplicateEmail, emailEditRefusal, isValidEmail, manualSendRefusal, normalizeEmail } from '../../src/policy/index.js';
import { UpdateEmailBody } from '../../src/sdk/schemas.js';
import { type Context, Problem, idParam, ok, paged, route } from '../http.js';

export function membersHandlers(context: Context) {
  const { store } = context;
  const member = (params: Record<string, string>) => {
    const account = store.account(idParam(params['accountId']));
    const person = store.person(idParam(params['personId']));
    if (!account || !person || person.AccountId !== account.Id) throw new Problem('NotFound', { detail: 'No such member.' });
    return person;
  };
  const base = '/accounts/:accountId/members/:personId';

  return [
    route(
      context,
      'put',
      `${base}/email`,
      ({ json, params }) => {
        const person = member(params);
        const body = json(UpdateEmailBody);
        const refusal = emailEditRefusal(person);
        if (refusal) throw new Problem(refusal);
        const email = (body.Email && normalizeEmail(body.Email)) || null;
        if (email && !isValidEmail(email)) throw new Problem('InvalidEmail', { errors: { Email: ['InvalidEmail'] } });
        const duplicate = duplicateEmail([{ field: 'Email', email }], store.personByEmail, person);
        if (duplicate) throw new Problem('DuplicateClient', { existingAccountId: duplicate.existingAccountId, errors: { Email: ['DuplicateClient'] } });
        store.setEmail(person, email);
        if (body.SendActivationRequest && email) store.sendRequest(person, 'Manual');
        return ok(store.personView(person));
      },
      { idempotent: true },
    ),

    route(
      context,
      'post',
      `${base}/activation-requests`,
      ({ params }) => {
        const person = member(params);
        const refusal = manualSendRefusal(person);
        if (refusal) throw new Problem(refusal);
        return ok(store.requestView(store.sendRequest(person, 'Manual')), 201);
      },
      { idempotent: true },
    ),

    route(context, 'get', `${base}/activation-requests`, ({ params, url }) => {
      const person = member(params);
      const history = Object.values(store.state.requests)
        .filter((r) => r.PersonId === person.Id)
        .sort((a, b) => b.SentOn.localeCompare(a.SentOn) || b.Id - a.Id)
        .map(store.requestView);
      return ok(paged(history, url));
    }),
  ];
}
