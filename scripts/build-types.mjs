#!/usr/bin/env node
// `npm run build:types`: emit declarations with tsc (TypeScript 7, tsconfig.build.json) into dist/.types,
// then move them beside rollup's JavaScript, using the same path mapping as rollup.config.mjs:
//   src/<path>.d.ts → dist/<path>.d.ts      mocks/<path>.d.ts → dist/mocks/<path>.d.ts
// Relative specifiers inside the declarations are rewritten for the new layout (e.g. mocks' `../src/policy/index.js`
// becomes `../policy/index.js`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const staging = path.join(dist, '.types');

rmSync(staging, { recursive: true, force: true });
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
} catch (error) {
  console.error(`\nbuild:types: tsc -p tsconfig.build.json failed (exit ${error.status ?? error.message})`);
  process.exit(1);
}

/** Where a project-relative source path (posix, no extension change) ends up under dist/. */
const target = (relative) => (relative.startsWith('src/') ? relative.slice(4) : relative);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.d.ts') || entry.name.endsWith('.d.mts')) yield full;
  }
}

const SPECIFIER = /((?:\bfrom|\bimport)\s*\(?\s*|<reference\s+path=)(['"])(\.{1,2}\/[^'"]*)\2/g;
let count = 0;
for (const file of walk(staging)) {
  const relative = path.relative(staging, file).split(path.sep).join('/');
  const destination = path.join(dist, target(relative));
  const text = readFileSync(file, 'utf8').replace(SPECIFIER, (match, lead, quote, specifier) => {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(relative), specifier));
    if (resolved.startsWith('../')) return match; // outside the project: leave untouched
    let rewritten = path.posix.relative(path.posix.dirname(target(relative)), target(resolved));
    if (!rewritten.startsWith('.')) rewritten = `./${rewritten}`;
    return `${lead}${quote}${rewritten}${quote}`;
  });
  mkdirSync(path.dirname(destination), { recursive: true });
  writeFileSync(destination, text);
  count++;
}
rmSync(staging, { recursive: true, force: true });
console.log(`build:types: ${count} declaration files written beside dist/ JavaScript`);
