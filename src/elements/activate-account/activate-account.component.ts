import { initialState } from '@lit/task';
import { html, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { PASSWORD_REASONS, type PasswordReason, RESEND_COOLDOWN_DAYS, loadCommonPasswords, passwordProblems } from '../../policy/index.js';
import { type LinkInfo, type Session, isApiError, links } from '../../sdk/index.js';
import { ActionController } from '../shared/action-controller.js';
import { AmiliaElement, type ErrorReport } from '../shared/base.js';
import { ElementTask } from '../shared/element-task.js';
import { elementStrings } from '../shared/localize.js';
import { standIn } from '../shared/placeholder.js';
import { base } from '../shared/styles.js';
import { styles } from './activate-account.styles.js';
import en from './en.js';

const strings = elementStrings('activate-account', en, () => import('./fr.js'));

type Field = 'password' | 'confirmation' | 'consent';

interface Refusal {
  field: Field | undefined;
  message: string;
  reasons: readonly PasswordReason[];
}
type RuleState = 'idle' | 'met' | 'unmet';
const MARK: Record<RuleState, string> = { idle: '•', met: '✓', unmet: '✗' };

/** The icon over each state's title: a 24 × 24 stroked path (exported for the tests that tell it from injected markup). */
export const STATE_ICONS = {
  done: 'M20 6 9 17l-5-5',
  time: 'M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0',
  mail: 'M3 6h18v12H3zm0 1 9 6 9-6',
  alert: 'M12 7v6m0 4v.01',
};
type Icon = keyof typeof STATE_ICONS;
type Tone = 'success' | 'info' | 'warning';

/** What the loading state shows the shape of: an open invitation, the link most people open. */
const PLACEHOLDER_LINK: LinkInfo = { Kind: 'Invitation', State: 'Open', Email: standIn(10), FirstName: standIn(3), OrganizationName: standIn(8), ExpiresOn: '', Language: 'en' };

/** Takes `?token=` out of the address bar, so it stays out of history, bookmarks and shared screenshots. */
function takeTokenFromAddressBar(): string | null {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (token === null) return null;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url);
  return token;
}

/**
 * @tagname amilia-activate-account
 * @summary The page an activation email links to (R6, R7): choose a password, or share an existing login.
 *
 * Reads the link's token from the `token` attribute or from `?token=` in the address bar, which it
 * removes at once with `history.replaceState` (other parameters stay). Opening the page only inspects
 * the link (mail scanners follow links too); nothing is used up before the person submits.
 * An invitation asks for a new password with live feedback from policy P; a share request asks for
 * the existing login's password and consent. Every other state of the link (expired, used, replaced,
 * revoked, unknown, missing) says so plainly and offers the next step.
 *
 * The token never goes into a URL the element navigates to, and its links carry `rel="noreferrer"`.
 * The page should still set a strict referrer policy, so nothing else on it leaks its own address:
 * `<meta name="referrer" content="no-referrer">`.
 *
 * Language: the `lang` attribute, else the language of the person the link was sent to, else the
 * provider's or the page's.
 *
 * @event amilia-activated - The account is active or shared. `detail: { username, kind, sessionToken }`
 * @event amilia-renewal-sent - A fresh link went out after an expired or replaced one. `detail: { sentTo }` (masked)
 * @event amilia-error - Loading or submitting failed. `detail: { error, code, message }`
 *
 * @csspart base - The card around everything.
 * @csspart icon - The icon over the title of every state but the form (done, expired, replaced, not valid).
 * @csspart heading - The title of each state; it takes focus when the result arrives.
 * @csspart form - The password form.
 * @csspart password - The password inputs.
 * @csspart rules - The list of password rules, each marked met or not.
 * @csspart submit - The main button: activate, share, or ask for a new link.
 * @csspart message - The live message under the form or the renewal button.
 * @csspart next - The link to the next step (sign in).
 * @csspart forgot - The "Forgot your password?" link of the share form.
 *
 * @cssprop --amilia-color-primary - Buttons, links and focus ring.
 * @cssprop --amilia-color-success - Rules met, and the done state's icon.
 * @cssprop --amilia-color-warning - The icon of a link that no longer works.
 * @cssprop --amilia-color-danger - Rules not met and errors.
 * @cssprop --amilia-font-family - Text.
 * @cssprop --amilia-radius - Corner radius.
 * @cssprop --amilia-spacing - Base spacing.
 */
export class AmiliaActivateAccount extends AmiliaElement<typeof en> {
  static override styles = [base, styles];

  /** The link's token. Without it, `?token=` is read from the address bar (and removed from it). */
  @property() token = '';

  /** Where a person signs in once active: the sign-in page or the organization's store. `{lang}` becomes `en` or `fr`. */
  @property({ attribute: 'sign-in-url' }) signInUrl = 'https://app.amilia.com/{lang}/login';

  /** Where a person resets their Amilia password, linked from the share form. `{lang}` becomes `en` or `fr`. */
  @property({ attribute: 'forgot-password-url' }) forgotPasswordUrl = 'https://app.amilia.com/{lang}/forgot-password';

  @state() private password = '';
  @state() private confirmation = '';
  @state() private consented = false;
  @state() private revealed = false;
  @state() private commonPasswords: ReadonlySet<string> | undefined;
  /** Why the browser refused the form before sending it (policy P, consent); the server's refusals come from the submit. */
  @state() private refusal: Refusal | undefined;

  private readonly inspection = new ElementTask(this, {
    task: ([, token], { signal }) => (token ? links(this.client).inspect(token, { signal }) : initialState),
    args: () => [this.activation?.client, this.token] as const,
    onError: (error) => this.report(error),
  });

  private readonly submitting = new ActionController(this, {
    subject: () => [this.activation?.client, this.token] as const,
    // The same password sent again (after a lost answer) keeps its key: the server replays, the link is used once.
    task: ({ kind, password }: { kind: LinkInfo['Kind']; password: string }, options, [, token]) =>
      kind === 'Invitation' ? links(this.client).activate(token, password, options) : links(this.client).share(token, password, options),
    onComplete: ({ Username, SessionToken }, { kind }) => {
      this.emit('amilia-activated', { username: Username, kind, sessionToken: SessionToken });
      void this.focusOn('[part~="heading"]');
    },
    onError: (error) => {
      this.report(error);
      if (isApiError(error) && (error.status === 410 || error.code === 'LinkNotFound')) {
        // The link changed state while the page was open (expired, used elsewhere): show what it is now.
        void this.inspection.run().then(() => this.focusOn('[part~="heading"]'));
        return;
      }
      if (isApiError(error) && (error.code === 'WeakPassword' || error.code === 'WrongPassword')) void this.focusOn('#password');
    },
  });

  private readonly renewal = new ActionController(this, {
    subject: () => [this.activation?.client, this.token] as const,
    task: (_: void, { signal, idempotencyKey }, [, token]) => links(this.client).renew(token, { signal, idempotencyKey }),
    onComplete: ({ SentTo }) => {
      this.emit('amilia-renewal-sent', { sentTo: SentTo });
      void this.focusOn('[part~="message"]');
    },
    onError: (error) => {
      this.report(error);
      // Used or revoked meanwhile: show what the link is now, with its own next step.
      if (isApiError(error) && error.status === 410) void this.inspection.run().then(() => this.focusOn('[part~="heading"]'));
      else void this.focusOn('[part~="message"]');
    },
  });

  constructor() {
    super(strings);
  }

  /**
   * The person's own language once the link is known, unless the page set `lang`.
   * @internal
   */
  get preferredLanguage() {
    return this.inspection?.value?.Language;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromAddressBar = takeTokenFromAddressBar();
    if (!this.token && fromAddressBar) this.token = fromAddressBar;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another link (or client): nothing typed, ticked or refused for the previous one stays.
    if (changed.has('token') || changed.has('provided')) {
      this.password = '';
      this.confirmation = '';
      this.consented = false;
      this.revealed = false;
      this.refusal = undefined;
    }
  }

  protected override render() {
    return html`<div part="base" class="card" lang=${this.contentLang}>${this.renderBody()}</div>`;
  }

  private renderBody() {
    const t = this.localize;
    if (!this.token) return this.renderNotice(t.term('missingTitle'), t.term('missingBody'), nothing, 'alert', 'warning');
    // Before the first load (a server render) as while loading: the invitation form's shape, so nothing moves.
    const loading = () => this.renderSkeleton(this.renderForm(PLACEHOLDER_LINK));
    return this.inspection.render({
      initial: loading,
      pending: loading,
      complete: (link) => this.renderLink(link),
      error: (error) =>
        isApiError(error) && error.code === 'LinkNotFound'
          ? this.renderNotice(t.term('notFoundTitle'), t.term('notFoundBody'), nothing, 'alert', 'warning')
          : this.renderNotice(
              t.term('loadFailedTitle'),
              html`<span role="alert" class="error">${this.describe(error).message}</span>`,
              html`<button class="secondary" @click=${() => this.inspection.run()}>${t.term('retry')}</button>`,
              'alert',
              'warning',
            ),
    });
  }

  private renderLink(link: LinkInfo) {
    const t = this.localize;
    const org = link.OrganizationName;
    const session = this.submitting.value;
    if (session) return this.renderSuccess(link, session);
    switch (link.State) {
      case 'Open':
        return this.renderForm(link);
      case 'Used':
        return this.renderNotice(t.term('usedTitle'), t.term('usedBody', link.Email), this.renderSignIn(), 'done', 'success');
      case 'Expired':
        return this.renderNotice(t.term('expiredTitle'), t.term('expiredBody'), this.renderRenewal(), 'time', 'warning');
      case 'Superseded':
        return this.renderNotice(t.term('supersededTitle'), t.term('supersededBody', org), this.renderRenewal(), 'mail', 'info');
      case 'Revoked':
        return this.renderNotice(t.term('revokedTitle'), t.term('revokedBody', org), nothing, 'alert', 'warning');
    }
  }

  /** A state that is not the form: an icon, its title, what it means, and the next step. */
  private renderNotice(title: string, body: string | TemplateResult, action: TemplateResult | typeof nothing, icon: Icon, tone: Tone) {
    return html`<div part="icon" class="icon ${tone}" aria-hidden="true"><svg viewBox="0 0 24 24">${svg`<path d=${STATE_ICONS[icon]} />`}</svg></div>
      <h2 part="heading" tabindex="-1">${title}</h2>
      <p class="lead">${body}</p>
      ${action}`;
  }

  private renderSuccess(link: LinkInfo, session: Session) {
    const t = this.localize;
    const org = link.OrganizationName;
    return link.Kind === 'Invitation'
      ? this.renderNotice(t.term('activatedTitle'), t.term('activatedBody', session.Username), this.renderSignIn(), 'done', 'success')
      : this.renderNotice(t.term('sharedTitle', org), t.term('sharedBody', session.Username, org), this.renderSignIn(), 'done', 'success');
  }

  private renderSignIn() {
    return html`<div class="actions"><a part="next" href=${this.localized(this.signInUrl)} rel="noreferrer">${this.localize.term('signIn')}</a></div>`;
  }

  private renderForm(link: LinkInfo) {
    const t = this.localize;
    const invitation = link.Kind === 'Invitation';
    const busy = this.submitting.pending;
    const idle = invitation ? t.term('activate') : t.term('share');
    const problem = this.problem;
    // Another link gets a fresh form: nothing typed for the previous one stays in its fields.
    return keyed(
      this.token,
      html`
        <h2 part="heading" tabindex="-1">${invitation ? t.term('inviteTitle', link.OrganizationName) : t.term('shareTitle', link.OrganizationName)}</h2>
        <p class="lead">${invitation ? t.term('inviteIntro', link.FirstName) : t.term('shareIntro', link.FirstName, link.OrganizationName)}</p>
        <p class="username">${t.term('username')} <strong>${link.Email}</strong></p>
        <form part="form" novalidate @submit=${(event: SubmitEvent) => this.onSubmit(event, link)}>
          <!-- Lets password managers save the new password under the right username. -->
          <input type="email" autocomplete="username" .value=${link.Email} hidden readonly />
          ${invitation
            ? html`${this.renderPasswordInput('password', t.term('newPassword'), 'new-password', 'rules')}
              ${this.renderPasswordInput('confirmation', t.term('confirmPassword'), 'new-password')}`
            : html`${this.renderPasswordInput('password', t.term('currentPassword'), 'current-password')}
                <p class="forgot"><a part="forgot" href=${this.localized(this.forgotPasswordUrl)} rel="noreferrer">${t.term('forgotPassword')}</a></p>`}
          <button
            type="button"
            class="secondary password-toggle"
            aria-pressed=${this.revealed ? 'true' : 'false'}
            @click=${() => (this.revealed = !this.revealed)}
          >
            ${t.term('showPassword')}
          </button>
          ${invitation ? this.renderRules(link) : this.renderConsent(link)}
          <div class="actions">
            <button part="submit" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
              ${busy ? (invitation ? t.term('activating') : t.term('sharing')) : idle}
            </button>
          </div>
          <div part="message" role="alert" class="error">${problem?.message ?? ''}${this.renderReasons(problem?.reasons ?? [])}</div>
        </form>
      `,
    );
  }

  private renderPasswordInput(id: 'password' | 'confirmation', label: string, autocomplete: string, describedBy?: string) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        part="password"
        type=${this.revealed ? 'text' : 'password'}
        autocomplete=${autocomplete}
        spellcheck="false"
        aria-invalid=${this.problem?.field === id ? 'true' : 'false'}
        aria-describedby=${describedBy ?? nothing}
        @input=${this.onPasswordInput}
      />
    </div>`;
  }

  private renderRules(link: LinkInfo) {
    const t = this.localize;
    const typed = this.password !== '' || this.confirmation !== '';
    const problems = passwordProblems(this.password, { email: link.Email, confirmation: this.confirmation, commonPasswords: this.commonPasswords });
    const rules = PASSWORD_REASONS.map((reason): [PasswordReason, RuleState] => [
      reason,
      !typed || (reason === 'Common' && !this.commonPasswords) ? 'idle' : problems.includes(reason) ? 'unmet' : 'met',
    ]);
    const met = rules.filter(([, rule]) => rule === 'met').length;
    // The list itself stays quiet; only the count is announced, and only when it changes.
    return html`
      <p id="rules-label" class="hint">${t.term('rules')}</p>
      <ul id="rules" part="rules" class="rules" aria-labelledby="rules-label">
        ${rules.map(
          ([reason, rule]) =>
            html`<li class=${rule}>
              <span class="mark" aria-hidden="true">${MARK[rule]}</span>
              <span>${t.term(`password.${reason}`)}${rule === 'idle' ? nothing : html`<span class="visually-hidden"> (${t.term(rule === 'met' ? 'ruleMet' : 'ruleUnmet')})</span>`}</span>
            </li>`,
        )}
      </ul>
      <p class="visually-hidden" role="status">${typed ? t.term('rulesSummary', met, rules.length) : ''}</p>
    `;
  }

  private renderConsent(link: LinkInfo) {
    return html`<label class="consent">
      <input
        id="consent"
        type="checkbox"
        .checked=${this.consented}
        aria-invalid=${this.problem?.field === 'consent' ? 'true' : 'false'}
        @change=${(event: Event) => (this.consented = (event.target as HTMLInputElement).checked)}
      />
      <span>${this.localize.term('consent', link.OrganizationName)}</span>
    </label>`;
  }

  private renderReasons(reasons: readonly PasswordReason[]) {
    if (!reasons.length) return nothing;
    return html`<ul class="reasons">
      ${reasons.map((reason) => html`<li>${this.localize.term(`password.${reason}`)}</li>`)}
    </ul>`;
  }

  private renderRenewal() {
    const t = this.localize;
    const busy = this.renewal.pending;
    const sent = this.renewal.value;
    const failure = this.renewal.error === undefined ? undefined : this.describe(this.renewal.error);
    // Asking again before the wait is over cannot work: the button goes, the wait stays on screen.
    const done = sent || failure?.code === 'RateLimited';
    return html`
      ${done
        ? nothing
        : html`<div class="actions">
            <button part="submit" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.renewal.run()}>
              ${busy ? t.term('sending') : t.term('renew')}
            </button>
          </div>`}
      <p part="message" tabindex="-1" role=${failure ? 'alert' : 'status'} class=${failure ? 'error' : 'success'}>${sent ? t.term('renewed', sent.SentTo) : (failure?.message ?? '')}</p>
    `;
  }

  /** A URL the element links to, with `{lang}` as the element's language. */
  private localized(url: string): string {
    return url.replaceAll('{lang}', this.localize.lang());
  }

  /**
   * What a refusal means on this page, in its own words where the shared sentence says too little: a wrong
   * password names the login, a rate limit on the form is the wrong-password slow-down, on a link that no
   * longer works it is the renewal limit (a link was already sent), and an invitation to an address that has a
   * login meanwhile says so. The page hears the same sentence through `amilia-error`.
   */
  protected override describe(error: unknown): ErrorReport {
    const report = super.describe(error);
    const link = this.inspection?.value;
    if (!link || !isApiError(error)) return report;
    const t = this.localize;
    const wait = () => this.waitPhrase(error.retryAfter ?? 60);
    const message =
      error.code === 'WrongPassword'
        ? t.term('wrongPassword', link.Email)
        : error.code === 'AlreadyActive'
          ? t.term('addressTaken', link.Email)
          : error.code !== 'RateLimited'
            ? undefined
            : link.State !== 'Open'
              ? t.term('renewLimited', link.Email, RESEND_COOLDOWN_DAYS, wait())
              : link.Kind === 'ShareRequest'
                ? t.term('tooManyTries', wait())
                : undefined;
    return message ? { ...report, message } : report;
  }

  /** What is wrong with the form: the browser's refusal, else the server's answer to the submit. */
  private get problem(): Refusal | undefined {
    if (this.refusal) return this.refusal;
    const error = this.submitting.error;
    if (error === undefined) return undefined;
    const weak = isApiError(error) && error.code === 'WeakPassword';
    const wrong = isApiError(error) && error.code === 'WrongPassword';
    return { field: weak || wrong ? 'password' : undefined, message: this.describe(error).message, reasons: weak ? error.reasons : [] };
  }

  private onPasswordInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.id === 'confirmation') this.confirmation = input.value;
    else this.password = input.value;
    // The ~47 KB list comes only once someone types a new password; if it fails, the server checks it too.
    if (this.inspection.value?.Kind === 'Invitation' && !this.commonPasswords) {
      loadCommonPasswords().then((list) => (this.commonPasswords = list), () => undefined);
    }
  };

  private onSubmit(event: SubmitEvent, link: LinkInfo) {
    event.preventDefault();
    if (this.submitting.pending) return;
    const t = this.localize;
    this.refusal = undefined;
    if (link.Kind === 'Invitation') {
      // Policy P is checked here as on the server; a password far too long never even reaches the wire limit.
      const problems = passwordProblems(this.password, { email: link.Email, confirmation: this.confirmation, commonPasswords: this.commonPasswords });
      if (problems.includes('Mismatch')) return this.refuse({ field: 'confirmation', message: t.term('mismatch'), reasons: [] });
      if (problems.length) return this.refuse({ field: 'password', message: t.term('error.WeakPassword'), reasons: problems });
    }
    if (link.Kind === 'ShareRequest' && !this.consented) return this.refuse({ field: 'consent', message: t.term('consentNeeded'), reasons: [] });
    this.submitting.run({ kind: link.Kind, password: this.password });
  }

  /** Shows why the form was not accepted and puts the cursor where the fix goes; the typed text stays. */
  private refuse(refusal: Refusal) {
    this.refusal = refusal;
    if (refusal.field) void this.focusOn(`#${refusal.field}`);
  }

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
