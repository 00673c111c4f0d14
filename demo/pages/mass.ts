/**
 * Clients › Accounts › Operations › Send activation requests: the mass element (R4, R5). The job it starts
 * goes into the address (`?job=…`), so a reload shows that job again, running or ended; names link to accounts.
 */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { AmiliaEvent } from '../../src/elements/shared/events.js';
import { define } from '../../src/elements/shared/base.js';
import '../../src/elements/mass-activation/mass-activation.js';
import { routeHref } from '../router.js';
import { DemoPage, breadcrumbs } from './page.js';

const PATH = 'operations/send-activation-requests';

export class DemoMass extends DemoPage {
  /** The job the address names, if any. */
  @property({ attribute: false }) jobId = '';

  private onStarted(event: AmiliaEvent<'amilia-mass-started'>) {
    // Replaced, not pushed: no new history entry, and no navigation (focus stays on the job's progress).
    this.jobId = event.detail.job.Id;
    history.replaceState(history.state, '', routeHref(PATH, { job: this.jobId }));
  }

  protected override render() {
    const { t } = this.view;
    return html`${breadcrumbs(this.view, [[t['nav.clients']], [t['nav.accounts'], 'accounts'], [t['nav.operations']], [t['mass.title']]])}
      <h1 tabindex="-1">${t['mass.title']}</h1>
      <amilia-mass-activation job-id=${this.jobId} account-href=${this.view.href('accounts/{accountId}')} @amilia-mass-started=${this.onStarted}></amilia-mass-activation>`;
  }
}

define('demo-mass', DemoMass);

declare global {
  interface HTMLElementTagNameMap {
    'demo-mass': DemoMass;
  }
}
