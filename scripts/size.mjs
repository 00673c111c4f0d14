#!/usr/bin/env node
// `npm run size`: the gzip -9 size of what a browser loads first for each entry (the entry and every
// chunk it imports statically; production build, minified, dependencies included). Chunks loaded on
// demand with import() are reported apart. An entry over its limit fails, saying by how much.
//
// Limits are a ratchet: `goal` is where we want to be; `limit` is what is enforced today (the goal,
// or today's size rounded up to the next 1,024 bytes where the goal is not met yet). Only lower them.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const BUDGETS = [
  { name: 'all six elements (import "amilia-activation")', input: 'src/index.ts', goal: 32_768, limit: 50_176 },
  { name: 'SDK alone (amilia-activation/sdk)', input: 'src/sdk/index.ts', goal: 16_000, limit: 20_480 },
  { name: 'activate-account entry', input: 'src/elements/activate-account/activate-account.ts', goal: 22_000, limit: 23_552 },
];

const gzip = (code) => gzipSync(code, { level: 9 }).length;

async function measure(input) {
  const bundle = await rollup({
    input: path.join(root, input),
    onwarn: () => {},
    plugins: [
      resolve({ browser: true, exportConditions: ['browser', 'production'] }),
      esbuild({ tsconfig: path.join(root, 'tsconfig.json'), target: 'es2022', minify: true, legalComments: 'none' }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es', minifyInternalExports: true });
  await bundle.close();
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const dep of chunks.get(name).imports) visit(dep);
  };
  visit(entry.fileName);
  const size = [...initial].reduce((sum, name) => sum + gzip(chunks.get(name).code), 0);
  const lazy = [...chunks.values()]
    .filter((c) => !initial.has(c.fileName))
    .map((c) => ({ name: Object.keys(c.modules).map((m) => path.relative(root, m)).find((m) => !m.includes('node_modules')) ?? Object.keys(c.modules)[0].split('node_modules/').pop(), size: gzip(c.code) }));
  return { size, lazy };
}

let failed = false;
console.log('Initial load, minified + gzip -9 (bytes):\n');
console.log('| entry | size | limit | goal | status |\n| --- | ---: | ---: | ---: | --- |');
const lazyRows = [];
for (const budget of BUDGETS) {
  if (!existsSync(path.join(root, budget.input))) {
    failed = true;
    console.log(`| ${budget.name} | missing: ${budget.input} | ${budget.limit} | ${budget.goal} | FAILED |`);
    continue;
  }
  const { size, lazy } = await measure(budget.input);
  const over = size - budget.limit;
  failed ||= over > 0;
  const status = over > 0 ? `OVER by ${over} bytes` : size > budget.goal ? `ok (goal missed by ${size - budget.goal})` : 'ok';
  console.log(`| ${budget.name} | ${size} | ${budget.limit} | ${budget.goal} | ${status} |`);
  for (const chunk of lazy) lazyRows.push(`| ${budget.name} | ${chunk.name} | ${chunk.size} |`);
}
if (lazyRows.length) console.log(`\nLoaded on demand with import():\n\n| entry | chunk (first module) | size |\n| --- | --- | ---: |\n${[...new Set(lazyRows)].join('\n')}`);
process.exit(failed ? 1 : 0);
