// WebKit for @web/test-runner: WebKitGTK's MiniBrowser driven by WebKitWebDriver (classic WebDriver) through
// @web/test-runner-webdriver. MiniBrowser has no headless mode, so it draws on a private Xvfb display.
// Every process started here runs in its own process group and is killed when the runner stops or exits.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** MiniBrowser ships inside libwebkit2gtk-4.1-0 (brought by apt's webkit2gtk-driver), under the machine's triplet. */
export function findMiniBrowser() {
  const candidates = ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'arm-linux-gnueabihf'].map(
    (triplet) => `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`,
  );
  return candidates.find((file) => existsSync(file)) ?? candidates[0];
}

/** Kills a process group started with `detached: true`; one already gone is fine. */
function killGroup(child) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Starts Xvfb on the first free display (other runs may hold some) and resolves with `:N` once it accepts clients. */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display itself and writes its number to fd 3 when ready.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(xvfb);
    let number = '';
    let errors = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim()}`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free port and resolves once its /status answers. */
async function startDriver(children, display) {
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    // Without a real locale in LANG, WebKitGTK reports navigator.language as "C".
    env: { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8' },
  });
  children.push(driver);
  let errors = '';
  driver.stderr.on('data', (chunk) => (errors += chunk));
  const exited = new Promise((_, reject) =>
    driver.on('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code}): ${errors.trim()}`))),
  );
  exited.catch(() => {});
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await Promise.race([
      fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok, () => false),
      exited,
    ]);
    if (ready) return port;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${errors.trim()}`);
}

/** W3C WebDriver key codes for the named keys that tests press (`sendKeys({ press: 'Enter' })`). */
const KEY_CODES = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/**
 * Key actions for `sendKeys`: a character or a named key, with `Modifier+Key` chords as puppeteer writes them.
 * Each key goes down and up before the next one: webdriverio's `keys()` presses all keys down before releasing
 * any, and WebKitWebDriver then drops repeated characters (`hello` typed as `helo`).
 */
export function keyActions(keys) {
  const actions = [];
  for (const key of keys) {
    const parts = key.length > 1 ? key.split('+') : [key];
    const codes = parts.map((part) => KEY_CODES[part] ?? part);
    if (codes.some((code) => [...code].length !== 1)) throw new Error(`Unknown key for WebKit: ${key}`);
    for (const code of codes) actions.push({ type: 'keyDown', value: code });
    for (const code of codes.reverse()) actions.push({ type: 'keyUp', value: code });
  }
  return actions;
}

class WebKitLauncher extends WebdriverLauncher {
  #children = [];
  #killAll = () => this.#children.forEach(killGroup);
  // A terminated runner never reaches 'exit' handlers by itself; nothing may outlive it.
  #terminated = (signal) => {
    this.#killAll();
    process.exit(128 + (signal === 'SIGHUP' ? 1 : 15));
  };

  constructor(miniBrowser) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver runs
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        // WebKitWebDriver 2.50 speaks classic WebDriver only (no BiDi).
        'wdio:enforceWebDriverClassic': true,
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    process.once('exit', this.#killAll);
    process.once('SIGTERM', this.#terminated).once('SIGHUP', this.#terminated);
    const display = await startXvfb(this.#children);
    this.options.port = await startDriver(this.#children, display);
  }

  async stop() {
    await super.stop();
    this.#killAll();
    process.off('exit', this.#killAll).off('SIGTERM', this.#terminated).off('SIGHUP', this.#terminated);
  }

  /**
   * Sizes the window so that the page's viewport is `width` × `height`. MiniBrowser's toolbar keeps its window
   * at least about 450 px wide: a narrower viewport is an error, not a silently wider one.
   */
  async setViewport(_sessionId, { width, height }) {
    if (!this.driver) throw new Error('Not initialized');
    const viewport = () => this.driver.execute('return [innerWidth, innerHeight, outerWidth, outerHeight]');
    const [innerWidth, innerHeight, outerWidth, outerHeight] = await viewport();
    await this.driver.setWindowRect(null, null, width + outerWidth - innerWidth, height + outerHeight - innerHeight);
    const [gotWidth, gotHeight] = await viewport();
    if (gotWidth !== width || gotHeight !== height) {
      throw new Error(`WebKit (MiniBrowser) cannot show a ${width}×${height} viewport: its window gives ${gotWidth}×${gotHeight}.`);
    }
  }

  sendKeys(sessionId, keys) {
    if (!this.driverManager) throw new Error('Not initialized');
    return this.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions: keyActions(keys) }]);
  }
}

/** A test-runner browser launcher for WebKitGTK (`MINIBROWSER_PATH` overrides where MiniBrowser is). */
export function webkitLauncher({ miniBrowser = process.env.MINIBROWSER_PATH || findMiniBrowser() } = {}) {
  return new WebKitLauncher(miniBrowser);
}

/**
 * wtr's `setViewport` command knows puppeteer and playwright only, and its plugin comes before any of ours: this
 * plugin teaches it browsers whose launcher has a `setViewport` (the WebKit launcher).
 */
export function webdriverViewportPlugin() {
  return {
    name: 'webdriver-viewport',
    serverStart({ config }) {
      const builtIn = config.plugins.find((plugin) => plugin.name === 'set-viewport-command');
      if (!builtIn) return;
      const execute = builtIn.executeCommand.bind(builtIn);
      builtIn.executeCommand = async (args) => {
        const { command, payload, session } = args;
        if (command !== 'set-viewport' || typeof session.browser.setViewport !== 'function') return execute(args);
        await session.browser.setViewport(session.id, payload);
        return true;
      };
    },
  };
}
