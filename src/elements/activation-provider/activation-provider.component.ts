import { provide } from '@lit/context';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Language } from '../../policy/index.js';
import { type ActivationCore, type ClientOptions, createActivationCore } from '../../sdk/index.js';
import { type ActivationContext, activationContext } from '../shared/context.js';
import { styles } from './activation-provider.styles.js';

/**
 * @tagname amilia-activation-provider
 * @summary Configures every amilia element inside it: one SDK client for the whole subtree.
 *
 * @slot - The elements to configure.
 */
export class AmiliaActivationProvider extends LitElement {
  static override styles = styles;

  /** Where the API lives; relative URLs resolve against the page. */
  @property({ attribute: 'base-url' }) baseUrl = '/';

  /** The organization's URL name, e.g. `forest-explorers`. */
  @property({ reflect: true }) organization = '';

  /** The language of API calls and, unless an element sets `lang`, of the elements. */
  @property({ reflect: true }) language: Language | undefined;

  /** Returns the bearer token for admin or signed-in client calls. */
  @property({ attribute: false }) getToken: ClientOptions['getToken'];

  /** A ready-made client (`createActivationClient`) or core (`createActivationCore`); overrides the attributes above. */
  @property({ attribute: false }) client: ActivationCore | undefined;

  @provide({ context: activationContext })
  protected context!: ActivationContext;

  /** What the context was made from: a new context (so new requests everywhere below) only when it changes. */
  private madeFrom: { settings: string; client: ActivationCore | undefined } | undefined;

  // Ready when connected, before the elements inside connect and ask for it: none of them starts with the
  // page's default client and then switches.
  override connectedCallback(): void {
    super.connectedCallback();
    this.provideContext();
  }

  protected override willUpdate(): void {
    this.provideContext();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  // `getToken` is not part of it: it is called at each request, so a host re-rendering with a new function
  // (a framework does) keeps the same client.
  private provideContext() {
    const settings = JSON.stringify([this.baseUrl, this.organization, this.language]);
    if (this.madeFrom?.settings === settings && this.madeFrom.client === this.client) return;
    // A server render (no document) makes no request and has no page to resolve `base-url` against.
    if (typeof document === 'undefined') return;
    this.madeFrom = { settings, client: this.client };
    const client =
      this.client ??
      createActivationCore({
        baseUrl: new URL(this.baseUrl, document.baseURI),
        organization: this.organization,
        language: this.language ?? 'en',
        getToken: (...args) => this.getToken?.(...args),
      });
    this.context = { client, language: this.language };
  }
}
