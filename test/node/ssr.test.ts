// Server rendering, as Next.js, Nuxt, SvelteKit or Astro do it: plain Node, no DOM shim of ours, the built
// package through its exports map (npm test builds first).
//   - every entry imports without throwing;
//   - @lit-labs/ssr renders every element to declarative shadow DOM with its loading state, or its final state
//     where the page gives the data (the activation button's `.person`);
//   - the React wrappers render with react-dom/server.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Person } from '../../src/sdk/index.ts';

/** Imports the built package by name at run time, as a server does (tsc need not find dist/ to check this file). */
const load = (entry: string): Promise<unknown> => import(entry);

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

/** The server HTML of `template`, after importing every element. */
async function serverHtml(template: unknown) {
  await load('amilia-activation');
  return collectResult(render(template));
}

/** The text of the first declarative shadow root in `markup`, tags and comments removed. */
const shadowText = (markup: string) =>
  (/<template shadowroot(?:mode)?="open"[^>]*>([\s\S]*?)<\/template>/.exec(markup)?.[1] ?? '')
    .replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

for (const name of ELEMENTS) {
  test(`<amilia-${name}> renders to declarative shadow DOM on the server`, async () => {
    const tag = unsafeStatic(`amilia-${name}`);
    const markup = await serverHtml(staticHtml`<${tag} account-id="1042" person-id="5531" token="t0k3n"></${tag}>`);
    assert.match(markup, new RegExp(`<amilia-${name}[^>]*><template shadowroot(mode)?="open"`), 'a declarative shadow root');
    // The provider is a slot, and the banner shows nothing until the person has an offer.
    if (!['activation-provider', 'share-account-banner'].includes(name)) assert.notEqual(shadowText(markup), '', 'the loading state shows something');
  });
}

test('given its member, the activation button renders its final state on the server', async () => {
  const person = {
    Id: 5531, FirstName: 'Ana', LastName: 'Roy', FullName: 'Ana Roy', DateOfBirth: null, Email: 'ana@example.org', IsChild: false,
    PreferredLanguage: 'en', ActivationStatus: 'NotInvited', Username: null, LastRequest: null,
  } satisfies Person;
  const markup = await serverHtml(html`<amilia-activation-button account-id="1042" person-id="5531" .person=${person}></amilia-activation-button>`);
  assert.match(shadowText(markup), /Not invited/i);
});

test('the React wrappers render with react-dom/server', async () => {
  const React = (await import('react')).default;
  const { renderToString } = await import('react-dom/server');
  const wrappers = (await load('amilia-activation/react')) as typeof import('../../src/react/index.ts');
  assert.equal(Object.keys(wrappers).length, ELEMENTS.length);
  for (const [name, Wrapper] of Object.entries(wrappers)) {
    // The tag and its plain attributes: React sets the element's own properties in the browser.
    const markup = renderToString(React.createElement(Wrapper as React.ElementType, { className: 'row' }));
    assert.match(markup, /^<(amilia-[a-z-]+) class="row"><\/\1>$/, name);
  }
});
