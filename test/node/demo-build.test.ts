// The built demo (`npm run build:demo`, what QA hosts): each page loads chunks the build emits, and the build puts
// demo/public-suffix.ts in place of tldts, agreeing with tldts on the hosts the demo is served from.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup, type OutputAsset, type OutputChunk } from 'rollup';
import { loadConfigFile } from 'rollup/loadConfigFile';
import { getDomain } from '../../demo/public-suffix.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('each page of the built demo loads its entry and preloads only chunks the build emits; no chunk holds tldts', async () => {
  const { options } = await loadConfigFile(path.join(root, 'demo/rollup.config.mjs'), {});
  const [config] = options;
  const bundle = await rollup(config!);
  const { output } = await bundle.generate(config!.output[0]!);
  await bundle.close();
  const chunks = new Map(output.filter((o): o is OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
  for (const page of ['index.html', 'activate.html']) {
    const html = String(output.find((o): o is OutputAsset => o.fileName === page)?.source ?? '');
    const scripts = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
    assert.ok(scripts.length > 2, `${page} loads its entry and preloads its chunks`);
    for (const file of scripts) assert.ok(chunks.has(file), `${page} loads ${file}, which the build emits`);
  }
  const modules = [...chunks.values()].flatMap((c) => Object.keys(c.modules));
  assert.deepEqual(modules.filter((id) => id.includes(`${path.sep}tldts`)), []);
  assert.ok(modules.includes(path.join(root, 'demo/public-suffix.ts')), 'MSW’s cookie store gets the stand-in');
});

test('the stand-in names the registrable domain as tldts does for the hosts the demo is served from', () => {
  // tldts' own answers (7.x, ICANN and private suffixes) for these hosts.
  const TLDTS = { localhost: null, intranet: null, '127.0.0.1': null, '::1': null, '[::1]': null, 'example.com': 'example.com', 'qa.example.com': 'example.com', 'demo.qa.example.org': 'example.org' };
  for (const [host, domain] of Object.entries(TLDTS)) assert.equal(getDomain(host), domain, host);
});
