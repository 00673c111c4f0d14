/**
 * How every demo page starts: the mocked backend in a service worker, its state in localStorage so a link
 * opened in a new tab finds its account, and every open tab kept in step through `storage` events.
 */
import { startMockWorker } from '../mocks/browser.js';
import { mountDemo } from './app.js';
import { demoStores } from './persistence.js';

/** Several tabs share one state: at most one refresh of the views per this many milliseconds. */
const REFRESH_EVERY_MS = 250;

/** Starts the mocked backend, then the demo in `#app` (the page's `data-page` says which document it is). */
export async function boot(): Promise<void> {
  const root = document.getElementById('app')!;
  const folder = new URL('.', location.href);
  const stores = demoStores(folder);
  // Without Web Locks there is no telling tabs apart: each runs jobs (one tab at a time is then safe).
  let runsJobs = !navigator.locks;

  try {
    const { backend } = await startMockWorker({
      workerUrl: new URL('mockServiceWorker.js', folder).href,
      seed: 'demo',
      activationPage: new URL('activate.html', folder).href,
      storage: stores.state,
      runJobs: () => runsJobs,
      // A cancel made in a tab that does not run the job is passed to the one that does (mocks/job-relay.ts).
      channel: new BroadcastChannel(`${stores.state.key}:jobs`),
    });

    const demo = mountDemo(root, {
      backend,
      apiBase: folder,
      preferences: stores.preferences,
      page: document.documentElement.dataset['page'] === 'activate' ? 'activate' : 'app',
      runsJobs: () => runsJobs,
      storageFull: () => stores.state.full || stores.preferences.full,
    });

    // The mass job ticks in one tab only, the one holding this lock; when it closes, the next tab takes
    // over and resumes a job left running. The lock is held for the life of the page.
    void navigator.locks?.request(`${stores.state.key}:jobs`, () => {
      runsJobs = true;
      backend.reload();
      demo.refresh();
      return new Promise<never>(() => {});
    });

    let refresh: ReturnType<typeof setTimeout> | undefined;
    addEventListener('storage', (event) => {
      if (event.key === stores.state.key || event.key === null) {
        // Reload at once (the next request must see the other tab's write); redraw at a calmer pace.
        backend.reload();
        refresh ??= setTimeout(() => {
          refresh = undefined;
          demo.refresh();
        }, REFRESH_EVERY_MS);
      }
      if (event.key === stores.preferences.key || event.key === null) demo.reloadPreferences();
    });
  } catch (error) {
    // Service workers need a secure context: https, or http on localhost.
    const message = document.createElement('p');
    message.className = 'boot-error';
    message.textContent = `The mocked backend could not start (${error instanceof Error ? error.message : String(error)}). Serve the demo over https or from localhost.`;
    root.replaceChildren(message);
  }
}
