import { define } from '../shared/base.js';
import { AmiliaActivationProvider } from './activation-provider.component.js';

export * from './activation-provider.component.js';

define('amilia-activation-provider', AmiliaActivationProvider);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-activation-provider': AmiliaActivationProvider;
  }
}
