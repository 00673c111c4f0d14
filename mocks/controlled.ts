/**
 * Waits until the mock's service worker controls this page. MSW's worker unregisters itself when the last page it
 * controls closes; a page starting at that moment registers a new worker, which claims the page a moment after
 * `worker.start()` resolves. Until then the page's requests still go to the old worker, which passes them to the
 * network (a 404 from the dev server instead of the mock's answer).
 */
export async function untilControlled(registration: ServiceWorkerRegistration | undefined): Promise<void> {
  const container = navigator.serviceWorker;
  const ours = registration?.active;
  // Another worker of the host's own (another script) is left alone: waiting for it would never end.
  while (ours && container.controller !== ours && (!container.controller || container.controller.scriptURL === ours.scriptURL)) {
    await new Promise((resolve) => container.addEventListener('controllerchange', resolve, { once: true }));
  }
}
