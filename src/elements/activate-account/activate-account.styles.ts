import { css } from 'lit';

export const styles = css`
  /* A page of its own: more room, a larger title, one column of full-width controls. */
  .card {
    padding: clamp(1.25rem, 5vw, calc(var(--_space) * 2));
    border-radius: calc(var(--_radius) * 1.5);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.08);
  }
  h2 {
    font-size: 1.375em;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .lead {
    color: var(--_color-muted);
    margin-block-end: calc(var(--_space) * 1.25);
  }
  .username {
    overflow-wrap: anywhere;
    background: var(--_color-info-surface);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.625) calc(var(--_space) * 0.875);
    margin-block-end: calc(var(--_space) * 1.25);
  }
  .password-toggle {
    min-block-size: 2.25rem;
    margin-block-end: calc(var(--_space) * 0.75);
    font-size: 0.875em;
  }
  button[aria-pressed='true'] {
    background: var(--_color-info-surface);
  }
  .forgot {
    margin-block: calc(var(--_space) * -0.25) calc(var(--_space) * 0.75);
    font-size: 0.875em;
  }
  a {
    color: var(--_color-primary);
  }
  .rules {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
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
    margin-block-end: var(--_space);
    font-weight: 400;
  }
  .consent input {
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_color-primary);
  }
  /* The main action spans the card, as the one thing to do on the page. */
  [part~='submit'],
  a[part~='next'] {
    inline-size: 100%;
    min-block-size: 3rem;
  }
  a[part~='next'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    text-decoration: none;
  }
  [part~='message'] {
    margin: calc(var(--_space) * 0.75) 0 0;
  }
  [part~='message']:empty {
    display: none;
  }
  /* What went wrong, or what was done, as a callout under the action. */
  [part~='message']:not(:empty) {
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.625) calc(var(--_space) * 0.875);
    border-inline-start: 4px solid;
    background: color-mix(in srgb, currentColor 8%, var(--_color-surface));
  }
  /* Every other state: an icon, a title, what to do next. */
  .icon {
    display: grid;
    place-items: center;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
    margin-block-end: var(--_space);
    color: var(--_color-primary);
    background: color-mix(in srgb, currentColor 14%, var(--_color-surface));
  }
  .warning {
    color: var(--_color-warning);
  }
  .icon svg {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
