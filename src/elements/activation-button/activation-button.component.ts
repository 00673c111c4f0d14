import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { manualSendRefusal, needsResendConfirmation } from '../../policy/index.js';
import { type Person, activationRequests, isApiError } from '../../sdk/index.js';
import { ActionController } from '../shared/action-controller.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { Countdown } from '../shared/countdown.js';
import { AmiliaElement } from '../shared/base.js';
import { ElementTask } from '../shared/element-task.js';
import { elementStrings } from '../shared/localize.js';
import { accountIdOf, loadMember } from '../shared/member.js';
import { PLACEHOLDER_PERSON } from '../shared/placeholder.js';
import { statusBadge, statusStyles } from '../shared/status.js';
import { base } from '../shared/styles.js';
import { styles } from './activation-button.styles.js';
import en from './en.js';

const strings = elementStrings('activation-button', en, () => import('./fr.js'));

/** Seconds of a rate limit the SDK may sit out while the button says "Sending…"; a longer one is counted down. */
const SILENT_WAIT = 3;

/**
 * @tagname amilia-activation-button
 * @summary A member’s activation status and the manual send of an activation request (R3).
 *
 * Loads the member from `account-id` and `person-id`, or takes `.person` from a page that already has it
 * (`account-id` is then optional: without it the member's account is looked up when sending).
 * Asks for confirmation when the last request is under 10 days old; says why it is disabled when the
 * member has no email; an Active member gets no button, only their status and why; a double click sends once. Any attribute may change at any time:
 * the element then shows and sends for the new member only.
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
 * @cssprop --amilia-color-primary - Buttons, focus ring and the Invited badge.
 * @cssprop --amilia-color-success - The Active badge.
 * @cssprop --amilia-color-warning - The expired badges.
 * @cssprop --amilia-color-accent - The Share requested badge.
 * @cssprop --amilia-font-family - Text.
 * @cssprop --amilia-radius - Corner radius.
 * @cssprop --amilia-spacing - Base spacing.
 */
export class AmiliaActivationButton extends AmiliaElement<typeof en> {
  static override styles = [base, statusStyles, styles];

  /** The account the member belongs to. */
  @property({ attribute: 'account-id' }) accountId = '';

  /** The member (an owner's id works too). */
  @property({ attribute: 'person-id' }) personId = '';

  /** The member, when the page already has it: no request is made to load it. */
  @property({ attribute: false }) person: Person | undefined;

  /** While the confirmation is asked: a page of 200 buttons renders no dialog until one asks (half their first render). */
  @state() private confirming = false;

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('button.send') private button!: HTMLButtonElement;

  /** Loads the member by ids; not while the page gives `.person` (see `willUpdate`). */
  private readonly load = new ElementTask(this, {
    task: ([, accountId, personId], { signal }) => loadMember(this.client, accountId, personId, signal),
    args: () => [this.activation?.client, this.accountId, this.personId] as const,
    onError: (error) => this.report(error),
  });

  private readonly sending = new ActionController(this, {
    subject: () => [this.activation?.client, this.accountId, this.person ? String(this.person.Id) : this.personId] as const,
    task: async (person: Person, { signal, idempotencyKey }) => {
      const accountId = this.accountId || (await accountIdOf(this.client, person, signal));
      const request = await activationRequests(this.client).send(accountId, person.Id, { signal, idempotencyKey, maxRetryAfter: SILENT_WAIT });
      return { accountId, request };
    },
    onComplete: ({ accountId, request }, person) => {
      this.emit('amilia-request-sent', { accountId: String(accountId), personId: String(person.Id), request });
      void this.focusButton();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'RateLimited') this.wait.start(error.retryAfter ?? 60);
      this.report(error);
      void this.focusButton();
    },
  });

  /** A rate limit's wait, counted down on the button. */
  private readonly wait = new Countdown(this);

  constructor() {
    super(strings);
  }

  protected override willUpdate(): void {
    // The member the page gives is shown as given: loading it would only render 200 rows a second time.
    this.load.autoRun = !this.person;
  }

  protected override render() {
    // Before the first load (a server render) as while loading: a member's shape.
    const waiting = () => this.renderSkeleton(this.renderPerson(PLACEHOLDER_PERSON));
    return html`<div part="base" class="row" lang=${this.contentLang}>
      ${this.person
        ? this.renderPerson(this.afterSend(this.person))
        : this.load.render({
            initial: waiting,
            pending: waiting,
            complete: (person) => this.renderPerson(this.afterSend(person)),
            error: (error) => html`<span class="error" role="alert">${this.describe(error).message}</span>
              <button class="secondary" @click=${() => this.load.run()}>${this.localize.term('retry')}</button>`,
          })}
    </div>`;
  }

  /** The member as the request just sent left them. */
  private afterSend(person: Person): Person {
    const request = this.sending.value?.request;
    if (!request) return person;
    return { ...person, LastRequest: request, ActivationStatus: request.Kind === 'ShareRequest' ? 'ShareRequested' : 'Invited' };
  }

  private renderPerson(person: Person) {
    const t = this.localize;
    const refusal = manualSendRefusal(person);
    const busy = this.sending.pending;
    const sent = this.sending.value?.request;
    const failed = this.sending.error;
    const left = this.rateLimitWait;
    const limited = left !== undefined;
    const waiting = left ?? 0;
    const badge = statusBadge(person.ActivationStatus, t.term(`status.${person.ActivationStatus}`));
    // Nothing can be sent to an active member, ever: the status and why, no button that cannot be pressed.
    if (refusal === 'AlreadyActive') return html`${badge}<p part="details" class="details hint">${t.term('disabledActive')}</p>`;
    return html`
      ${badge}
      ${this.renderDetails(person)}
      <button
        class="send"
        part="button"
        aria-disabled=${refusal || busy || waiting ? 'true' : 'false'}
        aria-describedby=${refusal ? 'reason' : nothing}
        @click=${() => this.onSend(person)}
      >
        ${busy ? t.term('sending') : waiting ? t.term('retryIn', this.waitPhrase(waiting)) : t.term('send')}
      </button>
      ${refusal ? html`<span id="reason" class="hint">${t.term('disabledNoEmail')}</span>` : nothing}
      <span role="status" class="${limited ? 'hint' : 'success'}">${sent ? t.term(`sent.${sent.Kind}`, sent.Email) : limited ? this.renderWait(failed, waiting) : ''}</span>
      <span role="alert" class="error">${failed === undefined || limited ? '' : this.describe(failed).message}</span>
      ${this.confirming ? this.renderDialog(person) : nothing}
    `;
  }

  /**
   * A rate limit, said politely twice: how long to wait when it starts, and that the wait is over when it ends.
   * The button counts the seconds down in between, unannounced.
   */
  private renderWait(error: unknown, left: number) {
    return left ? this.describe(error).message : this.localize.term('ready');
  }

  private renderDetails(person: Person) {
    const last = person.LastRequest;
    const status = person.ActivationStatus;
    if (!last || status === 'Active' || status === 'NoEmail' || status === 'NotInvited') return nothing;
    const date = (iso: string) => this.localize.date(iso, { dateStyle: 'medium' });
    const expired = status === 'InvitationExpired' || status === 'ShareRequestExpired';
    const text = this.localize.term(expired ? 'expiredOn' : 'sentOn', date(last.SentOn), date(last.ExpiresOn));
    return html`<p part="details" class="details hint">${text}</p>`;
  }

  private renderDialog(person: Person) {
    const t = this.localize;
    const sentOn = person.LastRequest ? t.date(person.LastRequest.SentOn, { dateStyle: 'long' }) : '';
    return confirmDialog(t, {
      title: t.term('confirmTitle'),
      body: t.term('confirmBody', sentOn),
      confirm: t.term('confirmSend'),
      onClose: (confirmed) => {
        this.confirming = false;
        if (confirmed) this.sending.run(this.member ?? person);
        else this.button?.focus();
      },
    });
  }

  private onSend(person: Person) {
    if (manualSendRefusal(person) || this.sending.pending || this.rateLimitWait) return;
    if (needsResendConfirmation(person, this.client.now())) void this.confirm();
    else this.sending.run(this.member ?? person);
  }

  private async confirm() {
    this.confirming = true;
    await this.updateComplete;
    if (this.isConnected) this.dialog?.showModal();
  }

  /** The member as the page gave them, else as loaded. */
  private get member(): Person | undefined {
    return this.person ?? this.load.value;
  }

  /**
   * When this member's last send met a rate limit: the seconds still to wait (0 once over); else undefined.
   * Only this member's own: the send's error is gone once another member shows.
   */
  private get rateLimitWait(): number | undefined {
    const failed = this.sending.error;
    return isApiError(failed) && failed.code === 'RateLimited' ? this.wait.remaining : undefined;
  }

  private async focusButton() {
    await this.updateComplete;
    this.button?.focus();
  }
}
