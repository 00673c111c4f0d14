/**
 * msw is an optional peer dependency: only `amilia-activation/mocks*` need it, so an SDK-only or CDN user
 * does not install it. The mocks load it through here, so a project without it gets one error that names
 * the fix instead of a resolver's "cannot find package".
 */
const MSW_MISSING = 'amilia-activation/mocks needs msw, an optional peer dependency: run `npm install --save-dev msw`.';

/** Runs `load` (a literal `import('msw…')`, so bundlers still see it); a missing msw becomes `MSW_MISSING`. */
export async function loadMsw<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    // Node says ERR_MODULE_NOT_FOUND, browsers a TypeError about the bare specifier: both name the package.
    const missing = error instanceof Error && /\bmsw\b/.test(error.message) && ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' || error instanceof TypeError);
    throw missing ? new Error(MSW_MISSING, { cause: error }) : error;
  }
}
