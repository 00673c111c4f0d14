import { type ActivationCore, orgPath, transport } from '../core.js';
import { type CallOptions, type SendOptions, sending } from '../http.js';
import * as S from '../schemas.js';

/** The page an activation email links to (R6, R7), by the link's token; no sign-in needed. */
export interface LinksApi {
  /** What a link is, without using it up (mail scanners open links too). */
  inspect(token: string, o?: CallOptions): Promise<S.LinkInfo>;
  /** R7, invitation: chooses the password; the person becomes Active. A retry with the same key gets the first success. */
  activate(token: string, password: string, o?: SendOptions): Promise<S.Session>;
  /** R7, share request: proves the existing login and consents to share it. */
  share(token: string, password: string, o?: SendOptions): Promise<S.Session>;
  /** R6: sends a fresh link to the same address; answers with the address masked. */
  renew(token: string, o?: SendOptions): Promise<S.Renewal>;
}

export function links(core: ActivationCore): LinksApi {
  const { send } = core[transport];
  const link = (token: string) => `${orgPath(core)}/activations/${encodeURIComponent(token)}`;
  return {
    inspect: (token, o) => send({ method: 'get', path: link(token), schema: S.LinkInfo, ...o }),
    activate: (token, password, o) => send({ method: 'post', path: link(token), json: { Password: password }, schema: S.Session, ...sending(o) }),
    share: (token, password, o) =>
      send({ method: 'post', path: `${link(token)}/share`, json: { Password: password, Consent: true }, schema: S.Session, ...sending(o) }),
    renew: (token, o) => send({ method: 'post', path: `${link(token)}/renewal`, schema: S.Renewal, ...sending(o) }),
  };
}
