import type { ActivationStatus } from '../../policy/index.js';

/** The colour family each activation status is shown in, wherever a status badge appears. */
export const STATUS_TONE: Record<ActivationStatus, 'success' | 'info' | 'warning' | 'neutral'> = {
  Active: 'success',
  Invited: 'info',
  ShareRequested: 'info',
  InvitationExpired: 'warning',
  NotInvited: 'neutral',
  NoEmail: 'neutral',
};
