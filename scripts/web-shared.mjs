// Setup shared by web-test-runner.config.mjs (tests) and web-dev-server.config.mjs (demo).
import { esbuildPlugin } from '@web/dev-server-esbuild';

/**
 * Bare imports resolve with the browser conditions: without them msw's browser code pulls the Node build
 * of @mswjs/interceptors (`node:net`) and the module fails to load.
 */
export const nodeResolve = { exportConditions: ['browser', 'development'] };

/**
 * TypeScript through esbuild. The explicit `tsconfig` path matters: without it esbuild ignores tsconfig.json,
 * so Lit's legacy decorators (`experimentalDecorators`, `useDefineForClassFields: false`) would be compiled
 * as standard decorators with define semantics and Lit would throw class-field-shadowing errors.
 * (esbuild does not follow `"extends"`, so tsconfig.json must stay self-contained.)
 * The plugin also rewrites `./x.js` imports from .ts files to `./x.ts` when only the .ts file exists.
 */
export const typescript = () => esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' });

const WORKER = '/node_modules/msw/lib/mockServiceWorker.js';

/**
 * Serves MSW's worker script from the installed msw package, so it always matches the library version and
 * nothing is copied into the repository. Any `…/mockServiceWorker.js` URL is answered (the wtr test page
 * lives at `/`, the demo at `/demo/`); a worker registered at `/mockServiceWorker.js` controls the whole site.
 */
export function mswWorker() {
  return (context, next) => {
    if (context.path.endsWith('/mockServiceWorker.js') && context.path !== WORKER) {
      context.url = WORKER;
    }
    return next();
  };
}
