/**
 * React wrappers made with `@lit/react`: props for properties, `onAmilia…` props for events.
 * `react` is an optional peer dependency: only this entry needs it.
 *
 * @example
 * import { CreateAccount } from 'amilia-activation/react';
 * <CreateAccount onAmiliaAccountCreated={(e) => navigate(`/accounts/${e.detail.account.Id}`)} />
 */
import { type EventName, createComponent } from '@lit/react';
import React from 'react';
import { AmiliaActivateAccount } from '../elements/activate-account/activate-account.js';
import { AmiliaActivationButton } from '../elements/activation-button/activation-button.js';
import { AmiliaActivationProvider } from '../elements/activation-provider/activation-provider.js';
import { AmiliaClientEmail } from '../elements/client-email/client-email.js';
import { AmiliaCreateAccount } from '../elements/create-account/create-account.js';
import { AmiliaMassActivation } from '../elements/mass-activation/mass-activation.js';
import { AmiliaShareAccountBanner } from '../elements/share-account-banner/share-account-banner.js';
import type { AmiliaEvent, AmiliaEventName } from '../elements/shared/events.js';

const on = <K extends AmiliaEventName>(name: K) => name as EventName<AmiliaEvent<K>>;
const onError = { onAmiliaError: on('amilia-error') };

export const ActivationProvider = createComponent({ react: React, tagName: 'amilia-activation-provider', elementClass: AmiliaActivationProvider });

export const CreateAccount = createComponent({
  react: React,
  tagName: 'amilia-create-account',
  elementClass: AmiliaCreateAccount,
  events: { ...onError, onAmiliaAccountCreated: on('amilia-account-created'), onAmiliaDuplicateClient: on('amilia-duplicate-client') },
});

export const ActivationButton = createComponent({
  react: React,
  tagName: 'amilia-activation-button',
  elementClass: AmiliaActivationButton,
  events: { ...onError, onAmiliaRequestSent: on('amilia-request-sent') },
});

export const ClientEmail = createComponent({
  react: React,
  tagName: 'amilia-client-email',
  elementClass: AmiliaClientEmail,
  events: {
    ...onError,
    onAmiliaEmailSaved: on('amilia-email-saved'),
    onAmiliaRequestSent: on('amilia-request-sent'),
    onAmiliaDuplicateClient: on('amilia-duplicate-client'),
  },
});

export const MassActivation = createComponent({
  react: React,
  tagName: 'amilia-mass-activation',
  elementClass: AmiliaMassActivation,
  events: {
    ...onError,
    onAmiliaMassStarted: on('amilia-mass-started'),
    onAmiliaMassProgress: on('amilia-mass-progress'),
    onAmiliaMassCompleted: on('amilia-mass-completed'),
  },
});

export const ActivateAccount = createComponent({
  react: React,
  tagName: 'amilia-activate-account',
  elementClass: AmiliaActivateAccount,
  events: { ...onError, onAmiliaActivated: on('amilia-activated'), onAmiliaRenewalSent: on('amilia-renewal-sent') },
});

export const ShareAccountBanner = createComponent({
  react: React,
  tagName: 'amilia-share-account-banner',
  elementClass: AmiliaShareAccountBanner,
  events: { ...onError, onAmiliaShareAccepted: on('amilia-share-accepted'), onAmiliaShareDeclined: on('amilia-share-declined') },
});
