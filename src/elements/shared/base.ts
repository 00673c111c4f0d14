/**
 * What every element shares: its SDK client (provider or default), its translations, typed events,
 * and one way to turn any failure into a translated sentence.
 */
import { consume } from '@lit/context';
import type { Translation } from '@shoelace-style/localize';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { type ActivationClient, isApiError, isContractError, isNetworkError } from '../../sdk/index.js';
import { type ActivationContext, activationContext, defaultActivationContext } from './context.js';
import type { AmiliaEventDetails, AmiliaEventName } from './events.js';
import type { SharedStrings } from './i18n/en.js';
import en from './i18n/en.js';
import { type FrenchLoader, Localize } from './localize.js';

const sharedFrench: FrenchLoader = () => import('./i18n/fr.js');

/** Raised when an element has neither a provider nor a default client. */
export class MissingClientError extends Error {
  override name = 'MissingClientError';
}

export interface ErrorReport {
  code: string;
  message: string;
}

export abstract class AmiliaElement<Strings extends Translation = SharedStrings> extends LitElement {
  @consume({ context: activationContext, subscribe: true })
  @state()
  protected provided?: ActivationContext;

  protected readonly localize: Localize<Strings & SharedStrings>;

  /** `scope` names the element's strings (see `registerEnglish`); `french` fetches their translation. */
  constructor(scope: string, french: FrenchLoader) {
    super();
    this.localize = new Localize(this, scope, [{ load: sharedFrench }, { scope, load: french }]);
  }

  get configuredLanguage() {
    return (this.provided ?? defaultActivationContext())?.language;
  }

  /** The SDK client from the provider, else the page's default. */
  protected get client(): ActivationClient {
    const context = this.provided ?? defaultActivationContext();
    if (!context) throw new MissingClientError('No client: use <amilia-activation-provider> or configure().');
    return context.client;
  }

  /** Fires a bubbling, composed `amilia-…` event with a typed detail; false when a listener cancelled it. */
  protected emit<K extends AmiliaEventName>(name: K, detail: AmiliaEventDetails[K], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** The translated sentence for a failure; never the server's own text. */
  protected describe(error: unknown): ErrorReport {
    const t = this.localize as unknown as Localize<SharedStrings>;
    if (isApiError(error)) {
      const key = `error.${error.code}` as keyof SharedStrings;
      if (error.code === 'RateLimited') {
        return { code: error.code, message: t.term('error.RateLimited', this.waitPhrase(error.retryAfter ?? 60)) };
      }
      const known = key in en && typeof en[key] === 'string';
      return { code: error.code, message: t.term(known ? key : error.status >= 500 ? 'error.ServerError' : 'error.Unknown') as string };
    }
    if (isNetworkError(error)) return { code: 'Network', message: t.term('error.Network') };
    if (isContractError(error)) return { code: 'Contract', message: t.term('error.Contract') };
    if (error instanceof MissingClientError) return { code: 'MissingClient', message: t.term('error.MissingClient') };
    return { code: 'Unknown', message: t.term('error.Unknown') };
  }

  /** Describes the failure, tells the host through `amilia-error`, and returns the sentence to show. */
  protected report(error: unknown): string {
    const { code, message } = this.describe(error);
    this.emit('amilia-error', { error, code, message });
    return message;
  }

  /** "in 3 days", "dans 5 minutes": the largest unit that fits. */
  private waitPhrase(seconds: number): string {
    const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
      seconds >= 86_400 ? [Math.ceil(seconds / 86_400), 'day'] : seconds >= 3600 ? [Math.ceil(seconds / 3600), 'hour'] : seconds >= 60 ? [Math.ceil(seconds / 60), 'minute'] : [Math.max(1, Math.ceil(seconds)), 'second'];
    return this.localize.relativeTime(value, unit);
  }
}

/** Registers a tag once; defining it again (two bundles, two imports) is harmless. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
