/**
 * The form behaviour the admin forms share (create-account, client-email): a field is checked when it is
 * left and on submit, never while typing; a shown error clears as soon as it is fixed; the server's
 * field errors land on their fields; a duplicate email links to the account that already has it.
 */
import { html, type LitElement } from 'lit';
import type { ApiError } from '../../sdk/index.js';
import type { AmiliaEventDetails } from './events.js';

/** What is wrong with a field; `accountId` for `DuplicateClient`: the account that already has the email. */
export interface FieldError {
  code: string;
  accountId?: number | string | undefined;
}

/** The codes the server puts in `errors` that have their own sentence; any other is `Validation`. */
const SERVER_FIELD_CODES: readonly string[] = ['InvalidEmail', 'OwnerUnderage', 'DuplicateClient'];

export interface FieldConfig<F extends string> {
  /** What is wrong with `field` as typed, without the server; `submitting` also flags what may stay empty while typing. */
  check: (field: F, submitting: boolean) => FieldError | undefined;
  /** The field a server's error path (`Email`, `Owner.Email`, `Members.0.Email`) names, if it is on this form. */
  fieldOf: (path: string) => F | undefined;
  /** The admin chose to open the account that already uses an email: fire `amilia-duplicate-client`. */
  onDuplicate: (detail: AmiliaEventDetails['amilia-duplicate-client']) => void;
}

/** Holds the errors shown on a host's fields (named by `F`, e.g. input ids) and re-renders the host when they change. */
export class FieldController<F extends string> {
  private errors = new Map<F, FieldError>();

  constructor(
    private readonly host: LitElement,
    private readonly config: FieldConfig<F>,
  ) {}

  /** The error shown on `field`, if any. */
  get(field: F): FieldError | undefined {
    return this.errors.get(field);
  }

  get any(): boolean {
    return this.errors.size > 0;
  }

  /** The field was left: show what is wrong with it now. */
  blur(field: F): void {
    const problem = this.config.check(field, false);
    if (problem) this.set(field, problem);
  }

  /** The field changed: a shown error goes once fixed (or becomes the new problem); a new one waits for `blur`. */
  input(field: F): void {
    if (this.errors.has(field)) this.set(field, this.config.check(field, true));
  }

  /** On submit: checks every field, shows every problem, focuses the first; true when all are fine. */
  validate(fields: Iterable<F>): boolean {
    this.errors = new Map();
    for (const field of fields) {
      const problem = this.config.check(field, true);
      if (problem) this.errors.set(field, problem);
    }
    this.host.requestUpdate();
    if (this.any) void this.focusFirst();
    return !this.any;
  }

  /** Puts the server's field errors on their fields and focuses the first; false when none is on this form. */
  fromServer(error: ApiError): boolean {
    this.errors = new Map();
    for (const [path, codes] of Object.entries(error.fieldErrors)) {
      const field = this.config.fieldOf(path);
      if (field === undefined) continue;
      const code = codes.find((c) => SERVER_FIELD_CODES.includes(c)) ?? 'Validation';
      this.errors.set(field, code === 'DuplicateClient' ? { code, accountId: error.existingAccountId } : { code });
    }
    this.host.requestUpdate();
    if (this.any) void this.focusFirst();
    return this.any;
  }

  /** Forgets the errors of the fields `which` picks (all by default). */
  clear(which: (field: F) => boolean = () => true): void {
    this.errors = new Map([...this.errors].filter(([field]) => !which(field)));
    this.host.requestUpdate();
  }

  /** The button that opens the account already using `email`. */
  duplicateLink(accountId: number | string, email: string, label: string) {
    return html`<button type="button" class="link existing" @click=${() => this.config.onDuplicate({ accountId, email })}>${label}</button>`;
  }

  private set(field: F, error: FieldError | undefined) {
    if (error) this.errors.set(field, error);
    else this.errors.delete(field);
    this.host.requestUpdate();
  }

  private async focusFirst() {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
