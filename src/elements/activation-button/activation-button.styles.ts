import { css } from 'lit';

export const styles = css`
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .badge {
    display: inline-block;
    padding-inline: 0.6em;
    padding-block: 0.1em;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    border: 1px solid currentColor;
  }
  .badge.success { color: var(--_color-success); }
  .badge.info { color: var(--_color-primary); }
  .badge.warning { color: var(--_color-warning); }
  .badge.neutral { color: var(--_color-muted); }
  .details { margin: 0; }
`;
