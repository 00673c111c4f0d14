/**
 * The mailbox: every email in the mocked outbox, newest first, and the one chosen, as the client reads it.
 * Bodies are plain text and shown as text, never parsed as HTML: names typed by admins reach them.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Email } from '../../mocks/index.js';
import { define } from '../../src/elements/shared/base.js';
import type { Route } from '../router.js';
import { DemoPage, breadcrumbs } from './page.js';

const PAGE = 50;

/** Only web links become clickable; anything else stays text. */
const safeLink = (link: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(link).protocol) ? link : undefined;
  } catch {
    return undefined;
  }
};

export class DemoMailbox extends DemoPage {
  @property({ attribute: false }) route!: Route;
  @state() private filter = '';
  @state() private shown = PAGE;

  private sent(iso: string) {
    return this.view.date(iso, { dateStyle: 'medium', timeStyle: 'short' });
  }

  protected override render() {
    // Seeded emails were sent back-dated, so the outbox order is not the time order.
    const all = this.view.backend.outbox.list().sort((a, b) => b.SentOn.localeCompare(a.SentOn) || b.Id - a.Id);
    const id = this.route.path[1];
    if (id === undefined) return this.renderList(all);
    const email = all.find((e) => String(e.Id) === id);
    return email ? this.renderEmail(email) : this.renderMissing();
  }

  private renderList(all: Email[]) {
    const { t } = this.view;
    const needle = this.filter.trim().toLowerCase();
    const matching = needle ? all.filter((e) => e.To.toLowerCase().includes(needle)) : all;
    return html`<h1 tabindex="-1">${t['mailbox.title']}</h1>
      <p class="muted">${t['mailbox.intro']}</p>
      <label class="field mail-filter"><span>${t['mailbox.filter']}</span>
        <input type="search" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} autocomplete="off" />
      </label>
      <p class="muted" role="status">${all.length ? t['mailbox.count'](matching.length, all.length) : t['mailbox.empty']}</p>
      ${matching.length ? this.renderTable(matching.slice(0, this.shown)) : nothing}
      ${matching.length > this.shown ? html`<button class="secondary more" @click=${() => (this.shown += PAGE)}>${t['mailbox.more']}</button>` : nothing}`;
  }

  private renderTable(emails: Email[]) {
    const { t } = this.view;
    return html`<div class="table-wrap"><table class="mail-table">
      <thead><tr>
        <th scope="col">${t['mailbox.to']}</th>
        <th scope="col">${t['mailbox.kind']}</th>
        <th scope="col">${t['mailbox.channel']}</th>
        <th scope="col">${t['mailbox.language']}</th>
        <th scope="col">${t['mailbox.sent']}</th>
      </tr></thead>
      <tbody>
        ${emails.map(
          (email) => html`<tr>
            <th scope="row"><a href=${this.view.href(`mailbox/${email.Id}`)}>${email.To}</a></th>
            <td>${t[`kind.${email.Kind}`]}</td>
            <td>${t[`channel.${email.Channel}`]}</td>
            <td>${t[`language.${email.Language}`]}</td>
            <td><time datetime=${email.SentOn}>${this.sent(email.SentOn)}</time></td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  private renderEmail(email: Email) {
    const { t, organization } = this.view;
    const link = safeLink(email.Link);
    return html`${breadcrumbs(this.view, [[t['mailbox.title'], 'mailbox'], [email.To]])}
      <article class="mail card">
        <h1 tabindex="-1" lang=${email.Language}>${email.Subject}</h1>
        <dl class="mail-meta">
          <dt>${t['mailbox.from']}</dt><dd>${t['mailbox.fromValue'](organization.Name)}</dd>
          <dt>${t['mailbox.to']}</dt><dd>${email.To}</dd>
          <dt>${t['mailbox.sent']}</dt><dd><time datetime=${email.SentOn}>${this.sent(email.SentOn)}</time></dd>
          <dt>${t['mailbox.kind']}</dt><dd>${t[`kind.${email.Kind}`]} · ${t[`channel.${email.Channel}`]} · ${t[`language.${email.Language}`]}</dd>
        </dl>
        <div class="mail-body" lang=${email.Language}>${email.Body}</div>
        ${link
          ? html`<p class="mail-link">
              <a class="button" href=${link} target="_blank" rel="noreferrer" aria-describedby="new-tab">${t['mailbox.open']}</a>
              <span id="new-tab" class="muted">${t['mailbox.newTab']}</span>
            </p>`
          : nothing}
      </article>`;
  }

  private renderMissing() {
    const { t } = this.view;
    return html`${breadcrumbs(this.view, [[t['mailbox.title'], 'mailbox']])}
      <h1 tabindex="-1">${t['mailbox.missing']}</h1>`;
  }
}

define('demo-mailbox', DemoMailbox);

declare global {
  interface HTMLElementTagNameMap {
    'demo-mailbox': DemoMailbox;
  }
}
