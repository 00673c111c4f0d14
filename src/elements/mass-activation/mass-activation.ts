import { define } from '../shared/base.js';
import { AmiliaMassActivation } from './mass-activation.component.js';

export * from './mass-activation.component.js';

define('amilia-mass-activation', AmiliaMassActivation);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-mass-activation': AmiliaMassActivation;
  }
}
