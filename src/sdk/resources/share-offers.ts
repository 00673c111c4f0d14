import { type ActivationCore, transport } from '../core.js';
import { type CallOptions, type SendOptions, sending } from '../http.js';
import * as S from '../schemas.js';

/** R8: the signed-in person's offers to share their login with organizations (not org-scoped). */
export interface ShareOffersApi {
  list(o?: CallOptions): Promise<S.ShareOfferList>;
  accept(id: string, o?: SendOptions): Promise<S.ShareOfferAccepted>;
  decline(id: string, o?: CallOptions): Promise<void>;
}

export function shareOffers(core: ActivationCore): ShareOffersApi {
  const { send, empty } = core[transport];
  const offer = (id: string) => `me/share-offers/${encodeURIComponent(id)}`;
  return {
    list: (o) => send({ method: 'get', path: 'me/share-offers', schema: S.ShareOfferList, ...o }),
    accept: (id, o) => send({ method: 'post', path: `${offer(id)}/accept`, schema: S.ShareOfferAccepted, ...sending(o) }),
    decline: (id, o) => empty({ method: 'post', path: `${offer(id)}/decline`, ...o }),
  };
}
