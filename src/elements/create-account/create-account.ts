// The provider is defined first, so that an element always finds the provider it sits in (a provider
// defined after the elements inside it would never answer them).
import '../activation-provider/activation-provider.js';
import { define } from '../shared/base.js';
import { AmiliaCreateAccount } from './create-account.component.js';

export * from './create-account.component.js';

define('amilia-create-account', AmiliaCreateAccount);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-create-account': AmiliaCreateAccount;
  }
}
