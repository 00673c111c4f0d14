// The package as users get it, after `npm run build` (npm test builds first): the entry points import
// from plain Node through the exports map, and `npm pack` ships dist without tests or the demo.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

test('amilia-activation/sdk, /mocks, /policy and /labels drive the mocked backend from plain Node', async () => {
  // A child process with no TypeScript hooks: only the built JavaScript and its exports map.
  const script = `
    import { setupServer } from 'msw/node';
    import { createMockBackend } from 'amilia-activation/mocks';
    import { createActivationClient } from 'amilia-activation/sdk';
    import { passwordProblems } from 'amilia-activation/policy';
    import { describeError } from 'amilia-activation/labels';
    const backend = createMockBackend({ now: '2026-11-25T12:00:00Z' });
    const server = setupServer(...backend.handlers);
    server.listen();
    const admin = createActivationClient({ baseUrl: 'https://api.test', organization: 'forest-explorers', getToken: () => backend.adminToken });
    const { AutomaticRequest } = await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.org' } });
    const refused = await admin.accounts.create({ Owner: { FirstName: 'Bo', LastName: 'Roy', Email: 'ana@example.org' } }).catch((error) => describeError(error, 'fr'));
    server.close();
    console.log(JSON.stringify({ kind: AutomaticRequest.Kind, emails: backend.outbox.list().length, weak: passwordProblems('short'), refused }));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(output), { kind: 'Invitation', emails: 1, weak: ['TooShort'], refused: 'Un client de votre organisation utilise déjà cette adresse courriel.' });
});

test('npm pack ships the built package, its types and manifest, and no tests or demo', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
  const files: string[] = pack.files.map((f: { path: string }) => f.path);
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/sdk/index.js', 'dist/sdk/index.d.ts', 'dist/labels/index.js', 'dist/labels/index.d.ts', 'dist/mocks/node.js', 'dist/react/index.js', 'dist/elements/activate-account/activate-account.js', 'dist/elements/activate-account/activate-account.d.ts', 'dist/cdn/amilia-activation.js', 'dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'dist/types/svelte.d.ts', 'dist/editors/web-types.json', 'dist/editors/vscode.html-custom-data.json', 'custom-elements.json', 'README.md', 'package.json']) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
  const stray = files.filter((f) => /(^|\/)(test|demo|bench)\/|\.test\.|^src\//.test(f));
  assert.deepEqual(stray, []);
});
