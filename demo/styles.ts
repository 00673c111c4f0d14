/**
 * The demo's one style sheet, adopted by the document: the pages render in light DOM, so it reaches them
 * (and only them: the elements keep their own shadow styles and are themed through --amilia-* alone).
 */
import { css } from 'lit';
import { statusStyles } from '../src/elements/shared/status.js';

const sheet = css`
  :root {
    color-scheme: light dark;
    --brand: light-dark(#0a6e5c, #5fd3b8);
    --brand-strong: light-dark(#08493e, #8fe3cf);
    --on-brand: light-dark(#ffffff, #00211a);
    --amilia: light-dark(#3346a8, #9fb0ff);
    --bg: light-dark(#f3f5f4, #101413);
    --surface: light-dark(#ffffff, #161b1a);
    --text: light-dark(#1c2321, #e3ebe8);
    --muted: light-dark(#55605c, #a9b5b0);
    --line: light-dark(#d5dcd9, #2f3a37);
    --field: light-dark(#8a9691, #6f7c77);
    --danger: light-dark(#b3261e, #ffb4ab);
    --success: light-dark(#1e6b34, #8fd9a1);
    --warning: light-dark(#7a4f00, #f3c26b);
    --info-surface: light-dark(#eef5f3, #22302c);
    --bar: light-dark(#1c2321, #050706);
    --radius: 0.5rem;
    --amilia-color-primary: var(--brand);
    /* The library's status badges (statusStyles) read the elements' colours. */
    --_color-primary: var(--brand);
    --_color-surface: var(--surface);
    --_color-on-surface: var(--text);
    --_color-muted: var(--muted);
    --_color-success: var(--success);
    --_color-warning: var(--warning);
  }
  body {
    margin: 0;
    background: var(--bg);
    color: var(--text);
    font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  demo-app,
  demo-app * {
    box-sizing: border-box;
  }
  demo-app a {
    color: var(--brand);
  }
  /* A solid ring in the brand colour, off the control's edge: at least 3:1 against the page in both schemes. */
  demo-app :is(a, button, input, select, [tabindex]):focus-visible {
    outline: 2px solid var(--brand);
    outline-offset: 2px;
  }
  demo-app h1 {
    font-size: 1.6rem;
    line-height: 1.25;
    margin: 0 0 1rem;
  }
  demo-app h1[tabindex]:focus {
    outline: none;
  }
  demo-app h2 {
    font-size: 1.15rem;
    margin: 0 0 0.75rem;
  }
  demo-app h3 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  .muted {
    color: var(--muted);
  }
  .error {
    color: var(--danger);
    margin: 0.25rem 0 0;
  }
  .error:empty {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Controls, close to the elements' own so the page reads as one product. */
  demo-app :is(input:not([type='radio'], [type='checkbox']), select) {
    font: inherit;
    color: inherit;
    background: var(--surface);
    border: 1px solid var(--field);
    border-radius: calc(var(--radius) * 0.75);
    padding: 0.45rem 0.7rem;
    block-size: 2.5rem;
    /* Inputs are as wide as their column, never their default 20 characters (no overflow at 320 px). */
    min-inline-size: 0;
  }
  demo-app input[aria-invalid='true'] {
    border-color: var(--danger);
  }
  demo-app :is(button, .button) {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    cursor: pointer;
    border-radius: calc(var(--radius) * 0.75);
    padding: 0.45rem 1rem;
    min-block-size: 2.5rem;
    border: 1px solid var(--brand);
    background: var(--brand);
    color: var(--on-brand);
    text-decoration: none;
  }
  demo-app :is(button, .button).secondary {
    background: var(--surface);
    color: var(--brand);
  }
  demo-app button.danger {
    background: var(--danger);
    border-color: var(--danger);
    color: light-dark(#fff, #2b0000);
  }
  demo-app button.link {
    background: none;
    border: none;
    color: var(--brand);
    text-decoration: underline;
    padding: 0.25rem;
    min-block-size: auto;
    font-weight: 500;
  }
  demo-app button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: 0.75rem;
  }
  .field > span,
  .field > label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  .card {
    background: var(--surface);
    border: 1px solid var(--line);
    border-radius: var(--radius);
    padding: 1rem 1.25rem;
    margin-block-end: 1rem;
  }
  .narrow {
    max-inline-size: 34rem;
  }
  .two {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0 1rem;
  }
  .notice {
    background: var(--info-surface);
    border-inline-start: 4px solid var(--brand);
    border-radius: calc(var(--radius) * 0.75);
    padding: 0.75rem 1rem;
  }
  .problem {
    border-inline-start: 4px solid var(--danger);
    padding: 0.5rem 1rem;
    background: var(--surface);
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.4rem;
    padding: 0 0.5em;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    vertical-align: middle;
    background: var(--info-surface);
    color: var(--muted);
  }

  /* The frame: the demo bar, the site, the QA panel. */
  .demo {
    min-block-size: 100vh;
    display: flex;
    flex-direction: column;
  }
  .demo-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1.25rem;
    padding: 0.35rem 1rem;
    background: var(--bar);
    color: #e3ebe8;
    font-size: 0.9rem;
  }
  demo-app .demo-bar :focus-visible {
    outline-color: #5fd3b8;
  }
  .demo-bar nav {
    display: flex;
    gap: 0.25rem;
  }
  .demo-bar nav a {
    color: #e3ebe8;
    text-decoration: none;
    padding: 0.3rem 0.75rem;
    border-radius: 999px;
  }
  .demo-bar nav a[aria-current='page'] {
    background: #e3ebe8;
    color: #1c2321;
    font-weight: 600;
  }
  .demo-bar .count {
    display: inline-block;
    min-inline-size: 1.5em;
    padding: 0 0.4em;
    border-radius: 999px;
    background: #5fd3b8;
    color: #00211a;
    font-size: 0.75rem;
    font-weight: 700;
    text-align: center;
  }
  .demo-note {
    color: #a9b5b0;
    margin-inline-start: auto;
  }
  .demo-bar .panel-toggle {
    min-block-size: 2rem;
    padding: 0.2rem 0.8rem;
    background: transparent;
    border-color: #5fd3b8;
    color: #e3ebe8;
  }
  .demo-bar .panel-toggle[aria-expanded='true'] {
    background: #5fd3b8;
    color: #00211a;
  }
  .skip {
    position: absolute;
    inset-inline-start: -100vw;
  }
  .skip:focus {
    position: static;
    color: #fff !important;
  }
  .demo-body {
    flex: 1;
    display: flex;
    align-items: stretch;
    min-block-size: 0;
  }
  .site {
    flex: 1;
    min-inline-size: 0;
  }

  /* Admin (SmartRec). */
  .admin {
    display: grid;
    grid-template-columns: 12.5rem minmax(0, 1fr);
    grid-template-rows: auto 1fr;
    min-block-size: 100%;
  }
  .admin-header {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.6rem 1.25rem;
    background: var(--surface);
    border-block-end: 1px solid var(--line);
  }
  .logo {
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 0.4rem;
    background: var(--brand);
    color: var(--on-brand);
    font-weight: 800;
  }
  .brand {
    font-weight: 800;
    font-size: 1.15rem;
    letter-spacing: -0.01em;
  }
  .org {
    color: var(--muted);
    border-inline-start: 1px solid var(--line);
    padding-inline-start: 0.75rem;
  }
  .store {
    margin-inline-start: auto;
    white-space: nowrap;
    font-size: 0.8rem;
    font-weight: 600;
    padding: 0.1rem 0.6rem;
    border-radius: 999px;
    border: 1px solid var(--warning);
    color: var(--warning);
  }
  .store.live {
    border-color: var(--success);
    color: var(--success);
  }
  .admin-nav {
    background: var(--surface);
    border-inline-end: 1px solid var(--line);
    padding: 1rem 0.75rem;
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }
  .nav-group {
    margin: 0.75rem 0.5rem 0.25rem;
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--muted);
  }
  .nav-group:first-child {
    margin-block-start: 0;
  }
  .admin-nav a {
    color: var(--text);
    text-decoration: none;
    padding: 0.4rem 0.6rem;
    border-radius: 0.4rem;
  }
  .admin-nav a:hover {
    background: var(--info-surface);
  }
  .admin-nav a[aria-current='page'] {
    background: var(--info-surface);
    color: var(--brand-strong);
    font-weight: 600;
    box-shadow: inset 3px 0 0 var(--brand);
  }
  .admin-main,
  .client-main,
  .mailbox-main {
    padding: 1.25rem 1.5rem 3rem;
    min-inline-size: 0;
  }
  .crumbs ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0 0 0.35rem;
    padding: 0;
    font-size: 0.85rem;
    color: var(--muted);
  }
  .crumbs li + li::before {
    content: '›';
    margin-inline-end: 0.25rem;
  }
  .page-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .page-head p {
    margin: -0.6rem 0 1rem;
  }
  .page-actions {
    display: flex;
    gap: 0.5rem;
  }
  .menu {
    position: relative;
  }
  .menu ul {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 0.25rem);
    z-index: 1;
    list-style: none;
    margin: 0;
    padding: 0.35rem;
    min-inline-size: 16rem;
    background: var(--surface);
    border: 1px solid var(--line);
    border-radius: var(--radius);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.12);
  }
  .menu a {
    display: block;
    padding: 0.5rem 0.75rem;
    border-radius: 0.35rem;
    color: var(--text);
    text-decoration: none;
  }
  .menu a:hover {
    background: var(--info-surface);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 0.75rem;
    padding: 1rem 1rem 0.25rem;
    background: var(--surface);
    border: 1px solid var(--line);
    border-radius: var(--radius);
    margin-block-end: 0.75rem;
  }
  .filters .grow {
    flex: 1 1 14rem;
  }
  .filter-buttons {
    display: flex;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  .table-wrap {
    overflow-x: auto;
    background: var(--surface);
    border: 1px solid var(--line);
    border-radius: var(--radius);
  }
  demo-app table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.95rem;
  }
  demo-app :is(th, td) {
    text-align: start;
    padding: 0.55rem 0.85rem;
    border-block-end: 1px solid var(--line);
    vertical-align: middle;
  }
  demo-app thead th {
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--muted);
    background: color-mix(in srgb, var(--bg) 60%, var(--surface));
    white-space: nowrap;
  }
  demo-app tbody tr:last-child > * {
    border-block-end: none;
  }
  demo-app tbody th {
    font-weight: 600;
  }
  demo-app td.number,
  demo-app th.number {
    text-align: end;
  }
  table.accounts .email {
    display: block;
    color: var(--muted);
    font-weight: 400;
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
  table.accounts td {
    white-space: nowrap;
  }
  .table-wrap.stale {
    opacity: 0.55;
    transition: opacity 150ms 150ms;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    margin-block-start: 0.75rem;
  }
  .tabs {
    display: flex;
    gap: 0.25rem;
    border-block-end: 1px solid var(--line);
    margin-block: 0.5rem 1rem;
  }
  .tab {
    padding: 0.5rem 0.9rem;
    font-weight: 600;
    color: var(--brand-strong);
    border-block-end: 3px solid var(--brand);
    margin-block-end: -1px;
  }
  .members {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .member h3 {
    margin-block-end: 0.15rem;
  }
  .member > p {
    margin: 0;
    font-size: 0.9rem;
  }
  .member-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: 0.5rem 2rem;
    margin-block-start: 0.75rem;
  }
  .member h4 {
    margin: 0 0 0.4rem;
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--muted);
  }

  /* Mailbox. */
  .mailbox-main {
    max-inline-size: 60rem;
  }
  .mail-filter {
    max-inline-size: 24rem;
  }
  .mail-table td,
  .mail-table th {
    white-space: nowrap;
  }
  .mail-table tbody th {
    font-weight: 500;
  }
  .mail {
    max-inline-size: 44rem;
  }
  .mail h1 {
    font-size: 1.35rem;
  }
  .mail-meta {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15rem 0.75rem;
    margin: 0 0 1rem;
    font-size: 0.9rem;
  }
  .mail-meta dt {
    color: var(--muted);
  }
  .mail-meta dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .mail-body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    padding-block: 1rem;
    border-block: 1px solid var(--line);
  }
  .mail-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 1rem 0 0;
  }
  .more {
    margin-block-start: 0.75rem;
  }

  /* Client side (Amilia). */
  .site-client {
    --brand: var(--amilia);
    --amilia-color-primary: var(--amilia);
  }
  .client-header {
    display: flex;
    align-items: center;
    gap: 0.5rem 1.5rem;
    padding: 0.75rem 1.75rem;
    background: var(--amilia);
    color: light-dark(#fff, #0b1240);
  }
  .amilia {
    font-weight: 800;
    font-size: 1.35rem;
    letter-spacing: -0.02em;
  }
  .client-header nav {
    display: flex;
    gap: 1rem;
  }
  .client-header a,
  .client-header button.link {
    color: inherit;
  }
  .client-header a[aria-current='page'] {
    font-weight: 700;
  }
  .client-header .session {
    margin-inline-start: auto;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-inline-size: 0;
    font-size: 0.9rem;
  }
  .client-header .who {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .client-header .session button {
    white-space: nowrap;
  }
  .client-main {
    max-inline-size: 46rem;
    margin-inline: auto;
  }
  .client-main amilia-share-account-banner,
  .client-main amilia-activate-account {
    margin-block-end: 1rem;
  }
  .client-main .aside {
    font-size: 0.9rem;
  }
  .people {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .people li {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }

  /* The QA panel. */
  demo-qa-panel {
    flex: 0 0 19rem;
    min-inline-size: 0;
    background: var(--surface);
    border-inline-start: 1px solid var(--line);
    font-size: 0.9rem;
  }
  .qa {
    position: sticky;
    inset-block-start: 2.6rem;
    max-block-size: calc(100vh - 2.6rem);
    overflow-y: auto;
    padding: 0.75rem 1rem 1.5rem;
  }
  .qa-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  .qa-head h2 {
    margin: 0;
  }
  .qa section {
    border: none;
    border-block-start: 1px solid var(--line);
    margin: 0.75rem 0 0;
    padding: 0.75rem 0 0;
  }
  .qa h3,
  .qa legend {
    font-size: 0.75rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--muted);
    margin: 0 0 0.5rem;
    padding: 0;
  }
  .qa fieldset {
    min-inline-size: 0;
  }
  .qa section fieldset {
    border: none;
    margin: 0.25rem 0;
    padding: 0;
  }
  .qa-now {
    margin: 0 0 0.5rem;
    display: grid;
  }
  .qa-now span {
    font-size: 0.8rem;
    color: var(--muted);
  }
  .qa-now time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .qa-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin-block-end: 0.5rem;
  }
  .qa :is(button, .button) {
    min-block-size: 2rem;
    padding: 0.2rem 0.6rem;
    font-size: 0.85rem;
  }
  .qa-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .qa-row label {
    grid-column: 1 / -1;
    font-weight: 600;
  }
  .qa input:not([type='radio'], [type='checkbox']) {
    block-size: 2rem;
    padding: 0.2rem 0.5rem;
  }
  .qa-field {
    display: grid;
    grid-template-columns: 1fr 5.5rem;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.3rem;
  }
  .qa-check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.25rem;
  }
  .qa-check input {
    min-block-size: auto;
    inline-size: 1.1rem;
    block-size: 1.1rem;
    accent-color: var(--brand);
  }
  .qa-hint {
    color: var(--muted);
    font-size: 0.8rem;
    margin: 0.5rem 0 0;
  }
  .qa-warning {
    color: var(--danger);
  }
  demo-app dialog {
    color: inherit;
    background: var(--surface);
    border: 1px solid var(--line);
    border-radius: var(--radius);
    padding: 1.25rem;
    max-inline-size: min(28rem, 90vw);
  }
  demo-app dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  demo-app dialog .actions {
    display: flex;
    gap: 0.5rem;
    justify-content: flex-end;
  }

  @media (max-width: 60rem) {
    .demo-body {
      flex-direction: column;
    }
    /* The QA panel comes after the site: the site fills the screen, so a page that draws its content late
       does not push a panel already on screen down (a layout shift). */
    .site {
      min-block-size: 100dvh;
    }
    demo-qa-panel {
      flex: none;
      border-inline-start: none;
      border-block-start: 1px solid var(--line);
    }
    .qa {
      position: static;
      max-block-size: none;
    }
    .admin {
      grid-template-columns: 1fr;
    }
    .admin-nav {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
      border-inline-end: none;
      border-block-end: 1px solid var(--line);
      padding: 0.5rem 1rem;
    }
    .nav-group {
      margin: 0 0.25rem 0 0.5rem;
    }
    .demo-note {
      display: none;
    }
    .client-header,
    .admin-header,
    .demo-bar nav {
      flex-wrap: wrap;
    }
    .org {
      display: none;
    }
    .admin-main,
    .client-main,
    .mailbox-main {
      padding-inline: 1rem;
    }
  }
`;

let adopted = false;

/** Adds the demo's style sheet to the document, once. */
export function adoptDemoStyles(): void {
  if (adopted || !sheet.styleSheet || !statusStyles.styleSheet) return;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, statusStyles.styleSheet, sheet.styleSheet];
  adopted = true;
}
