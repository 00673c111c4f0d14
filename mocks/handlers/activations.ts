/** The client's link (R6, R7): inspect without using it up, activate, share, renew. */
import {
  acceptRefusal,
  emailKey,
  linkRefusal,
  linkState,
  loadCommonPasswords,
  maskEmail,
  passwordProblems,
  passwordRetryWait,
  recentWrongPasswords,
  renewalRefusal,
} from '../../src/policy/index.js';
import { ActivateBody, ShareBody } from '../../src/sdk/schemas.js';
import { type Context, Problem, ok, route } from '../http.js';
import type { PersonRecord, RequestRecord, UserRecord } from '../state.js';

export function activationsHandlers(context: Context) {
  const { store } = context;
  const linkOf = (token: string | undefined) => {
    const request = token ? store.requestByToken(token) : undefined;
    if (!request) throw new Problem('LinkNotFound');
    return { request, person: store.person(request.PersonId)! };
  };
  const open = (token: string | undefined) => {
    const link = linkOf(token);
    const closed = linkRefusal(link.request, store.now());
    if (closed) throw new Problem(closed);
    return link;
  };
  /** R7: the link is used, the person linked to the login and signed in. */
  const accept = (request: RequestRecord, person: PersonRecord, user: UserRecord) => {
    store.accept(request, person, user);
    return ok({ Username: user.Email, SessionToken: store.openSession(user) });
  };
  /** Wrong passwords tried on share links, by login: the slow-down (policy) reads them. Kept for this backend's life. */
  const wrongPasswords = new Map<string, number[]>();
  const wrongKind = { Invitation: 'This link is an invitation.', ShareRequest: 'This link asks to share an existing login.' } as const;
  const linkRoute = { admin: false, idempotent: true } as const;

  return [
    route(
      context,
      'get',
      '/activations/:token',
      ({ params }) => {
        const { request, person } = linkOf(params['token']);
        return ok({
          Kind: request.Kind,
          State: linkState(request, store.now()),
          Email: request.Email,
          FirstName: person.FirstName,
          OrganizationName: store.state.organization.Name,
          ExpiresOn: request.ExpiresOn,
          Language: person.PreferredLanguage,
        });
      },
      { admin: false },
    ),

    route(
      context,
      'post',
      '/activations/:token',
      async ({ json, params }) => {
        const { request, person } = open(params['token']);
        const { Password } = json(ActivateBody);
        const login = store.user(request.Email);
        const refusal = acceptRefusal(request.Kind, 'Invitation', login, Password);
        if (refusal === 'Validation') throw new Problem(refusal, { detail: wrongKind[request.Kind] });
        const reasons = passwordProblems(Password, { email: request.Email, commonPasswords: await loadCommonPasswords() });
        if (reasons.length) throw new Problem('WeakPassword', { reasons, errors: { Password: reasons } });
        // Someone signed up with this address after the invitation left: their login is theirs to share, not ours to reset.
        if (refusal) throw new Problem(refusal, { detail: 'This address already has an Amilia login.' });
        const user = store.addUser({ Email: request.Email, Password, FirstName: person.FirstName, LastName: person.LastName, ActivatedOn: store.now().toISOString() });
        return accept(request, person, user);
      },
      linkRoute,
    ),

    route(
      context,
      'post',
      '/activations/:token/share',
      ({ json, params }) => {
        const { request, person } = open(params['token']);
        const { Password } = json(ShareBody);
        const login = store.user(request.Email);
        const key = emailKey(request.Email);
        const now = store.now();
        const tries = recentWrongPasswords(wrongPasswords.get(key) ?? [], now).map(Number);
        // Too many wrong passwords lately: no password is checked until the wait is over, the right one included.
        const wait = passwordRetryWait(tries, now);
        if (wait > 0) throw new Problem('RateLimited', { retryAfter: wait, detail: 'Too many wrong passwords for this login.' });
        const refusal = acceptRefusal(request.Kind, 'ShareRequest', login, Password);
        if (refusal === 'WrongPassword') wrongPasswords.set(key, [...tries, now.getTime()]);
        if (refusal || !login) throw new Problem(refusal ?? 'Validation', refusal === 'WrongPassword' ? {} : { detail: wrongKind[request.Kind] });
        wrongPasswords.delete(key);
        return accept(request, person, login);
      },
      linkRoute,
    ),

    route(
      context,
      'post',
      '/activations/:token/renewal',
      ({ params }) => {
        const { person, request } = linkOf(params['token']);
        const refusal = renewalRefusal(request, person, store.now());
        if (refusal) throw new Problem(refusal.code, refusal.code === 'RateLimited' ? { retryAfter: refusal.retryAfter } : {});
        store.sendRequest(person, 'Renewal');
        return ok({ SentTo: maskEmail(request.Email) }, 202);
      },
      linkRoute,
    ),
  ];
}
