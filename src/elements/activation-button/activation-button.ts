import { define } from '../shared/base.js';
import { AmiliaActivationButton } from './activation-button.component.js';

export * from './activation-button.component.js';

define('amilia-activation-button', AmiliaActivationButton);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-activation-button': AmiliaActivationButton;
  }
}
