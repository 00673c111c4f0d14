// The README's element reference and custom-elements.json are generated from the code: stale docs fail.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

test('custom-elements.json and the README element reference match the code', () => {
  assert.doesNotThrow(() => execFileSync(process.execPath, ['scripts/manifest.mjs', '--check'], { stdio: 'pipe' }), 'run `npm run manifest` and commit the result');
});
