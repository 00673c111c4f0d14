/**
 * How an activation status looks wherever it appears (the activation button, the demo's lists): each one
 * its own icon and colour besides its words, so none is told apart by colour alone.
 */
import { css, html } from 'lit';
import type { ActivationStatus } from '../../policy/index.js';

const ENVELOPE = 'M3 6h18v12H3zm0 0 9 7 9-7';
const CIRCLE = 'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0';
const CLOCK = `${CIRCLE}M12 7v5l3 2`;
const SLASH = 'M3 3l18 18';

/** Each status's icon: a 24 × 24 stroked path (exported for the tests that tell it from injected markup). */
export const STATUS_ICONS: Record<ActivationStatus, string> = {
  Active: 'm5 12 5 5 9-10',
  Invited: ENVELOPE,
  ShareRequested: 'M4 8h14l-4-4m6 12H6l4 4',
  InvitationExpired: CLOCK,
  ShareRequestExpired: CLOCK + SLASH,
  NotInvited: `${CIRCLE}M8 12h8`,
  NoEmail: ENVELOPE + SLASH,
};

/** A status badge: its icon, its colour (the status is its class) and `label`, the status in the reader's words. */
export const statusBadge = (status: ActivationStatus, label: string) =>
  html`<span part="status" class="badge ${status}"><svg viewBox="0 0 24 24" aria-hidden="true"><path d=${STATUS_ICONS[status]} /></svg>${label}</span>`;

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
  .Active {
    color: var(--_color-surface);
    background: var(--_color-success);
  }
  .Invited {
    color: var(--_color-primary);
  }
  .ShareRequested {
    /* Violet, darkened by a light theme's text and lightened by a dark one's: about 7:1 on either surface. */
    color: var(--amilia-color-accent, color-mix(in srgb, #7c5cff 60%, var(--_color-on-surface)));
  }
  .InvitationExpired,
  .ShareRequestExpired {
    color: var(--_color-warning);
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .NotInvited,
  .NoEmail {
    color: var(--_color-muted);
  }
  .NoEmail {
    border-style: dashed;
  }
`;
