import { Task } from '@lit/task';
import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { manualSendRefusal, needsResendConfirmation } from '../../policy/index.js';
import { type Person, newIdempotencyKey } from '../../sdk/index.js';
import { AmiliaElement, define } from '../shared/base.js';
import { registerEnglish } from '../shared/localize.js';
import { STATUS_TONE } from '../shared/status.js';
import { base } from '../shared/styles.js';
import en from './en.js';

registerEnglish('activation-button', en);

/**
 * @tagname amilia-activation-button
 * @summary A member’s activation status and the manual send of an activation request (R3).
 *
 * Loads the member from `account-id` and `person-id`, or takes `.person` from a page that already has it.
 * Asks for confirmation when the last request is under 10 days old; says why it is disabled when the
 * member is Active or has no email; a double click sends once.
 *
 * @event amilia-request-sent - A request went out. `detail: { accountId, personId, request }`
 * @event amilia-error - Loading or sending failed. `detail: { error, code, message }`
 *
 * @csspart base - The wrapper.
 * @csspart status - The status badge.
 * @csspart details - The dates under the status.
 * @csspart button - The send button.
 * @csspart dialog - The confirmation dialog.
 *
 * @cssprop --amilia-color-primary - Buttons and focus ring.
 * @cssprop --amilia-font-family - Text.
 * @cssprop --amilia-radius - Corner radius.
 * @cssprop --amilia-spacing - Base spacing.
 */
export class AmiliaActivationButton extends AmiliaElement<typeof en> {
  static override styles = [
    base,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .badge {
        display: inline-block;
        padding-inline: 0.6em;
        padding-block: 0.1em;
        border-radius: 999px;
        font-size: 0.875em;
        font-weight: 600;
        border: 1px solid currentColor;
      }
      .badge.success { color: var(--_color-success); }
      .badge.info { color: var(--_color-primary); }
      .badge.warning { color: var(--_color-warning); }
      .badge.neutral { color: var(--_color-muted); }
      .details { margin: 0; }
    `,
  ];

  /** The account the member belongs to. */
  @property({ attribute: 'account-id' }) accountId = '';

  /** The member (an owner's id works too). */
  @property({ attribute: 'person-id' }) personId = '';

  /** The member, when the page already has it: no request is made to load it. */
  @property({ attribute: false }) person: Person | undefined;

  @state() private message = '';
  @state() private failed = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('button.send') private button!: HTMLButtonElement;

  /** One key per user action: a retry after a dropped answer reuses it, so the email goes once. */
  private idempotencyKey: string | undefined;

  private readonly load = new Task(this, {
    task: async ([accountId, personId, given], { signal }) => {
      if (given) return given;
      const account = await this.client.accounts.get(accountId, { signal });
      const person = account.Members.find((m) => String(m.Id) === personId);
      if (!person) throw new Error(`No member ${personId} in account ${accountId}`);
      return person;
    },
    args: () => [this.accountId, this.personId, this.person] as const,
    onError: (error) => this.report(error),
  });

  private readonly sending = new Task(this, {
    autoRun: false,
    task: async ([person]: readonly [Person], { signal }) => {
      this.idempotencyKey ??= newIdempotencyKey();
      const request = await this.client.activationRequests.send(this.accountId || person.Id, person.Id, { signal, idempotencyKey: this.idempotencyKey });
      this.idempotencyKey = undefined;
      return request;
    },
  });

  constructor() {
    super('activation-button', () => import('./fr.js'));
  }

  protected override render() {
    return html`<div part="base" class="row">
      ${this.load.render({
        pending: () => html`<span role="status">${this.localize.term('loading')}</span>`,
        complete: (person) => this.renderPerson(person),
        error: (error) => html`<span class="error" role="alert">${this.describe(error).message}</span>
          <button class="secondary" @click=${() => this.load.run()}>${this.localize.term('retry')}</button>`,
      })}
    </div>`;
  }

  private renderPerson(person: Person) {
    const t = this.localize;
    const refusal = manualSendRefusal(person);
    const busy = this.sending.status === 1;
    return html`
      <span part="status" class="badge ${STATUS_TONE[person.ActivationStatus]}">${t.term(`status.${person.ActivationStatus}`)}</span>
      ${this.renderDetails(person)}
      <button
        class="send"
        part="button"
        aria-disabled=${refusal || busy ? 'true' : 'false'}
        aria-describedby=${refusal ? 'reason' : nothing}
        @click=${() => this.onSend(person)}
      >
        ${busy ? t.term('sending') : t.term('send')}
      </button>
      ${refusal ? html`<span id="reason" class="hint">${t.term(refusal === 'AlreadyActive' ? 'disabledActive' : 'disabledNoEmail')}</span>` : nothing}
      <span role=${this.failed ? 'alert' : 'status'} class=${this.failed ? 'error' : 'success'}>${this.message}</span>
      ${this.renderDialog(person)}
    `;
  }

  private renderDetails(person: Person) {
    const last = person.LastRequest;
    if (!last || person.ActivationStatus === 'Active' || person.ActivationStatus === 'NoEmail' || person.ActivationStatus === 'NotInvited') return nothing;
    const date = (iso: string) => this.localize.date(iso, { dateStyle: 'medium' });
    const text =
      person.ActivationStatus === 'InvitationExpired'
        ? this.localize.term('expiredOn', date(last.SentOn), date(last.ExpiresOn))
        : this.localize.term('sentOn', date(last.SentOn), date(last.ExpiresOn));
    return html`<p part="details" class="details hint">${text}</p>`;
  }

  private renderDialog(person: Person) {
    const t = this.localize;
    const sentOn = person.LastRequest ? t.date(person.LastRequest.SentOn, { dateStyle: 'long' }) : '';
    return html`<dialog part="dialog" aria-labelledby="confirm-title" @close=${this.onDialogClose}>
      <form method="dialog">
        <h2 id="confirm-title">${t.term('confirmTitle')}</h2>
        <p>${t.term('confirmBody', sentOn)}</p>
        <div class="actions">
          <button value="send">${t.term('confirmSend')}</button>
          <button value="cancel" class="secondary" autofocus>${t.term('cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  private onSend(person: Person) {
    if (manualSendRefusal(person) || this.sending.status === 1) return;
    if (needsResendConfirmation(person, this.client.now())) {
      this.dialog.showModal();
      return;
    }
    void this.send(person);
  }

  private onDialogClose = () => {
    const person = this.load.value;
    if (this.dialog.returnValue === 'send' && person) void this.send(person);
    else this.button?.focus();
    this.dialog.returnValue = '';
  };

  private async send(person: Person) {
    this.message = '';
    await this.sending.run([person]);
    const request = this.sending.value;
    if (this.sending.status === 2 && request) {
      this.failed = false;
      this.person = {
        ...person,
        LastRequest: request,
        ActivationStatus: request.Kind === 'ShareRequest' ? 'ShareRequested' : 'Invited',
      };
      this.message = this.localize.term(`sent.${request.Kind}`, request.Email);
      this.emit('amilia-request-sent', { accountId: this.accountId, personId: String(person.Id), request });
    } else {
      this.failed = true;
      this.message = this.report(this.sending.error);
    }
    await this.updateComplete;
    this.button?.focus();
  }
}

define('amilia-activation-button', AmiliaActivationButton);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-activation-button': AmiliaActivationButton;
  }
}
