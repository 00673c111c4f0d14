// The provider is defined first, so that an element always finds the provider it sits in (a provider
// defined after the elements inside it would never answer them).
import '../activation-provider/activation-provider.js';
import { define } from '../shared/base.js';
import { AmiliaMassActivation } from './mass-activation.component.js';

export * from './mass-activation.component.js';

define('amilia-mass-activation', AmiliaMassActivation);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-mass-activation': AmiliaMassActivation;
  }
}
