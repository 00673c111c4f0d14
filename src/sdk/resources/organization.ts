import { type ActivationCore, orgPath, transport } from '../core.js';
import type { CallOptions } from '../http.js';
import * as S from '../schemas.js';

/** The organization itself: name, time zone, whether it is live. */
export interface OrganizationApi {
  get(o?: CallOptions): Promise<S.Organization>;
}

export function organization(core: ActivationCore): OrganizationApi {
  const { send } = core[transport];
  return {
    get: (o) => send({ method: 'get', path: `${orgPath(core)}/organization`, schema: S.Organization, ...o }),
  };
}
