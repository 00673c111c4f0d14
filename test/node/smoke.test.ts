// Proves the Node runner: `node --test` strips the types of this file and of the sources it imports.
// The import carries the real `.ts` suffix (what Node loads); the sources' own `./x.js` imports are
// mapped to `.ts` by scripts/node-ts-hooks.mjs. tsconfig.json sets `allowImportingTsExtensions`
// (tsc only type-checks; rollup/esbuild and the declaration build never see test files).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidEmail } from '../../src/policy/index.ts';

test('the policy module loads under Node type stripping', () => {
  assert.equal(isValidEmail('a@b.co'), true);
  assert.equal(isValidEmail('not an address'), false);
});
