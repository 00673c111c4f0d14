// @web/test-runner 1: Mocha in Chromium, Firefox and WebKit. `npm run test:browser` (or `npx wtr --watch`).
import { build } from 'esbuild';
import { browserLaunchers, webdriverViewportPlugin } from './scripts/launchers.mjs';
import { serverRenderFixture } from './scripts/ssr-fixture.mjs';
import { mswWorker, nodeResolve, typescript } from './scripts/web-shared.mjs';

/** test/browser/csp.test.ts: its fixture pages (`/test/browser/fixtures/csp*.html`) are served under a strict policy. */
function strictCsp() {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
  return async (context, next) => {
    await next();
    if (/^\/test\/browser\/fixtures\/csp[^/]*\.html$/.test(context.path)) context.set('Content-Security-Policy', policy);
  };
}

/**
 * test/browser/react.test.ts: React ships CommonJS only, so its fixture is served as one esbuild bundle
 * (React, react-dom and the wrappers together) at `/react-fixture.js`.
 */
const reactFixture = {
  name: 'react-fixture',
  async serve(context) {
    if (context.path !== '/react-fixture.js') return undefined;
    const { outputFiles } = await build({
      entryPoints: ['test/browser/fixtures/react-app.ts'],
      bundle: true,
      format: 'esm',
      write: false,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      conditions: ['browser'],
      define: { 'process.env.NODE_ENV': '"development"' },
    });
    return { body: outputFiles[0].text, type: 'js' };
  },
};

export default {
  // Browser tests live in test/browser; element tests may also sit beside their sources.
  files: ['test/browser/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve,
  plugins: [typescript(), reactFixture, webdriverViewportPlugin(), serverRenderFixture()],
  middleware: [mswWorker(), strictCsp()],
  // AMILIA_ENGINES picks the engines (scripts/engines.mjs); `npm test` runs one test-runner per engine.
  browsers: browserLaunchers(),
  // One page at a time: each test file registers its own MSW service worker on the same origin.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  // When to give up on a whole test file: the fault matrix takes ≈ 3 minutes in WebKit on a busy 2-core machine.
  testsFinishTimeout: 600000,
};
