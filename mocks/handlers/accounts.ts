/** Accounts: list with filters, create (R1 automatic request, R2 checks), read. */
import { ACTIVATION_STATUSES, type ActivationStatus, activationStatus, calendarDay, creationProblems, emailKey, normalizeEmail } from '../../src/policy/index.js';
import { CreateAccountBody } from '../../src/sdk/schemas.js';
import { type Context, Problem, ok, paged, parseBody, route } from '../http.js';

export function accountsHandlers(context: Context) {
  const { store } = context;
  const account = (id: string | undefined) => {
    const found = store.state.accounts[Number(id)];
    if (!found) throw new Problem(404, 'NotFound', { detail: 'No such account.' });
    return found;
  };

  return [
    route(context, 'get', '/accounts', ({ url }) => {
      const search = url.searchParams.get('search')?.trim().toLowerCase();
      const createdAfter = url.searchParams.get('createdAfter');
      const status = url.searchParams.get('activationStatus') as ActivationStatus | null;
      if (status && !ACTIVATION_STATUSES.includes(status)) throw new Problem(422, 'Validation', { errors: { activationStatus: ['Unknown status.'] } });
      const zone = store.state.organization.TimeZone;
      const now = store.now();
      const matches = Object.values(store.state.accounts).filter((a) => {
        if (createdAfter && calendarDay(a.CreatedOn, zone) <= createdAfter) return false;
        const people = a.PersonIds.map((id) => store.state.persons[id]!);
        if (search && !people.some((p) => `${p.FirstName} ${p.LastName} ${p.Email ?? ''}`.toLowerCase().includes(search))) return false;
        if (status && !people.some((p) => activationStatus(store.facts(p), now) === status)) return false;
        return true;
      });
      matches.sort((a, b) => b.CreatedOn.localeCompare(a.CreatedOn) || b.Id - a.Id);
      const page = paged(matches, url);
      return ok({ ...page, Items: page.Items.map(store.accountView) });
    }),

    route(
      context,
      'post',
      '/accounts',
      async ({ request, language }) => {
        const body = await parseBody(request, CreateAccountBody);
        const people = [body.Owner, ...(body.Members ?? [])].map((p) => ({ ...p, Email: p.Email ? normalizeEmail(p.Email) : null }));
        const problems = creationProblems({ Owner: people[0]!, Members: people.slice(1) }, store.today());
        if (problems.length) {
          const errors: Record<string, string[]> = {};
          for (const p of problems) (errors[p.field] ??= []).push(p.code);
          throw new Problem(422, problems[0]!.code, { errors });
        }
        const seen = new Set<string>();
        for (const [i, p] of people.entries()) {
          if (!p.Email) continue;
          const field = i === 0 ? 'Owner.Email' : `Members.${i - 1}.Email`;
          const existing = store.personByEmail(p.Email);
          if (existing) throw new Problem(409, 'DuplicateClient', { existingAccountId: existing.AccountId, errors: { [field]: ['DuplicateClient'] } });
          if (seen.has(emailKey(p.Email))) throw new Problem(409, 'DuplicateClient', { errors: { [field]: ['DuplicateClient'] } });
          seen.add(emailKey(p.Email));
        }
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

    route(context, 'get', '/accounts/:accountId', ({ params }) => ok(store.accountView(account(params['accountId'])))),
  ];
}
