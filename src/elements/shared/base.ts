/**
 * What every element shares: its SDK client (provider or default), its translations and language,
 * typed events, one way to turn any failure into a translated sentence, and dialogs that close with it.
 */
import { consume } from '@lit/context';
import type { Translation } from '@shoelace-style/localize';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Language } from '../../policy/index.js';
import { errorTerm, waitIn } from '../../labels/describe.js';
import type { ActivationCore } from '../../sdk/index.js';
import { type ActivationContext, activationContext, CONFIGURED_EVENT, defaultActivationContext } from './context.js';
import type { AmiliaEventDetails, AmiliaEventName } from './events.js';
import type { SharedStrings } from './i18n/en.js';
import { type ElementStrings, Localize } from './localize.js';
import { MemberNotFoundError } from './member.js';
import { skeleton } from './skeleton.js';

/** Raised when an element has neither a provider nor a default client. */
export class MissingClientError extends Error {
  override name = 'MissingClientError';
}

/** `client`, or the error that says how to configure one. */
export function requireClient(client: ActivationCore | undefined): ActivationCore {
  if (!client) throw new MissingClientError('No client: use <amilia-activation-provider> or configure().');
  return client;
}

export interface ErrorReport {
  code: string;
  message: string;
}

export abstract class AmiliaElement<Strings extends Translation = SharedStrings> extends LitElement {
  /** This element’s language (`en` or `fr`); without it, the nearest `lang` above it, else its provider’s, else the page’s. */
  // Declared so that a change re-renders at once (the native `lang` is not observed); reflected, so CSS `:lang()` agrees.
  @property({ reflect: true }) override lang!: string;

  @consume({ context: activationContext, subscribe: true })
  @state()
  protected provided?: ActivationContext;

  protected readonly localize: Localize<Strings & SharedStrings>;

  /** `strings`: the element class's strings, from `elementStrings()` in its module (one per class). */
  constructor(strings: ElementStrings) {
    super();
    this.localize = new Localize(this, strings);
  }

  /**
   * The language of the provider the element is in (or of `configure()`), when one was set.
   * @internal
   */
  get providedLanguage(): Language | undefined {
    return this.activation?.language;
  }

  /** The provider's context, else the page's default; undefined while neither exists. Tasks list its client in their args. */
  protected get activation(): ActivationContext | undefined {
    return this.provided ?? defaultActivationContext();
  }

  /** The SDK client from the provider, else the page's default. */
  protected get client(): ActivationCore {
    return requireClient(this.activation?.client);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.(CONFIGURED_EVENT, this.onConfigured);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.(CONFIGURED_EVENT, this.onConfigured);
    // A removed element leaves nothing open: re-inserted, it would show the dialog again, and not as a modal.
    this.renderRoot?.querySelectorAll?.('dialog').forEach((dialog) => dialog.close());
  }

  /** `configure()` was called (by this copy of the library or another): the client may have changed. */
  private onConfigured = () => this.requestUpdate();

  /** Fires a bubbling, composed `amilia-…` event with a typed detail; false when a listener cancelled it. */
  protected emit<K extends AmiliaEventName>(name: K, detail: AmiliaEventDetails[K], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** The translated sentence for a failure; never the server's own text. */
  protected describe(error: unknown): ErrorReport {
    const t = this.localize as unknown as Localize<SharedStrings>;
    if (error instanceof MissingClientError) return { code: 'MissingClient', message: t.term('error.MissingClient') };
    if (error instanceof MemberNotFoundError) return { code: 'NotFound', message: t.term('error.NotFound') };
    const { code, key, wait } = errorTerm(error);
    // A sentence without a wait ignores it.
    return { code, message: (t.term as (key: string, wait: string) => string)(key, this.waitPhrase(wait)) };
  }

  /**
   * The loading state: `placeholder` is the loaded state rendered with stand-in data, so it takes the loaded
   * state's place and size (nothing moves when the data arrives); it shows as grey bones and is inert.
   */
  protected renderSkeleton(placeholder: unknown) {
    return html`<div class="skeleton-holder" inert>${skeleton(placeholder)}</div>
      <span class="visually-hidden" role="status">${(this.localize as unknown as Localize<SharedStrings>).term('loading')}</span>`;
  }

  /**
   * `lang` for the element's content wrapper (`part="base"`): its language where that differs from the one the
   * content would inherit from the page (WCAG 3.1.2), so French text is never read out as English.
   */
  protected get contentLang(): string | typeof nothing {
    const lang = this.localize.lang();
    return this.localize.inheritedLang() === lang ? nothing : lang;
  }

  /** Describes the failure and tells the host through `amilia-error`. */
  protected report(error: unknown): void {
    const { code, message } = this.describe(error);
    this.emit('amilia-error', { error, code, message });
  }

  /** "in 3 days", "dans 5 minutes": the largest unit that fits. */
  protected waitPhrase(seconds: number): string {
    return this.localize.relativeTime(...waitIn(seconds));
  }
}

/** Registers a tag once; defining it again (two bundles, two imports) is harmless. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
