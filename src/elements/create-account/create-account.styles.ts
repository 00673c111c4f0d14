import { css } from 'lit';

export const styles = css`
  fieldset {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space) 0;
    border: 1px solid color-mix(in srgb, var(--_color-border) 50%, transparent);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.25rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0 var(--_space);
  }
  .field-error {
    margin: 0;
    font-size: 0.875em;
  }
  .members-hint {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .remove {
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .form-error:empty {
    margin: 0;
  }
  .result:focus {
    outline: none;
  }
  .result:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
`;
