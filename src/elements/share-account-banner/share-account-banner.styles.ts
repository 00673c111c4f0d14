import { css } from 'lit';

export const styles = css`
  .banner {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .offer {
    background: var(--_color-info-surface);
    border: 1px solid color-mix(in srgb, var(--_color-border) 50%, transparent);
    border-inline-start: 4px solid var(--_color-primary);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part~='message'] {
    margin: 0;
  }
  [part~='message']:empty {
    display: none;
  }
  /* The message takes focus only from script, to be read out: no ring. */
  [part~='message']:focus-visible {
    box-shadow: none;
  }
`;
