/**
 * How an activation status looks wherever it appears (the activation button, the demo's lists): each one
 * its own icon and colour besides its words, so none is told apart by colour alone.
 */
import { css, html } from 'lit';
import type { ActivationStatus } from '../../policy/index.js';

const ENVELOPE = 'M3 6h18v12H3zm0 0 9 7 9-7';
const CLOCK = 'M12 7v5l3 2m6-2a9 9 0 1 1-18 0 9 9 0 0 1 18 0';
const SLASH = 'M3 3l18 18';

/** Each status's tone (its colour, in statusStyles) and icon (a 24 × 24 stroked path). */
const LOOK: Record<ActivationStatus, readonly [tone: string, icon: string]> = {
  Active: ['success', 'm5 12 5 5 9-10'],
  Invited: ['info', ENVELOPE],
  ShareRequested: ['share', 'M4 8h14l-4-4m6 12H6l4 4'],
  InvitationExpired: ['warning', CLOCK],
  ShareRequestExpired: ['warning', CLOCK + SLASH],
  NotInvited: ['neutral', 'M8 12h8m5 0a9 9 0 1 1-18 0 9 9 0 0 1 18 0'],
  NoEmail: ['neutral none', ENVELOPE + SLASH],
};

/** A status badge: its icon, its colour and `label` (the status in the reader's words). */
export const statusBadge = (status: ActivationStatus, label: string) =>
  html`<span part="status" class="badge ${LOOK[status][0]}" data-status=${status}
    ><svg viewBox="0 0 24 24" aria-hidden="true"><path d=${LOOK[status][1]} /></svg>${label}</span
  >`;

/**
 * The badges' look. It reads the elements' private colours (`--_color-*`): a page showing badges outside an
 * element (the demo) defines them too. Share requests have their own `--amilia-color-accent`.
 */
export const statusStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0 0.6em 0 0.45em;
    border: 1px solid;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge svg {
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .success {
    color: var(--_color-surface);
    background: var(--_color-success);
  }
  .info {
    color: var(--_color-primary);
  }
  .share {
    /* Violet, darkened by a light theme's text and lightened by a dark one's: 7:1 on either surface. */
    color: var(--amilia-color-accent, color-mix(in srgb, #7c5cff 60%, var(--_color-on-surface)));
  }
  .warning {
    color: var(--_color-warning);
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .neutral {
    color: var(--_color-muted);
  }
  .none {
    border-style: dashed;
  }
`;
