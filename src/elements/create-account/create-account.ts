import { define } from '../shared/base.js';
import { AmiliaCreateAccount } from './create-account.component.js';

export * from './create-account.component.js';

define('amilia-create-account', AmiliaCreateAccount);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-create-account': AmiliaCreateAccount;
  }
}
