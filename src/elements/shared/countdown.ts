/**
 * A wait the person sees go down (a rate limit's `Retry-After`): whole seconds left, redrawn once a second.
 * Its timer stops with the element (a removed element does no work) and picks up the same end on return.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Countdown implements ReactiveController {
  /** When the wait ends, in `performance.now()` milliseconds; 0 when there is none. */
  private end = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whole seconds left, 0 once the wait is over. */
  get remaining(): number {
    return this.end ? Math.max(0, Math.ceil((this.end - performance.now()) / 1000)) : 0;
  }

  start(seconds: number): void {
    this.end = performance.now() + Math.max(0, seconds) * 1000;
    this.tick();
  }

  hostConnected(): void {
    if (this.end) this.tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private tick = () => {
    clearTimeout(this.timer);
    this.host.requestUpdate();
    if (!this.end) return;
    const left = this.end - performance.now();
    if (left <= 0) {
      this.end = 0;
      return;
    }
    // Wake at the next whole second, when the number shown changes.
    this.timer = setTimeout(this.tick, left % 1000 || 1000);
  };
}
