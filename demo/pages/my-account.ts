/**
 * "My Amilia account", as a signed-in client sees it: the share banner on top (R8). Signed out, or on
 * `#/sign-in`, it is the sign-in form, with the seeded people one click away.
 */
import { Task } from '@lit/task';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { DEMO_USERS } from '../../mocks/index.js';
import { sameEmail } from '../../src/policy/index.js';
import type { ActivationClient } from '../../src/sdk/index.js';
import { define } from '../../src/elements/shared/base.js';
import '../../src/elements/share-account-banner/share-account-banner.js';
import { describeError } from '../../src/labels/index.js';
import { DemoPage } from './page.js';

export class DemoMyAccount extends DemoPage {
  /** Show the sign-in form even when someone is signed in (sign in as another person). */
  @property({ type: Boolean }) signInOnly = false;
  /** Fills the sign-in form's email (the activation page's "Sign in" passes the new username). */
  @property() email = '';
  @state() private failed = false;

  /**
   * The client accounts linked to the signed-in Amilia user. Amilia would list them from the user's side;
   * the demo has one organization and asks its admin API, so the page agrees with what the banner and the
   * activation page just did (the revision moves after each of them).
   */
  private readonly linked = new Task(this, {
    task: async ([email, client], { signal }) => {
      if (!email) return [];
      const { Items } = await client.accounts.list({ search: email, perPage: 50 }, { signal });
      return Items.filter((account) => account.Members.some((person) => sameEmail(person.Username, email)));
    },
    args: (): readonly [string | undefined, ActivationClient, number] => [this.view.session?.email, this.view.admin, this.view.revision],
  });

  private signIn(email: string, password: string) {
    try {
      this.view.signIn(email, password);
      this.failed = false;
      this.view.navigate('me');
    } catch {
      this.failed = true;
    }
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.signIn(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
  }

  protected override render() {
    return this.view.session && !this.signInOnly ? this.renderAccount() : this.renderSignIn();
  }

  /** A banner per signed-in person: signing in as someone else loads their offers. */
  private renderAccount() {
    const { t } = this.view;
    return html`<h1 tabindex="-1">${t['me.title']}</h1>
      ${keyed(this.view.session?.token, html`<amilia-share-account-banner></amilia-share-account-banner>`)}
      <section class="card" aria-labelledby="organizations">
        <h2 id="organizations">${t['me.organizations']}</h2>
        ${this.linked.render({
          pending: () => html`<p class="muted" role="status">${t['demo.loading']}</p>`,
          complete: (accounts) =>
            accounts.length
              ? html`<ul class="organizations">
                  ${accounts.map((account) => html`<li><strong>${this.view.organization.Name}</strong> <span class="muted">${t['me.linked'](String(account.Id))}</span></li>`)}
                </ul>`
              : html`<p class="muted">${t['me.noOrganizations']}</p>`,
          error: (error) => html`<p class="problem" role="alert">${describeError(error, this.view.language)}</p>`,
        })}
      </section>
      <p><a href=${this.view.href('sign-in')}>${t['client.switch']}</a></p>`;
  }

  private renderSignIn() {
    const { t } = this.view;
    const people = [
      ['Sam Tremblay', DEMO_USERS.selfSignup, t['client.selfSignup']],
      ['Olivia Chen', DEMO_USERS.elsewhere, t['client.elsewhere']],
    ] as const;
    return html`<h1 tabindex="-1">${t['client.signInTitle']}</h1>
      <form class="card narrow" @submit=${this.onSubmit}>
        <label class="field"><span>${t['client.email']}</span><input name="email" type="text" inputmode="email" autocomplete="username" autocapitalize="off" spellcheck="false" required .value=${this.email} /></label>
        <label class="field"><span>${t['client.password']}</span><input name="password" type="password" autocomplete="current-password" required /></label>
        ${this.failed ? html`<p class="error" role="alert">${t['client.wrong']}</p>` : html`<p role="alert" class="error"></p>`}
        <button>${t['client.signIn']}</button>
      </form>
      <section class="card narrow" aria-labelledby="seeded">
        <h2 id="seeded">${t['client.seeded']}</h2>
        <ul class="people">
          ${people.map(
            ([name, user, about]) => html`<li>
              <button class="secondary" @click=${() => this.signIn(user.email, user.password)}>${t['client.as'](name)}</button>
              <span class="muted">${about}</span>
            </li>`,
          )}
        </ul>
      </section>`;
  }
}

define('demo-my-account', DemoMyAccount);

declare global {
  interface HTMLElementTagNameMap {
    'demo-my-account': DemoMyAccount;
  }
}
