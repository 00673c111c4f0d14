// The README's element reference and custom-elements.json are generated from the code: stale docs fail, and
// the manifest (which the framework types are generated from) holds nothing a user should not rely on.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

test('custom-elements.json and the README element reference match the code', () => {
  assert.doesNotThrow(() => execFileSync(process.execPath, ['scripts/manifest.mjs', '--check'], { stdio: 'pipe' }), 'run `npm run manifest` and commit the result');
});

test('custom-elements.json lists only the public API: the elements, their public members and their typed amilia-… events', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
  assert.ok(declarations.length >= 7);
  for (const d of declarations as Declaration[]) {
    assert.match(d.tagName ?? '', /^amilia-/, `${d.name} is an element with a tag`);
    for (const member of d.members ?? []) {
      assert.ok(!member.privacy && !member.static && !member.name.startsWith('#'), `${d.tagName}: ${member.name} is public`);
      assert.equal(member.inheritedFrom, undefined, `${d.tagName}: ${member.name} is not an internal of the base class`);
    }
    for (const event of d.events ?? []) {
      assert.match(event.name, /^amilia-/, `${d.tagName}: event ${event.name}`);
      assert.equal(event.type?.text, `CustomEvent<AmiliaEventDetails['${event.name}']>`, `${d.tagName}: ${event.name} carries its detail type`);
    }
  }
});

interface Declaration {
  name: string;
  tagName?: string;
  members?: { name: string; privacy?: string; static?: boolean; inheritedFrom?: unknown }[];
  events?: { name: string; type?: { text: string } }[];
}
