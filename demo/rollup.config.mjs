// `npm run build:demo`: the demo as a static site in demo-dist/, for any static host and any sub-path.
// Every URL is relative: index.html loads ./main-[hash].js and activate.html ./activate-[hash].js, which
// find their chunks beside them, register ./mockServiceWorker.js (copied from the installed msw, so it
// matches the library) and call the API under the pages' own folder, inside the worker's scope. Each page
// names the chunks it will load at once (`modulepreload`), MSW's included, so none waits for another.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'demo-dist');
/** Each page and its entry (activate.html is the link page: its own entry, so it loads only that page). */
const PAGES = { 'index.html': 'main', 'activate.html': 'activate' };
const ENTRIES = { main: 'demo/main.ts', activate: 'demo/activate-main.ts' };

/** `chunk` and every chunk it imports statically, in load order. */
function staticGraph(bundle, chunk, seen = new Set()) {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  return [chunk, ...chunk.imports.flatMap((name) => staticGraph(bundle, bundle[name], seen))];
}

/** Emits the HTML pages pointing at the bundled entry, and MSW's worker script beside them. */
function staticSite() {
  return {
    name: 'demo-static-site',
    generateBundle(_options, bundle, isWrite) {
      if (isWrite) rmSync(out, { recursive: true, force: true }); // a build in memory (the tests') leaves demo-dist/ alone
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      // Every page starts the mocked backend at once: MSW's modules (`msw`, `msw/browser`) are imported on
      // boot, not on demand, the mocks' handlers waiting for `msw` before they evaluate.
      const msw = chunks.filter((chunk) => /[\\/]node_modules[\\/]msw[\\/]/.test(chunk.facadeModuleId ?? ''));
      if (msw.length < 2) this.error('no chunks for msw and msw/browser');
      for (const [page, name] of Object.entries(PAGES)) {
        const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === name);
        if (!entry) this.error(`no entry chunk ${name}`);
        const script = `src="./${path.basename(ENTRIES[name])}"`;
        const source = readFileSync(path.join(root, 'demo', page), 'utf8');
        if (!source.includes(script)) this.error(`demo/${page} must load ./${path.basename(ENTRIES[name])}`);
        const [, ...imports] = staticGraph(bundle, entry);
        const seen = new Set([entry, ...imports].map((chunk) => chunk.fileName));
        const preloads = [...imports, ...msw.flatMap((chunk) => staticGraph(bundle, chunk, seen))]
          .map((chunk) => `<link rel="modulepreload" href="./${chunk.fileName}" />`)
          .join('\n    ');
        const html = source.replace(script, `src="./${entry.fileName}"`).replace('</head>', `  ${preloads}\n  </head>`);
        this.emitFile({ type: 'asset', fileName: page, source: html });
      }
      const worker = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(worker) });
    },
  };
}

/** tldts, the public-suffix list MSW's cookie store brings, replaced by a two-label rule (demo/public-suffix.ts says why). */
function publicSuffixStandIn() {
  const standIn = path.join(root, 'demo/public-suffix.ts');
  return { name: 'demo-public-suffix', resolveId: (id) => (id === 'tldts' ? standIn : null) };
}

/** @type {import('rollup').RollupOptions} */
export default {
  input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(root, file)])),
  onwarn(warning, warn) {
    // zod's comment annotations and internal cycles are third-party noise.
    if (warning.code === 'INVALID_ANNOTATION' || (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules')))) return;
    warn(warning);
  },
  plugins: [
    publicSuffixStandIn(),
    resolve({ browser: true, exportConditions: ['browser', 'production'] }),
    // Minified once, at the end: minifying each module would drop the pure-call annotations that let the
    // bundle leave out the SDK's unused groups and schemas.
    esbuild({ tsconfig: path.join(root, 'tsconfig.json'), target: 'es2022', sourceMap: false }),
    minify({ target: 'es2022' }),
    staticSite(),
  ],
  output: {
    dir: out,
    format: 'es',
    entryFileNames: '[name]-[hash].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
};
