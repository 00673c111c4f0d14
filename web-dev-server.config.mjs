// `npm start` (scripts/start.mjs): the demo at /demo/ with live TypeScript sources, served by @web/dev-server.
// Same TypeScript / resolution / MSW-worker setup as the browser tests (scripts/web-shared.mjs).
import { mswWorker, nodeResolve, typescript } from './scripts/web-shared.mjs';

export const DEMO_PATH = '/demo/';

/**
 * `/` and `/demo` lead to `/demo/`: the demo's relative URLs (its module, the worker, activate.html) only
 * resolve under the folder's own address. Its routes are hash routes, so nothing else needs a fallback.
 */
function demoRedirect() {
  return (context, next) => {
    if (context.path === '/' || context.path === DEMO_PATH.slice(0, -1)) {
      context.redirect(`${DEMO_PATH}${context.querystring ? `?${context.querystring}` : ''}`);
      return undefined;
    }
    return next();
  };
}

export default {
  rootDir: '.',
  watch: true,
  nodeResolve,
  plugins: [typescript()],
  // The MSW worker answers at /mockServiceWorker.js and /demo/mockServiceWorker.js.
  middleware: [demoRedirect(), mswWorker()],
};
