// A page built the way a site builds it: an entry importing the package's public modules, bundled by rollup
// for production, minified, dependencies included. `npm run size` weighs these pages; `npm run lighthouse`
// serves one of them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './css-literals.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `amilia-activation/elements/<name>.js` in the sources (the package's exports map: `./elements/*.js`). */
export const element = (name) => `import ${JSON.stringify(`./src/elements/${name}/${name}.ts`)};`;

/** The page an activation email links to: the provider and `<amilia-activate-account>`. */
export const LINK_PAGE = [element('activation-provider'), element('activate-account')];

export const ENTRY = '\0page-entry';

/** Rollup's output for a page whose entry is `entry` (lines of JavaScript, relative to the repository). */
export async function bundlePage(entry) {
  const bundle = await rollup({
    input: ENTRY,
    onwarn: () => {},
    plugins: [
      {
        name: 'page-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : null),
        load: (id) => (id === ENTRY ? entry.join('\n') : null),
      },
      {
        name: 'page-entry-relative',
        resolveId: (id, importer) => (importer === ENTRY && id.startsWith('./') ? path.join(root, id) : null),
      },
      resolve({ browser: true, exportConditions: ['browser', 'production'] }),
      // Each module compiled as the npm build compiles it (not minified: that keeps the /* @__PURE__ */ marks
      // a bundler needs to leave out unused schemas), the page minified at the end as a site's bundler does.
      esbuild({ tsconfig: path.join(root, 'tsconfig.json'), target: 'es2022' }),
      minifyCssLiterals(),
      minify({ target: 'es2022', legalComments: 'none' }),
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'es', minifyInternalExports: true });
    return output;
  } finally {
    await bundle.close();
  }
}
