/**
 * A wait the person sees go down (a rate limit's `Retry-After`): whole seconds left, redrawn as each one
 * passes. Its timer stops with the element (a removed element does no work) and resumes on its return.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Countdown implements ReactiveController {
  /** When the wait ends, in `performance.now()` milliseconds. */
  private end = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whole seconds left, 0 once the wait is over. */
  get remaining(): number {
    return Math.max(0, Math.ceil((this.end - performance.now()) / 1000));
  }

  start(seconds: number): void {
    this.end = performance.now() + seconds * 1000;
    this.hostConnected();
  }

  /** Redraws, then wakes when the number shown next changes, until the wait is over. */
  hostConnected(): void {
    clearTimeout(this.timer);
    this.host.requestUpdate();
    const left = this.end - performance.now();
    if (left > 0) this.timer = setTimeout(() => this.hostConnected(), left % 1000 || 1000);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
