// `npm run build:demo`: the demo as a static site in demo-dist/, for any static host and any sub-path.
// Every URL is relative: the pages load ./main-[hash].js, which finds its chunks beside it, registers
// ./mockServiceWorker.js (copied from the installed msw, so it matches the library) and calls the API
// under the pages' own folder, inside the worker's scope.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'demo-dist');
const PAGES = ['index.html', 'activate.html'];

/** Emits the HTML pages pointing at the bundled entry, and MSW's worker script beside them. */
function staticSite() {
  return {
    name: 'demo-static-site',
    buildStart() {
      rmSync(out, { recursive: true, force: true });
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      if (!entry) this.error('no entry chunk');
      for (const page of PAGES) {
        const source = readFileSync(path.join(root, 'demo', page), 'utf8');
        if (!source.includes('src="./main.ts"')) this.error(`demo/${page} must load ./main.ts`);
        this.emitFile({ type: 'asset', fileName: page, source: source.replace('src="./main.ts"', `src="./${entry.fileName}"`) });
      }
      const worker = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(worker) });
    },
  };
}

/** @type {import('rollup').RollupOptions} */
export default {
  input: { main: path.join(root, 'demo/main.ts') },
  onwarn(warning, warn) {
    // zod's comment annotations and internal cycles are third-party noise.
    if (warning.code === 'INVALID_ANNOTATION' || (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules')))) return;
    warn(warning);
  },
  plugins: [
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
