// The provider is defined first, so that an element always finds the provider it sits in (a provider
// defined after the elements inside it would never answer them).
import '../activation-provider/activation-provider.js';
import { define } from '../shared/base.js';
import { AmiliaClientEmail } from './client-email.component.js';

export * from './client-email.component.js';

define('amilia-client-email', AmiliaClientEmail);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-client-email': AmiliaClientEmail;
  }
}
