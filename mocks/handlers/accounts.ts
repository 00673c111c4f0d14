/** Accounts: list with filters, create (R1 automatic request, R2 checks), read. */
import { activationStatus, createdAfterDay, creationProblems, duplicateEmail, normalizeEmail } from '../../src/policy/index.js';
import { AccountParams } from '../../src/sdk/params.js';
import { CreateAccountBody } from '../../src/sdk/schemas.js';
import { type Context, Problem, idParam, ok, paged, queryOf, route } from '../http.js';
import type { AccountRecord } from '../state.js';

export function accountsHandlers(context: Context) {
  const { store } = context;
  return [
    route(context, 'get', '/accounts', ({ url }) => {
      const query = queryOf(url, AccountParams);
      const search = query.search?.trim().toLowerCase();
      const zone = store.state.organization.TimeZone;
      const now = store.now();
      const people = (a: AccountRecord) => a.PersonIds.map((id) => store.person(id)!);
      // Newest first: the store keeps accounts oldest first.
      const oldest = store.accountsByCreation();
      let matches = (query.createdAfter ? createdAfterDay(oldest, query.createdAfter, zone) : [...oldest]).reverse();
      if (search) matches = matches.filter((a) => people(a).some((p) => `${p.FirstName} ${p.LastName} ${p.Email ?? ''}`.toLowerCase().includes(search)));
      if (query.activationStatus) matches = matches.filter((a) => people(a).some((p) => activationStatus(store.facts(p), now) === query.activationStatus));
      const page = paged(matches, url);
      return ok({ ...page, Items: page.Items.map(store.accountView) });
    }),

    route(
      context,
      'post',
      '/accounts',
      ({ json, language }) => {
        const body = json(CreateAccountBody);
        const people = [body.Owner, ...(body.Members ?? [])].map((p) => ({ ...p, Email: p.Email ? normalizeEmail(p.Email) || null : null }));
        const problems = creationProblems({ Owner: people[0]!, Members: people.slice(1) }, store.today());
        if (problems.length) {
          const errors: Record<string, string[]> = {};
          for (const p of problems) (errors[p.field] ??= []).push(p.code);
          throw new Problem(problems[0]!.code, { errors });
        }
        const fields = people.map((p, i) => ({ field: i === 0 ? 'Owner.Email' : `Members.${i - 1}.Email`, email: p.Email }));
        const duplicate = duplicateEmail(fields, store.personByEmail);
        if (duplicate) throw new Problem('DuplicateClient', { existingAccountId: duplicate.existingAccountId, errors: { [duplicate.field]: ['DuplicateClient'] } });
        const created = store.addAccount(store.now());
        const owner = people
          .map((p, i) => store.addPerson(created.Id, { ...p, PreferredLanguage: p.PreferredLanguage ?? language }, i === 0))
          .at(0)!;
        // R1: only the owner's email sends a request at creation; members are invited from their own page.
        const automatic = owner.Email ? store.sendRequest(owner, 'Automatic') : null;
        return ok({ Account: store.accountView(created), AutomaticRequest: automatic && store.requestView(automatic) }, 201);
      },
      { idempotent: true },
    ),

    route(context, 'get', '/accounts/:accountId', ({ params }) => {
      const account = store.account(idParam(params['accountId']));
      if (!account) throw new Problem('NotFound', { detail: 'No such account.' });
      return ok(store.accountView(account));
    }),
  ];
}
