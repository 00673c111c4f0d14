// The prunable path: a core and only the groups a page uses, with the same calls, wire and errors as
// `createActivationClient`; and a bundle of one group leaves the other groups' schemas out.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { createActivationCore, isActivationCore, links, mass, shareOffers } from '../../../src/sdk/index.ts';
import { BASE, codeOf, setup, tokenOf } from './harness.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('resource groups over a core', () => {
  test('links(core) inspects and activates a link as client.links does', async () => {
    const { backend, admin } = setup();
    await admin.accounts.create({ Owner: { FirstName: 'Ana', LastName: 'Roy', Email: 'ana@example.org' } });
    const token = tokenOf(backend.outbox.list()[0]!.Link);
    const core = createActivationCore({ baseUrl: BASE, organization: 'forest-explorers', retry: 0 });
    assert.equal((await links(core).inspect(token)).State, 'Open');
    assert.deepEqual(await links(core).inspect(token), await admin.links.inspect(token));
    assert.equal((await links(core).activate(token, 'Maple-canoe-42')).Username, 'ana@example.org');
    assert.equal(await codeOf(links(core).activate(token, 'Maple-canoe-42')), 'LinkUsed');
  });

  test('a client is a core: groups run on it, and withLanguage keeps the kind of object', async () => {
    const { admin } = setup();
    assert.ok(isActivationCore(admin));
    assert.equal((await mass(admin).preview('2026-01-01')).CreatedAfter, '2026-01-01');
    const core = createActivationCore({ baseUrl: BASE, organization: 'forest-explorers' });
    assert.equal(core.withLanguage('fr').options.language, 'fr');
    assert.ok(!('links' in core.withLanguage('fr')));
    assert.ok('links' in admin.withLanguage('fr'));
    assert.ok(!isActivationCore({ options: {} }));
  });

  test('the signed-out person gets Unauthorized from shareOffers(core), as from the client', async () => {
    setup();
    const core = createActivationCore({ baseUrl: BASE, organization: 'forest-explorers', retry: 0 });
    assert.equal(await codeOf(shareOffers(core).list()), 'Unauthorized');
  });
});

describe('tree-shaking', () => {
  test("a bundle of links(core) holds the links' schemas and none of accounts', mass jobs' or share offers'", async () => {
    const entry = '\0entry';
    const bundle = await rollup({
      input: entry,
      onwarn: () => {},
      plugins: [
        {
          name: 'entry',
          resolveId: (id) => (id === entry ? id : null),
          load: (id) => (id === entry ? `export { createActivationCore, links } from ${JSON.stringify(path.join(root, 'src/sdk/index.ts'))};` : null),
        },
        nodeResolve({ browser: true }),
        esbuild({ tsconfig: path.join(root, 'tsconfig.json'), target: 'es2022' }),
      ],
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const code = output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
    for (const kept of ['OrganizationName', 'SessionToken', 'SentTo']) assert.ok(code.includes(kept), `${kept} missing`);
    for (const dropped of ['IsArchived', 'RecentlyInvited', 'AvailableUntil', 'SendActivationRequest', '/share-offers']) {
      assert.ok(!code.includes(dropped), `${dropped} is in the bundle`);
    }
  });
});
