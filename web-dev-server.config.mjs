// `npm start`: the demo (demo/index.html) with live TypeScript sources, served by @web/dev-server.
// Same TypeScript / resolution / MSW-worker setup as the browser tests (scripts/web-shared.mjs).
import { mswWorker, nodeResolve, typescript } from './scripts/web-shared.mjs';

export default {
  rootDir: '.',
  appIndex: 'demo/index.html',
  open: '/demo/',
  watch: true,
  nodeResolve,
  plugins: [typescript()],
  // The MSW worker answers at /mockServiceWorker.js and /demo/mockServiceWorker.js.
  middleware: [mswWorker()],
};
