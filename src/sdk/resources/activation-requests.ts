import { type ActivationCore, memberPath, transport } from '../core.js';
import { type CallOptions, type SendOptions, sending } from '../http.js';
import * as S from '../schemas.js';

/** One person's activation requests: the manual send (R3) and the history. */
export interface ActivationRequestsApi {
  /** R3: sends one request by hand; supersedes the pending one. */
  send(accountId: S.Account['Id'], personId: S.Person['Id'], o?: SendOptions): Promise<S.ActivationRequest>;
  history(accountId: S.Account['Id'], personId: S.Person['Id'], o?: CallOptions): Promise<S.ActivationRequestPage>;
}

export function activationRequests(core: ActivationCore): ActivationRequestsApi {
  const { send } = core[transport];
  const path = (accountId: S.Account['Id'], personId: S.Person['Id']) => `${memberPath(core, accountId, personId)}/activation-requests`;
  return {
    send: (accountId, personId, o) => send({ method: 'post', path: path(accountId, personId), schema: S.ActivationRequest, ...sending(o) }),
    history: (accountId, personId, o) => send({ method: 'get', path: path(accountId, personId), schema: S.ActivationRequestPage, ...o }),
  };
}
