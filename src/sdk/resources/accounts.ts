import type { ActivationStatus } from '../../policy/index.js';
import { type ActivationCore, orgPath, transport } from '../core.js';
import { type CallOptions, type SendOptions, sending } from '../http.js';
import * as S from '../schemas.js';

export interface AccountQuery {
  /** Matches first name, last name, full name or email, case-insensitively. */
  search?: string;
  /** `YYYY-MM-DD`: accounts created after that day, in the organization's time zone. */
  createdAfter?: string;
  activationStatus?: ActivationStatus;
  page?: number;
  perPage?: number;
}

/** Client accounts: list, read, create (R1, R2). */
export interface AccountsApi {
  list(query?: AccountQuery, o?: CallOptions): Promise<S.AccountPage>;
  get(id: S.Account['Id'], o?: CallOptions): Promise<S.Account>;
  /** R1, R2: creates the account; an owner email sends the automatic request at once. */
  create(body: S.CreateAccountBody, o?: SendOptions): Promise<S.CreateAccountResult>;
}

export function accounts(core: ActivationCore): AccountsApi {
  const { send } = core[transport];
  const path = `${orgPath(core)}/accounts`;
  return {
    list: (query = {}, o) => send({ method: 'get', path, searchParams: { ...query }, schema: S.AccountPage, ...o }),
    get: (id, o) => send({ method: 'get', path: `${path}/${encodeURIComponent(id)}`, schema: S.Account, ...o }),
    create: (body, o) => send({ method: 'post', path, json: body, schema: S.CreateAccountResult, ...sending(o) }),
  };
}
