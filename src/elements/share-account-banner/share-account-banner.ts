import { define } from '../shared/base.js';
import { AmiliaShareAccountBanner } from './share-account-banner.component.js';

export * from './share-account-banner.component.js';

define('amilia-share-account-banner', AmiliaShareAccountBanner);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-share-account-banner': AmiliaShareAccountBanner;
  }
}
