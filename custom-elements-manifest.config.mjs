// `npm run manifest`: custom-elements.json from the elements' JSDoc headers and Lit decorators.
// The analyzer reads every element source (it needs the base class to know what is inherited), then
// `publicApiOnly` keeps what a user of the package may rely on; the framework types and editor data are
// generated from the result (scripts/framework-types.mjs), so anything left here becomes public API there.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.test.ts', 'src/elements/**/en.ts', 'src/elements/**/fr.ts', 'src/elements/shared/i18n/**'],
  litelement: true,
  plugins: [publicApiOnly()],
};

/**
 * Only the elements and their public members:
 * - modules without a custom element (shared helpers, styles, internal classes) are dropped;
 * - private, protected, `#private` and static members are dropped, and so is everything inherited from a base
 *   class that is not itself an element (our `AmiliaElement` internals);
 * - events are the documented `amilia-…` ones (the base class's generic `emit(name, …)` is not an event), each
 *   typed `CustomEvent<AmiliaEventDetails['amilia-…']>` (`AmiliaEventDetails` is exported by `amilia-activation`).
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest: manifest }) {
      // The analyzer marks every LitElement subclass as a custom element; an element is one with a tag.
      const isElement = (d) => d.customElement && d.tagName;
      const elements = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).filter(isElement).map((d) => d.name)));
      const fromElementOrSelf = (item) => !item.inheritedFrom || elements.has(item.inheritedFrom.name);
      manifest.modules = manifest.modules.filter((module) => module.declarations?.some(isElement));
      for (const module of manifest.modules) {
        module.declarations = module.declarations.filter(isElement);
        const names = new Set(module.declarations.map((d) => d.name));
        module.exports = module.exports?.filter((e) => names.has(e.declaration?.name));
        for (const element of module.declarations) {
          element.members = element.members?.filter(
            (m) => (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('#') && fromElementOrSelf(m),
          );
          element.attributes = element.attributes?.filter(fromElementOrSelf);
          element.events = element.events
            ?.filter((e) => e.name?.startsWith('amilia-') && fromElementOrSelf(e))
            .map((e) => ({ ...e, type: { text: `CustomEvent<AmiliaEventDetails['${e.name}']>` } }));
          delete element.superclass; // LitElement's, or our internal base class's: neither is API
        }
      }
    },
  };
}
