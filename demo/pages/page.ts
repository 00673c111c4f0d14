/** What every demo page shares: light DOM (the demo's one style sheet reaches it) and the app's view. */
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ActivationStatus } from '../../src/policy/index.js';
import type { DemoView } from '../app.js';
import { statusBadge as libraryBadge } from '../../src/elements/shared/status.js';
import { statusLabel } from '../../src/labels/index.js';

export abstract class DemoPage extends LitElement {
  @property({ attribute: false }) view!: DemoView;

  protected override createRenderRoot() {
    return this;
  }
}


/** A status as the elements show it: same words, same icon, same colour. */
export const statusBadge = (view: DemoView, status: ActivationStatus) => libraryBadge(status, statusLabel(status, view.language));

/** The crumbs above a page's title. */
export const breadcrumbs = (view: DemoView, crumbs: readonly (readonly [label: string, path?: string])[]) =>
  html`<nav class="crumbs" aria-label=${view.t['nav.breadcrumb']}><ol>
    ${crumbs.map(([label, path]) => html`<li>${path ? html`<a href=${view.href(path)}>${label}</a>` : html`<span aria-current="page">${label}</span>`}</li>`)}
  </ol></nav>`;
