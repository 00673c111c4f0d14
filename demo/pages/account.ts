/** A client account, on its Account Members tab: each member's activation (R3) and email (R9). */
import { Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Account, ActivationClient, Person } from '../../src/sdk/index.js';
import { isApiError } from '../../src/sdk/index.js';
import { define } from '../../src/elements/shared/base.js';
import '../../src/elements/activation-button/activation-button.js';
import '../../src/elements/client-email/client-email.js';
import { describeError } from '../../src/labels/index.js';
import { DemoPage, breadcrumbs } from './page.js';

export class DemoAccount extends DemoPage {
  @property({ attribute: false }) accountId = '';

  private readonly account = new Task(this, {
    task: ([id, client], { signal }) => client.accounts.get(id, { signal }),
    args: (): readonly [string, ActivationClient, number] => [this.accountId, this.view.admin, this.view.revision],
  });

  protected override render() {
    const { t, language } = this.view;
    const account = this.account.value;
    // Another account's data never shows under this one's address while it loads.
    const current = account && String(account.Id) === this.accountId ? account : undefined;
    if (!current) {
      // Only this address's own failure counts: the last one's stays on the task while the next loads.
      const error = this.account.status === TaskStatus.ERROR ? this.account.error : undefined;
      const missing = isApiError(error) && error.code === 'NotFound';
      return html`${breadcrumbs(this.view, [[t['nav.clients']], [t['nav.accounts'], 'accounts'], [`#${this.accountId}`]])}
        <h1 tabindex="-1">${missing ? t['account.notFound'] : t['account.number'](this.accountId)}</h1>
        ${error === undefined
          ? html`<p role="status" class="muted">${t['demo.loading']}</p>`
          : missing
            ? nothing
            : html`<div class="problem" role="alert"><p>${describeError(error, language)}</p>
                <button class="secondary" @click=${() => this.account.run()}>${t['demo.retry']}</button></div>`}`;
    }
    return this.renderAccount(current);
  }

  private renderAccount(account: Account) {
    const { t } = this.view;
    const owner = account.Owners[0] ?? account.Members[0];
    const name = owner?.FullName ?? t['account.number'](String(account.Id));
    return html`
      ${breadcrumbs(this.view, [[t['nav.clients']], [t['nav.accounts'], 'accounts'], [name]])}
      <div class="page-head">
        <div>
          <h1 tabindex="-1">${name}</h1>
          <p class="muted">
            ${t['account.number'](String(account.Id))} · ${t['account.created'](this.view.date(account.CreatedOn, { dateStyle: 'long' }))}
            ${account.IsArchived ? html`<span class="tag">${t['accounts.archived']}</span>` : nothing}
          </p>
        </div>
      </div>
      ${this.renderNotice(account)}
      <div class="tabs" role="presentation"><span class="tab" aria-current="page">${t['account.members']}</span></div>
      <h2 class="visually-hidden">${t['account.members']}</h2>
      <ul class="members">
        ${repeat(account.Members, (person) => person.Id, (person) => this.renderMember(account, person))}
      </ul>
    `;
  }

  private renderNotice(account: Account) {
    const notice = this.view.notice;
    if (!notice || (notice.whileNoEmail && account.Members.some((person) => person.Email))) return nothing;
    const [label, path] = notice.link ?? [];
    return html`<p class="notice" role="status">${notice.text} ${path ? html`<a href=${this.view.href(path)}>${label}</a>` : nothing}</p>`;
  }

  private renderMember(account: Account, person: Person) {
    const { t } = this.view;
    const isOwner = account.Owners.some((o) => o.Id === person.Id);
    const id = `member-${person.Id}`;
    return html`<li class="member card" aria-labelledby=${id}>
      <h3 id=${id}>
        ${person.FullName}
        <span class="tag">${isOwner ? t['account.owner'] : person.IsChild ? t['account.child'] : t['account.adult']}</span>
      </h3>
      ${person.DateOfBirth ? html`<p class="muted">${t['account.born'](this.view.date(`${person.DateOfBirth}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }))}</p>` : nothing}
      <div class="member-grid">
        <section aria-label=${`${t['account.activation']}: ${person.FullName}`}>
          <h4>${t['account.activation']}</h4>
          <amilia-activation-button account-id=${String(account.Id)} person-id=${String(person.Id)} .person=${person}></amilia-activation-button>
        </section>
        <section aria-label=${`${t['account.email']}: ${person.FullName}`}>
          <h4>${t['account.email']}</h4>
          <amilia-client-email account-id=${String(account.Id)} person-id=${String(person.Id)} .person=${person}></amilia-client-email>
        </section>
      </div>
    </li>`;
  }
}

define('demo-account', DemoAccount);

declare global {
  interface HTMLElementTagNameMap {
    'demo-account': DemoAccount;
  }
}
