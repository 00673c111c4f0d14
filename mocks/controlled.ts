/**
 * Waits until the mock's service worker controls this page. MSW's worker unregisters itself when the last page it
 * controls closes; a page starting at that moment registers a new worker, which claims the page a moment after
 * `worker.start()` resolves. Until then the page's requests still go to the old worker, which passes them to the
 * network (a 404 from the dev server instead of the mock's answer).
 */
export async function untilControlled(registration: ServiceWorkerRegistration | undefined): Promise<void> {
  const container = navigator.serviceWorker;
  // Never for ever: a page outside the worker's scope is never claimed (as before, its requests go to the network).
  const deadline = performance.now() + 10_000;
  const waiting = () => {
    const ours = registration?.active; // read again each time: an updated worker replaces the active one
    const controller = container.controller;
    // A worker of the host's own (another script) is left alone.
    return !!ours && controller !== ours && (!controller || controller.scriptURL === ours.scriptURL) && performance.now() < deadline;
  };
  while (waiting()) {
    await new Promise((resolve) => {
      container.addEventListener('controllerchange', resolve, { once: true });
      setTimeout(resolve, 250);
    });
  }
}
