/** Clients › Accounts › Operations › Send activation requests: the mass element (R4, R5). */
import { html } from 'lit';
import { define } from '../../src/elements/shared/base.js';
import '../../src/elements/mass-activation/mass-activation.js';
import { DemoPage, breadcrumbs } from './page.js';

export class DemoMass extends DemoPage {
  protected override render() {
    const { t } = this.view;
    return html`${breadcrumbs(this.view, [[t['nav.clients']], [t['nav.accounts'], 'accounts'], [t['nav.operations']], [t['mass.title']]])}
      <h1 tabindex="-1">${t['mass.title']}</h1>
      <amilia-mass-activation></amilia-mass-activation>`;
  }
}

define('demo-mass', DemoMass);

declare global {
  interface HTMLElementTagNameMap {
    'demo-mass': DemoMass;
  }
}
