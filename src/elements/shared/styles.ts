/**
 * Shared styles. Public `--amilia-*` custom properties are read once, on `:host`, into private
 * `--_*` ones; everything else reads only the private ones (material-web's two layers of tokens).
 */
import { css } from 'lit';

export const base = css`
  :host {
    /*
     * Light or dark as the page is: light-dark() follows the inherited color-scheme, so a page that declares
     * "color-scheme: light dark" gets the dark palette for a reader who prefers it, and a page that declares
     * nothing stays light (our text never turns pale on a host's white background).
     */
    --_color-primary: var(--amilia-color-primary, light-dark(#0a6e5c, #5fd3b8));
    --_color-on-primary: var(--amilia-color-on-primary, light-dark(#ffffff, #00211a));
    --_color-surface: var(--amilia-color-surface, light-dark(#ffffff, #161b1a));
    --_color-on-surface: var(--amilia-color-on-surface, light-dark(#1c2321, #e3ebe8));
    --_color-muted: var(--amilia-color-muted, light-dark(#55605c, #a9b5b0));
    --_color-border: var(--amilia-color-border, light-dark(#8a9691, #6f7c77));
    --_color-danger: var(--amilia-color-danger, light-dark(#b3261e, #ffb4ab));
    --_color-success: var(--amilia-color-success, light-dark(#1e6b34, #8fd9a1));
    --_color-warning: var(--amilia-color-warning, light-dark(#7a4f00, #f3c26b));
    --_color-info-surface: var(--amilia-color-info-surface, light-dark(#eef5f3, #22302c));
    --_font: var(--amilia-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--amilia-font-size, 1rem);
    --_radius: var(--amilia-radius, 0.5rem);
    --_space: var(--amilia-spacing, 1rem);
    /* A solid outline, not a tinted shadow: at least 3:1 against the surface in light and dark (WCAG 2.4.13). */
    --_focus: var(--amilia-focus-ring, 2px solid var(--_color-primary));
    --_transition: 150ms ease-out;

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_color-on-surface);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .card {
    background: var(--_color-surface);
    border: 1px solid color-mix(in srgb, var(--_color-border) 50%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  h2,
  h3 {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.15em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) * 0.75);
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    min-block-size: 2.75rem;
    transition: border-color var(--_transition), box-shadow var(--_transition);
  }
  input[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
  /* Headings and messages (tabindex -1) take focus only from script, to be read out: no ring. */
  input:focus-visible,
  select:focus-visible,
  button:focus-visible,
  a:focus-visible,
  [tabindex]:not([tabindex='-1']):focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus-visible {
    outline: none;
  }
  button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    border-radius: calc(var(--_radius) * 0.75);
    padding-block: 0.5rem;
    padding-inline: 1rem;
    min-block-size: 2.75rem;
    border: 1px solid var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    /* No opacity transition: a half-faded button would fail contrast while it fades. */
    transition: background var(--_transition);
  }
  button.secondary {
    background: transparent;
    color: var(--_color-primary);
  }
  button.link {
    background: none;
    border: none;
    color: var(--_color-primary);
    text-decoration: underline;
    padding-inline: 0.25rem;
    min-block-size: auto;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .error {
    color: var(--_color-danger);
  }
  .success {
    color: var(--_color-success);
  }
  .notice {
    background: var(--_color-info-surface);
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_space) * 0.75);
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  dialog {
    color: inherit;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    max-inline-size: min(32rem, 90vw);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  /*
   * Loading: the loaded state's own layout, filled with placeholders and drawn as grey bones, so it has the
   * loaded state's size and nothing moves when the data arrives (no layout shift). It is inert: no focus, no find,
   * nothing read out; a hidden status says it loads.
   */
  .skeleton-holder,
  .skeleton {
    display: contents;
  }
  .skeleton * {
    color: transparent !important;
  }
  .skeleton :is(h2, h3, p, label, legend, li, .badge, strong, a),
  .skeleton button {
    inline-size: fit-content;
    background: color-mix(in srgb, var(--_color-on-surface) 11%, var(--_color-surface));
    border-color: transparent;
    border-radius: calc(var(--_radius) * 0.5);
  }
`;
