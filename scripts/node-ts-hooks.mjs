// Lets `node --test` run the TypeScript sources as they are (Node ≥ 22.18 strips types by itself).
//
// Why this exists: the sources follow the `module: nodenext` convention and import siblings with a `.js`
// suffix (`import { isValidEmail } from './email.js'`), which is what tsc, esbuild, rollup and the dev
// server expect. Node's type stripping never maps `.js` to `.ts`, so `src/policy/index.ts` fails to load
// its own `./time.js`. This resolve hook retries a relative `.js`/`.mjs`/`.cjs` specifier that does not
// exist as `.ts`/`.mts`/`.cts`. Nothing else changes: bare specifiers and existing files resolve as usual.
//
// Loaded with `node --import ./scripts/node-ts-hooks.mjs --test …` (see package.json "test:node");
// `node --test` passes `--import` on to the process it starts for each test file.
//
// Tests may import either `../../src/policy/index.js` (same style as the sources) or the real
// `../../src/policy/index.ts` (tsconfig.json allows `.ts` suffixes since `tsc` only type-checks there).
import module from 'node:module';
import { isMainThread } from 'node:worker_threads';

const SWAP = { '.js': '.ts', '.mjs': '.mts', '.cjs': '.cts' };
const RELATIVE = /^(?:\.{1,2}\/|file:)/;

function candidate(specifier) {
  if (!RELATIVE.test(specifier)) return undefined;
  const match = /(\.[mc]?js)$/.exec(specifier);
  return match ? specifier.slice(0, -match[1].length) + SWAP[match[1]] : undefined;
}

const notFound = (error) => error?.code === 'ERR_MODULE_NOT_FOUND';

function resolveSync(specifier, context, nextResolve) {
  try {
    return nextResolve(specifier, context);
  } catch (error) {
    const alternative = candidate(specifier);
    if (!alternative || !notFound(error)) throw error;
    try {
      return nextResolve(alternative, context);
    } catch {
      throw error;
    }
  }
}

/** The asynchronous form, for Node 22.12–22.14 which lack `module.registerHooks`. */
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const alternative = candidate(specifier);
    if (!alternative || !notFound(error)) throw error;
    try {
      return await nextResolve(alternative, context);
    } catch {
      throw error;
    }
  }
}

if (isMainThread) {
  if (typeof module.registerHooks === 'function') module.registerHooks({ resolve: resolveSync });
  else module.register(import.meta.url);
}
