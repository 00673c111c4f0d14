import { type ActivationCore, memberPath, transport } from '../core.js';
import { type SendOptions, sending } from '../http.js';
import * as S from '../schemas.js';

/** A member's email (R9). */
export interface MembersApi {
  /** R9: adds, changes (`null` clears) a member's email; optionally sends a request right after. */
  updateEmail(accountId: S.Account['Id'], personId: S.Person['Id'], body: S.UpdateEmailBody, o?: SendOptions): Promise<S.Person>;
}

export function members(core: ActivationCore): MembersApi {
  const { send } = core[transport];
  return {
    updateEmail: (accountId, personId, body, o) =>
      send({ method: 'put', path: `${memberPath(core, accountId, personId)}/email`, json: body, schema: S.Person, ...sending(o) }),
  };
}
