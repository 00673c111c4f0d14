/** R8: a signed-in user's offers to share their login with the organization where a client has their email. */
import { emailKey, isShareOfferShown, shareOfferAvailableUntil } from '../../src/policy/index.js';
import { type Context, Problem, ok, route } from '../http.js';

export function shareOffersHandlers(context: Context) {
  const { store } = context;
  const me = { scope: 'me', admin: false } as const;
  const offerId = (personId: number) => `${store.state.organization.Identifier}-${personId}`;

  /** The offer for this user, if the organization has an unlinked client with their email. */
  function offerFor(email: string) {
    const user = store.user(email);
    const person = store.personByEmail(email);
    if (!user || !person) return undefined;
    const id = offerId(person.Id);
    if (!isShareOfferShown(user, person, store.state.declinedOffers.includes(id), store.now())) return undefined;
    return { user, person, offer: {
      Id: id,
      OrganizationIdentifier: store.state.organization.Identifier,
      OrganizationName: store.state.organization.Name,
      AvailableUntil: shareOfferAvailableUntil(user.ActivatedOn).toISOString(),
    } };
  }
  /** This user's person behind offer `id` once answered: a retry after a lost answer gets the same answer, not NotFound. */
  const answered = (email: string | undefined, id: string | undefined) => {
    const person = email ? store.personByEmail(email) : undefined;
    return person && offerId(person.Id) === id ? person : undefined;
  };
  const found = (email: string | undefined, id: string | undefined) => {
    const match = email ? offerFor(email) : undefined;
    if (!match || match.offer.Id !== id) throw new Problem('NotFound', { detail: 'No such offer.' });
    return match;
  };

  return [
    route(context, 'get', '/share-offers', ({ user }) => {
      const match = user ? offerFor(user) : undefined;
      return ok({ Items: match ? [match.offer] : [] });
    }, me),

    route(context, 'post', '/share-offers/:offerId/accept', ({ user, params }) => {
      const again = answered(user, params['offerId']);
      if (again?.Username && user && emailKey(again.Username) === user) {
        return ok({ OrganizationIdentifier: store.state.organization.Identifier, Username: again.Username });
      }
      const { person, user: login } = found(user, params['offerId']);
      store.acceptOffer(person, login);
      return ok({ OrganizationIdentifier: store.state.organization.Identifier, Username: login.Email });
    }, { ...me, idempotent: true }),

    route(context, 'post', '/share-offers/:offerId/decline', ({ user, params }) => {
      if (answered(user, params['offerId']) && store.state.declinedOffers.includes(params['offerId']!)) return { status: 204 };
      const { offer } = found(user, params['offerId']);
      store.declineOffer(offer.Id);
      return { status: 204 };
    }, me),
  ];
}
