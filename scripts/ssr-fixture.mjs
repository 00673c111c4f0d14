// test/browser/ssr.test.ts: serves `/ssr/link-page.html?token=…`, the link page rendered on the server by
// @lit-labs/ssr. The renderer (test/browser/fixtures/server-render.ts) is bundled once by esbuild for Node,
// with every package left to Node's own resolution (lit's Node build, as on a real server).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function loadRenderer() {
  const outfile = path.join(root, 'node_modules/.cache/amilia-ssr/server-render.mjs');
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [path.join(root, 'test/browser/fixtures/server-render.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'es2022',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'error',
    // package.json's "sideEffects" names dist/ only: without this the sources' `define()` calls are dropped.
    ignoreAnnotations: true,
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

export function serverRenderFixture() {
  let renderer;
  return {
    name: 'server-render-fixture',
    async serve(context) {
      if (context.path !== '/ssr/link-page.html') return undefined;
      renderer ??= loadRenderer();
      const { renderLinkPage } = await renderer;
      return { body: await renderLinkPage(context.URL.searchParams.get('token') ?? ''), type: 'html' };
    },
  };
}
