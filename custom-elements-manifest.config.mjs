// `npm run manifest`: custom-elements.json from the elements' JSDoc headers and Lit decorators.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.test.ts', 'src/elements/**/en.ts', 'src/elements/**/fr.ts', 'src/elements/shared/i18n/**'],
  litelement: true,
};
