/**
 * The mass job an element shows (R5): the one the page names (running or ended), else the one found
 * running when the element connects (or when its client arrives); started by the user, followed until it
 * ends, cancelled. Nothing polls once the element is gone; put back, it follows the job again.
 */
import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ActivationCore, type MassJob, mass } from '../../sdk/index.js';
import { ActionController } from '../shared/action-controller.js';
import { requireClient } from '../shared/base.js';

export interface MassJobConfig {
  /** The element's client; undefined until a provider or `configure()` gives one. */
  client: () => ActivationCore | undefined;
  /** Milliseconds between two polls. */
  interval: () => number;
  /** The job the page asks for (`job-id`), running or ended; empty for the organization's running one. */
  jobId: () => string;
  /** A job was found on connection (or for a new `jobId`): the page's, or the one running. */
  onAttached: (job: MassJob) => void;
  /** The user started `job`. */
  onStarted: (job: MassJob) => void;
  /** A poll of the followed job (also its first state once attached). */
  onProgress: (job: MassJob) => void;
  /** The followed job ended: completed, cancelled or failed. */
  onEnded: (job: MassJob) => void;
  /** Something failed while the element is on the page. */
  onError: (error: unknown) => void;
}

/** Progress is announced at each tenth, after 5 quiet seconds, and at the end. */
const QUIET_MS = 5000;

export class MassJobController implements ReactiveController {
  /** The job shown: started here, or found running. */
  job: MassJob | undefined;
  /** The state of the job last worth announcing to screen readers. */
  announced: MassJob | undefined;

  private connected = false;
  private lastAnnounce = { step: -1, at: 0 };

  /** The organization's running job, looked for on connection and whenever the client changes. */
  private readonly attaching: Task<readonly [ActivationCore | undefined, boolean, string], MassJob | null>;
  private readonly watching: Task<readonly [ActivationCore | undefined, string | undefined], MassJob | undefined>;

  /** Starts a job on `CreatedAfter`; a retry after a failure reuses the key, so the server starts one job. */
  readonly starting: ActionController<readonly [ActivationCore | undefined], string, MassJob>;
  readonly cancelling: ActionController<readonly [ActivationCore | undefined, string | undefined], void, MassJob>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: MassJobConfig,
  ) {
    host.addController(this);
    this.attaching = new Task(host, {
      task: async ([client, connected, jobId], { signal }) => {
        // Already showing the job asked for (watching follows it while it runs), or one that runs.
        if (!connected || (jobId ? this.job?.Id === jobId : this.running)) return initialState;
        const jobs = mass(requireClient(client));
        return jobId ? jobs.get(jobId, { signal }) : (await jobs.current({ signal })).Job;
      },
      args: () => [config.client(), this.connected, config.jobId()] as const,
      onComplete: (job) => {
        if (!job) return;
        this.show(job);
        config.onAttached(job);
      },
      onError: (error) => this.fail(error),
    });
    this.watching = new Task(host, {
      task: async ([client, jobId], { signal }) => {
        if (!client || !jobId) return initialState;
        for await (const job of mass(client).watch(jobId, { signal, interval: config.interval() })) this.update(job);
        return this.job;
      },
      // Follows the shown job while it runs and the element is on the page.
      args: () => [config.client(), this.connected && this.running ? this.job?.Id : undefined] as const,
      onError: (error) => this.fail(error),
    });
    this.starting = new ActionController(host, {
      subject: () => [config.client()] as const,
      task: (createdAfter, { signal, idempotencyKey }) => mass(this.client).start(createdAfter, { signal, idempotencyKey }),
      onComplete: (job) => {
        this.show(job);
        config.onStarted(job);
      },
      onError: (error) => this.fail(error),
    });
    this.cancelling = new ActionController(host, {
      subject: () => [config.client(), this.job?.Id] as const,
      task: (_: void, { signal }, [, jobId]) => mass(this.client).cancel(jobId!, { signal }),
      // Poll at once rather than at the next tick, so the end shows without delay.
      onComplete: () => void this.watching.run(),
      onError: (error) => this.fail(error),
    });
  }

  /** Whether the shown job is still running. */
  get running(): boolean {
    return this.job?.Status === 'Running';
  }

  /**
   * The job the page named (`job-id`) is on its way: the element shows a job's skeleton, not the form. Only while
   * it is asked for: a job cleared for a new preview leaves the form, though the page still names it.
   */
  get loadingNamed(): boolean {
    return this.config.jobId() !== '' && !this.job && this.attaching.status === TaskStatus.PENDING;
  }

  /** Why looking for the running job failed, if it did. */
  get attachError(): unknown {
    return this.attaching.status === TaskStatus.ERROR ? this.attaching.error : undefined;
  }

  /** Why following the shown job failed, if it did. */
  get watchError(): unknown {
    return this.watching.status === TaskStatus.ERROR ? this.watching.error : undefined;
  }

  /** Looks for the organization's running job again (after a failure, or a start refused because one runs). */
  attach(): void {
    void this.attaching.run();
  }

  /** Follows the shown job again after a failed poll. */
  watch(): void {
    void this.watching.run();
  }

  /** Stops showing the job (it keeps running on the server if it was). */
  clear(): void {
    this.job = undefined;
    this.announced = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.attaching.abort();
    this.watching.abort();
  }

  private get client(): ActivationCore {
    return requireClient(this.config.client());
  }

  private show(job: MassJob) {
    this.job = job;
    this.lastAnnounce = { step: -1, at: 0 };
    this.host.requestUpdate();
  }

  private update(job: MassJob) {
    this.job = job;
    this.announce(job);
    // Before the events: a listener awaiting the element's updateComplete sees this state rendered.
    this.host.requestUpdate();
    this.config.onProgress(job);
    if (job.Status !== 'Running') this.config.onEnded(job);
  }

  private announce(job: MassJob) {
    const step = job.Total ? Math.floor((job.Processed / job.Total) * 10) : 0;
    const now = performance.now();
    if (job.Status === 'Running' && step <= this.lastAnnounce.step && now - this.lastAnnounce.at < QUIET_MS) return;
    this.lastAnnounce = { step, at: now };
    this.announced = job;
  }

  /** An abort (the element left) is not a failure to show. */
  private fail(error: unknown) {
    if (this.connected) this.config.onError(error);
  }
}
