import { define } from '../shared/base.js';
import { AmiliaClientEmail } from './client-email.component.js';

export * from './client-email.component.js';

define('amilia-client-email', AmiliaClientEmail);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-client-email': AmiliaClientEmail;
  }
}
