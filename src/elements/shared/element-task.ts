/**
 * A `Task` that stops with its element: removed while loading, it aborts (no request outlives the
 * element, no failure is reported for it); put back, it loads again.
 */
import { Task, type TaskConfig, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

export class ElementTask<const T extends ReadonlyArray<unknown>, const R> extends Task<T, R> {
  /** Set while a run is cut off by disconnection: its abort is no failure, and it runs again on reconnection. */
  private readonly cut: { off: boolean };

  constructor(host: ReactiveControllerHost, config: TaskConfig<T, R>) {
    const cut = { off: false };
    super(host, { ...config, onError: (error) => (cut.off ? undefined : config.onError?.(error)) });
    this.cut = cut;
  }

  hostConnected(): void {
    if (!this.cut.off) return;
    this.cut.off = false;
    if (this.status === TaskStatus.ERROR) void this.run();
  }

  hostDisconnected(): void {
    if (this.status !== TaskStatus.PENDING) return;
    this.cut.off = true;
    this.abort();
  }
}
