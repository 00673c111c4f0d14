/**
 * The QA panel, on every page: the backend's clock, faults, the organization's live switch, the language
 * and a reset. Clock, faults and organization live in the backend's saved state (so every tab sees them and
 * a reload keeps them); language and the open/closed state are preferences the app keeps (events
 * `demo-language`, `demo-panel`, `demo-reset`).
 */
import { LitElement, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { FaultKind } from '../mocks/index.js';
import type { Language } from '../src/policy/index.js';
import { define } from '../src/elements/shared/base.js';
import type { DemoView } from './app.js';

/** The faults QA draws at a rate; `unavailable` (503) is left to the tests. */
const RATED = ['serverError', 'rateLimit', 'dropAfterAct', 'malformedJson', 'networkError', 'contractBreak'] as const satisfies readonly FaultKind[];

const STEPS = [
  { label: 'qa.day', by: { days: 1 } },
  { label: 'qa.tenDays', by: { days: 10 } },
  { label: 'qa.sixtyDays', by: { days: 60 } },
] as const;


export class DemoQaPanel extends LitElement {
  @property({ attribute: false }) view!: DemoView;
  @property({ type: Boolean }) open = true;
  @property({ attribute: false }) runsJobs = true;
  @property({ attribute: false }) storageFull = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#qa-date') private dateInput!: HTMLInputElement;

  private ticker: ReturnType<typeof setInterval> | undefined;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The clock runs with real time in the demo: the panel shows it moving.
    this.ticker = setInterval(() => this.requestUpdate(), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  protected override willUpdate(): void {
    this.hidden = !this.open;
  }

  private get clock() {
    return this.view.backend.clock;
  }

  private fire<T>(name: string, detail?: T) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  }

  private advance(by: { days?: number }) {
    this.clock.advance(by);
    this.view.changed();
  }

  private addYears(years: number) {
    const next = this.clock.now();
    next.setFullYear(next.getFullYear() + years);
    this.clock.set(next);
    this.view.changed();
  }

  /** Goes to that day at noon UTC: the same calendar day in the organization's time zone and in the browser's. */
  private setDate(event: SubmitEvent) {
    event.preventDefault();
    if (!this.dateInput.value) return;
    this.clock.set(`${this.dateInput.value}T12:00:00Z`);
    this.view.changed();
  }

  private realTime() {
    this.clock.set(new Date());
    this.view.changed();
  }

  private setFault(change: (settings: DemoView['backend']['faults']['settings']) => void) {
    const { faults } = this.view.backend;
    change(faults.settings);
    faults.save();
    this.view.changed();
  }

  private number(event: Event, min: number, max: number): number {
    const input = event.target as HTMLInputElement;
    const value = Math.min(max, Math.max(min, Number(input.value) || 0));
    input.value = String(value);
    return value;
  }

  private setLive(event: Event) {
    this.view.backend.setOrganization({ IsLive: (event.target as HTMLInputElement).checked });
    this.view.changed();
  }

  private onResetClose() {
    if (this.dialog.returnValue === 'reset') this.fire('demo-reset');
    this.dialog.returnValue = '';
  }

  protected override render() {
    if (!this.open) return nothing;
    const { t } = this.view;
    return html`<aside class="qa" aria-labelledby="qa-title">
      <div class="qa-head">
        <h2 id="qa-title">${t['qa.title']}</h2>
        <button class="link close" aria-label=${t['qa.close']} @click=${() => this.fire('demo-panel', false)}>✕</button>
      </div>
      ${this.storageFull ? html`<p class="qa-warning" role="alert">${t['qa.storageFull']}</p>` : nothing}
      ${this.renderClock()} ${this.renderFaults()} ${this.renderOrganization()} ${this.renderLanguage()} ${this.renderData()}
    </aside>`;
  }

  private renderClock() {
    const { t, language } = this.view;
    const now = this.clock.now();
    const shown = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', {
      timeZone: this.view.organization.TimeZone,
      dateStyle: 'full',
      timeStyle: 'medium',
    }).format(now);
    return html`<section aria-labelledby="qa-clock">
      <h3 id="qa-clock">${t['qa.clock']}</h3>
      <p class="qa-now"><span>${t['qa.now']}</span> <time datetime=${now.toISOString()}>${shown}</time></p>
      <div class="qa-buttons" role="group" aria-label=${t['qa.advance']}>
        ${STEPS.map((step) => html`<button class="secondary" @click=${() => this.advance(step.by)}>${t[step.label]}</button>`)}
        <button class="secondary" @click=${() => this.addYears(2)}>${t['qa.twoYears']}</button>
      </div>
      <form class="qa-row" @submit=${this.setDate}>
        <label for="qa-date">${t['qa.setDate']}</label>
        <input id="qa-date" type="date" required />
        <button class="secondary">${t['qa.set']}</button>
      </form>
      <button class="link" @click=${this.realTime}>${t['qa.realTime']}</button>
    </section>`;
  }

  private renderFaults() {
    const { t, backend } = this.view;
    const settings = backend.faults.settings;
    const field = (id: string, label: string, value: number, max: number, step: number, set: (value: number) => void) =>
      html`<label class="qa-field" for=${id}><span>${label}</span>
        <input id=${id} type="number" inputmode="numeric" min="0" max=${max} step=${step} .value=${String(value)}
          @change=${(event: Event) => this.setFault(() => set(this.number(event, 0, max)))} /></label>`;
    return html`<section aria-labelledby="qa-faults">
      <h3 id="qa-faults">${t['qa.faults']}</h3>
      ${field('qa-latency', t['qa.latency'], settings.latencyMs, 10_000, 100, (v) => (settings.latencyMs = v))}
      <fieldset>
        <legend>${t['qa.rates']}</legend>
        ${RATED.map((kind) =>
          field(`qa-rate-${kind}`, t[`qa.rate.${kind}`], Math.round((settings.rates[kind] ?? 0) * 100), 100, 5, (v) => (settings.rates[kind] = v / 100)),
        )}
      </fieldset>
      ${field('qa-retry-after', t['qa.retryAfter'], settings.retryAfterSeconds, 3600, 1, (v) => (settings.retryAfterSeconds = v))}
      ${field('qa-mass-pause', t['qa.massPause'], settings.massPauseMs, 10_000, 100, (v) => (settings.massPauseMs = v))}
      <button class="link" @click=${() => this.setFault(() => backend.faults.clear())}>${t['qa.noFaults']}</button>
    </section>`;
  }

  private renderOrganization() {
    const { t, organization } = this.view;
    return html`<section aria-labelledby="qa-org">
      <h3 id="qa-org">${t['qa.organization']}</h3>
      <label class="qa-check"><input type="checkbox" .checked=${organization.IsLive} @change=${this.setLive} /> ${t['qa.live']}</label>
    </section>`;
  }

  private renderLanguage() {
    const { t, language } = this.view;
    const choice = (value: Language, label: string) =>
      html`<label class="qa-check"><input type="radio" name="qa-language" value=${value} .checked=${language === value}
        @change=${() => this.fire('demo-language', value)} /> <span lang=${value}>${label}</span></label>`;
    return html`<section>
      <fieldset>
        <legend>${t['qa.language']}</legend>
        ${choice('en', 'English')} ${choice('fr', 'Français')}
      </fieldset>
    </section>`;
  }

  private renderData() {
    const { t } = this.view;
    return html`<section aria-labelledby="qa-data">
      <h3 id="qa-data">${t['qa.data']}</h3>
      <button class="danger" @click=${() => this.dialog.showModal()}>${t['qa.reset']}</button>
      <p class="qa-hint">${this.runsJobs ? t['qa.jobsHere'] : t['qa.jobsElsewhere']}</p>
      <dialog aria-labelledby="qa-reset-title" @close=${this.onResetClose}>
        <form method="dialog">
          <h2 id="qa-reset-title">${t['qa.reset']}</h2>
          <p>${t['qa.resetConfirm']}</p>
          <div class="actions">
            <button value="reset" class="danger">${t['qa.reset']}</button>
            <button value="cancel" class="secondary" autofocus>${t['qa.cancel']}</button>
          </div>
        </form>
      </dialog>
    </section>`;
  }
}

define('demo-qa-panel', DemoQaPanel);

declare global {
  interface HTMLElementTagNameMap {
    'demo-qa-panel': DemoQaPanel;
  }
}
