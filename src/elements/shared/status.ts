/**
 * How an activation status looks wherever it appears (the activation button, the demo's lists): each one
 * its own icon and colour, and its words, so none is told apart by colour alone.
 */
import { css, html, svg, type SVGTemplateResult } from 'lit';
import type { ActivationStatus } from '../../policy/index.js';

type Tone = 'success' | 'info' | 'share' | 'warning' | 'neutral' | 'none';

const icon = (paths: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">${paths}</svg>`;

const ENVELOPE = svg`<path d="M3 6h18v12H3zm0 0 9 7 9-7"/>`;
const CLOCK = svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`;

const LOOK: Record<ActivationStatus, readonly [Tone, SVGTemplateResult]> = {
  Active: ['success', svg`<path d="m5 12 5 5 9-10"/>`],
  Invited: ['info', ENVELOPE],
  ShareRequested: ['share', svg`<path d="M4 8h14l-4-4M20 16H6l4 4"/>`],
  InvitationExpired: ['warning', CLOCK],
  ShareRequestExpired: ['warning', svg`${CLOCK}<path d="M3 3 21 21"/>`],
  NotInvited: ['neutral', svg`<circle cx="12" cy="12" r="9"/><path d="M8 12h8"/>`],
  NoEmail: ['none', svg`${ENVELOPE}<path d="M3 3 21 21"/>`],
};

/** A status badge: its icon, its colour and `label` (the status in the reader's words). */
export const statusBadge = (status: ActivationStatus, label: string) => {
  const [tone, paths] = LOOK[status];
  return html`<span part="status" class="badge ${tone}" data-status=${status}>${icon(paths)}${label}</span>`;
};

/**
 * The badges' look. Reads the elements' private colours (`--_color-*`), so a page showing badges outside an
 * element (the demo) defines those too; the share colour has its own `--amilia-color-accent`.
 */
export const statusStyles = css`
  .badge {
    --_color-accent: var(--amilia-color-accent, #5b3fb5);
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.65em 0.1em 0.5em;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  @media (prefers-color-scheme: dark) {
    .badge {
      --_color-accent: var(--amilia-color-accent, #c9b8ff);
    }
  }
  .badge .icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .badge.success {
    color: var(--_color-surface);
    background: var(--_color-success);
    border-color: var(--_color-success);
  }
  .badge.info {
    color: var(--_color-primary);
  }
  .badge.share {
    color: var(--_color-accent);
  }
  .badge.warning {
    color: var(--_color-warning);
    background: color-mix(in srgb, var(--_color-warning) 10%, transparent);
  }
  .badge.neutral,
  .badge.none {
    color: var(--_color-muted);
  }
  .badge.none {
    border-style: dashed;
  }
`;
