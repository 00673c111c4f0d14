#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse 12.2.3 (pinned, fetched by npx), mobile and desktop, on four pages. A report,
// not a test: it prints one Markdown table, writes bench/lighthouse.md and each page's final screenshot (shots/lighthouse/).
//
// 1. The link page as a site builds it, what a client's phone loads: `<amilia-activation-provider>` and
//    `<amilia-activate-account>` bundled as `npm run size` bundles its link page (scripts/page-bundle.mjs), on a
//    plain page, talking over HTTP to the mocked backend run here in Node (its MSW handlers answer through
//    `getResponse`), as a site's page talks to Amilia's API. Nothing of the demo or of MSW is on that page.
// 2. The built demo (demo-dist/, built first): its link page, an admin's account page and the mass page, with
//    the mocked backend in the page (MSW's service worker and its modules on the main thread), as QA sees it.
//
// How: both are served from this process (gzip -9 like the size budgets, `Cache-Control: no-store` so every
// run downloads every byte), each on its own origin. Chromium (CHROME_PATH, default /usr/bin/chromium) runs with
// `--headless=new --no-sandbox` and one profile: the demo is opened in it once, so its mocked backend seeds
// and saves its state, and an open invitation's token and an account with members are read from that state;
// then each Lighthouse run starts Chromium on that profile without resetting storage, so the token is valid.
// Each demo page is therefore a repeat visit as far as the service worker goes, a first visit for the HTTP cache.
// Run with `node --import ./scripts/node-ts-hooks.mjs` (package.json does): the Node backend is the TypeScript mocks.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import { DEFAULT_ORGANIZATION, createMockBackend } from '../mocks/index.ts';
import { createActivationClient } from '../src/sdk/index.ts';
import { LINK_PAGE, bundlePage } from './page-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const site = path.join(root, 'demo-dist');
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const LIGHTHOUSE = 'lighthouse@12.2.3';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

if (!existsSync(path.join(site, 'index.html'))) {
  console.error('demo-dist/ is missing: run `npm run build:demo` first.');
  process.exit(1);
}

/** Answers `response` with `body`, gzip -9 when the browser takes it, never cached. */
function send(request, response, body, type, status = 200, headers = {}) {
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Cache-Control': 'no-store',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  response.end(gzip ? gzipSync(body, { level: 9 }) : body);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = path.join(site, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  send(request, response, readFileSync(file), `${TYPES[path.extname(file)] ?? 'application/octet-stream'}; charset=utf-8`);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const linkPage = await siteLinkPage();

const profile = mkdtempSync(path.join(tmpdir(), 'amilia-lighthouse-'));
const FLAGS = ['--headless=new', '--no-sandbox', `--user-data-dir=${profile}`];
const debugPort = 9300 + Math.floor(Math.random() * 500);
const devtools = `http://127.0.0.1:${debugPort}`;

/** Opens `url` in a new tab, waits for its load event, evaluates `expression` there (DevTools protocol), closes the tab. */
async function evaluateIn(url, expression) {
  const target = await (await fetch(`${devtools}/json/new?about:blank`, { method: 'PUT' })).json();
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let next = 0;
  const pending = new Map();
  let loaded;
  const load = new Promise((resolve) => (loaded = resolve));
  socket.onmessage = (event) => {
    const message = JSON.parse(event.data);
    if (message.method === 'Page.loadEventFired') loaded();
    const answer = pending.get(message.id);
    if (!answer) return;
    pending.delete(message.id);
    if (message.error) answer.reject(new Error(message.error.message));
    else answer.resolve(message.result);
  };
  const call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      pending.set(++next, { resolve, reject });
      socket.send(JSON.stringify({ id: next, method, params }));
    });
  try {
    await call('Page.enable');
    await call('Page.navigate', { url });
    await load;
    const result = await call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? 'evaluation failed');
    return result.result.value;
  } finally {
    socket.close();
    await fetch(`${devtools}/json/close/${target.id}`);
  }
}

// The demo's state: an open invitation's token (asked of the mocked API itself) and an account with members.
const PREPARE = `(async () => {
  const deadline = Date.now() + 60000;
  let state;
  while (!state && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    for (const key of Object.keys(localStorage)) {
      const value = JSON.parse(localStorage.getItem(key) ?? 'null');
      if (value && value.requests && value.accounts) state = value;
    }
  }
  if (!state) throw new Error('the demo never saved its state');
  const org = encodeURIComponent(state.organization.Identifier);
  let token;
  for (const request of Object.values(state.requests)) {
    if (request.Kind !== 'Invitation') continue;
    const answer = await fetch('api/V3/en/org/' + org + '/activations/' + encodeURIComponent(request.Token));
    if (answer.ok && (await answer.json()).State === 'Open') { token = request.Token; break; }
  }
  const account = Object.values(state.accounts).find((a) => !a.IsArchived && a.PersonIds.length > 1) ?? Object.values(state.accounts)[0];
  return { token, accountId: account.Id };
})()`;

let rows = [];
try {
  const { token, accountId } = await prepare();
  const pages = [
    { name: 'link page as a site builds it (no mock in the page)', url: linkPage.url },
    { name: 'link page', url: `${origin}/activate.html?token=${encodeURIComponent(token)}` },
    { name: 'account page', url: `${origin}/index.html#/accounts/${accountId}` },
    { name: 'mass page', url: `${origin}/index.html#/mass` },
  ];
  for (const page of pages) {
    for (const formFactor of ['mobile', 'desktop']) {
      const report = await runLighthouse(page.url, formFactor);
      rows.push({ page: page.name, formFactor, ...summarize(report) });
      saveScreenshot(report, `${page.name.split(' ').slice(0, 2).join('-')}-${page.url.startsWith(`${origin}/`) ? 'demo' : 'site'}-${formFactor}`);
      console.error(`${page.name}, ${formFactor}: done`);
    }
  }
} finally {
  server.close();
  linkPage.close();
  rmSync(profile, { recursive: true, force: true });
}

const table = [
  '| page | form factor | performance | CLS | TBT | LCP | JS transferred | JS requests |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.page} | ${r.formFactor} | ${r.performance} | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms | ${(r.lcp / 1000).toFixed(1)} s | ${r.jsBytes.toLocaleString('en')} B | ${r.jsRequests} |`,
  ),
].join('\n');
console.log(table);
writeFileSync(
  path.join(root, 'bench/lighthouse.md'),
  `# Lighthouse\n\n${LIGHTHOUSE}, ${new Date().toISOString()}, ${execFileSync(chrome, ['--version'], { encoding: 'utf8' }).trim()}, demo-dist served gzip -9.\n\n${table}\n`,
);

/**
 * The link page as a site builds it, on an origin of its own: the page, its chunks, and the API answered by a
 * mocked backend in this process. Resolves with its address (an open invitation's link) and a way to close it.
 */
async function siteLinkPage() {
  const chunks = new Map((await bundlePage(LINK_PAGE)).filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry);
  const backend = createMockBackend();
  const organization = DEFAULT_ORGANIZATION.Identifier;
  let apiOrigin = '';
  const page = () => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <meta name="description" content="Activate your account." />
    <title>Activate your account</title>
    <style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }</style>
    ${entry.imports.map((name) => `<link rel="modulepreload" href="./${name}" />`).join('\n    ')}
    <script type="module" src="./${entry.fileName}"></script>
  </head>
  <body>
    <main>
      <amilia-activation-provider base-url="${apiOrigin}" organization="${organization}">
        <amilia-activate-account></amilia-activate-account>
      </amilia-activation-provider>
    </main>
  </body>
</html>`;
  const siteServer = createServer((request, response) =>
    answer(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }),
  );
  async function answer(request, response) {
    const url = new URL(request.url ?? '/', apiOrigin);
    if (url.pathname.startsWith('/api/')) {
      const body = ['GET', 'HEAD'].includes(request.method) ? undefined : Buffer.concat(await Array.fromAsync(request));
      const mocked = await getResponse(backend.handlers, new Request(url, { method: request.method, headers: request.headers, body }));
      if (!mocked) return response.writeHead(404).end();
      // send() sets the type, and the length of what it sends (gzipped).
      const headers = Object.fromEntries([...mocked.headers].filter(([name]) => name !== 'content-length' && name !== 'content-type'));
      return send(request, response, Buffer.from(await mocked.arrayBuffer()), mocked.headers.get('content-type') ?? 'application/json', mocked.status, headers);
    }
    const chunk = chunks.get(url.pathname.slice(1));
    if (chunk) return send(request, response, chunk.code, 'text/javascript; charset=utf-8');
    if (url.pathname === '/activate.html') return send(request, response, page(), 'text/html; charset=utf-8');
    response.writeHead(404).end();
  }
  await new Promise((resolve) => siteServer.listen(0, '127.0.0.1', resolve));
  apiOrigin = `http://127.0.0.1:${siteServer.address().port}`;
  // An account created with an email: the backend sends its owner an invitation, whose link is the page.
  const admin = createActivationClient({ baseUrl: apiOrigin, organization, getToken: () => backend.adminToken });
  await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana.roy@example.com' } });
  const token = new URL(backend.outbox.list().at(-1).Link).searchParams.get('token');
  return {
    url: `${apiOrigin}/activate.html?token=${encodeURIComponent(token)}`,
    close: () => {
      siteServer.close();
      backend.dispose();
    },
  };
}

/** Opens the demo once in the profile Lighthouse will use, so the mocked backend seeds and saves its state. */
async function prepare() {
  const browser = spawn(chrome, [...FLAGS, `--remote-debugging-port=${debugPort}`, '--no-first-run', 'about:blank'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => browser.once('exit', resolve));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await fetch(`${devtools}/json/version`);
        break;
      } catch (error) {
        if (attempt > 100) throw new Error(`Chromium did not open its DevTools port (${chrome})`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const found = await evaluateIn(`${origin}/index.html`, PREPARE);
    if (!found.token) throw new Error('no open invitation in the demo state');
    return found;
  } finally {
    // Closed, not killed: on its way out Chromium writes the demo's state (localStorage) to the profile, so
    // the pages measured find it and do not seed the backend again. Killed only if it does not close.
    const killer = setTimeout(() => browser.kill(), 15_000);
    await closeBrowser().catch(() => browser.kill());
    await exited; // the profile is unlocked for Lighthouse's own Chromium
    clearTimeout(killer);
  }
}

/** Asks the Chromium on the DevTools port to close (the DevTools protocol's `Browser.close`). */
async function closeBrowser() {
  const { webSocketDebuggerUrl } = await (await fetch(`${devtools}/json/version`)).json();
  const socket = new WebSocket(webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  socket.send(JSON.stringify({ id: 1, method: 'Browser.close' }));
}

/** Runs Lighthouse in a child process (asynchronously: this process serves the pages meanwhile). */
async function runLighthouse(url, formFactor) {
  const output = path.join(profile, 'report.json');
  const args = ['--yes', LIGHTHOUSE, url, `--chrome-flags=${FLAGS.join(' ')}`, '--disable-storage-reset', '--only-categories=performance', '--output=json', `--output-path=${output}`, process.env.LIGHTHOUSE_VERBOSE ? '--verbose' : '--quiet'];
  if (formFactor === 'desktop') args.push('--preset=desktop');
  const { stderr } = await promisify(execFile)('npx', args, { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 });
  if (process.env.LIGHTHOUSE_VERBOSE) process.stderr.write(stderr);
  return JSON.parse(readFileSync(output, 'utf8'));
}

/** What the page looked like when Lighthouse was done, as `shots/lighthouse/<name>.jpg` (to look at, not to test). */
function saveScreenshot(report, name) {
  const data = report.audits['final-screenshot']?.details?.data;
  if (!data) return;
  const folder = path.join(root, 'shots', 'lighthouse');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${name}.jpg`), Buffer.from(data.split(',')[1], 'base64'));
}

function summarize(report) {
  const scripts = (report.audits['network-requests']?.details?.items ?? []).filter((item) => item.resourceType === 'Script');
  return {
    performance: Math.round((report.categories.performance.score ?? 0) * 100),
    cls: report.audits['cumulative-layout-shift'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    lcp: report.audits['largest-contentful-paint'].numericValue,
    jsBytes: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    jsRequests: scripts.length,
  };
}
