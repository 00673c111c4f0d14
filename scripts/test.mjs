#!/usr/bin/env node
// `npm test`: type-check, build, package lints, Node tests, browser tests (once per engine), then the size budgets.
// Every step runs even when an earlier one fails; each streams its output live. The last line printed is
// always exactly `N passed, N failed`, summed over the Node and browser runners (a failed type-check, build
// or size step counts as 1 failed; a runner that exits non-zero without reporting a failure counts as 1 failed).
// Just above it, one line per browser engine: `chromium: N passed, N failed`.
// Exit status: 0 only when every step succeeded.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectedEngines } from './engines.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} is too old: this project needs Node >= 22.12 (see README).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// The same node that runs this script runs every step; project binaries come from node_modules/.bin.
const env = {
  ...process.env,
  PATH: [path.dirname(process.execPath), path.join(root, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter),
};

const ANSI = /\x1b\[[0-9;?]*[ -\/]*[@-~]/g;

/** Runs a command with its output streamed through; resolves with the exit code and the captured text. */
function run(label, command, args, extraEnv = {}) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on('error', (error) => {
      console.error(`${label}: ${error.message}`);
      resolve({ code: 1, output });
    });
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`◀ ${label}: ${code === 0 ? 'ok' : `failed (${signal ?? `exit ${code}`})`} in ${seconds}s`);
      resolve({ code: code ?? 1, output: output.replace(ANSI, '') });
    });
  });
}

/** The last value of `pattern`'s first group in `text`, or undefined. */
function last(text, pattern) {
  const values = [...text.matchAll(pattern)].map((m) => Number(m[1]));
  return values.length ? values[values.length - 1] : undefined;
}

let passed = 0;
let failed = 0;
const failures = [];

/** Adds one step's counts to the totals; returns the failures counted for it. */
function tally(label, code, pass, fail) {
  const counted = code !== 0 && fail === 0 ? 1 : fail;
  passed += pass;
  failed += counted;
  if (code !== 0) failures.push(label);
  return counted;
}

// 1. Type-check (counts as one failure when it fails).
{
  const { code } = await run('typecheck', 'tsc', ['--noEmit', '-p', '.']);
  tally('typecheck', code, 0, code === 0 ? 0 : 1);
}

// 2. The build: the package tests import dist/ the way users do, and the CDN bundle is tested in Chromium.
{
  const { code } = await run('build', 'npm', ['run', '--silent', 'build']);
  tally('build', code, 0, code === 0 ? 0 : 1);
}

// Package hygiene: no unused or unlisted dependencies (knip); a publishable, correctly typed ESM package
// (publint --strict, attw --profile esm-only). Each counts as one failure when it fails.
for (const script of ['lint:deps', 'lint:package']) {
  const { code } = await run(script, 'npm', ['run', '--silent', script]);
  tally(script, code, 0, code === 0 ? 0 : 1);
}

// 3. Node tests. The spec reporter ends with `ℹ pass N` / `ℹ fail N` (`# pass N` in tap); cancelled tests
//    (e.g. a file that failed to load) count as failed.
{
  const { code, output } = await run('node tests', 'node', [
    '--experimental-strip-types',
    '--no-warnings',
    '--import',
    './scripts/node-ts-hooks.mjs',
    '--test',
    '--test-reporter=spec',
    'test/node/**/*.test.ts',
  ]);
  const pass = last(output, /^[ℹ#] pass (\d+)/gm) ?? 0;
  const fail = (last(output, /^[ℹ#] fail (\d+)/gm) ?? 0) + (last(output, /^[ℹ#] cancelled (\d+)/gm) ?? 0);
  tally('node tests', code, pass, fail);
}

// 4. Browser tests: one test-runner run per engine (AMILIA_ENGINES picks them), so each engine's counts can be
//    read from wtr's `… | N passed, N failed` line and a crash in one engine does not hide the others' results.
let engines;
try {
  engines = selectedEngines();
} catch (error) {
  console.error(error.message);
  engines = [];
  tally('browser tests', 1, 0, 1);
}
const engineLines = [];
for (const engine of engines) {
  const { code, output } = await run(`browser tests (${engine})`, 'wtr', [], { AMILIA_ENGINES: engine });
  const pass = last(output, /(\d+) passed, \d+ failed/g) ?? 0;
  // A test file that cannot be imported is reported, but not included in wtr's failed count.
  const unloadable = output.match(/Could not import your test module/g)?.length ?? 0;
  const fail = (last(output, /\d+ passed, (\d+) failed/g) ?? 0) + unloadable;
  engineLines.push(`${engine}: ${pass} passed, ${tally(`browser tests (${engine})`, code, pass, fail)} failed`);
}

// 5. Bundle-size budget, once a `size` script exists.
if (pkg.scripts?.size) {
  const { code } = await run('size', 'npm', ['run', '--silent', 'size']);
  tally('size', code, 0, code === 0 ? 0 : 1);
}

if (failures.length) console.error(`\nFailed: ${failures.join(', ')}`);
console.log(['', ...engineLines, `${passed} passed, ${failed} failed`].join('\n'));
process.exitCode = failures.length ? 1 : 0;
