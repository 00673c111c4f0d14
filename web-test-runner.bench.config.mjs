// `npm run bench`: benchmarks in headless Chromium. They report numbers (printed as browser logs and
// written to bench/results.md); they are not timed tests and never fail on a slow machine.
import { appendFileSync, writeFileSync } from 'node:fs';
import { browserLaunchers } from './scripts/launchers.mjs';
import base from './web-test-runner.config.mjs';

const REPORT = 'bench/results.md';
writeFileSync(REPORT, `# Benchmark results\n\nRun ${new Date().toISOString()} in headless Chromium.\n\n`);

/** Lets a benchmark append its table to the report (bench/report.ts calls it). */
const reportPlugin = {
  name: 'bench-report',
  executeCommand({ command, payload }) {
    if (command !== 'bench-report') return undefined;
    appendFileSync(REPORT, `${payload}\n`);
    return true;
  },
};

export default {
  ...base,
  files: ['bench/**/*.bench.ts'],
  browsers: browserLaunchers(['chromium']),
  // Production builds of lit, as users run them (dev mode adds checks and warnings).
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [...base.plugins, reportPlugin],
  testFramework: { config: { timeout: 600_000 } },
  testsFinishTimeout: 900_000,
};
