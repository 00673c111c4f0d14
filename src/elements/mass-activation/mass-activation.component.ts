import { type PropertyValues, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { EARLIEST_CREATED_AFTER, MASS_OUTCOMES, type MassOutcome, createdAfterRefusal, outcomeSends } from '../../policy/index.js';
import { type MassCounts, type MassJob, type MassTarget, mass } from '../../sdk/index.js';
import { ActionController } from '../shared/action-controller.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { AmiliaElement } from '../shared/base.js';
import { elementStrings } from '../shared/localize.js';
import { base } from '../shared/styles.js';
import en from './en.js';
import { styles } from './mass-activation.styles.js';
import { MassJobController } from './mass-job-controller.js';
import { saveFile } from './save-file.js';
import { TargetList, preloadVirtualizer } from './target-list.js';

const strings = elementStrings('mass-activation', en, () => import('./fr.js'));

/** Past tense once a job has run: "Got an invitation" rather than "Will get an invitation". */
type Tense = 'outcome' | 'done';

/** A job under way, as a named job shows when a page reloads during a send (for the loading state: only what it renders). */
const PLACEHOLDER_JOB = {
  Status: 'Running',
  Total: 1000,
  Processed: 400,
  Counts: Object.fromEntries(MASS_OUTCOMES.map((outcome) => [outcome, 100])),
} as MassJob;

const firstListed = (counts: MassCounts) => MASS_OUTCOMES.find((outcome) => counts[outcome] > 0);
const sum = (counts: MassCounts, outcomes: readonly MassOutcome[]) => outcomes.reduce((total, o) => total + counts[o], 0);
// Which outcomes send is policy's (R4): the element only groups them.
const SENT: readonly MassOutcome[] = MASS_OUTCOMES.filter(outcomeSends);
const SKIPPED: readonly MassOutcome[] = MASS_OUTCOMES.filter((outcome) => !outcomeSends(outcome));
/** `YYYY-MM-DD` of an instant in the user's time zone (Swedish dates are ISO 8601). */
const localDay = (instant: string) => new Date(instant).toLocaleDateString('sv-SE');
/** Why the date cannot be previewed, as the key of its sentence. */
type DateProblem = 'dateMissing' | 'dateTooEarly' | 'dateInFuture';

/**
 * @tagname amilia-mass-activation
 * @summary Mass activation (R4, R5): a date, a preview with counts and lists, a confirmation, live
 * progress, then the results and their CSV.
 *
 * Targets the owners of accounts created after the chosen date (that day excluded). The preview shows
 * what a run would do for each outcome, with the list behind each count; lists of any length are fetched
 * page by page and virtualized. Sending asks for confirmation, then follows the job until it ends; the
 * job can be cancelled. After a reload the element re-attaches to the organization's running job, or
 * shows the job `job-id` names (running or ended, with its results): a page keeps the id it got from
 * `amilia-mass-started` (in its address, say) to show that job again after a reload; while that job loads,
 * the element shows a running job's skeleton, so the page does not move when it arrives. A mistyped year
 * (before 2000, or in the future) is refused with a message. With `account-href`, each name in a list
 * links to its account.
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

  /** A job to show, running or ended (the `Id` of `amilia-mass-started`'s job); empty shows the running one, if any. */
  @property({ attribute: 'job-id' }) jobId = '';

  /**
   * Where a name in the lists links to: `{accountId}` and `{personId}` are replaced by the row's ids, e.g.
   * `/admin/accounts/{accountId}`. Without it, names are plain text.
   */
  @property({ attribute: 'account-href' }) accountHref = '';

  @state() private date = '';
  @state() private dateProblem: DateProblem | undefined;
  /** The outcome whose list is shown. */
  @state() private outcome: MassOutcome | undefined;

  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly list = new TargetList(this);

  private readonly jobs = new MassJobController(this, {
    client: () => this.activation?.client,
    interval: () => this.pollInterval,
    jobId: () => this.jobId,
    onAttached: (job) => {
      this.date ||= job.CreatedAfter;
      if (job.Status !== 'Running') this.select(firstListed(job.Counts));
    },
    onStarted: (job) => {
      this.emit('amilia-mass-started', { job });
      this.date ||= job.CreatedAfter;
      this.outcome = undefined;
      void this.focusOn('#job-title');
    },
    onProgress: (job) => {
      this.date ||= job.CreatedAfter;
      this.emit('amilia-mass-progress', { job });
    },
    onEnded: (job) => {
      this.emit('amilia-mass-completed', { job });
      this.select(firstListed(job.Counts));
      if (this.ownsFocus()) void this.focusOn('#job-title');
    },
    onError: (error) => this.fail(error),
  });

  /** The counts only: each list fetches its own pages. A preview is of the date shown; another date drops it. */
  private readonly previewing = new ActionController(this, {
    subject: () => [this.activation?.client, this.date] as const,
    task: (_: void, { signal }, [, date]) => {
      preloadVirtualizer(); // while the counts come: a long list then waits only for its rows
      return mass(this.client).preview(date, { perPage: 1 }, { signal });
    },
    onComplete: (preview) => {
      this.select(firstListed(preview.Counts), preview);
      void this.focusOn('#preview-title');
    },
    onError: (error) => this.fail(error),
  });

  private readonly downloading = new ActionController(this, {
    subject: () => [this.activation?.client, this.jobs.job?.Id] as const,
    task: async (job: MassJob, { signal }) => {
      const csv = await mass(this.client).resultsCsv(job.Id, {}, { signal });
      // The byte-order mark makes spreadsheets read the file as UTF-8 (accented names).
      saveFile(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), `activation-requests-${localDay(job.StartedOn)}.csv`);
      return job;
    },
    onError: (error) => this.fail(error),
  });

  constructor() {
    super(strings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The page asks for another job: the one shown goes (the new one shows once loaded).
    const shown = this.jobs.job;
    if (changed.has('jobId') && shown && shown.Id !== this.jobId) {
      this.jobs.clear();
      this.outcome = undefined;
    }
  }

  protected override render() {
    const job = this.jobs.job;
    return html`<div part="base" lang=${this.contentLang}>
      ${job ? this.renderJob(job) : this.jobs.loadingNamed ? this.renderSkeleton(this.renderJob(PLACEHOLDER_JOB)) : this.renderForm()}
      <div role="status" class="visually-hidden">${this.jobs.announced ? this.summary(this.jobs.announced) : ''}</div>
      ${this.renderDialog()}
    </div>`;
  }

  private renderForm() {
    const t = this.localize;
    const attachError = this.jobs.attachError;
    const problem = this.dateProblem;
    return html`
      ${attachError === undefined ? nothing : this.renderError(attachError, () => this.jobs.attach())}
      <form novalidate @submit=${this.onPreview}>
        <div class="field">
          <label for="date">${t.term('dateLabel')}</label>
          <span id="date-hint" class="hint">${t.term('dateHint')}</span>
          <input
            id="date"
            part="date"
            type="date"
            required
            min=${EARLIEST_CREATED_AFTER}
            .value=${this.date}
            aria-invalid=${problem ? 'true' : 'false'}
            aria-describedby=${problem ? 'date-hint date-error' : 'date-hint'}
            @input=${this.onDateInput}
          />
          ${problem ? html`<span id="date-error" class="error">${t.term(problem, this.day(EARLIEST_CREATED_AFTER))}</span>` : nothing}
        </div>
        <div class="actions">
          <button type="submit" class="preview">${this.previewing.pending ? t.term('loading') : t.term('preview')}</button>
        </div>
      </form>
      ${this.renderPreview()}
    `;
  }

  private renderPreview() {
    const error = this.previewing.error;
    if (error !== undefined) return this.renderError(error, () => this.previewing.run());
    const preview = this.previewing.value;
    if (!preview) return nothing;
    const t = this.localize;
    const date = this.day(preview.CreatedAfter);
    const sends = sum(preview.Counts, SENT);
    const startError = this.jobs.starting.error;
    const starting = this.jobs.starting.pending;
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
            ${startError === undefined ? nothing : this.renderStartError(startError, preview.CreatedAfter)}
          `}
    </section>`;
  }

  private renderStartError(error: unknown, createdAfter: string) {
    return this.describe(error).code === 'MassJobInProgress'
      ? this.renderError(error, () => this.jobs.attach(), this.localize.term('watchRunning'))
      : this.renderError(error, () => this.jobs.starting.run(createdAfter));
  }

  private renderJob(job: MassJob) {
    const t = this.localize;
    const { Status } = job;
    const running = Status === 'Running';
    const failed = this.jobs.watchError;
    return html`<section part=${running ? nothing : 'results'} aria-labelledby="job-title">
      <h2 id="job-title" tabindex="-1">${running ? t.term('progressTitle') : t.term(`title.${Status}`)}</h2>
      ${running ? this.renderProgress(job) : html`<p>${this.summary(job)}</p>`}
      ${this.renderCounts(job.Counts, 'done', !running)}
      ${failed === undefined ? nothing : this.renderError(failed, () => this.jobs.watch())}
      ${running ? nothing : this.renderResults(job)}
    </section>`;
  }

  private renderProgress(job: MassJob) {
    const t = this.localize;
    const { cancelling } = this.jobs;
    const failed = cancelling.error;
    return html`
      <progress part="progress" max=${Math.max(job.Total, 1)} .value=${job.Processed} aria-labelledby="job-title" aria-describedby="processed"></progress>
      <p id="processed">${t.term('progress', t.number(job.Processed), t.number(job.Total))}</p>
      <div class="actions">
        <button part="cancel" class="secondary cancel" aria-disabled=${cancelling.pending ? 'true' : 'false'} @click=${() => cancelling.run()}>
          ${cancelling.pending ? t.term('cancelling') : t.term('cancelSend')}
        </button>
      </div>
      ${failed === undefined ? nothing : this.renderError(failed, () => cancelling.run())}
    `;
  }

  private renderResults(job: MassJob) {
    const t = this.localize;
    const downloading = this.downloading.pending;
    const failed = this.downloading.error;
    return html`
      ${this.renderList(job.Counts, 'done')}
      <div class="actions">
        <button part="download" class="download" aria-disabled=${downloading ? 'true' : 'false'} @click=${() => this.downloading.run(job)}>
          ${downloading ? t.term('downloading') : t.term('download')}
        </button>
        <button class="secondary new" @click=${this.onNewPreview}>${t.term('newPreview')}</button>
      </div>
      ${failed === undefined ? nothing : this.renderError(failed, () => this.downloading.run(job))}
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
    const href = this.accountHref.replace('{accountId}', String(row.AccountId)).replace('{personId}', String(row.PersonId));
    return html`<span class="name">${this.accountHref ? html`<a href=${href}>${row.FullName}</a>` : row.FullName}</span>
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
    return preview
      ? confirmDialog(t, {
          title: t.term('confirmTitle', ...this.sends(preview.Counts)),
          body: t.term('confirmBody', this.day(preview.CreatedAfter), this.count('skipped', sum(preview.Counts, SKIPPED))),
          confirm: t.term('confirmSend'),
          onClose: this.onDialogClose,
        })
      : nothing;
  }

  private label(outcome: MassOutcome, tense: Tense): string {
    const t = this.localize;
    return tense === 'done' && outcomeSends(outcome) ? t.term(`done.${outcome}`) : t.term(`outcome.${outcome}`);
  }

  private summary(job: MassJob): string {
    const t = this.localize;
    const n = (value: number) => t.number(value);
    if (job.Status === 'Completed') return t.term('summary.Completed', ...this.sends(job.Counts), this.count('skipped', sum(job.Counts, SKIPPED)));
    if (job.Status === 'Running') {
      return t.term('progressAnnounce', t.number(job.Total ? job.Processed / job.Total : 0, { style: 'percent' }), n(job.Processed), n(job.Total));
    }
    return t.term(`summary.${job.Status}`, n(job.Processed), n(job.Total));
  }

  /** "3 invitations", "1 request to share": `n` in words, the plural as the language wants it. */
  private count(key: 'invitations' | 'shareRequests' | 'skipped', n: number): string {
    return this.localize.term(key, n, this.localize.number(n));
  }

  /** The invitations and the share requests of `counts`, counted in words. */
  private sends(counts: MassCounts): [string, string] {
    return [this.count('invitations', counts.Invitation), this.count('shareRequests', counts.ShareRequest)];
  }

  /** A calendar day (`YYYY-MM-DD`) in words; it names a day, not an instant, hence UTC. */
  private day(date: string): string {
    return this.localize.date(`${date}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  }

  /** Shows the failure's sentence where it happened, tells the host, and for a user's action takes focus to the way out. */
  private fail(error: unknown) {
    this.report(error);
    if (this.ownsFocus()) void this.focusOn('.problem button');
  }

  /** Focus is in this element, or was lost when the control that had it went away. */
  private ownsFocus(): boolean {
    return this.matches(':focus-within') || !document.activeElement || document.activeElement === document.body;
  }

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onDateInput = (event: Event) => {
    this.date = (event.target as HTMLInputElement).value;
    this.dateProblem = undefined;
  };

  private onPreview = (event: SubmitEvent) => {
    event.preventDefault();
    const refusal = this.date ? createdAfterRefusal(this.date, this.client.now()) : 'Missing';
    this.dateProblem = refusal ? `date${refusal}` : undefined;
    if (refusal) void this.focusOn('#date');
    else this.previewing.run();
  };

  /** Shows the list of `outcome`: the results of the shown job, else the preview's targets. */
  private select(outcome: MassOutcome | undefined, preview = this.previewing.value) {
    this.outcome = outcome;
    const { job } = this.jobs;
    if (!outcome) return;
    if (job) {
      this.list.show(job.Counts[outcome], (page, perPage, signal) => mass(this.client).results(job.Id, { outcome, page, perPage }, { signal }));
    } else if (preview) {
      this.list.show(preview.Counts[outcome], (page, perPage, signal) =>
        mass(this.client).preview(preview.CreatedAfter, { outcome, page, perPage }, { signal }),
      );
    }
  }

  private onSend = () => {
    if (!this.jobs.starting.pending) this.dialog.showModal();
  };

  private onDialogClose = (confirmed: boolean) => {
    const preview = this.previewing.value;
    if (confirmed && preview) this.jobs.starting.run(preview.CreatedAfter);
    else void this.focusOn('button.send');
  };

  private onNewPreview = () => {
    this.jobs.clear();
    this.outcome = undefined;
    this.previewing.run();
  };
}
