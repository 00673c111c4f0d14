import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { emailEditRefusal, isValidEmail, normalizeEmail } from '../../policy/index.js';
import { type Person, type UpdateEmailBody, isApiError, newIdempotencyKey } from '../../sdk/index.js';
import { AmiliaElement, define } from '../shared/base.js';
import { registerEnglish } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import en from './en.js';

registerEnglish('client-email', en);

interface FieldError {
  code: 'InvalidEmail' | 'DuplicateClient' | 'Validation';
  /** For `DuplicateClient`: the account that already has the email. */
  accountId?: number | string;
}

/** The refusals that concern the address itself, shown under the field. */
function fieldErrorOf(error: unknown): FieldError | undefined {
  if (!isApiError(error)) return undefined;
  if (error.code === 'DuplicateClient') return { code: 'DuplicateClient', accountId: error.existingAccountId };
  if (error.code === 'InvalidEmail') return { code: 'InvalidEmail' };
  return 'Email' in error.fieldErrors ? { code: 'Validation' } : undefined;
}

/**
 * @tagname amilia-client-email
 * @summary Adds, changes or clears a member's email, optionally sending an activation request right after (R9).
 *
 * Loads the member from `account-id` and `person-id`, or takes `.person` from a page that already has it.
 * The address is checked when the field is left and on save, never while typing. An Active member's email
 * is their username: it is shown read-only with the reason. Clearing an email asks for confirmation first,
 * since it cancels pending requests. A failed save keeps what was typed.
 *
 * @event amilia-email-saved - The email was saved. `detail: { accountId, personId, person, requestSent }`
 * @event amilia-request-sent - An activation request went out with the save. `detail: { accountId, personId, request }`
 * @event amilia-duplicate-client - The admin chose to open the account that already uses the email. `detail: { accountId, email }`
 * @event amilia-error - Saving failed. `detail: { error, code, message }`
 *
 * @csspart base - The wrapper.
 * @csspart field - The label, input and messages.
 * @csspart input - The email input.
 * @csspart submit - The save button.
 * @csspart status - What the last save did.
 * @csspart dialog - The confirmation before clearing the email.
 *
 * @cssprop --amilia-color-primary - Buttons and focus ring.
 * @cssprop --amilia-color-danger - Errors.
 * @cssprop --amilia-font-family - Text.
 * @cssprop --amilia-radius - Corner radius.
 * @cssprop --amilia-spacing - Base spacing.
 */
export class AmiliaClientEmail extends AmiliaElement<typeof en> {
  static override styles = [
    base,
    css`
      input[readonly] {
        background: var(--_color-info-surface);
      }
      .field-error,
      .messages p {
        margin: 0;
      }
      .check {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        font-weight: normal;
        margin-block-end: calc(var(--_space) * 0.75);
      }
      .check input {
        min-block-size: auto;
        inline-size: 1.25rem;
        block-size: 1.25rem;
        accent-color: var(--_color-primary);
      }
      .messages {
        margin-block-start: calc(var(--_space) * 0.5);
      }
    `,
  ];

  /** The account the member belongs to. */
  @property({ attribute: 'account-id' }) accountId = '';

  /** The member (an owner's id works too). */
  @property({ attribute: 'person-id' }) personId = '';

  /** The member, when the page already has it: no request is made to load it. */
  @property({ attribute: false }) person: Person | undefined;

  /** The member as the last save left them; the loaded one until then. */
  @state() private saved: Person | undefined;
  /** What the admin typed; unset shows the member's saved email. */
  @state() private draft: string | undefined;
  @state() private sendAfter = false;
  @state() private fieldError: FieldError | undefined;
  @state() private status = '';
  @state() private formError = '';

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#email') private input!: HTMLInputElement;

  /** One key per save: saving the same thing again after a lost answer must not send twice. */
  private idempotencyKey: string | undefined;

  private readonly load = new Task(this, {
    task: async ([accountId, personId, given], { signal }) => {
      this.forget();
      if (given) return given;
      const account = await this.client.accounts.get(accountId, { signal });
      // Not in this account: said as "not found", like an unknown account.
      return account.Members.find((m) => String(m.Id) === personId) ?? null;
    },
    args: () => [this.accountId, this.personId, this.person] as const,
  });

  private readonly saving = new Task(this, {
    autoRun: false,
    task: ([personId, body, idempotencyKey]: readonly [Person['Id'], UpdateEmailBody, string], { signal }) =>
      this.client.members.updateEmail(this.accountId, personId, body, { signal, idempotencyKey }),
  });

  constructor() {
    super('client-email', () => import('./fr.js'));
  }

  protected override render() {
    const t = this.localize;
    return html`<div part="base" class="card">
      ${this.load.render({
        pending: () => html`<span role="status">${t.term('loading')}</span>`,
        complete: (loaded) => {
          const person = this.saved ?? loaded;
          return person ? this.renderEditor(person) : html`<p class="error" role="alert">${t.term('error.NotFound')}</p>`;
        },
        error: (error) => html`<p class="error" role="alert">${this.describe(error).message}</p>
          <button class="secondary" @click=${() => this.load.run()}>${t.term('retry')}</button>`,
      })}
    </div>`;
  }

  private renderEditor(person: Person) {
    const t = this.localize;
    const readOnly = emailEditRefusal(person) !== null;
    const value = this.draft ?? person.Email ?? '';
    const busy = this.saving.status === TaskStatus.PENDING;
    return html`<form novalidate @submit=${this.onSubmit}>
        <div class="field" part="field">
          <label for="email">${t.term('clientEmail.emailOf', person.FullName)}</label>
          <input
            id="email"
            part="input"
            type="email"
            autocomplete="off"
            ?readonly=${readOnly}
            .value=${live(value)}
            aria-invalid=${this.fieldError ? 'true' : 'false'}
            aria-describedby=${this.fieldError ? 'email-hint email-error' : 'email-hint'}
            @input=${this.onInput}
            @blur=${this.onBlur}
          />
          <span id="email-hint" class="hint">${readOnly ? t.term('error.ManagedByClient') : t.term('clientEmail.hint')}</span>
          <p id="email-error" class="error field-error" aria-live="polite">${this.renderFieldError(value)}</p>
        </div>
        ${readOnly ? nothing : this.renderActions(value.trim() !== '', busy)}
        <div class="messages">
          <p part="status" class="success" role="status">${this.status}</p>
          <p class="error" role="alert">${this.formError}</p>
        </div>
      </form>
      ${this.renderDialog(person)}`;
  }

  private renderActions(hasEmail: boolean, busy: boolean) {
    const t = this.localize;
    return html`${hasEmail
        ? html`<label class="check">
            <input type="checkbox" .checked=${live(this.sendAfter)} @change=${this.onSendAfter} />
            ${t.term('clientEmail.sendAfter')}
          </label>`
        : nothing}
      <div class="actions">
        <button type="submit" part="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? t.term('saving') : t.term('save')}</button>
      </div>`;
  }

  private renderFieldError(value: string) {
    const error = this.fieldError;
    if (!error) return nothing;
    const t = this.localize;
    if (error.code === 'Validation') return t.term('clientEmail.field.Validation');
    if (error.code === 'InvalidEmail' || error.accountId === undefined) return t.term(`error.${error.code}`);
    const { accountId } = error;
    return html`${t.term('error.DuplicateClient')}
      <button type="button" class="link existing" @click=${() => this.emit('amilia-duplicate-client', { accountId, email: normalizeEmail(value) })}>
        ${t.term('clientEmail.existingAccount', String(accountId))}
      </button>`;
  }

  private renderDialog(person: Person) {
    const t = this.localize;
    return html`<dialog part="dialog" aria-labelledby="confirm-title" @close=${this.onDialogClose}>
      <form method="dialog">
        <h2 id="confirm-title">${t.term('clientEmail.confirmTitle', person.FullName)}</h2>
        <p>${t.term('clientEmail.confirmBody', person.Email ?? '')}</p>
        <div class="actions">
          <button value="remove">${t.term('clientEmail.confirmRemove')}</button>
          <button value="cancel" class="secondary" autofocus>${t.term('cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  /** Drops what belonged to the member shown before (another member, or a fresh load). */
  private forget() {
    this.saved = undefined;
    this.draft = undefined;
    this.sendAfter = false;
    this.fieldError = undefined;
    this.status = '';
    this.formError = '';
    this.idempotencyKey = undefined;
  }

  private get member() {
    return this.saved ?? this.load.value;
  }

  private problemOf = (value: string): FieldError | undefined => (value.trim() && !isValidEmail(value) ? { code: 'InvalidEmail' } : undefined);

  private onInput(event: InputEvent) {
    this.draft = (event.target as HTMLInputElement).value;
    // An edit makes a new save: the key of the previous one must not replay its answer.
    this.idempotencyKey = undefined;
    this.status = '';
    // A shown error clears as soon as it is fixed; a new one waits for the field to be left.
    if (this.fieldError) this.fieldError = this.problemOf(this.draft);
  }

  private onBlur() {
    const problem = this.draft === undefined ? undefined : this.problemOf(this.draft);
    if (problem) this.fieldError = problem;
  }

  private onSendAfter(event: Event) {
    this.sendAfter = (event.target as HTMLInputElement).checked;
    this.idempotencyKey = undefined;
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const person = this.member;
    if (!person || emailEditRefusal(person) || this.saving.status === TaskStatus.PENDING) return;
    this.status = '';
    this.formError = '';
    const email = normalizeEmail(this.draft ?? person.Email ?? '');
    this.fieldError = this.problemOf(email);
    if (this.fieldError) {
      this.input.focus();
      return;
    }
    const send = this.sendAfter && email !== '';
    if (email === (person.Email ?? '') && !send) this.status = this.localize.term('clientEmail.unchanged');
    else if (!email) this.dialog.showModal();
    else void this.save(person, email, send);
  }

  private onDialogClose() {
    const person = this.member;
    if (this.dialog.returnValue === 'remove' && person) void this.save(person, null, false);
    else this.input?.focus();
    this.dialog.returnValue = '';
  }

  private async save(person: Person, email: string | null, send: boolean) {
    this.idempotencyKey ??= newIdempotencyKey();
    await this.saving.run([person.Id, { Email: email, SendActivationRequest: send }, this.idempotencyKey]);
    const saved = this.saving.value;
    if (this.saving.status === TaskStatus.COMPLETE && saved) {
      this.idempotencyKey = undefined;
      // The server says whether a request went out: a new last request, sent with this save.
      const request = send && saved.LastRequest && saved.LastRequest.Id !== person.LastRequest?.Id ? saved.LastRequest : null;
      this.saved = saved;
      this.draft = undefined;
      this.sendAfter = false;
      this.status = !saved.Email ? this.localize.term('clientEmail.removed') : request ? this.localize.term('clientEmail.savedAndSent', request.Email) : this.localize.term('clientEmail.saved');
      const ids = { accountId: this.accountId, personId: String(saved.Id) };
      this.emit('amilia-email-saved', { ...ids, person: saved, requestSent: request !== null });
      if (request) this.emit('amilia-request-sent', { ...ids, request });
    } else {
      const error = this.saving.error;
      const message = this.report(error);
      this.fieldError = fieldErrorOf(error);
      if (isApiError(error) && error.code === 'ManagedByClient') {
        // The member activated meanwhile: show them as they are now, read-only, with the reason.
        this.person = undefined;
        await this.load.run();
        this.formError = message;
      } else if (!this.fieldError) {
        this.formError = message;
      }
    }
    await this.updateComplete;
    this.input?.focus();
  }
}

define('amilia-client-email', AmiliaClientEmail);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-client-email': AmiliaClientEmail;
  }
}
