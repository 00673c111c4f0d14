import { define } from '../shared/base.js';
import { AmiliaActivateAccount } from './activate-account.component.js';

export * from './activate-account.component.js';

define('amilia-activate-account', AmiliaActivateAccount);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-activate-account': AmiliaActivateAccount;
  }
}
