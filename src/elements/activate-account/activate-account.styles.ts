import { css } from 'lit';

export const styles = css`
  .username {
    overflow-wrap: anywhere;
  }
  .password-toggle {
    align-self: flex-start;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  button[aria-pressed='true'] {
    background: var(--_color-info-surface);
  }
  .rules {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 0.75);
    display: grid;
    gap: 0.125rem;
    font-size: 0.875em;
  }
  .rules li {
    display: flex;
    gap: 0.5em;
    color: var(--_color-muted);
  }
  .rules li.met {
    color: var(--_color-success);
  }
  .rules li.unmet {
    color: var(--_color-danger);
  }
  .mark {
    inline-size: 1em;
    text-align: center;
    font-weight: 700;
  }
  .reasons {
    margin-block: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .consent {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin-block-end: calc(var(--_space) * 0.75);
    font-weight: 400;
  }
  .consent input {
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_color-primary);
  }
  [part~='message']:empty {
    display: none;
  }
  a[part~='next'] {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding-inline: 1rem;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
    text-decoration: none;
  }
`;
