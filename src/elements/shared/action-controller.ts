/**
 * The one way an element runs a user action (send, save, submit, renew, answer): a `Task` that knows
 * whom the action is for. The host may change that subject at any time (another person, token, client);
 * the action then shows, keys and reports for the new subject only.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '../../sdk/index.js';

export interface ActionContext {
  signal: AbortSignal;
  /** The same for a retry of the same action on the same subject; new for a new subject or payload. */
  idempotencyKey: string;
}

export interface ActionConfig<S extends readonly unknown[], P, R> {
  /** Whom the action is for now (the client, a person's ids, a token…), compared part by part. */
  subject: () => S;
  /** Performs the action; pass `signal` and `idempotencyKey` to the SDK. */
  task: (payload: P, context: ActionContext, subject: S) => Promise<R>;
  /** It succeeded, and its subject is still the element's: fire events, move focus. */
  onComplete?: (value: R, payload: P) => void;
  /** It failed, and its subject is still the element's (an abort is not a failure). */
  onError?: (error: unknown, payload: P) => void;
}

interface Attempt<S, P> {
  readonly subject: S;
  readonly payload: P;
  /** The payload as JSON: a payload that reads the same is the same action. */
  readonly payloadKey: string;
  readonly idempotencyKey: string;
  succeeded: boolean;
}

const sameSubject = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((part, i) => Object.is(part, b[i]));

export class ActionController<S extends readonly unknown[], P = void, R = unknown> implements ReactiveController {
  private readonly task: Task<readonly [Attempt<S, P>], R>;
  /** The latest run; unset once its subject is gone. */
  private attempt: Attempt<S, P> | undefined;
  /** A run cut off by disconnection: it runs again, with its key, when the element is back. */
  private interrupted: Attempt<S, P> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: ActionConfig<S, P, R>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      autoRun: false,
      task: ([attempt], { signal }) => config.task(attempt.payload, { signal, idempotencyKey: attempt.idempotencyKey }, attempt.subject),
      // Task calls these for its latest run only; that run is `attempt` unless the subject changed since.
      onComplete: (value) => {
        const attempt = this.attempt;
        if (!attempt || !this.isCurrent(attempt)) return;
        // Done after all, though cut off: nothing to run again on reconnection.
        if (attempt === this.interrupted) this.interrupted = undefined;
        attempt.succeeded = true;
        void this.settled(attempt, () => config.onComplete?.(value, attempt.payload));
      },
      onError: (error) => {
        const attempt = this.attempt;
        if (attempt && attempt !== this.interrupted) void this.settled(attempt, () => config.onError?.(error, attempt.payload));
      },
    });
  }

  /** Runs the action for the current subject, unless it is already running (a double click acts once). */
  run(payload: P): void {
    if (this.pending) return;
    const subject = this.config.subject();
    const payloadKey = JSON.stringify(payload ?? null);
    const last = this.attempt;
    // Until it succeeds, the same action keeps its key: a retry after a lost answer is replayed, not redone.
    const retry = last && !last.succeeded && last.payloadKey === payloadKey && sameSubject(last.subject, subject);
    this.start({ subject, payload, payloadKey, idempotencyKey: retry ? last.idempotencyKey : newIdempotencyKey(), succeeded: false });
  }

  /** Forgets the latest run: its result, its failure, its key (a request in flight is aborted). */
  reset(): void {
    if (this.task.status === TaskStatus.PENDING) this.task.abort();
    this.attempt = undefined;
    this.interrupted = undefined;
  }

  /** The state of the latest run for the current subject; `INITIAL` when there is none. */
  get status(): TaskStatus {
    const attempt = this.attempt;
    if (!attempt || !this.isCurrent(attempt)) return TaskStatus.INITIAL;
    return attempt === this.interrupted ? TaskStatus.PENDING : this.task.status;
  }

  get pending(): boolean {
    return this.status === TaskStatus.PENDING;
  }

  get value(): R | undefined {
    return this.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get error(): unknown {
    return this.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  hostUpdate(): void {
    if (this.attempt && !this.isCurrent(this.attempt)) this.reset();
  }

  hostConnected(): void {
    const attempt = this.interrupted;
    if (attempt && this.isCurrent(attempt)) this.start(attempt);
    else this.interrupted = undefined;
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING || !this.attempt) return;
    this.interrupted = this.attempt;
    this.task.abort();
  }

  private start(attempt: Attempt<S, P>) {
    this.attempt = attempt;
    this.interrupted = undefined;
    void this.task.run([attempt]);
  }

  /**
   * Calls `report` once the host shows the outcome (Task re-renders it just after these callbacks), so
   * that events see the element as it now is and focus can go to what the outcome rendered; never for
   * a subject the host has left meanwhile.
   */
  private async settled(attempt: Attempt<S, P>, report: () => void) {
    await null;
    await this.host.updateComplete;
    if (this.isCurrent(attempt)) report();
  }

  private isCurrent(attempt: Attempt<S, P>): boolean {
    return sameSubject(attempt.subject, this.config.subject());
  }
}
