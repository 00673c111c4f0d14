/**
 * "Sign up on your own": a new Amilia user made directly in the backend, as Amilia's own sign-up page
 * would, then signed in. With a client's email, My Amilia account then offers to share it (R8).
 */
import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { isValidEmail, loadCommonPasswords, normalizeEmail, passwordProblems } from '../../src/policy/index.js';
import { describePasswordProblems } from '../../src/labels/index.js';
import { define } from '../../src/elements/shared/base.js';
import { DemoPage } from './page.js';

type Field = 'firstName' | 'lastName' | 'email' | 'password';
type Problem = { field: Field; message: string };

export class DemoSignUp extends DemoPage {
  @state() private problems: Problem[] = [];
  @state() private busy = false;
  @query('form') private form!: HTMLFormElement;

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy) return;
    const { t, backend, language } = this.view;
    const data = new FormData(this.form);
    const value = (name: Field) => String(data.get(name) ?? '');
    const email = normalizeEmail(value('email'));
    const password = value('password');
    const problems: Problem[] = [];
    for (const field of ['firstName', 'lastName', 'email', 'password'] as const) {
      if (!value(field).trim()) problems.push({ field, message: t['signUp.required'] });
    }
    if (email && !isValidEmail(email)) problems.push({ field: 'email', message: t['signUp.invalidEmail'] });
    else if (email && backend.hasAmiliaUser(email)) problems.push({ field: 'email', message: t['signUp.taken'] });
    if (password) {
      this.busy = true;
      const reasons = passwordProblems(password, { email, commonPasswords: await loadCommonPasswords() });
      this.busy = false;
      if (reasons.length) problems.push({ field: 'password', message: describePasswordProblems(reasons, language) });
    }
    this.problems = problems;
    if (problems.length) {
      await this.updateComplete;
      this.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    backend.addAmiliaUser({ email, password, firstName: value('firstName').trim(), lastName: value('lastName').trim() });
    this.view.signIn(email, password);
    this.view.navigate('me');
  }

  private field(name: Field, label: string, type: string, autocomplete: string) {
    const problem = this.problems.find((p) => p.field === name);
    return html`<div class="field">
      <label for="sign-up-${name}">${label}</label>
      <input
        id="sign-up-${name}"
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `sign-up-${name}-error` : nothing}
      />
      ${problem ? html`<p id="sign-up-${name}-error" class="error">${problem.message}</p>` : nothing}
    </div>`;
  }

  protected override render() {
    const { t } = this.view;
    return html`<h1 tabindex="-1">${t['signUp.title']}</h1>
      <p class="muted narrow">${t['signUp.intro']}</p>
      <form class="card narrow" novalidate @submit=${this.onSubmit}>
        <div class="two">
          ${this.field('firstName', t['client.firstName'], 'text', 'given-name')} ${this.field('lastName', t['client.lastName'], 'text', 'family-name')}
        </div>
        ${this.field('email', t['client.email'], 'email', 'email')} ${this.field('password', t['client.password'], 'password', 'new-password')}
        <button aria-disabled=${this.busy ? 'true' : 'false'}>${t['signUp.submit']}</button>
      </form>`;
  }
}

define('demo-sign-up', DemoSignUp);

declare global {
  interface HTMLElementTagNameMap {
    'demo-sign-up': DemoSignUp;
  }
}
