// The provider is defined first, so that an element always finds the provider it sits in (a provider
// defined after the elements inside it would never answer them).
import '../activation-provider/activation-provider.js';
import { define } from '../shared/base.js';
import { AmiliaActivateAccount } from './activate-account.component.js';

export * from './activate-account.component.js';

define('amilia-activate-account', AmiliaActivateAccount);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-activate-account': AmiliaActivateAccount;
  }
}
