// Rollup 4 + esbuild (TypeScript → ES2022; tsc only type-checks and emits declarations, see
// scripts/build-types.mjs). `npm run build` sets NODE_ENV=production (the CDN bundle minified, lit's production build).
//
// 1. The npm build: ESM, one output file per source module (preserveModules) so consumers tree-shake and
//    the layout matches the declarations. `src/` is dropped from output paths, `mocks/` kept:
//      src/index.ts → dist/index.js        src/sdk/index.ts → dist/sdk/index.js
//      src/policy/index.ts → dist/policy/index.js   src/labels/index.ts → dist/labels/index.js
//      mocks/index.ts → dist/mocks/index.js   mocks/node.ts → dist/mocks/node.js   mocks/browser.ts → dist/mocks/browser.js
//    Runtime dependencies (lit, @lit/*, ky, zod, msw) stay bare imports; importing any other
//    package fails the build rather than silently bundling it.
// 2. The CDN bundle: dist/cdn/amilia-activation.js, every element with lit, ky and zod included, for a
//    single <script type="module">. What loads on demand (French strings, the common-password list, the
//    list virtualizer) sits beside it in dist/cdn/chunks/ and is fetched relative to it.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/css-literals.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const production = process.env.NODE_ENV === 'production';
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// Entry points; the ones whose source does not exist yet are skipped.
const entries = ['src/index.ts', 'src/react/index.ts', 'src/sdk/index.ts', 'src/policy/index.ts', 'src/labels/index.ts', 'mocks/index.ts', 'mocks/node.ts', 'mocks/browser.ts'].filter(
  (file) => existsSync(path.join(root, file)),
);

const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));
const isBuiltin = (id) => id.startsWith('node:') || builtinModules.includes(id);
const isBare = (id) => !id.startsWith('.') && !id.startsWith('\0') && !path.isAbsolute(id);

/**
 * TypeScript → ES2022. Only the CDN bundle is minified: the npm build is read by the site's bundler, which
 * minifies the page itself and needs the pure-call annotations (`@__PURE__`; minifying here drops them) to
 * leave out the SDK's groups and schemas a page never uses.
 */
const typescript = ({ minify = false } = {}) =>
  esbuild({ tsconfig: path.join(root, 'tsconfig.json'), target: 'es2022', minify, sourceMap: false });

/** Third-party noise (zod's comment annotations and internal cycles) is dropped; our own warnings are kept. */
function onwarn(warning, warn) {
  const inDependency = (id) => typeof id === 'string' && id.includes(`${path.sep}node_modules${path.sep}`);
  if (warning.code === 'INVALID_ANNOTATION' && inDependency(warning.id)) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inDependency)) return;
  warn(warning);
}

/** Output path of a module in the npm build: its path from the project root, without `src/`, as .js. */
function outputPath(chunk) {
  const id = chunk.facadeModuleId;
  if (!id || id.startsWith('\0')) return '_virtual/[name].js';
  const relative = path.relative(root, id).split(path.sep).join('/');
  return `${relative.replace(/^src\//, '').replace(/\.[cm]?[jt]sx?$/, '')}.js`;
}

/** @type {import('rollup').RollupOptions} */
const npm = {
  input: entries,
  onwarn,
  external: (id) => isDependency(id) || isBuiltin(id),
  plugins: [
    {
      name: 'undeclared-dependencies',
      resolveId(id, importer) {
        if (importer && isBare(id)) this.error(`"${id}" (imported by ${importer}) is not in package.json dependencies`);
        return null;
      },
    },
    resolve({ exportConditions: ['browser'] }),
    typescript(),
    minifyCssLiterals(),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    entryFileNames: outputPath,
    generatedCode: 'es2015',
  },
};

/** @type {import('rollup').RollupOptions} */
const cdn = {
  input: { 'amilia-activation': 'src/index.ts' },
  onwarn,
  plugins: [
    resolve({ browser: true, exportConditions: production ? ['browser', 'production'] : ['browser', 'development'] }),
    typescript({ minify: production }),
    minifyCssLiterals(),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
};

export default existsSync(path.join(root, 'src/index.ts')) ? [npm, cdn] : [npm];
