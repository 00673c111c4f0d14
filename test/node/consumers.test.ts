// The package as a user installs it: `npm pack`, then fresh consumer apps in a temporary folder install the
// tarball (from the npm cache where it can: `--prefer-offline`). npm test builds first.
//   - a plain app without msw: the SDK and the elements work, the mocks say how to install msw;
//   - test/consumers/: apps that type-check against the installed package, each with the checker its users run:
//     a Node test suite without the DOM library (tsc), a Next-style React 19 app (tsc), Vue 3 (vue-tsc),
//     Svelte 5 (svelte-check). Each uses an attribute, a property and an event with its typed detail, and the
//     React and Vue apps also expect errors for a wrong property and a wrong detail field. The README's snippets
//     marked `<!-- checked: <app>/<file> -->` join those apps, so the docs cannot drift from the types.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(path.join(tmpdir(), 'amilia-consumers-'));
const plain = path.join(work, 'plain');
const typed = path.join(work, 'typed');

/** `npm install` in `dir`, quietly, never running install scripts. */
const install = (dir: string) =>
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: dir });

before(async () => {
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root });
  const tarball = path.join(work, JSON.parse(stdout)[0].filename);
  const dependency = { 'amilia-activation': `file:${tarball}` };
  cpSync(path.join(root, 'test/consumers'), typed, { recursive: true });
  const template = JSON.parse(readFileSync(path.join(typed, 'package.json'), 'utf8'));
  writeFileSync(path.join(typed, 'package.json'), JSON.stringify({ ...template, dependencies: dependency }));
  mkdirSync(plain);
  writeFileSync(path.join(plain, 'package.json'), JSON.stringify({ name: 'plain', private: true, type: 'module', dependencies: dependency }));
  for (const [file, code] of readmeSnippets()) writeFileSync(path.join(typed, file), code);
  await Promise.all([install(plain), install(typed)]);
});

/** The README's code blocks right after a `<!-- checked: <app>/<file> -->` line, by file. */
function readmeSnippets(): [string, string][] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/^<!-- checked: (\S+) -->\n```\w+\n([\s\S]*?)^```$/gm)].map((m) => [m[1]!, m[2]!]);
}

test('the README has type-checked snippets for React, Next.js, server rendering, Vue, Svelte and the mocks', () => {
  const files = readmeSnippets().map(([file]) => file);
  for (const app of ['react/', 'vue/', 'svelte/', 'node/']) assert.ok(files.some((f) => f.startsWith(app)), `a snippet for ${app}`);
  assert.ok(files.length >= 7, files.join(', '));
});

after(() => rmSync(work, { recursive: true, force: true }));

test('installed without msw, the SDK and the elements load in Node; the mocks name the command that installs msw', async () => {
  assert.equal(existsSync(path.join(plain, 'node_modules/msw')), false, 'msw is an optional peer: npm does not install it');
  const script = `
    const { createActivationClient } = await import('amilia-activation/sdk');
    await import('amilia-activation');
    const mocks = await import('amilia-activation/mocks').then(() => 'loaded', (error) => error.message);
    console.log(JSON.stringify({ sdk: typeof createActivationClient, mocks }));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: plain });
  const { sdk, mocks } = JSON.parse(stdout);
  assert.equal(sdk, 'function');
  assert.match(mocks, /needs msw.*npm install --save-dev msw/);
});

/** Runs a checker (ours for tsc, the consumer's own for vue-tsc and svelte-check); a failure shows its report. */
async function check(tool: string, ...args: string[]) {
  const bin = path.join(tool === 'tsc' ? root : typed, 'node_modules', '.bin', tool);
  try {
    await run(bin, args, { cwd: typed });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    assert.fail(`${tool} ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}

test('a Node test suite on the SDK and the mocks type-checks without the DOM library (no element types reach it)', async () => {
  await check('tsc', '-p', 'node');
});

test('React 19 (Next-style, server-rendered): the wrappers and the tags type-check with amilia-activation/types/jsx', async () => {
  await check('tsc', '-p', 'react');
});

test('Vue 3: the tags type-check in templates with vue-tsc and amilia-activation/types/vue', async () => {
  await check('vue-tsc', '-p', 'vue');
});

test('Svelte 5: the tags type-check with svelte-check and amilia-activation/types/svelte', async () => {
  await check('svelte-check', '--tsconfig', 'svelte/tsconfig.json', '--fail-on-warnings');
});
