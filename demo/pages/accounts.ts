/** Clients › Accounts: search by name or email, filter by activation status and creation date, paged. */
import { Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ACTIVATION_STATUSES, type ActivationStatus } from '../../src/policy/index.js';
import type { Account, ActivationClient, Page, Person } from '../../src/sdk/index.js';
import { define } from '../../src/elements/shared/base.js';
import type { Route } from '../router.js';
import { describeError, statusLabel } from '../../src/labels/index.js';
import { DemoPage, breadcrumbs, statusBadge } from './page.js';

const PER_PAGE = 20;

export class DemoAccounts extends DemoPage {
  @property({ attribute: false }) route!: Route;

  @state() private menuOpen = false;
  @query('.menu button') private menuButton!: HTMLButtonElement;

  private readonly accounts = new Task(this, {
    task: ([search, client], { signal }) => {
      const q = new URLSearchParams(search);
      const status = q.get('status');
      return client.accounts.list(
        {
          search: q.get('search') || undefined,
          activationStatus: ACTIVATION_STATUSES.includes(status as ActivationStatus) ? (status as ActivationStatus) : undefined,
          createdAfter: q.get('after') || undefined,
          page: Number(q.get('page')) || 1,
          perPage: PER_PAGE,
        },
        { signal },
      );
    },
    // The query as text: the same filters never load twice; the revision reloads after outside changes.
    args: (): readonly [string, ActivationClient, number] => [this.route.query.toString(), this.view.admin, this.view.revision],
  });

  private onFilter(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    this.view.navigate('accounts', { search: value('search'), status: value('status'), after: value('after') });
  }

  private onMenuKey(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    this.menuOpen = false;
    this.menuButton.focus();
  }

  protected override render() {
    const { t } = this.view;
    return html`
      ${breadcrumbs(this.view, [[t['nav.clients']], [t['nav.accounts']]])}
      <div class="page-head">
        <h1 tabindex="-1">${t['accounts.title']}</h1>
        <div class="page-actions">
          <a class="button" href=${this.view.href('accounts/new')}>${t['nav.createAccount']}</a>
          ${this.renderOperations()}
        </div>
      </div>
      ${this.renderFilters()} ${this.renderResults()}
    `;
  }

  /** The article's "Operations drop-down menu" on the Accounts page. */
  private renderOperations() {
    const { t } = this.view;
    return html`<div class="menu" @keydown=${this.onMenuKey} @focusout=${this.onMenuFocusOut}>
      <button class="secondary" aria-expanded=${this.menuOpen ? 'true' : 'false'} aria-controls="operations-menu" @click=${() => (this.menuOpen = !this.menuOpen)}>
        ${t['accounts.operations']} <span aria-hidden="true">▾</span>
      </button>
      <ul id="operations-menu" ?hidden=${!this.menuOpen}>
        <li><a href=${this.view.href('operations/send-activation-requests')}>${t['nav.sendRequests']}</a></li>
      </ul>
    </div>`;
  }

  private onMenuFocusOut = (event: FocusEvent) => {
    if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) this.menuOpen = false;
  };

  private renderFilters() {
    const { t, language } = this.view;
    const q = this.route.query;
    return html`<form class="filters" role="search" aria-label=${t['accounts.filters']} @submit=${this.onFilter}>
      <label class="field grow"><span>${t['accounts.search']}</span><input name="search" type="search" .value=${q.get('search') ?? ''} autocomplete="off" /></label>
      <label class="field"><span>${t['accounts.status']}</span>
        <select name="status">
          <option value="">${t['accounts.anyStatus']}</option>
          ${ACTIVATION_STATUSES.map((s) => html`<option value=${s} ?selected=${q.get('status') === s}>${statusLabel(s, language)}</option>`)}
        </select>
      </label>
      <label class="field"><span>${t['accounts.createdAfter']}</span><input name="after" type="date" .value=${q.get('after') ?? ''} /></label>
      <div class="filter-buttons">
        <button>${t['accounts.apply']}</button>
        ${q.size ? html`<a class="button secondary" href=${this.view.href('accounts')}>${t['accounts.clear']}</a>` : nothing}
      </div>
    </form>`;
  }

  private renderResults() {
    const { t, language } = this.view;
    const page = this.accounts.value;
    if (this.accounts.error !== undefined && !page) {
      return html`<div class="problem" role="alert">
        <p>${describeError(this.accounts.error, language)}</p>
        <button class="secondary" @click=${() => this.accounts.run()}>${t['demo.retry']}</button>
      </div>`;
    }
    if (!page) return html`<p role="status" class="muted">${t['demo.loading']}</p>`;
    const { TotalCount, Page: current, PerPage } = page.Paging;
    const from = TotalCount ? (current - 1) * PerPage + 1 : 0;
    return html`<p role="status" class="muted" aria-busy=${this.accounts.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${TotalCount ? t['accounts.range'](from, from + page.Items.length - 1, TotalCount) : t['accounts.none']}
      </p>
      ${TotalCount ? this.renderTable(page, this.accounts.status === TaskStatus.PENDING) : nothing} ${this.renderPager(page)}`;
  }

  /**
   * The person a row shows: the first one the filters matched (an account is listed when any of its
   * people matches, so "Not invited" may be a member while the owner is active), else the owner.
   */
  private shownPerson(account: Account): Person | undefined {
    const q = this.route.query;
    const status = q.get('status');
    const search = q.get('search')?.trim().toLowerCase();
    const matches = (p: Person) =>
      (!status || p.ActivationStatus === status) && (!search || `${p.FullName} ${p.Email ?? ''}`.toLowerCase().includes(search));
    const owner = account.Owners[0] ?? account.Members[0];
    return owner && matches(owner) ? owner : (account.Members.find(matches) ?? owner);
  }

  /** While the next page or filter loads, the previous results stay, dimmed. */
  private renderTable(page: Page<Account>, stale: boolean) {
    const { t } = this.view;
    return html`<div class="table-wrap ${stale ? 'stale' : ''}"><table class="accounts">
      <thead><tr>
        <th scope="col">${t['accounts.owner']}</th>
        <th scope="col">${t['accounts.activation']}</th>
        <th scope="col" class="number">${t['accounts.members']}</th>
        <th scope="col">${t['accounts.created']}</th>
      </tr></thead>
      <tbody>
        ${page.Items.map((account) => {
          const person = this.shownPerson(account);
          const owner = account.Owners[0];
          return html`<tr>
            <th scope="row">
              <a href=${this.view.href(`accounts/${account.Id}`)}>${person?.FullName ?? `#${account.Id}`}</a>
              ${person && owner && person.Id !== owner.Id ? html`<span class="tag">${t['accounts.memberOf'](owner.FullName)}</span>` : nothing}
              ${account.IsArchived ? html`<span class="tag">${t['accounts.archived']}</span>` : nothing}
              <span class="email">${person?.Email ?? t['accounts.noEmail']}</span>
            </th>
            <td>${person ? statusBadge(this.view, person.ActivationStatus) : nothing}</td>
            <td class="number">${account.Members.length}</td>
            <td><time datetime=${account.CreatedOn}>${this.view.date(account.CreatedOn)}</time></td>
          </tr>`;
        })}
      </tbody>
    </table></div>`;
  }

  private renderPager(page: Page<Account>) {
    const { t } = this.view;
    const { TotalCount, Page: current, PerPage } = page.Paging;
    const pages = Math.max(1, Math.ceil(TotalCount / PerPage));
    if (pages === 1) return nothing;
    const to = (n: number) => this.view.href('accounts', { ...Object.fromEntries(this.route.query), page: n });
    return html`<nav class="pager" aria-label=${t['pager.label']}>
      ${current > 1 ? html`<a class="button secondary" href=${to(current - 1)} rel="prev">${t['pager.previous']}</a>` : html`<span></span>`}
      <span>${t['pager.page'](current, pages)}</span>
      ${current < pages ? html`<a class="button secondary" href=${to(current + 1)} rel="next">${t['pager.next']}</a>` : html`<span></span>`}
    </nav>`;
  }
}

define('demo-accounts', DemoAccounts);

declare global {
  interface HTMLElementTagNameMap {
    'demo-accounts': DemoAccounts;
  }
}
