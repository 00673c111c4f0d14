import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { ShareOffer } from '../../sdk/index.js';
import { AmiliaElement, define } from '../shared/base.js';
import { registerEnglish } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import en from './en.js';

registerEnglish('share-account-banner', en);

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
  static override styles = [
    base,
    css`
      .banner {
        display: grid;
        gap: calc(var(--_space) * 0.75);
      }
      .offer {
        background: var(--_color-info-surface);
        border: 1px solid color-mix(in srgb, var(--_color-border) 50%, transparent);
        border-inline-start: 4px solid var(--_color-primary);
        border-radius: var(--_radius);
        padding: var(--_space);
      }
      [part~='message'] {
        margin: 0;
      }
      [part~='message']:empty {
        display: none;
      }
      /* The message takes focus only from script, to be read out: no ring. */
      [part~='message']:focus-visible {
        box-shadow: none;
      }
    `,
  ];

  /** Offers answered or put off on this page. */
  @state() private closed: ReadonlySet<string> = new Set();
  @state() private message = '';
  @state() private failed = false;

  private readonly offers = new Task(this, {
    // A new provider means a new client, maybe another signed-in person: load again.
    task: async (_: readonly [unknown], { signal }) => (await this.client.shareOffers.list({ signal })).Items,
    args: () => [this.provided] as const,
    onError: (error) => this.report(error),
  });

  private readonly answering = new Task(this, {
    autoRun: false,
    task: async ([offer, answer]: readonly [ShareOffer, Answer], { signal }): Promise<void> => {
      await (answer === 'accept' ? this.client.shareOffers.accept(offer.Id, { signal }) : this.client.shareOffers.decline(offer.Id, { signal }));
    },
  });

  constructor() {
    super('share-account-banner', () => import('./fr.js'));
  }

  protected override render() {
    const offers = (this.offers.value ?? []).filter((offer) => !this.closed.has(offer.Id) && !later.has(offer));
    if (!offers.length && !this.message) return nothing;
    return html`<div part="base" class="banner">
      ${offers.map((offer, index) => this.renderOffer(offer, index))}
      <p part="message" tabindex="-1" role=${this.failed ? 'alert' : 'status'} class=${this.failed ? 'error' : 'success'}>${this.message}</p>
    </div>`;
  }

  private renderOffer(offer: ShareOffer, index: number) {
    const t = this.localize;
    const busy = this.answering.status === TaskStatus.PENDING ? 'true' : 'false';
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

  private async answer(offer: ShareOffer, answer: Answer) {
    if (this.answering.status === TaskStatus.PENDING) return;
    this.message = '';
    await this.answering.run([offer, answer]);
    if (this.answering.status !== TaskStatus.COMPLETE) {
      this.failed = true;
      this.message = this.report(this.answering.error);
      return;
    }
    const org = offer.OrganizationName;
    if (answer === 'accept') this.emit('amilia-share-accepted', { offer });
    else this.emit('amilia-share-declined', { offer });
    await this.close(offer, answer === 'accept' ? this.localize.term('accepted', org) : this.localize.term('declined', org));
  }

  private postpone(offer: ShareOffer) {
    later.add(offer);
    void this.close(offer, this.localize.term('postponed', offer.OrganizationName));
  }

  private async close(offer: ShareOffer, message: string) {
    this.closed = new Set(this.closed).add(offer.Id);
    this.failed = false;
    this.message = message;
    await this.updateComplete;
    // The button that had focus is gone: go on to the next offer, else to the outcome.
    this.renderRoot.querySelector<HTMLElement>('[part~="accept"], [part~="message"]')?.focus();
  }
}

define('amilia-share-account-banner', AmiliaShareAccountBanner);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-share-account-banner': AmiliaShareAccountBanner;
  }
}
