/**
 * One list of mass targets (a preview's or a job's results), fetched page by page from the server as
 * the user scrolls. A long list is virtualized with `@lit-labs/virtualizer`, loaded when a preview is asked
 * for (not with the element), so that the element's first load stays small; a short one is a plain list.
 */
import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { MassTarget, Page } from '../../sdk/index.js';

export type LoadPage = (page: number, perPage: number, signal: AbortSignal) => Promise<Page<MassTarget>>;

/** Above this many rows the list is virtualized. */
export const VIRTUALIZE_ABOVE = 200;
/** Up to this many rows a list shows whole, without a scroll box of its own. */
const FITS = 10;
/** Rows per request: the most the API gives at once. */
const PER_PAGE = 500;

type Virtualize = typeof import('@lit-labs/virtualizer/virtualize.js').virtualize;
let virtualizeModule: Promise<Virtualize> | undefined;
// The layout is loaded beside the virtualizer, not by it on its first render (one round trip fewer).
const loadVirtualize = () =>
  (virtualizeModule ??= Promise.all([import('@lit-labs/virtualizer/virtualize.js'), import('@lit-labs/virtualizer/layouts/flow.js')]).then(
    ([{ virtualize }, { flow }]): Virtualize => {
      const layout = flow();
      return (config) => virtualize({ ...config, layout });
    },
    (error: unknown) => {
      virtualizeModule = undefined; // let the next list try again
      throw error;
    },
  ));

/**
 * Starts loading the virtualizer before any list needs it (a preview was asked for: its list may be long),
 * so a long list's first rows wait only for their data. A failure is left for the list to meet and show.
 */
export const preloadVirtualizer = (): void => void loadVirtualize().catch(() => {});

export class TargetList implements ReactiveController {
  private load: LoadPage | undefined;
  /** One index per row: the virtualizer's items, so the scrollbar spans the whole list from the start. */
  private indices: number[] = [];
  private readonly pages = new Map<number, MassTarget[]>();
  private readonly requested = new Set<number>();
  private range = { first: 0, last: 0 };
  private abort = new AbortController();
  private virtualize: Virtualize | undefined;
  private failure: unknown;
  /** Changes with each list, so a new list starts with fresh DOM: scrolled to the top, nothing measured. */
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The failure of the latest page or module load, until `retry()`. */
  get error(): unknown {
    return this.failure;
  }

  /** Shows `total` rows that `load` fetches a page at a time; forgets the previous list. */
  show(total: number, load: LoadPage): void {
    this.abort.abort();
    this.abort = new AbortController();
    this.load = load;
    this.pages.clear();
    this.requested.clear();
    this.failure = undefined;
    this.generation++;
    this.indices = [];
    this.resize(total);
    this.range = { first: 0, last: Math.min(total, VIRTUALIZE_ABOVE) - 1 };
    this.fetch();
  }

  /** Tries again what failed, keeping what was loaded and where the user scrolled. */
  retry(): void {
    this.failure = undefined;
    this.host.requestUpdate();
    this.prepare();
    this.fetch();
  }

  hostConnected(): void {
    this.abort = new AbortController();
    this.fetch();
  }

  hostDisconnected(): void {
    this.abort.abort();
    this.requested.clear();
  }

  /** The list, each row's content drawn by `renderRow` (`undefined` while its page loads). */
  render(renderRow: (row: MassTarget | undefined) => TemplateResult, labelledBy: string) {
    if (!this.load) return nothing;
    const total = this.indices.length;
    const item = (index: number) => {
      const row = this.row(index);
      return html`<li aria-setsize=${total} aria-posinset=${index + 1} aria-busy=${row ? nothing : 'true'}>${renderRow(row)}</li>`;
    };
    const virtual = total > VIRTUALIZE_ABOVE;
    if (virtual && !this.virtualize) return nothing;
    const fits = total <= FITS;
    // The scroller, not the list, takes focus: keyboard users scroll it with the arrow keys. A short list has no
    // box to scroll, hence no stop in the tab order.
    return keyed(
      this.generation,
      html`<div class="scroller ${virtual ? 'virtual' : fits ? 'fits' : ''}" tabindex=${fits ? nothing : 0} role="region" aria-labelledby=${labelledBy}>
        <ul @rangeChanged=${this.onRange}>
          ${virtual && this.virtualize ? this.virtualize({ items: this.indices, renderItem: item }) : this.indices.map(item)}
        </ul>
      </div>`,
    );
  }

  private row(index: number): MassTarget | undefined {
    return this.pages.get(Math.floor(index / PER_PAGE) + 1)?.[index % PER_PAGE];
  }

  private resize(total: number) {
    if (total === this.indices.length) return;
    this.indices = Array.from({ length: total }, (_, i) => i);
    this.prepare();
  }

  /** Loads the virtualizer once a list is long enough to need it. */
  private prepare() {
    if (this.indices.length <= VIRTUALIZE_ABOVE || this.virtualize) return;
    loadVirtualize().then(
      (virtualize) => {
        this.virtualize = virtualize;
        this.host.requestUpdate();
      },
      (error: unknown) => this.fail(error),
    );
  }

  private onRange = (event: Event) => {
    const { first, last } = event as Event & { first: number; last: number };
    this.range = { first, last };
    this.fetch();
  };

  /** Requests every page the rows in view need and that is neither loaded nor on its way. */
  private fetch() {
    const { load, range } = this;
    if (!load || this.failure !== undefined) return;
    const signal = this.abort.signal;
    const firstPage = Math.floor(Math.max(0, range.first) / PER_PAGE) + 1;
    const lastPage = Math.floor(Math.max(0, range.last) / PER_PAGE) + 1;
    for (let page = firstPage; page <= lastPage; page++) {
      if (this.pages.has(page) || this.requested.has(page) || (page - 1) * PER_PAGE >= this.indices.length) continue;
      this.requested.add(page);
      load(page, PER_PAGE, signal).then(
        ({ Items, Paging }) => {
          if (signal.aborted) return;
          this.pages.set(page, Items);
          // The list may have changed since the counts were taken: trust the server's total.
          this.resize(Paging.TotalCount);
          this.host.requestUpdate();
        },
        (error: unknown) => {
          if (signal.aborted) return;
          this.requested.delete(page);
          this.fail(error);
        },
      );
    }
  }

  private fail(error: unknown) {
    this.failure = error;
    this.host.requestUpdate();
  }
}
