// @web/test-runner 1: Mocha in headless Chromium. `npm run test:browser` (or `npx wtr --watch`).
import { chromeLauncher } from '@web/test-runner-chrome';
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

export default {
  // Browser tests live in test/browser; element tests may also sit beside their sources.
  files: ['test/browser/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve,
  plugins: [typescript()],
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
