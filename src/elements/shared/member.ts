/** How the admin elements find a member: by ids, or from a `Person` the page already has. */
import { type Account, type ActivationCore, type Person, accounts } from '../../sdk/index.js';

/** The account has no such member (or the member left it). */
export class MemberNotFoundError extends Error {
  override name = 'MemberNotFoundError';
}

/** The member `personId` of account `accountId`, as the server has it now. */
export async function loadMember(client: ActivationCore, accountId: string, personId: string, signal: AbortSignal): Promise<Person> {
  const account = await accounts(client).get(accountId, { signal });
  const person = account.Members.find((m) => String(m.Id) === personId);
  if (!person) throw new MemberNotFoundError(`No member ${personId} in account ${accountId}`);
  return person;
}

/**
 * The account `person` belongs to. A `Person` carries no account id, so a page that hands an element
 * `.person` alone is served by searching the organization's accounts for that person.
 */
export async function accountIdOf(client: ActivationCore, person: Person, signal: AbortSignal): Promise<Account['Id']> {
  const search = person.Email ?? person.FullName;
  for (let page = 1; ; page++) {
    const { Items, Paging } = await accounts(client).list({ search, page, perPage: 100 }, { signal });
    const account = Items.find((a) => a.Members.some((m) => m.Id === person.Id));
    if (account) return account.Id;
    if (page * Paging.PerPage >= Paging.TotalCount) throw new MemberNotFoundError(`No account has member ${person.Id}`);
  }
}
