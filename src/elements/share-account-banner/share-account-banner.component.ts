import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { type ShareOffer, isApiError, shareOffers } from '../../sdk/index.js';
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
 * The offers float over the bottom of the window (a labelled region) instead of taking a place in the page,
 * so the page never moves when they arrive or leave (no layout shift). A host that wants them in the flow
 * can set `position: static` on `::part(base)`, at the price of that shift.
 *
 * @event amilia-share-accepted - The person shared their login with the organization. `detail: { offer }`
 * @event amilia-share-declined - The person closed the offer for good. `detail: { offer }`
 * @event amilia-error - Loading or answering failed. `detail: { error, code, message }`
 *
 * @csspart base - The floating region around the offers and the live message.
 * @csspart offer - One organization's offer.
 * @csspart title - An offer's title.
 * @csspart accept - The Accept button.
 * @csspart decline - The Decline button.
 * @csspart later - The "Not now" button.
 * @csspart message - The live message saying what happened.
 * @csspart close - The button that closes the message.
 *
 * @cssprop --amilia-color-primary - Buttons, the offer's edge and focus ring.
 * @cssprop --amilia-color-surface - The offer's background.
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
  /** Whether that was the sharing done (success) or only news (info). */
  @state() private tone: 'success' | 'info' = 'info';

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
      void this.close(offer, answer === 'accept' ? this.localize.term('accepted', org) : this.localize.term('declined', org), answer === 'accept' ? 'success' : 'info');
    },
    onError: (error, { offer }) => {
      this.report(error);
      // The offer ended while it was shown (its 2 years are over, or it was answered elsewhere): it cannot come back.
      if (isApiError(error) && error.status === 404) void this.close(offer, this.endedMessage(offer));
    },
  });

  constructor() {
    super(strings);
  }

  protected override render() {
    const t = this.localize;
    const offers = (this.offers.value ?? []).filter((offer) => !this.closed.has(offer.Id));
    const failure = this.answering.error;
    const message = failure === undefined ? this.outcome : this.describe(failure).message;
    if (!offers.length && !message) return nothing;
    return html`<section part="base" class="banner" lang=${this.contentLang} aria-label=${t.term('region')}>
      ${offers.map((offer, index) => this.renderOffer(offer, index))}
      <div class="outcome ${message ? '' : 'empty'}">
        <p part="message" tabindex="-1" role=${failure === undefined ? 'status' : 'alert'} class=${failure === undefined ? this.tone : 'error'}>${message}</p>
        ${offers.length ? nothing : html`<button part="close" class="link" @click=${() => (this.outcome = '')}>${t.term('close')}</button>`}
      </div>
    </section>`;
  }

  private renderOffer(offer: ShareOffer, index: number) {
    const t = this.localize;
    const busy = this.answering.pending ? 'true' : 'false';
    const title = `offer-title-${index}`;
    const text = `offer-${index}`;
    return html`<div part="offer" class="offer" role="group" aria-labelledby=${title}>
      <p part="title" class="title" id=${title}>${t.term('title', offer.OrganizationName)}</p>
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

  /** Why an offer that was shown cannot be answered any more. */
  private endedMessage(offer: ShareOffer): string {
    const org = offer.OrganizationName;
    return new Date(offer.AvailableUntil) <= this.client.now() ? this.localize.term('expired', org) : this.localize.term('gone', org);
  }

  private answer(offer: ShareOffer, answer: Answer) {
    this.outcome = '';
    this.answering.run({ offer, answer });
  }

  private postpone(offer: ShareOffer) {
    later.add(offer);
    void this.close(offer, this.localize.term('postponed', offer.OrganizationName));
  }

  private async close(offer: ShareOffer, outcome: string, tone: 'success' | 'info' = 'info') {
    this.closed = new Set(this.closed).add(offer.Id);
    this.answering.reset();
    this.outcome = outcome;
    this.tone = tone;
    await this.updateComplete;
    // The button that had focus is gone: go on to the next offer, else to the outcome.
    this.renderRoot.querySelector<HTMLElement>('[part~="accept"], [part~="message"]')?.focus();
  }
}
