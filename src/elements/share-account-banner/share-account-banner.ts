// The provider is defined first, so that an element always finds the provider it sits in (a provider
// defined after the elements inside it would never answer them).
import '../activation-provider/activation-provider.js';
import { define } from '../shared/base.js';
import { AmiliaShareAccountBanner } from './share-account-banner.component.js';

export * from './share-account-banner.component.js';

define('amilia-share-account-banner', AmiliaShareAccountBanner);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-share-account-banner': AmiliaShareAccountBanner;
  }
}
