// A test-runner browser launcher per engine (scripts/engines.mjs names them).
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { selectedEngines } from './engines.mjs';
import { webkitLauncher } from './webkit-launcher.mjs';

export { webdriverViewportPlugin } from './webkit-launcher.mjs';

const launchers = {
  // Passing puppeteer-core itself makes wtr label the runs "Chromium" and "Firefox".
  chromium: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  // Firefox over WebDriver BiDi, driven by the same puppeteer-core: no geckodriver needed.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      },
    }),
  webkit: () => webkitLauncher(),
};

/** Test-runner launchers for the selected engines. */
export function browserLaunchers(names = selectedEngines()) {
  return names.map((name) => launchers[name]());
}
