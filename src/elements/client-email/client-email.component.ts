import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { emailEditRefusal, isValidEmail, normalizeEmail } from '../../policy/index.js';
import { type Person, isApiError, members } from '../../sdk/index.js';
import { ActionController } from '../shared/action-controller.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { AmiliaElement } from '../shared/base.js';
import { ElementTask } from '../shared/element-task.js';
import { FieldController } from '../shared/field-controller.js';
import { elementStrings } from '../shared/localize.js';
import { accountIdOf, loadMember } from '../shared/member.js';
import { PLACEHOLDER_PERSON } from '../shared/placeholder.js';
import { base } from '../shared/styles.js';
import { styles } from './client-email.styles.js';
import en from './en.js';

const strings = elementStrings('client-email', en, () => import('./fr.js'));

/** What a save sends: the member as shown when saving, and the new address (`null` clears it). */
interface Save {
  person: Person;
  email: string | null;
  send: boolean;
}

/**
 * @tagname amilia-client-email
 * @summary Adds, changes or clears a member's email, optionally sending an activation request right after (R9).
 *
 * Loads the member from `account-id` and `person-id`, or takes `.person` from a page that already has it
 * (`account-id` is then optional: without it the member's account is looked up when saving).
 * The address is checked when the field is left and on save, never while typing. An Active member's email
 * is their username: it is shown read-only with the reason. Clearing an email asks for confirmation first,
 * since it cancels pending requests. A failed save keeps what was typed. Showing another member drops
 * what was typed, shown or sent for the previous one.
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
  static override styles = [base, styles];

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
  /** Said instead of saving when nothing changed. */
  @state() private note = '';
  /** The member changed on the server (activated): show them as it has them now, not as given. */
  @state() private stale = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#email') private input!: HTMLInputElement;

  private readonly load = new ElementTask(this, {
    task: async ([, accountId, personId, given, stale], { signal }) => {
      if (given && !stale) return given;
      const account = accountId || (given ? String(await accountIdOf(this.client, given, signal)) : '');
      return loadMember(this.client, account, given ? String(given.Id) : personId, signal);
    },
    args: () => [this.activation?.client, this.accountId, this.personId, this.person, this.stale] as const,
  });

  private readonly fields = new FieldController<'email'>(this, {
    check: () => {
      const value = this.draft ?? '';
      return normalizeEmail(value) && !isValidEmail(value) ? { code: 'InvalidEmail' } : undefined;
    },
    fieldOf: (path) => (path === 'Email' ? 'email' : undefined),
    onDuplicate: (detail) => this.emit('amilia-duplicate-client', detail),
  });

  private readonly saving = new ActionController(this, {
    subject: () => [this.activation?.client, this.accountId, this.person ? String(this.person.Id) : this.personId] as const,
    task: async ({ person, email, send }: Save, { signal, idempotencyKey }) => {
      const accountId = this.accountId || (await accountIdOf(this.client, person, signal));
      const saved = await members(this.client).updateEmail(accountId, person.Id, { Email: email, SendActivationRequest: send }, { signal, idempotencyKey });
      // The server says whether a request went out: a new last request, sent with this save.
      const request = send && saved.LastRequest && saved.LastRequest.Id !== person.LastRequest?.Id ? saved.LastRequest : null;
      return { accountId, saved, request };
    },
    onComplete: ({ accountId, saved, request }) => {
      this.saved = saved;
      this.draft = undefined;
      this.sendAfter = false;
      const ids = { accountId: String(accountId), personId: String(saved.Id) };
      this.emit('amilia-email-saved', { ...ids, person: saved, requestSent: request !== null });
      if (request) this.emit('amilia-request-sent', { ...ids, request });
      void this.focusInput();
    },
    onError: (error) => {
      this.report(error);
      if (isApiError(error) && error.code === 'ManagedByClient') {
        this.draft = undefined;
        this.stale = true;
      } else if (isApiError(error)) {
        this.fields.fromServer(error);
      }
      if (!this.fields.any) void this.focusInput();
    },
  });

  constructor() {
    super(strings);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The same member, as the page reloaded them after the save (a fresh object): the page's copy is the newer
    // one, and what the save said stays.
    const samePerson = changed.has('person') && (changed.get('person') as Person | undefined)?.Id === this.person?.Id;
    if (samePerson) this.saved = undefined;
    // Another member (or client): nothing typed, shown or saved for the previous one stays.
    if (changed.has('accountId') || changed.has('personId') || (changed.has('person') && !samePerson) || changed.has('provided')) {
      this.saved = undefined;
      this.draft = undefined;
      this.sendAfter = false;
      this.note = '';
      this.stale = false;
      this.fields.clear();
    }
  }

  protected override render() {
    const t = this.localize;
    // Before the first load (a server render) as while loading: the member the page gave (the editor, with
    // what is typed and focus, stays while the page hands in a fresh copy), else the editor's shape, so nothing moves.
    const loading = () =>
      this.person && !this.stale ? this.renderEditor(this.saved ?? this.person) : this.renderSkeleton(this.renderEditor(PLACEHOLDER_PERSON));
    return html`<div part="base" class="card" lang=${this.contentLang}>
      ${this.load.render({
        initial: loading,
        pending: loading,
        complete: (loaded) => this.renderEditor(this.saved ?? loaded),
        error: (error) => html`<p class="error" role="alert">${this.describe(error).message}</p>
          <button class="secondary" @click=${() => this.load.run()}>${t.term('retry')}</button>`,
      })}
    </div>`;
  }

  private renderEditor(person: Person) {
    const t = this.localize;
    const readOnly = emailEditRefusal(person) !== null;
    const value = this.draft ?? person.Email ?? '';
    const error = this.fields.get('email');
    const failure = this.saving.error;
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
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'email-hint email-error' : 'email-hint'}
            @input=${this.onInput}
            @blur=${() => this.fields.blur('email')}
          />
          <span id="email-hint" class="hint">${readOnly ? t.term('error.ManagedByClient') : t.term('clientEmail.hint')}</span>
          <p id="email-error" class="error field-error" aria-live="polite">${this.renderFieldError(value)}</p>
        </div>
        ${readOnly ? nothing : this.renderActions(normalizeEmail(value) !== '')}
        <div class="messages">
          <p part="status" class="success" role="status">${this.note || this.renderSaved()}</p>
          <p class="error" role="alert">${failure === undefined || error ? '' : this.describe(failure).message}</p>
        </div>
      </form>
      ${this.renderDialog(person)}`;
  }

  /** What the last save did, until the admin types again. */
  private renderSaved() {
    const t = this.localize;
    const done = this.saving.value;
    if (!done || this.draft !== undefined) return '';
    const { saved, request } = done;
    return !saved.Email ? t.term('clientEmail.removed') : request ? t.term(`clientEmail.savedAndSent.${request.Kind}`, request.Email) : t.term('clientEmail.saved');
  }

  private renderActions(hasEmail: boolean) {
    const t = this.localize;
    const busy = this.saving.pending;
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
    const error = this.fields.get('email');
    if (!error) return nothing;
    const t = this.localize;
    if (error.code === 'DuplicateClient') {
      return error.accountId === undefined
        ? t.term('error.DuplicateClient')
        : html`${t.term('error.DuplicateClient')}
          ${this.fields.duplicateLink(error.accountId, normalizeEmail(value), t.term('clientEmail.existingAccount', String(error.accountId)))}`;
    }
    return error.code === 'InvalidEmail' ? t.term('error.InvalidEmail') : t.term('clientEmail.field.Validation');
  }

  private renderDialog(person: Person) {
    const t = this.localize;
    return confirmDialog(t, {
      title: t.term('clientEmail.confirmTitle', person.FullName),
      body: t.term('clientEmail.confirmBody', person.Email ?? ''),
      confirm: t.term('clientEmail.confirmRemove'),
      onClose: this.onDialogClose,
    });
  }

  private get member() {
    return this.saved ?? this.load.value;
  }

  private onInput(event: InputEvent) {
    this.draft = (event.target as HTMLInputElement).value;
    this.note = '';
    this.fields.input('email');
  }

  private onSendAfter(event: Event) {
    this.sendAfter = (event.target as HTMLInputElement).checked;
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const person = this.member;
    if (!person || emailEditRefusal(person) || this.saving.pending) return;
    this.note = '';
    this.draft ??= person.Email ?? '';
    if (!this.fields.validate(['email'])) return;
    const email = normalizeEmail(this.draft);
    const send = this.sendAfter && email !== '';
    if (email === (person.Email ?? '') && !send) this.note = this.localize.term('clientEmail.unchanged');
    else if (!email) this.dialog.showModal();
    else this.saving.run({ person, email, send });
  }

  private onDialogClose = (confirmed: boolean) => {
    const person = this.member;
    if (confirmed && person) this.saving.run({ person, email: null, send: false });
    else this.input?.focus();
  };

  private async focusInput() {
    await this.updateComplete;
    this.input?.focus();
  }
}
