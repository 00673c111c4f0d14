// The provider is defined first, so that an element always finds the provider it sits in (a provider
// defined after the elements inside it would never answer them).
import '../activation-provider/activation-provider.js';
import { define } from '../shared/base.js';
import { AmiliaActivationButton } from './activation-button.component.js';

export * from './activation-button.component.js';

define('amilia-activation-button', AmiliaActivationButton);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-activation-button': AmiliaActivationButton;
  }
}
