#!/usr/bin/env node
// `npm start`: serves the demo (web-dev-server.config.mjs), prints its own address, and opens it in a
// browser when the machine has a display. A headless machine (CI, SSH, a container) only gets the address.
import { startDevServer } from '@web/dev-server';
import { DEMO_PATH } from '../web-dev-server.config.mjs';

/** Linux and the BSDs need an X11 or Wayland display to show a window; macOS and Windows always have one. */
const hasDisplay = !['linux', 'freebsd', 'openbsd'].includes(process.platform) || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const open = hasDisplay && !process.argv.includes('--no-open');

const server = await startDevServer({ readCliArgs: false, logStartMessage: false, config: { open: open ? DEMO_PATH : false } });
const url = `http://${server.config.hostname ?? 'localhost'}:${server.config.port}${DEMO_PATH}`;
console.log(`\n  The QA demo: ${url}\n`);
console.log(
  open
    ? '  Opened in your browser. Ctrl+C stops the server.\n'
    : '  No display here, so no browser was opened: open the address above in a browser on this machine\n' +
        `  (or forward the port: ssh -L ${server.config.port}:localhost:${server.config.port} …). Ctrl+C stops the server.\n`,
);
