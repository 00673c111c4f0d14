/**
 * The previous test file's page, closing, tells MSW's worker so, and the worker unregisters itself as it has no
 * page left. A page that starts meanwhile is not controlled, yet finds that registration: msw then reloads the
 * page (`location.reload()`), which the test runner reports as a disconnected browser, and the requests the page
 * makes before it reloads reach the dev server (404). Tests run one page at a time, so a registration that does
 * not control the page is of no use to anyone: drop it before msw starts, and msw registers a worker of its own.
 */
export async function dropStaleWorkers(): Promise<void> {
  if (navigator.serviceWorker.controller) return;
  await Promise.all((await navigator.serviceWorker.getRegistrations()).map((registration) => registration.unregister()));
}
