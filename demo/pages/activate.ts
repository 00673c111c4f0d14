/** The page an activation email links to (R6, R7): the element, then the way into the client's account. */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AmiliaEvent } from '../../src/elements/shared/events.js';
import { define } from '../../src/elements/shared/base.js';
import '../../src/elements/activate-account/activate-account.js';
import { DemoPage } from './page.js';

export class DemoActivate extends DemoPage {
  /** The link's token when the app routes here itself (`#/activate?token=…`); activate.html leaves it to the element. */
  @property() token = '';
  /** Who activated: the success state's "Sign in" then opens the sign-in form with their username filled in. */
  @state() private activated: string | undefined;

  private onActivated(event: AmiliaEvent<'amilia-activated'>) {
    this.activated = event.detail.username;
  }

  protected override render() {
    const { t } = this.view;
    // The link's reader is whoever opened the email, not the demo's signed-in client: they sign in next.
    return html`<h1 tabindex="-1" class="visually-hidden">${t['activate.title']}</h1>
      <amilia-activate-account
        token=${this.token || nothing}
        sign-in-url=${this.view.href('sign-in', { email: this.activated })}
        @amilia-activated=${this.onActivated}
      ></amilia-activate-account>
      ${this.activated ? nothing : html`<p class="muted aside">${t['activate.hint']} <a href=${this.view.href('mailbox')}>${t['activate.toMailbox']}</a></p>`}`;
  }
}

define('demo-activate', DemoActivate);

declare global {
  interface HTMLElementTagNameMap {
    'demo-activate': DemoActivate;
  }
}
