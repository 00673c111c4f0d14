import { css } from 'lit';

export const styles = css`
  /* Floats over the bottom of the window: arriving or leaving, it moves nothing on the page. */
  .banner {
    position: fixed;
    z-index: 1000;
    inset-block-end: var(--_space);
    inset-inline-end: var(--_space);
    inline-size: min(26rem, calc(100vw - 2 * var(--_space)));
    max-block-size: calc(100vh - 2 * var(--_space));
    overflow: auto;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .offer,
  .outcome {
    background: var(--_color-surface);
    border: 1px solid color-mix(in srgb, var(--_color-border) 50%, transparent);
    border-block-start: 4px solid var(--_color-primary);
    border-radius: var(--_radius);
    padding: var(--_space);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
  }
  .title {
    font-weight: 700;
  }
  .outcome {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .outcome.empty {
    display: none;
  }
  [part~='message'] {
    flex: 1;
    margin: 0;
  }
  [part~='message']:empty {
    display: none;
  }
  [part~='message'].info {
    color: inherit;
  }
`;
