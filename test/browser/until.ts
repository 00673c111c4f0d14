// Waiting for a condition in a browser test: the harness's tests and the fixture pages use the same wait.

/**
 * Waits until `check` passes (renders, network and timers settle), failing with its last error. It returns as
 * soon as `check` passes: `timeout` is only when to give up, long enough for a busy CI machine running three engines.
 */
export async function until<T>(check: () => T | Promise<T>, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (performance.now() - start > timeout) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
