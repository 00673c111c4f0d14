/**
 * `import 'amilia-activation'`: registers every element and re-exports the SDK.
 * To register one element only, import `amilia-activation/elements/<name>.js`.
 */
export * from './sdk/index.js';
export { configure } from './elements/shared/context.js';
export { translationsReady } from './elements/shared/localize.js';
export type { AmiliaEvent, AmiliaEventDetails, AmiliaEventMap, AmiliaEventName } from './elements/shared/events.js';
export { AmiliaActivationProvider } from './elements/activation-provider/activation-provider.js';
export { AmiliaCreateAccount } from './elements/create-account/create-account.js';
export { AmiliaActivationButton } from './elements/activation-button/activation-button.js';
export { AmiliaClientEmail } from './elements/client-email/client-email.js';
export { AmiliaMassActivation } from './elements/mass-activation/mass-activation.js';
export { AmiliaActivateAccount } from './elements/activate-account/activate-account.js';
export { AmiliaShareAccountBanner } from './elements/share-account-banner/share-account-banner.js';
