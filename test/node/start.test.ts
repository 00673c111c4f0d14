// `npm start` on a machine without a display (CI, SSH): it prints the demo's own address, says why no
// browser opened, and that address (with or without its slash, or the site's root) leads to the demo.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';

describe('npm start', () => {
  let server: ChildProcess;
  let output = '';
  let url: URL;

  before(async () => {
    const env = { ...process.env };
    delete env['DISPLAY'];
    delete env['WAYLAND_DISPLAY'];
    server = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<URL>((resolve, reject) => {
      server.stdout!.on('data', (chunk: Buffer) => {
        output += chunk;
        const found = /The QA demo: (\S+)/.exec(output);
        if (found && output.includes('Ctrl+C')) resolve(new URL(found[1]!));
      });
      server.stderr!.on('data', (chunk: Buffer) => void (output += chunk));
      server.on('exit', (code) => reject(new Error(`npm start exited (${code}): ${output}`)));
    });
  });
  after(() => void server?.kill());

  test("prints the demo's own address, and that no browser was opened on a headless machine", () => {
    assert.match(url.pathname, /^\/demo\/$/);
    assert.match(output, /No display here, so no browser was opened: open the address above/);
  });

  test('the address answers with the demo page', async () => {
    const page = await (await fetch(url)).text();
    assert.match(page, /<title>/);
    assert.match(page, /main\.ts|main\.js/);
  });

  test('both pages describe themselves to search engines and link previews', async () => {
    for (const page of ['', 'activate.html']) {
      const text = await (await fetch(new URL(page, url))).text();
      assert.match(text, /<meta name="description" content="[^"]{40,}"/, page || 'index.html');
    }
  });

  test('/demo without its slash and the site root lead to /demo/', async () => {
    for (const path of ['/demo', '/']) {
      const response = await fetch(new URL(path, url), { redirect: 'manual' });
      assert.equal(response.status, 302, path);
      assert.equal(new URL(response.headers.get('location')!, url).pathname, '/demo/', path);
    }
  });
});
