/** The events the elements fire: all bubble, cross shadow roots, and are named `amilia-…`. */
import type { ActivationRequest, Account, MassJob, Person, ShareOffer } from '../../sdk/index.js';

export interface AmiliaEventDetails {
  /** An account was created; `request` is the automatic request it caused, if any. */
  'amilia-account-created': { account: Account; request: ActivationRequest | null };
  /** A client with that email already exists; navigate to `accountId` to see it. */
  'amilia-duplicate-client': { accountId: number | string; email: string };
  /** An activation request went out by hand (R3) or after an email edit (R9). */
  'amilia-request-sent': { accountId: number | string; personId: number | string; request: ActivationRequest };
  /** A member's email was saved; `person` is the member as the server now has it. */
  'amilia-email-saved': { accountId: number | string; personId: number | string; person: Person; requestSent: boolean };
  'amilia-mass-started': { job: MassJob };
  'amilia-mass-progress': { job: MassJob };
  /** The job ended: completed, cancelled or failed (see `job.Status`). */
  'amilia-mass-completed': { job: MassJob };
  /** The person activated or shared their account through a link. */
  'amilia-activated': { username: string; kind: 'Invitation' | 'ShareRequest'; sessionToken: string };
  /** A fresh link was sent after an expired one. */
  'amilia-renewal-sent': { sentTo: string };
  'amilia-share-accepted': { offer: ShareOffer };
  'amilia-share-declined': { offer: ShareOffer };
  /** Something failed; `message` is what the element showed, `code` the problem's code when there is one. */
  'amilia-error': { error: unknown; code: string; message: string };
}

export type AmiliaEventName = keyof AmiliaEventDetails;
export type AmiliaEvent<K extends AmiliaEventName> = CustomEvent<AmiliaEventDetails[K]>;
export type AmiliaEventMap = { [K in AmiliaEventName]: AmiliaEvent<K> };

declare global {
  interface GlobalEventHandlersEventMap extends AmiliaEventMap {}
}
