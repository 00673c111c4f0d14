#!/usr/bin/env node
// `npm run build:frameworks` (the last step of `npm run build`): framework types and editor data for our tags,
// generated from custom-elements.json by the maintained cem-tools generators, never written by hand:
//   dist/types/jsx.d.ts      @wc-toolkit/jsx-types                  React 19+, Preact, Solid, Qwik, Stencil (JSX)
//   dist/types/vue.d.ts      custom-element-vuejs-integration       Vue 3 templates (GlobalComponents)
//   dist/types/svelte.d.ts   the JSX types above, for Svelte 5       (svelte/elements' SvelteHTMLElements)
//   dist/editors/vscode.{html,css}-custom-data.json  custom-element-vs-code-integration
//   dist/editors/web-types.json                      custom-element-jet-brains-integration (package.json "web-types")
// The manifest already lists only the public API (see custom-elements-manifest.config.mjs).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
const types = path.join(root, 'dist/types');
const editors = path.join(root, 'dist/editors');
for (const dir of [types, editors]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

// The manifest types each event `CustomEvent<AmiliaEventDetails['amilia-…']>`. The Vue generator writes
// `CustomEvent<type>` itself, so it is given the detail type alone.
const detailOnly = structuredClone(manifest);
for (const declaration of detailOnly.modules.flatMap((m) => m.declarations ?? [])) {
  for (const event of declaration.events ?? []) event.type.text = event.type.text.replace(/^CustomEvent<(.+)>$/, '$1');
}

// Every element class is exported from dist/index.d.ts: one import for all of them.
const options = { outdir: types, globalTypePath: '../index.js', hideLogs: true };
generateJsxTypes(manifest, { ...options, fileName: 'jsx.d.ts', stronglyTypedEvents: true });
generateVuejsTypes(detailOnly, { ...options, fileName: 'vue.d.ts' });
generateVsCodeCustomElementData(manifest, { outdir: editors, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true });
generateJetBrainsWebTypes(manifest, { outdir: editors, webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true });

/** Rewrites a generated file: its imports of the element classes gain the event details' type. */
function amend(file, change = (text) => text) {
  const target = path.join(types, file);
  writeFileSync(target, `import type { AmiliaEventDetails } from "../index.js";\n${change(readFileSync(target, 'utf8'))}`);
}
amend('jsx.d.ts');
// vue-tsc matches `@amilia-request-sent` to the prop `onAmiliaRequestSent` (Vue camelizes `on-` + the event
// name); the generator writes `"onamilia-request-sent"`, which no template listener reaches.
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
amend('vue.d.ts', (text) => text.replace(/"on(amilia-[a-z-]+)"\?:/g, (_, event) => `on${pascal(event)}?:`));
// Svelte 5 listens with event attributes (`onamilia-request-sent={…}`), the very props the JSX types describe;
// custom-element-svelte-integration still writes Svelte 4's `on:` directives in a namespace that, inside a
// module, augments nothing. So Svelte gets the JSX types through the interface Svelte 5 documents.
writeFileSync(
  path.join(types, 'svelte.d.ts'),
  `import type { CustomElements } from "./jsx.js";\n\ndeclare module "svelte/elements" {\n  interface SvelteHTMLElements extends CustomElements {}\n}\n`,
);
console.log('build:frameworks: dist/types/{jsx,vue,svelte}.d.ts and dist/editors/ (VS Code, JetBrains) from custom-elements.json');
