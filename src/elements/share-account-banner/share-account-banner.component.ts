import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { type ShareOffer, shareOffers } from '../../sdk/index.js';
import { ActionController } from '../shared/action-controller.js';
import { AmiliaElement } from '../shared/base.js';
import { ElementTask } from '../shared/element-task.js';
import { elementStrings } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import en from './en.js';
import { styles } from './share-account-banner.styles.js';

const strings = elementStrings('share-account-banner', en, () => import('./fr.js'));

type Answer = 'accept' | 'decline';

/** "Not now" lasts as long as the tab, through sessionStorage. */
const later = {
  key: (offer: ShareOffer) => `amilia-share-offer-later:${offer.Id}`,
  has(offer: ShareOffer): boolean {
    try {
      return sessionStorage.getItem(later.key(offer)) !== null;
    } catch {
      return false; // storage blocked (sandboxed frame): the element still hides it while it lives
    }
  },
  add(offer: ShareOffer): void {
    try {
      sessionStorage.setItem(later.key(offer), '1');
    } catch {
      // storage blocked: as above
    }
  },
};

/**
 * @tagname amilia-share-account-banner
 * @summary Offers a self-signup person to share their Amilia login with organizations where a client has their email (R8).
 *
 * Place it in the signed-in person's own account page: the client (from a provider or `configure()`)
 * must send their session token through `getToken`. One offer per organization, each with Accept,
 * Decline (closes it for good) and "Not now" (hidden until the browser tab is closed). Renders
 * nothing when there is no offer; if the offers cannot be loaded it stays empty and fires `amilia-error`.
 *
 * @event amilia-share-accepted - The person shared their login with the organization. `detail: { offer }`
 * @event amilia-share-declined - The person closed the offer for good. `detail: { offer }`
 * @event amilia-error - Loading or answering failed. `detail: { error, code, message }`
 *
 * @csspart base - The wrapper around the offers and the live message.
 * @csspart offer - One organization's offer.
 * @csspart accept - The Accept button.
 * @csspart decline - The Decline button.
 * @csspart later - The "Not now" button.
 * @csspart message - The live message saying what happened.
 *
 * @cssprop --amilia-color-primary - Buttons, the offer's edge and focus ring.
 * @cssprop --amilia-color-info-surface - The offer's background.
 * @cssprop --amilia-font-family - Text.
 * @cssprop --amilia-radius - Corner radius.
 * @cssprop --amilia-spacing - Base spacing.
 */
export class AmiliaShareAccountBanner extends AmiliaElement<typeof en> {
  static override styles = [base, styles];

  /** Offers answered or put off on this page. */
  @state() private closed: ReadonlySet<string> = new Set();
  /** What the latest answer or "Not now" did. */
  @state() private outcome = '';

  private readonly offers = new ElementTask(this, {
    // A new provider means a new client, maybe another signed-in person: load again. Offers put off in
    // this tab stay hidden (read here, not while rendering).
    task: async (_client, { signal }) => (await shareOffers(this.client).list({ signal })).Items.filter((offer) => !later.has(offer)),
    args: () => [this.activation?.client] as const,
    onError: (error) => this.report(error),
  });

  private readonly answering = new ActionController(this, {
    subject: () => [this.activation?.client] as const,
    task: async ({ offer, answer }: { offer: ShareOffer; answer: Answer }, { signal, idempotencyKey }) => {
      await (answer === 'accept' ? shareOffers(this.client).accept(offer.Id, { signal, idempotencyKey }) : shareOffers(this.client).decline(offer.Id, { signal }));
    },
    onComplete: (_, { offer, answer }) => {
      const org = offer.OrganizationName;
      if (answer === 'accept') this.emit('amilia-share-accepted', { offer });
      else this.emit('amilia-share-declined', { offer });
      void this.close(offer, answer === 'accept' ? this.localize.term('accepted', org) : this.localize.term('declined', org));
    },
    onError: (error) => this.report(error),
  });

  constructor() {
    super(strings);
  }

  protected override render() {
    const offers = (this.offers.value ?? []).filter((offer) => !this.closed.has(offer.Id));
    const failure = this.answering.error;
    const message = failure === undefined ? this.outcome : this.describe(failure).message;
    if (!offers.length && !message) return nothing;
    return html`<div part="base" class="banner">
      ${offers.map((offer, index) => this.renderOffer(offer, index))}
      <p part="message" tabindex="-1" role=${failure === undefined ? 'status' : 'alert'} class=${failure === undefined ? 'success' : 'error'}>${message}</p>
    </div>`;
  }

  private renderOffer(offer: ShareOffer, index: number) {
    const t = this.localize;
    const busy = this.answering.pending ? 'true' : 'false';
    const text = `offer-${index}`;
    return html`<div part="offer" class="offer">
      <p id=${text}>${t.term('offer', offer.OrganizationName)}</p>
      <div class="actions">
        <button part="accept" aria-describedby=${text} aria-disabled=${busy} @click=${() => this.answer(offer, 'accept')}>${t.term('accept')}</button>
        <button part="decline" class="secondary" aria-describedby=${text} aria-disabled=${busy} @click=${() => this.answer(offer, 'decline')}>
          ${t.term('decline')}
        </button>
        <button part="later" class="link" aria-describedby=${text} @click=${() => this.postpone(offer)}>${t.term('later')}</button>
      </div>
    </div>`;
  }

  private answer(offer: ShareOffer, answer: Answer) {
    this.outcome = '';
    this.answering.run({ offer, answer });
  }

  private postpone(offer: ShareOffer) {
    later.add(offer);
    void this.close(offer, this.localize.term('postponed', offer.OrganizationName));
  }

  private async close(offer: ShareOffer, outcome: string) {
    this.closed = new Set(this.closed).add(offer.Id);
    this.answering.reset();
    this.outcome = outcome;
    await this.updateComplete;
    // The button that had focus is gone: go on to the next offer, else to the outcome.
    this.renderRoot.querySelector<HTMLElement>('[part~="accept"], [part~="message"]')?.focus();
  }
}
