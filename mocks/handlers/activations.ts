/** The client's link (R6, R7): inspect without using it up, activate, share, renew. */
import { type LinkState, emailKey, linkState, sameEmail, loadCommonPasswords, maskEmail, passwordProblems, renewalWaitSeconds } from '../../src/policy/index.js';
import { ActivateBody, ShareBody } from '../../src/sdk/schemas.js';
import { type Context, Problem, ok, parseBody, route } from '../http.js';
import type { PersonRecord, RequestRecord, UserRecord } from '../state.js';
import { randomToken } from '../store.js';

const CLOSED: Record<Exclude<LinkState, 'Open'>, string> = {
  Expired: 'LinkExpired',
  Used: 'LinkUsed',
  Superseded: 'LinkSuperseded',
  Revoked: 'LinkRevoked',
};

export function activationsHandlers(context: Context) {
  const { store } = context;
  const linkOf = (token: string | undefined) => {
    const request = token ? store.requestByToken(token) : undefined;
    if (!request) throw new Problem(404, 'LinkNotFound');
    return { request, person: store.state.persons[request.PersonId]!, state: linkState(request, store.now()) };
  };
  const open = (token: string | undefined) => {
    const link = linkOf(token);
    if (link.state !== 'Open') throw new Problem(410, CLOSED[link.state]);
    return link;
  };
  /** R7: the link is used, the person linked to the login and signed in. */
  const accept = (request: RequestRecord, person: PersonRecord, user: UserRecord) => {
    store.link(person, user);
    request.Status = 'Accepted';
    const token = randomToken();
    store.state.sessions[token] = emailKey(user.Email);
    return ok({ Username: user.Email, SessionToken: token });
  };
  const publicRoute = { admin: false } as const;

  return [
    route(
      context,
      'get',
      '/activations/:token',
      ({ params }) => {
        const { request, person, state } = linkOf(params['token']);
        return ok({
          Kind: request.Kind,
          State: state,
          Email: request.Email,
          FirstName: person.FirstName,
          OrganizationName: store.state.organization.Name,
          ExpiresOn: request.ExpiresOn,
          Language: person.PreferredLanguage,
        });
      },
      publicRoute,
    ),

    route(
      context,
      'post',
      '/activations/:token',
      async ({ request: http, params }) => {
        const { request, person } = open(params['token']);
        const { Password } = await parseBody(http, ActivateBody);
        if (request.Kind !== 'Invitation') throw new Problem(422, 'Validation', { detail: 'This link asks to share an existing login.' });
        const reasons = passwordProblems(Password, { email: request.Email, commonPasswords: await loadCommonPasswords() });
        if (reasons.length) throw new Problem(422, 'WeakPassword', { reasons, errors: { Password: reasons } });
        const key = emailKey(request.Email);
        // Someone signed up with this address after the invitation left: their login is theirs to share, not ours to reset.
        if (store.state.users[key]) throw new Problem(409, 'AlreadyActive', { detail: 'This address already has an Amilia login.' });
        const user = { Email: request.Email, Password, FirstName: person.FirstName, LastName: person.LastName, ActivatedOn: store.now().toISOString() };
        store.state.users[key] = user;
        return accept(request, person, user);
      },
      publicRoute,
    ),

    route(
      context,
      'post',
      '/activations/:token/share',
      async ({ request: http, params }) => {
        const { request, person } = open(params['token']);
        const { Password } = await parseBody(http, ShareBody);
        const user = store.state.users[emailKey(request.Email)];
        if (request.Kind !== 'ShareRequest' || !user) throw new Problem(422, 'Validation', { detail: 'This link is an invitation.' });
        if (user.Password !== Password) throw new Problem(401, 'WrongPassword');
        return accept(request, person, user);
      },
      publicRoute,
    ),

    route(
      context,
      'post',
      '/activations/:token/renewal',
      ({ params }) => {
        const { person, state, request } = linkOf(params['token']);
        if (state === 'Used' || state === 'Revoked') throw new Problem(410, CLOSED[state]);
        if (person.Username) throw new Problem(410, 'LinkUsed');
        // The address the link went to must still be the person's: a changed one revoked the link.
        if (!sameEmail(person.Email, request.Email)) throw new Problem(410, 'LinkRevoked');
        const wait = renewalWaitSeconds(person.LastRenewalOn, store.now());
        if (wait > 0) throw new Problem(429, 'RateLimited', { retryAfter: wait });
        store.sendRequest(person, 'Renewal');
        return ok({ SentTo: maskEmail(request.Email) }, 202);
      },
      { ...publicRoute, idempotent: true },
    ),
  ];
}
