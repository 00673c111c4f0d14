// Server rendering, as Next.js, Nuxt, SvelteKit or Astro do it: plain Node, no DOM shim of ours, the built
// package through its exports map (npm test builds first).
//   - every entry imports without throwing;
//   - the React wrappers render with react-dom/server.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const ELEMENTS = ['activation-provider', 'create-account', 'activation-button', 'client-email', 'mass-activation', 'activate-account', 'share-account-banner'];

test('every entry of the package imports in plain Node, without a DOM', async () => {
  const entries = Object.keys(pkg.exports)
    .filter((key) => !key.startsWith('./types/') && key !== './package.json')
    .flatMap((key) => (key === './elements/*.js' ? ELEMENTS.map((name) => `./elements/${name}.js`) : [key]))
    .map((key) => `amilia-activation${key.slice(1)}`);
  // A child process without our test hooks, so nothing but Node itself stands between the package and the server.
  const script = `for (const entry of ${JSON.stringify(entries)}) await import(entry); console.log(typeof document, typeof window);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  assert.equal(stdout.trim(), 'undefined undefined');
});

test('the React wrappers render with react-dom/server', async () => {
  const React = (await import('react')).default;
  const { renderToString } = await import('react-dom/server');
  const wrappers = await import('amilia-activation/react');
  assert.equal(Object.keys(wrappers).length, ELEMENTS.length);
  for (const [name, Wrapper] of Object.entries(wrappers)) {
    // The tag and its plain attributes: React sets the element's own properties in the browser.
    const markup = renderToString(React.createElement(Wrapper as React.ElementType, { className: 'row' }));
    assert.match(markup, /^<(amilia-[a-z-]+) class="row"><\/\1>$/, name);
  }
});
