/** Create account: the element, then the new account's page with what was sent (R1, R2). */
import { html } from 'lit';
import type { AmiliaEvent } from '../../src/elements/shared/events.js';
import { define } from '../../src/elements/shared/base.js';
import '../../src/elements/create-account/create-account.js';
import { DemoPage, breadcrumbs } from './page.js';

export class DemoCreateAccount extends DemoPage {
  private onCreated(event: AmiliaEvent<'amilia-account-created'>) {
    const { account, request } = event.detail;
    const { t } = this.view;
    this.view.navigate(
      `accounts/${account.Id}`,
      undefined,
      request ? { text: t['account.createdSent'](request.Email), link: [t['account.toMailbox'], 'mailbox'] } : { text: t['account.createdSilent'], whileNoEmail: true },
    );
  }

  protected override render() {
    const { t } = this.view;
    return html`${breadcrumbs(this.view, [[t['nav.clients']], [t['nav.accounts'], 'accounts'], [t['create.title']]])}
      <h1 tabindex="-1">${t['create.title']}</h1>
      <amilia-create-account @amilia-account-created=${this.onCreated}></amilia-create-account>`;
  }
}

define('demo-create-account', DemoCreateAccount);

declare global {
  interface HTMLElementTagNameMap {
    'demo-create-account': DemoCreateAccount;
  }
}
