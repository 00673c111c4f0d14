// The browser engines the suites run in. `AMILIA_ENGINES` (a comma list, e.g. `chromium` or `firefox,webkit`)
// picks a subset; scripts/test.mjs runs one test-runner per engine, scripts/launchers.mjs starts them.

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines a run uses when `AMILIA_ENGINES` is not set. */
export const DEFAULT_ENGINES = ENGINES;

/** The engines named by `AMILIA_ENGINES`; an unknown name is an error, not a silently skipped engine. */
export function selectedEngines(value = process.env.AMILIA_ENGINES) {
  if (!value?.trim()) return DEFAULT_ENGINES;
  const names = [...new Set(value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))];
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`AMILIA_ENGINES: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return names;
}
