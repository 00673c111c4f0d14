// @web/test-runner 1: Mocha in headless Chromium. `npm run test:browser` (or `npx wtr --watch`).
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { mswWorker, nodeResolve, typescript } from './scripts/web-shared.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

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
  plugins: [typescript(), reactFixture],
  middleware: [mswWorker(), strictCsp()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One page at a time: each test file registers its own MSW service worker on the same origin.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
};
