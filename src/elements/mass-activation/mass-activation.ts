import { Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MASS_OUTCOMES, type MassOutcome } from '../../policy/index.js';
import { type MassCounts, type MassJob, type MassPreview, type MassTarget, newIdempotencyKey } from '../../sdk/index.js';
import { AmiliaElement, define } from '../shared/base.js';
import { registerEnglish } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import en from './en.js';
import { saveFile } from './save-file.js';
import { styles } from './mass-activation.styles.js';
import { TargetList } from './target-list.js';

registerEnglish('mass-activation', en);

/** Past tense once a job has run: "Got an invitation" rather than "Will get an invitation". */
type Tense = 'outcome' | 'done';

const firstListed = (counts: MassCounts) => MASS_OUTCOMES.find((outcome) => counts[outcome] > 0);
const sum = (counts: MassCounts, outcomes: readonly MassOutcome[]) => outcomes.reduce((total, o) => total + counts[o], 0);
const SKIPPED: readonly MassOutcome[] = ['AlreadyActive', 'NoEmail', 'RecentlyInvited'];
/** `YYYY-MM-DD` of an instant in the user's time zone (Swedish dates are ISO 8601). */
const localDay = (instant: string) => new Date(instant).toLocaleDateString('sv-SE');

/**
 * @tagname amilia-mass-activation
 * @summary Mass activation (R4, R5): a date, a preview with counts and lists, a confirmation, live
 * progress, then the results and their CSV.
 *
 * Targets the owners of accounts created after the chosen date (that day excluded). The preview shows
 * what a run would do for each outcome, with the list behind each count; lists of any length are fetched
 * page by page and virtualized. Sending asks for confirmation, then follows the job until it ends; the
 * job can be cancelled. After a reload the element re-attaches to the organization's running job.
 *
 * @attr poll-interval - Milliseconds between two progress polls (default 1000).
 *
 * @event amilia-mass-started - This element started a job. `detail: { job }`
 * @event amilia-mass-progress - A poll of the running job. `detail: { job }`
 * @event amilia-mass-completed - The job ended: completed, cancelled or failed (`job.Status`). `detail: { job }`
 * @event amilia-error - Something failed. `detail: { error, code, message }`
 *
 * @csspart base - The wrapper.
 * @csspart date - The date input.
 * @csspart preview - The preview section.
 * @csspart counts - The counts per outcome.
 * @csspart list - The list of one outcome.
 * @csspart progress - The progress bar.
 * @csspart cancel - The button that cancels the running job.
 * @csspart results - The results section.
 * @csspart download - The "Download CSV" button.
 * @csspart dialog - The confirmation dialog.
 *
 * @cssprop --amilia-color-primary - Buttons, selection and the progress bar.
 * @cssprop --amilia-font-family - Text.
 * @cssprop --amilia-radius - Corner radius.
 * @cssprop --amilia-spacing - Base spacing.
 */
export class AmiliaMassActivation extends AmiliaElement<typeof en> {
  static override styles = [base, styles];

  /** Milliseconds between two progress polls. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 1000;

  @state() private date = '';
  @state() private dateMissing = false;
  /** The outcome whose list is shown. */
  @state() private outcome: MassOutcome | undefined;
  /** The job shown: started here, or found running on connect. */
  @state() private job: MassJob | undefined;
  /** What the live region says: progress at most every 10% or 5 seconds, and the end. */
  @state() private announcement = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly list = new TargetList(this);
  /** One key per confirmed start: a retry after a failure reuses it, so the server starts one job. */
  private startKey = '';
  private announced = { step: -1, at: 0 };
  /** What each action last ran on: its failure is shown beside that subject only. */
  private readonly subjects = new Map<object, unknown>();

  private readonly previewing = new Task(this, {
    autoRun: false,
    // The counts only: each list fetches its own pages.
    task: ([date]: readonly [string], { signal }) => this.client.mass.preview(date, { perPage: 1 }, { signal }),
  });

  private readonly starting = new Task(this, {
    autoRun: false,
    task: ([preview, idempotencyKey]: readonly [MassPreview, string], { signal }) =>
      this.client.mass.start(preview.CreatedAfter, { signal, idempotencyKey }),
  });

  private readonly attaching = new Task(this, {
    autoRun: false,
    task: async (_: readonly [], { signal }) => (await this.client.mass.current({ signal })).Job,
  });

  private readonly watching = new Task(this, {
    autoRun: false,
    task: async ([jobId]: readonly [string], { signal }) => {
      let last: MassJob | undefined;
      for await (const job of this.client.mass.watch(jobId, { signal, interval: this.pollInterval })) {
        last = this.job = job;
        this.emit('amilia-mass-progress', { job });
        this.announce(job);
      }
      return last;
    },
  });

  private readonly cancelling = new Task(this, {
    autoRun: false,
    task: ([jobId]: readonly [string], { signal }) => this.client.mass.cancel(jobId, { signal }),
  });

  private readonly downloading = new Task(this, {
    autoRun: false,
    task: async ([job]: readonly [MassJob], { signal }) => {
      const csv = await this.client.mass.resultsCsv(job.Id, {}, { signal });
      // The byte-order mark makes spreadsheets read the file as UTF-8 (accented names).
      saveFile(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), `activation-requests-${localDay(job.StartedOn)}.csv`);
      return job;
    },
  });

  constructor() {
    super('mass-activation', () => import('./fr.js'));
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.attach();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Stops polling; connecting again resumes it.
    this.attaching.abort();
    this.watching.abort();
  }

  protected override render() {
    return html`<div part="base">
      ${this.job ? this.renderJob(this.job) : this.renderForm()}
      <div role="status" class="visually-hidden">${this.announcement}</div>
      ${this.renderDialog()}
    </div>`;
  }

  private renderForm() {
    const t = this.localize;
    const attachError = this.failure(this.attaching, undefined);
    return html`
      ${attachError === undefined ? nothing : this.renderError(attachError, () => void this.attach(true))}
      <form novalidate @submit=${this.onPreview}>
        <div class="field">
          <label for="date">${t.term('dateLabel')}</label>
          <span id="date-hint" class="hint">${t.term('dateHint')}</span>
          <input
            id="date"
            part="date"
            type="date"
            required
            .value=${this.date}
            aria-invalid=${this.dateMissing ? 'true' : 'false'}
            aria-describedby=${this.dateMissing ? 'date-hint date-error' : 'date-hint'}
            @input=${this.onDateInput}
          />
          ${this.dateMissing ? html`<span id="date-error" class="error">${t.term('dateMissing')}</span>` : nothing}
        </div>
        <div class="actions">
          <button type="submit" class="preview">${this.previewing.status === TaskStatus.PENDING ? t.term('loading') : t.term('preview')}</button>
        </div>
      </form>
      ${this.renderPreview()}
    `;
  }

  private renderPreview() {
    const error = this.failure(this.previewing, this.date);
    if (error !== undefined) return this.renderError(error, () => void this.preview());
    const preview = this.previewing.value;
    if (this.previewing.status !== TaskStatus.COMPLETE || preview?.CreatedAfter !== this.date) return nothing;
    const t = this.localize;
    const date = this.day(preview.CreatedAfter);
    const sends = sum(preview.Counts, ['Invitation', 'ShareRequest']);
    const startError = this.failure(this.starting, preview);
    const starting = this.starting.status === TaskStatus.PENDING;
    return html`<section part="preview" aria-labelledby="preview-title">
      <h2 id="preview-title" tabindex="-1">${t.term('previewTitle', date)}</h2>
      ${preview.Total === 0
        ? html`<p class="notice">${t.term('nothingToSend', date)}</p>`
        : html`
            ${this.renderCounts(preview.Counts, 'outcome')} ${this.renderList(preview.Counts, 'outcome')}
            ${sends === 0
              ? html`<p class="notice">${t.term('everyoneSkipped')}</p>`
              : html`<div class="actions">
                  <button class="send" aria-disabled=${starting ? 'true' : 'false'} @click=${this.onSend}>${starting ? t.term('sending') : t.term('send')}</button>
                </div>`}
            ${startError === undefined ? nothing : this.renderStartError(startError, preview)}
          `}
    </section>`;
  }

  private renderStartError(error: unknown, preview: MassPreview) {
    return this.describe(error).code === 'MassJobInProgress'
      ? this.renderError(error, () => void this.attach(true), this.localize.term('watchRunning'))
      : this.renderError(error, () => void this.start(preview));
  }

  private renderJob(job: MassJob) {
    const t = this.localize;
    const { Status } = job;
    const running = Status === 'Running';
    const failed = this.failure(this.watching, job.Id);
    return html`<section part=${running ? nothing : 'results'} aria-labelledby="job-title">
      <h2 id="job-title" tabindex="-1">${running ? t.term('progressTitle') : t.term(`title.${Status}`)}</h2>
      ${running ? this.renderProgress(job) : html`<p>${this.summary(job)}</p>`}
      ${this.renderCounts(job.Counts, 'done', !running)}
      ${failed === undefined ? nothing : this.renderError(failed, () => void this.watch(job.Id))}
      ${running ? nothing : this.renderResults(job)}
    </section>`;
  }

  private renderProgress(job: MassJob) {
    const t = this.localize;
    const cancelling = this.cancelling.status === TaskStatus.PENDING;
    const failed = this.failure(this.cancelling, job.Id);
    return html`
      <progress part="progress" max=${Math.max(job.Total, 1)} .value=${job.Processed} aria-labelledby="job-title" aria-describedby="processed"></progress>
      <p id="processed">${t.term('progress', t.number(job.Processed), t.number(job.Total))}</p>
      <div class="actions">
        <button part="cancel" class="secondary cancel" aria-disabled=${cancelling ? 'true' : 'false'} @click=${() => void this.cancel(job.Id)}>
          ${cancelling ? t.term('cancelling') : t.term('cancelSend')}
        </button>
      </div>
      ${failed === undefined ? nothing : this.renderError(failed, () => void this.cancel(job.Id))}
    `;
  }

  private renderResults(job: MassJob) {
    const t = this.localize;
    const downloading = this.downloading.status === TaskStatus.PENDING;
    const failed = this.failure(this.downloading, job);
    return html`
      ${this.renderList(job.Counts, 'done')}
      <div class="actions">
        <button part="download" class="download" aria-disabled=${downloading ? 'true' : 'false'} @click=${() => void this.download(job)}>
          ${downloading ? t.term('downloading') : t.term('download')}
        </button>
        <button class="secondary new" @click=${this.onNewPreview}>${t.term('newPreview')}</button>
      </div>
      ${failed === undefined ? nothing : this.renderError(failed, () => void this.download(job))}
    `;
  }

  private renderCounts(counts: MassCounts, tense: Tense, selectable = true) {
    return html`<ul part="counts" class="counts">
      ${MASS_OUTCOMES.map((outcome) => {
        const body = html`<span class="number">${this.localize.number(counts[outcome])}</span>
          <span class="label">${this.label(outcome, tense)}</span>`;
        return html`<li>
          ${selectable
            ? html`<button class="count" aria-pressed=${this.outcome === outcome ? 'true' : 'false'} aria-controls="list" @click=${() => this.select(outcome)}>
                ${body}
              </button>`
            : html`<div class="count">${body}</div>`}
        </li>`;
      })}
    </ul>`;
  }

  private renderList(counts: MassCounts, tense: Tense) {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    const t = this.localize;
    const error = this.list.error;
    return html`<div id="list" part="list" class="list">
      <h3 id="list-title">${this.label(outcome, tense)} (${t.number(counts[outcome])})</h3>
      ${counts[outcome] === 0 ? html`<p class="hint">${t.term('emptyList')}</p>` : this.list.render(this.renderRow, 'list-title')}
      ${error === undefined ? nothing : this.renderError(error, () => this.list.retry())}
    </div>`;
  }

  private renderRow = (row: MassTarget | undefined) => {
    const t = this.localize;
    if (!row) return html`<span class="hint">${t.term('loading')}</span>`;
    return html`<span class="name">${row.FullName}</span>
      <span class="email ${row.Email ? '' : 'hint'}">${row.Email ?? t.term('noEmail')}</span>
      ${row.EligibleOn ? html`<span class="hint">${t.term('eligibleOn', this.day(row.EligibleOn))}</span>` : nothing}`;
  };

  private renderError(error: unknown, retry: () => void, action = this.localize.term('retry')) {
    return html`<div class="problem" role="alert">
      <p class="error">${this.describe(error).message}</p>
      <button class="secondary" @click=${retry}>${action}</button>
    </div>`;
  }

  private renderDialog() {
    const t = this.localize;
    const preview = this.previewing.value;
    const count = (key: 'invitations' | 'shareRequests' | 'skipped', n: number) => t.term(key, n, t.number(n));
    return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-body" @close=${this.onDialogClose}>
      ${preview
        ? html`<form method="dialog">
            <h2 id="confirm-title">
              ${t.term('confirmTitle', count('invitations', preview.Counts.Invitation), count('shareRequests', preview.Counts.ShareRequest))}
            </h2>
            <p id="confirm-body">${t.term('confirmBody', this.day(preview.CreatedAfter), count('skipped', sum(preview.Counts, SKIPPED)))}</p>
            <div class="actions">
              <button value="send">${t.term('confirmSend')}</button>
              <button value="cancel" class="secondary" autofocus>${t.term('cancel')}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  private label(outcome: MassOutcome, tense: Tense): string {
    const t = this.localize;
    return tense === 'done' && (outcome === 'Invitation' || outcome === 'ShareRequest') ? t.term(`done.${outcome}`) : t.term(`outcome.${outcome}`);
  }

  private summary(job: MassJob): string {
    const t = this.localize;
    const n = (value: number) => t.number(value);
    if (job.Status === 'Completed') {
      const { Invitation, ShareRequest } = job.Counts;
      const skipped = sum(job.Counts, SKIPPED);
      return t.term(
        'summary.Completed',
        t.term('invitations', Invitation, n(Invitation)),
        t.term('shareRequests', ShareRequest, n(ShareRequest)),
        t.term('skipped', skipped, n(skipped)),
      );
    }
    if (job.Status === 'Running') {
      return t.term('progressAnnounce', t.number(job.Total ? job.Processed / job.Total : 0, { style: 'percent' }), n(job.Processed), n(job.Total));
    }
    return t.term(`summary.${job.Status}`, n(job.Processed), n(job.Total));
  }

  /** A calendar day (`YYYY-MM-DD`) in words; it names a day, not an instant, hence UTC. */
  private day(date: string): string {
    return this.localize.date(`${date}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  }

  /** Tells screen readers how far the job is: at each tenth, after 5 quiet seconds, and at the end. */
  private announce(job: MassJob) {
    const step = job.Total ? Math.floor((job.Processed / job.Total) * 10) : 0;
    const now = performance.now();
    if (job.Status === 'Running' && step <= this.announced.step && now - this.announced.at < 5000) return;
    this.announced = { step, at: now };
    this.announcement = this.summary(job);
  }

  /** The failure of `task`'s latest run, when it ran on `subject`. */
  private failure(task: Task<readonly unknown[], unknown>, subject: unknown): unknown {
    return task.status === TaskStatus.ERROR && this.subjects.get(task) === subject ? task.error : undefined;
  }

  /**
   * Runs `task` on `args` (the first is its subject) and resolves to its value; on failure, reports it
   * and, for an action of the user's, takes focus to the way out.
   */
  private async perform<A extends readonly unknown[], R>(task: Task<A, R>, args: A, byUser = true): Promise<R | undefined> {
    this.subjects.set(task, args[0]);
    await task.run(args);
    if (task.status === TaskStatus.COMPLETE) return task.value;
    // An abort (disconnected) is not a failure to show.
    if (task.status === TaskStatus.ERROR && this.isConnected) {
      this.report(task.error);
      if (byUser && this.ownsFocus()) await this.moveFocus('.problem button');
    }
    return undefined;
  }

  /** Focus is in this element, or was lost when the control that had it went away. */
  private ownsFocus(): boolean {
    return this.matches(':focus-within') || !document.activeElement || document.activeElement === document.body;
  }

  private async moveFocus(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onDateInput = (event: Event) => {
    this.date = (event.target as HTMLInputElement).value;
    this.dateMissing = false;
  };

  private onPreview = (event: SubmitEvent) => {
    event.preventDefault();
    if (!this.date) {
      this.dateMissing = true;
      void this.moveFocus('#date');
      return;
    }
    void this.preview();
  };

  private async preview() {
    const preview = await this.perform(this.previewing, [this.date] as const);
    if (!preview) return;
    this.select(firstListed(preview.Counts));
    await this.moveFocus('#preview-title');
  }

  /** Shows the list of `outcome`: the results of the shown job, else the preview's targets. */
  private select(outcome: MassOutcome | undefined) {
    this.outcome = outcome;
    const { job } = this;
    const preview = this.previewing.value;
    if (!outcome) return;
    if (job) {
      this.list.show(job.Counts[outcome], (page, perPage, signal) => this.client.mass.results(job.Id, { outcome, page, perPage }, { signal }));
    } else if (preview) {
      this.list.show(preview.Counts[outcome], (page, perPage, signal) =>
        this.client.mass.preview(preview.CreatedAfter, { outcome, page, perPage }, { signal }),
      );
    }
  }

  private onSend = () => {
    if (this.starting.status !== TaskStatus.PENDING) this.dialog.showModal();
  };

  private onDialogClose = () => {
    const preview = this.previewing.value;
    if (this.dialog.returnValue === 'send' && preview) {
      this.startKey = newIdempotencyKey();
      void this.start(preview);
    } else {
      void this.moveFocus('button.send');
    }
    this.dialog.returnValue = '';
  };

  private async start(preview: MassPreview) {
    const job = await this.perform(this.starting, [preview, this.startKey] as const);
    if (!job) return;
    this.emit('amilia-mass-started', { job });
    this.show(job);
    void this.moveFocus('#job-title');
    await this.watch(job.Id);
  }

  /** Follows the shown job when connected again, else the organization's running job if there is one. */
  private async attach(byUser = false) {
    if (this.job?.Status === 'Running') return this.watch(this.job.Id, byUser);
    const job = await this.perform(this.attaching, [] as const, byUser);
    if (!job || !this.isConnected) return;
    this.show(job);
    if (byUser) void this.moveFocus('#job-title');
    await this.watch(job.Id, byUser);
  }

  private show(job: MassJob) {
    this.job = job;
    this.date ||= job.CreatedAfter;
    this.outcome = undefined;
    this.announced = { step: -1, at: 0 };
  }

  private async watch(jobId: string, byUser = true) {
    const job = await this.perform(this.watching, [jobId] as const, byUser);
    if (!job || job.Status === 'Running') return;
    this.emit('amilia-mass-completed', { job });
    this.select(firstListed(job.Counts));
    if (this.ownsFocus()) await this.moveFocus('#job-title');
  }

  private async cancel(jobId: string) {
    if (this.cancelling.status === TaskStatus.PENDING) return;
    // Poll at once rather than at the next tick, so the end shows without delay.
    if (await this.perform(this.cancelling, [jobId] as const)) await this.watch(jobId);
  }

  private async download(job: MassJob) {
    if (this.downloading.status !== TaskStatus.PENDING) await this.perform(this.downloading, [job] as const);
  }

  private onNewPreview = () => {
    this.job = undefined;
    this.outcome = undefined;
    void this.preview();
  };
}

define('amilia-mass-activation', AmiliaMassActivation);

declare global {
  interface HTMLElementTagNameMap {
    'amilia-mass-activation': AmiliaMassActivation;
  }
}
