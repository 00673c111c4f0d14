import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LANGUAGES, type Language, MAX_NAME_LENGTH, calendarDay, isAdult, isValidEmail, normalizeEmail } from '../../policy/index.js';
import { type CreateAccountBody, type CreateAccountResult, type NewPerson, accounts, isApiError, organization } from '../../sdk/index.js';
import { ActionController } from '../shared/action-controller.js';
import { AmiliaElement } from '../shared/base.js';
import { ElementTask } from '../shared/element-task.js';
import { type FieldError, FieldController } from '../shared/field-controller.js';
import { elementStrings } from '../shared/localize.js';
import { standIn } from '../shared/placeholder.js';
import { base } from '../shared/styles.js';
import { styles } from './create-account.styles.js';
import en from './en.js';

const strings = elementStrings('create-account', en, () => import('./fr.js'));

const OWNER = 'owner';
const FIELDS = ['FirstName', 'LastName', 'Email', 'DateOfBirth'] as const;
type Field = (typeof FIELDS)[number];

/** One person of the form, as typed. */
interface Row extends Record<Field, string> {
  id: string;
}

/** An input of the form: `owner-Email`, `member-2-FirstName`. */
type InputId = `${string}-${Field}`;
const inputId = (row: Row, field: Field): InputId => `${row.id}-${field}`;

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

  private nextMember = 1;

  // Only for the not-live notice and the age check's calendar day: if it fails, the server still decides.
  private readonly organization = new ElementTask(this, {
    task: (_client, { signal }) => organization(this.client).get({ signal }),
    args: () => [this.activation?.client] as const,
  });

  private readonly fields = new FieldController<InputId>(this, {
    check: (id, submitting) => {
      const found = this.field(id);
      return found && this.problemOf(found.row, found.field, submitting);
    },
    fieldOf: (path) => {
      const parts = path.split('.');
      const [row, field] = parts[0] === 'Owner' ? [this.owner, parts[1]] : parts[0] === 'Members' ? [this.members[Number(parts[1])], parts[2]] : [];
      return row && FIELDS.includes(field as Field) ? inputId(row, field as Field) : undefined;
    },
    onDuplicate: (detail) => this.emit('amilia-duplicate-client', detail),
  });

  /** The same form sent again (after a lost answer) keeps its idempotency key, so it never creates twice. */
  private readonly saving = new ActionController(this, {
    subject: () => [this.activation?.client] as const,
    task: (body: CreateAccountBody, { signal, idempotencyKey }) => accounts(this.client).create(body, { signal, idempotencyKey }),
    onComplete: (result) => {
      this.emit('amilia-account-created', { account: result.Account, request: result.AutomaticRequest });
      void this.focusOn('.result');
    },
    onError: (error) => {
      this.report(error);
      if (isApiError(error)) this.fields.fromServer(error);
    },
  });

  constructor() {
    super(strings);
  }

  protected override render() {
    const created = this.saving.value;
    return html`<div part="base" class="card" lang=${this.contentLang}>${created ? this.renderResult(created) : this.renderForm()}</div>`;
  }

  private renderForm() {
    const t = this.localize;
    const busy = this.saving.pending;
    const failure = this.saving.error;
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
      <p class="error form-error" role="alert">${failure === undefined || this.fields.any ? '' : this.describe(failure).message}</p>
      <div class="actions">
        <button type="submit" part="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? t.term('createAccount.creating') : t.term('createAccount.create')}</button>
      </div>
    </form>`;
  }

  /**
   * When the owner's email sends its request: at once, even before the store is live. Said live or not, so that
   * the place it holds while the organization loads is never taken back (the form below it does not move).
   */
  private renderNotice() {
    const t = this.localize;
    const notice = (text: string) => html`<p part="notice" class="notice" id="notice">${text}</p>`;
    const holding = () => this.renderSkeleton(html`<p class="notice">${t.term('createAccount.notLive', standIn(8))}</p>`);
    return this.organization.render({
      initial: holding,
      pending: holding,
      complete: (organization) => notice(organization.IsLive ? t.term('createAccount.live') : t.term('createAccount.notLive', organization.Name)),
      error: () => nothing,
    });
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
    const id = inputId(row, field);
    const error = this.fields.get(id);
    const label = { FirstName: t.term('createAccount.firstName'), LastName: t.term('createAccount.lastName'), Email: t.term('createAccount.email'), DateOfBirth: t.term('createAccount.dateOfBirth') }[field];
    // The owner's email is what sends the request, so it carries the notice about when it goes too.
    const notice = row.id === OWNER && field === 'Email' && this.organization.value ? 'notice' : '';
    // The date's hint states the rule its error repeats ("18 or older"): while the error shows, it says it alone.
    if (error && field === 'DateOfBirth') hint = undefined;
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
        @input=${(e: InputEvent) => this.onInput(row.id, id, field, (e.target as HTMLInputElement).value)}
        @blur=${() => this.fields.blur(id)}
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
      case 'Validation':
        return t.term('createAccount.field.Validation');
      case 'DuplicateClient':
        // Without an existing account, the duplicate is another person of this same form.
        return accountId === undefined
          ? t.term('createAccount.field.DuplicateInForm')
          : html`${t.term('error.DuplicateClient')}
            ${this.fields.duplicateLink(accountId, normalizeEmail(row.Email), t.term('createAccount.existingAccount', String(accountId)))}`;
      default:
        return t.term(`error.${code as 'InvalidEmail' | 'OwnerUnderage'}`);
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
    // Emails are trimmed as HTML and the server trims them (policy's normalizeEmail), names as the schema does.
    const value = field === 'Email' ? normalizeEmail(row[field]) : row[field].trim();
    let code: string | undefined;
    if (field === 'FirstName' || field === 'LastName') code = !value ? (required ? 'Required' : undefined) : value.length > MAX_NAME_LENGTH ? 'TooLong' : undefined;
    else if (field === 'Email') code = value && !isValidEmail(value) ? 'InvalidEmail' : undefined;
    else if (row.id === OWNER) {
      const today = this.today();
      code = today && !isAdult(value || null, today) ? 'OwnerUnderage' : undefined;
    }
    return code ? { code } : undefined;
  }

  /** The organization's calendar day by the server's clock, once the organization is known. */
  private today(): string | undefined {
    const organization = this.organization.value;
    return organization && calendarDay(this.client.now(), organization.TimeZone);
  }

  private rows = () => [this.owner, ...this.members];

  /** The row and field an input id names. */
  private field(id: InputId): { row: Row; field: Field } | undefined {
    const row = this.rows().find((r) => id.startsWith(`${r.id}-`));
    const field = row && (id.slice(row.id.length + 1) as Field);
    return row && field && FIELDS.includes(field) ? { row, field } : undefined;
  }

  private onInput(rowId: string, id: InputId, field: Field, value: string) {
    if (rowId === OWNER) this.owner = { ...this.owner, [field]: value };
    else this.members = this.members.map((m) => (m.id === rowId ? { ...m, [field]: value } : m));
    this.fields.input(id);
  }

  private onLanguage(event: Event) {
    this.language = (event.target as HTMLSelectElement).value as Language;
  }

  private async onAddMember() {
    const row = blank(`member-${this.nextMember++}`);
    this.members = [...this.members, row];
    await this.focusOn(`#${row.id}-FirstName`);
  }

  private async onRemoveMember(id: string) {
    this.members = this.members.filter((m) => m.id !== id);
    this.fields.clear((field) => field.startsWith(`${id}-`));
    await this.focusOn('button.add');
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this.saving.pending) return;
    if (this.fields.validate(this.rows().flatMap((row) => FIELDS.map((field) => inputId(row, field))))) this.saving.run(this.body());
  }

  private body(): CreateAccountBody {
    // Members read the same emails as the owner: they share the household's language.
    const PreferredLanguage = this.language ?? this.localize.language();
    const person = (row: Row): NewPerson => ({
      FirstName: row.FirstName.trim(),
      LastName: row.LastName.trim(),
      ...(normalizeEmail(row.Email) ? { Email: normalizeEmail(row.Email) } : {}),
      ...(row.DateOfBirth ? { DateOfBirth: row.DateOfBirth } : {}),
      PreferredLanguage,
    });
    return { Owner: person(this.owner), ...(this.members.length ? { Members: this.members.map(person) } : {}) };
  }

  private async onCreateAnother() {
    this.owner = blank(OWNER);
    this.members = [];
    this.language = undefined;
    this.fields.clear();
    this.saving.reset();
    this.requestUpdate();
    await this.focusOn(`#${OWNER}-FirstName`);
  }

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
