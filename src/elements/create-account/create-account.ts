import { Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LANGUAGES, type Language, MAX_NAME_LENGTH, calendarDay, isAdult, isValidEmail, normalizeEmail } from '../../policy/index.js';
import { type ApiError, type CreateAccountBody, type CreateAccountResult, type NewPerson, isApiError, newIdempotencyKey } from '../../sdk/index.js';
import { AmiliaElement, define } from '../shared/base.js';
import { registerEnglish } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import { styles } from './create-account.styles.js';
import en from './en.js';

registerEnglish('create-account', en);

const OWNER = 'owner';
const FIELDS = ['FirstName', 'LastName', 'Email', 'DateOfBirth'] as const;
type Field = (typeof FIELDS)[number];

/** One person of the form, as typed. */
interface Row extends Record<Field, string> {
  id: string;
}

type FieldCode = 'Required' | 'TooLong' | 'InvalidEmail' | 'OwnerUnderage' | 'DuplicateClient' | 'DuplicateInForm' | 'Validation';

interface FieldError {
  code: FieldCode;
  /** For `DuplicateClient`: the account that already has the email. */
  accountId?: number | string;
}

/** The codes the server puts in `errors` that have their own sentence here. */
const SERVER_FIELD_CODES: readonly string[] = ['InvalidEmail', 'OwnerUnderage', 'DuplicateClient'];

const INPUT_TYPES: Record<Field, string> = { FirstName: 'text', LastName: 'text', Email: 'email', DateOfBirth: 'date' };

// Each language named in itself: whoever reads the list finds their own.
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

const blank = (id: string): Row => ({ id, FirstName: '', LastName: '', Email: '', DateOfBirth: '' });

/**
 * @tagname amilia-create-account
 * @summary Creates a client account: an owner, optional members, email optional; shows the automatic request it caused (R1, R2).
 *
 * Checks emails when a field is left and on submit, the owner's age against the server's calendar day,
 * and name lengths; the server's refusals land on the field they concern. When the organization is not
 * live it says, before saving, that the request still goes out. A failed save keeps every typed value;
 * submitting the same form again reuses its idempotency key, so a lost answer never sends twice.
 *
 * @event amilia-account-created - The account exists. `detail: { account, request }` (`request` is null without an owner email)
 * @event amilia-duplicate-client - The admin chose to open the account that already uses an email. `detail: { accountId, email }`
 * @event amilia-error - Saving failed. `detail: { error, code, message }`
 *
 * @csspart base - The wrapper.
 * @csspart form - The form.
 * @csspart notice - The "not live yet" notice.
 * @csspart field - Each label, input and message group.
 * @csspart submit - The create button.
 * @csspart result - What was created and sent, after saving.
 *
 * @cssprop --amilia-color-primary - Buttons and focus ring.
 * @cssprop --amilia-color-danger - Field errors.
 * @cssprop --amilia-color-info-surface - The notice's background.
 * @cssprop --amilia-font-family - Text.
 * @cssprop --amilia-radius - Corner radius.
 * @cssprop --amilia-spacing - Base spacing.
 */
export class AmiliaCreateAccount extends AmiliaElement<typeof en> {
  static override styles = [base, styles];

  @state() private owner: Row = blank(OWNER);
  @state() private members: Row[] = [];
  /** Unset until the admin picks one: until then it follows the element's language. */
  @state() private language: Language | undefined;
  /** By input id (`owner-Email`, `member-2-FirstName`). */
  @state() private errors: Record<string, FieldError> = {};
  @state() private formError = '';
  @state() private created: CreateAccountResult | undefined;

  private nextMember = 1;

  /** One key per submission: sending the same form again after a lost answer must not create it twice. */
  private idempotencyKey: string | undefined;

  // Only for the not-live notice and the age check's calendar day: if it fails, the server still decides.
  private readonly organization = new Task(this, {
    task: (_args, { signal }) => this.client.organization.get({ signal }),
    args: () => [],
  });

  private readonly saving = new Task(this, {
    autoRun: false,
    task: ([body, idempotencyKey]: readonly [CreateAccountBody, string], { signal }) =>
      this.client.accounts.create(body, { signal, idempotencyKey }),
  });

  constructor() {
    super('create-account', () => import('./fr.js'));
  }

  protected override render() {
    return html`<div part="base" class="card">${this.created ? this.renderResult(this.created) : this.renderForm()}</div>`;
  }

  private renderForm() {
    const t = this.localize;
    const busy = this.saving.status === TaskStatus.PENDING;
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmit}>
      <h2 id="title">${t.term('createAccount.title')}</h2>
      ${this.renderNotice()}
      <fieldset>
        <legend>${t.term('createAccount.owner')}</legend>
        <div class="grid">
          ${this.renderField(this.owner, 'FirstName')} ${this.renderField(this.owner, 'LastName')}
          ${this.renderField(this.owner, 'Email', t.term('createAccount.ownerEmailHint'))}
          ${this.renderField(this.owner, 'DateOfBirth', t.term('createAccount.ownerBirthHint'))} ${this.renderLanguage()}
        </div>
      </fieldset>
      <section aria-labelledby="members-title">
        <h3 id="members-title">${t.term('createAccount.members')}</h3>
        <p class="hint members-hint">${t.term('createAccount.membersHint')}</p>
        ${repeat(this.members, (row) => row.id, (row, i) => this.renderMember(row, i + 1))}
        <p><button type="button" class="secondary add" @click=${this.onAddMember}>${t.term('createAccount.addMember')}</button></p>
      </section>
      <p class="error form-error" role="alert">${this.formError}</p>
      <div class="actions">
        <button type="submit" part="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? t.term('createAccount.creating') : t.term('createAccount.create')}</button>
      </div>
    </form>`;
  }

  private renderNotice() {
    const organization = this.notLive;
    return organization ? html`<p part="notice" class="notice" id="not-live">${this.localize.term('createAccount.notLive', organization.Name)}</p>` : nothing;
  }

  private renderMember(row: Row, n: number) {
    const t = this.localize;
    return html`<fieldset>
      <legend>${t.term('createAccount.member', n)}</legend>
      <div class="grid">
        ${this.renderField(row, 'FirstName')} ${this.renderField(row, 'LastName')} ${this.renderField(row, 'Email')}
        ${this.renderField(row, 'DateOfBirth')}
      </div>
      <button type="button" class="secondary remove" @click=${() => this.onRemoveMember(row.id)}>${t.term('createAccount.removeMember', n)}</button>
    </fieldset>`;
  }

  private renderField(row: Row, field: Field, hint?: string) {
    const t = this.localize;
    const id = `${row.id}-${field}`;
    const error = this.errors[id];
    const label = { FirstName: t.term('createAccount.firstName'), LastName: t.term('createAccount.lastName'), Email: t.term('createAccount.email'), DateOfBirth: t.term('createAccount.dateOfBirth') }[field];
    // The owner's email is what sends the request, so it carries the not-live notice too.
    const notice = row.id === OWNER && field === 'Email' && this.notLive ? 'not-live' : '';
    const describedBy = [hint ? `${id}-hint` : '', notice, error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type=${INPUT_TYPES[field]}
        autocomplete="off"
        ?required=${field === 'FirstName' || field === 'LastName'}
        .value=${row[field]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(e: InputEvent) => this.onInput(row.id, field, (e.target as HTMLInputElement).value)}
        @blur=${() => this.onBlur(row.id, field)}
      />
      ${hint ? html`<span id="${id}-hint" class="hint">${hint}</span>` : nothing}
      <p id="${id}-error" class="error field-error" aria-live="polite">${error ? this.renderError(row, field, error) : nothing}</p>
    </div>`;
  }

  private renderError(row: Row, field: Field, { code, accountId }: FieldError) {
    const t = this.localize;
    switch (code) {
      case 'Required':
        return t.term(field === 'FirstName' ? 'createAccount.field.Required.FirstName' : 'createAccount.field.Required.LastName');
      case 'TooLong':
        return t.term('createAccount.field.TooLong', MAX_NAME_LENGTH, row[field].trim().length);
      case 'DuplicateInForm':
      case 'Validation':
        return t.term(`createAccount.field.${code}`);
      case 'DuplicateClient':
        return html`${t.term('error.DuplicateClient')}
        ${accountId === undefined
          ? nothing
          : html`<button type="button" class="link existing" @click=${() => this.emit('amilia-duplicate-client', { accountId, email: normalizeEmail(row.Email) })}>
              ${t.term('createAccount.existingAccount', String(accountId))}
            </button>`}`;
      default:
        return t.term(`error.${code}`);
    }
  }

  private renderLanguage() {
    const selected = this.language ?? this.localize.language();
    return html`<div class="field" part="field">
      <label for="owner-language">${this.localize.term('createAccount.language')}</label>
      <select id="owner-language" aria-describedby="owner-language-hint" @change=${this.onLanguage}>
        ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === selected}>${LANGUAGE_NAMES[l]}</option>`)}
      </select>
      <span id="owner-language-hint" class="hint">${this.localize.term('createAccount.languageHint')}</span>
    </div>`;
  }

  private renderResult({ Account, AutomaticRequest }: CreateAccountResult) {
    const t = this.localize;
    return html`<section part="result" class="result" tabindex="-1" aria-labelledby="result-title">
      <h2 id="result-title" class="success">${t.term('createAccount.created', Account.Owners[0]?.FullName ?? '', String(Account.Id))}</h2>
      <p>${AutomaticRequest ? t.term(`createAccount.sent.${AutomaticRequest.Kind}`, AutomaticRequest.Email) : t.term('createAccount.noRequest')}</p>
      <button type="button" class="secondary" @click=${this.onCreateAnother}>${t.term('createAccount.createAnother')}</button>
    </section>`;
  }

  /** What is wrong with a field that needs no server: `required` also flags empty names (on submit, not on leaving a field). */
  private problemOf(row: Row, field: Field, required: boolean): FieldError | undefined {
    const value = row[field].trim();
    let code: FieldCode | undefined;
    if (field === 'FirstName' || field === 'LastName') code = !value ? (required ? 'Required' : undefined) : value.length > MAX_NAME_LENGTH ? 'TooLong' : undefined;
    else if (field === 'Email') code = value && !isValidEmail(value) ? 'InvalidEmail' : undefined;
    else if (row.id === OWNER) {
      const today = this.today();
      code = today && !isAdult(value || null, today) ? 'OwnerUnderage' : undefined;
    }
    return code && { code };
  }

  /** The organization, when it is not live yet. */
  private get notLive() {
    const organization = this.organization.value;
    return organization && !organization.IsLive ? organization : undefined;
  }

  /** The organization's calendar day by the server's clock, once the organization is known. */
  private today(): string | undefined {
    const organization = this.organization.value;
    return organization && calendarDay(this.client.now(), organization.TimeZone);
  }

  private rows = () => [this.owner, ...this.members];

  private patchRow(id: string, patch: Partial<Row>) {
    if (id === OWNER) this.owner = { ...this.owner, ...patch };
    else this.members = this.members.map((m) => (m.id === id ? { ...m, ...patch } : m));
  }

  private setError(id: string, error: FieldError | undefined) {
    const { [id]: _, ...rest } = this.errors;
    this.errors = error ? { ...rest, [id]: error } : rest;
  }

  private onInput(rowId: string, field: Field, value: string) {
    this.patchRow(rowId, { [field]: value });
    // An edit makes a new submission: the key of the previous one must not replay its answer.
    this.idempotencyKey = undefined;
    const id = `${rowId}-${field}`;
    // A shown error clears as soon as it is fixed; new ones wait for the field to be left.
    const row = this.rows().find((r) => r.id === rowId);
    if (this.errors[id] && row) this.setError(id, this.problemOf(row, field, true));
  }

  private onLanguage(event: Event) {
    this.language = (event.target as HTMLSelectElement).value as Language;
    this.idempotencyKey = undefined;
  }

  private onBlur(rowId: string, field: Field) {
    const row = this.rows().find((r) => r.id === rowId);
    const problem = row && this.problemOf(row, field, false);
    if (problem) this.setError(`${rowId}-${field}`, problem);
  }

  private async onAddMember() {
    const row = blank(`member-${this.nextMember++}`);
    this.members = [...this.members, row];
    await this.updateComplete;
    this.input(`${row.id}-FirstName`)?.focus();
  }

  private async onRemoveMember(id: string) {
    this.members = this.members.filter((m) => m.id !== id);
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([key]) => !key.startsWith(`${id}-`)));
    this.idempotencyKey = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.add')?.focus();
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this.saving.status === TaskStatus.PENDING) return;
    this.formError = '';
    const errors: Record<string, FieldError> = {};
    for (const row of this.rows()) {
      for (const field of FIELDS) {
        const problem = this.problemOf(row, field, true);
        if (problem) errors[`${row.id}-${field}`] = problem;
      }
    }
    this.errors = errors;
    if (Object.keys(errors).length) return this.focusFirstError();

    this.idempotencyKey ??= newIdempotencyKey();
    await this.saving.run([this.body(), this.idempotencyKey]);
    const result = this.saving.value;
    if (this.saving.status === TaskStatus.COMPLETE && result) {
      this.idempotencyKey = undefined;
      this.created = result;
      this.emit('amilia-account-created', { account: result.Account, request: result.AutomaticRequest });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.result')?.focus();
      return;
    }
    const error = this.saving.error;
    const message = this.report(error);
    this.errors = isApiError(error) ? this.fieldErrorsOf(error) : {};
    if (Object.keys(this.errors).length) await this.focusFirstError();
    else this.formError = message;
  }

  private body(): CreateAccountBody {
    // Members read the same emails as the owner: they share the household's language.
    const PreferredLanguage = this.language ?? this.localize.language();
    const person = (row: Row): NewPerson => ({
      FirstName: row.FirstName.trim(),
      LastName: row.LastName.trim(),
      ...(row.Email.trim() ? { Email: normalizeEmail(row.Email) } : {}),
      ...(row.DateOfBirth ? { DateOfBirth: row.DateOfBirth } : {}),
      PreferredLanguage,
    });
    return { Owner: person(this.owner), ...(this.members.length ? { Members: this.members.map(person) } : {}) };
  }

  /** The server's field paths (`Owner.Email`, `Members.0.Email`) turned into this form's fields. */
  private fieldErrorsOf(error: ApiError): Record<string, FieldError> {
    const found: Record<string, FieldError> = {};
    for (const [path, codes] of Object.entries(error.fieldErrors)) {
      const parts = path.split('.');
      const [row, field] = parts[0] === 'Owner' ? [this.owner, parts[1]] : parts[0] === 'Members' ? [this.members[Number(parts[1])], parts[2]] : [];
      if (!row || !FIELDS.includes(field as Field)) continue;
      const code = (codes.find((c) => SERVER_FIELD_CODES.includes(c)) ?? 'Validation') as FieldCode;
      // A duplicate without an existing account is another person of this same form.
      found[`${row.id}-${field}`] =
        code === 'DuplicateClient' && error.existingAccountId === undefined ? { code: 'DuplicateInForm' } : { code, accountId: error.existingAccountId };
    }
    return found;
  }

  private input = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);

  private async focusFirstError() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }

  private async onCreateAnother() {
    this.owner = blank(OWNER);
    this.members = [];
    this.language = undefined;
    this.errors = {};
    this.formError = '';
    this.created = undefined;
    await this.updateComplete;
    this.input(`${OWNER}-FirstName`)?.focus();
  }
}

define('amilia-create-account', AmiliaCreateAccount);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-create-account': AmiliaCreateAccount;
  }
}
