/** Accounts: list with filters, create (R1 automatic request, R2 checks), read. */
import { activationStatus, creationProblems, dayAfterBounds, duplicateEmail, isCreatedAfter, normalizeEmail, toMs } from '../../src/policy/index.js';
import { AccountParams } from '../../src/sdk/params.js';
import { CreateAccountBody } from '../../src/sdk/schemas.js';
import { type Context, Problem, idParam, ok, paged, queryOf, route } from '../http.js';
import type { AccountRecord, State } from '../state.js';

/** How many items at the start of `items` pass `test`, when those that pass come first (binary search). */
function leadingCount<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The accounts of a newest-first list created after `day`: those from the instant every later one is after the
 * day are a leading run, those before its first instant a trailing one, found by binary search; only the few in
 * between (a clock turned back across midnight) are asked of policy one by one.
 */
function createdAfter(newest: AccountRecord[], day: string, zone: string): AccountRecord[] {
  const { first, last } = dayAfterBounds(day, zone);
  const surely = leadingCount(newest, (a) => toMs(a.CreatedOn) >= last);
  const maybe = leadingCount(newest, (a) => toMs(a.CreatedOn) >= first);
  return [...newest.slice(0, surely), ...newest.slice(surely, maybe).filter((a) => isCreatedAfter(a, day, zone))];
}

const newer = (a: AccountRecord, b: AccountRecord) => (a.CreatedOn < b.CreatedOn ? 1 : a.CreatedOn > b.CreatedOn ? -1 : b.Id - a.Id);

/** Two newest-first lists as one. */
function merge(a: AccountRecord[], b: AccountRecord[]): AccountRecord[] {
  if (a.length === 0) return b;
  const out: AccountRecord[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(newer(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  return out.concat(a.slice(i), b.slice(j));
}

export function accountsHandlers(context: Context) {
  const { store } = context;
  // Every account, newest first (ISO 8601 in UTC: string order is time order). Accounts are never removed and
  // ids only grow, so accounts added since the last list are the ids above the last one seen: only they are
  // sorted, then merged in. A replaced state (load, reset, another tab) sorts everything again.
  let sorted: { accounts: State['accounts']; newest: AccountRecord[]; nextId: number } | undefined;
  const newestFirst = () => {
    const { accounts, nextId } = store.state;
    if (sorted?.accounts !== accounts) sorted = { accounts, newest: Object.values(accounts).sort(newer), nextId };
    else if (sorted.nextId !== nextId) {
      const added: AccountRecord[] = [];
      for (let id = sorted.nextId; id < nextId; id++) {
        const account = accounts[id];
        if (account) added.push(account);
      }
      sorted = { accounts, newest: merge(added.sort(newer), sorted.newest), nextId };
    }
    return sorted.newest;
  };

  return [
    route(context, 'get', '/accounts', ({ url }) => {
      const query = queryOf(url, AccountParams);
      const search = query.search?.trim().toLowerCase();
      const zone = store.state.organization.TimeZone;
      const now = store.now();
      const people = (a: AccountRecord) => a.PersonIds.map((id) => store.person(id)!);
      let matches = newestFirst();
      if (query.createdAfter) matches = createdAfter(matches, query.createdAfter, zone);
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
