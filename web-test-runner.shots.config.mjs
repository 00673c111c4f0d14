// `npm run shots`: screenshots of the public pages' states (the link page, the share banner) in light and
// dark, at 800 and 390 px wide, into $AMILIA_SHOTS_DIR (default shots/). For reviewing the look, not a test.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { browserLaunchers } from './scripts/launchers.mjs';
import base from './web-test-runner.config.mjs';

const DIR = process.env.AMILIA_SHOTS_DIR || 'shots';
mkdirSync(DIR, { recursive: true });

/** `executeServerCommand('shot', { name, scheme, width })`: the page in that colour scheme and width, as `name.png`. */
const shotPlugin = {
  name: 'shot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'shot') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: payload.scheme }]);
    await page.setViewport({ width: payload.width, height: 900 });
    await new Promise((resolve) => setTimeout(resolve, 150)); // styles settle after the media change
    await page.screenshot({ path: path.join(DIR, `${payload.name}.png`), fullPage: true });
    return true;
  },
};

export default {
  ...base,
  files: ['test/shots/*.shots.ts'],
  // Screenshots with emulated colour schemes: Chromium only (puppeteer's page, over CDP).
  browsers: browserLaunchers(['chromium']),
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [...base.plugins, shotPlugin],
  testFramework: { config: { timeout: 600_000 } },
  testsFinishTimeout: 900_000,
};
