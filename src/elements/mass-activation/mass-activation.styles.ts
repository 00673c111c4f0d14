import { css } from 'lit';

export const styles = css`
  section {
    margin-block-start: var(--_space);
  }
  input[type='date'] {
    align-self: flex-start;
  }
  .counts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.5rem;
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .count {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125rem;
    inline-size: 100%;
    block-size: 100%;
    padding: calc(var(--_space) * 0.75);
    text-align: start;
    font-weight: normal;
    color: var(--_color-on-surface);
    background: var(--_color-surface);
    border: 1px solid color-mix(in srgb, var(--_color-border) 60%, transparent);
    border-radius: var(--_radius);
  }
  button.count[aria-pressed='true'] {
    border-color: var(--_color-primary);
    box-shadow: inset 0 0 0 1px var(--_color-primary);
    background: var(--_color-info-surface);
  }
  .number {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .label {
    font-size: 0.875em;
  }
  .list {
    margin-block-end: var(--_space);
  }
  .list h3 {
    font-size: 1em;
  }
  .scroller {
    max-block-size: 20rem;
    overflow: auto;
    border: 1px solid color-mix(in srgb, var(--_color-border) 60%, transparent);
    border-radius: var(--_radius);
  }
  .scroller.fits {
    max-block-size: none;
  }
  /* The virtualizer needs a viewport of known size to know how many rows to draw. */
  .scroller.virtual {
    block-size: 20rem;
  }
  .scroller ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .scroller li {
    display: block;
    inline-size: 100%;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_color-border) 30%, transparent);
  }
  .name {
    display: block;
    font-weight: 600;
  }
  .email {
    margin-inline-end: 1em;
    overflow-wrap: anywhere;
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 1rem;
    margin-block: 0.5rem;
    accent-color: var(--_color-primary);
  }
  .problem {
    margin-block: 0.5rem;
  }
`;
