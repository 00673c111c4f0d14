// A Rollup plugin that minifies the CSS inside our `css` template literals (comments out, whitespace collapsed):
// no bundler minifies the text of a template literal, and the elements' style sheets are read by every page.
// Literals with `${…}` are left alone; nothing else of the code changes.
const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

/**
 * The same CSS, smaller: comments removed, runs of whitespace collapsed, none around `{ } ; , >` nor after a
 * colon (a space *before* one is a descendant combinator, `.a :is(b)`, and stays), no `;` before `}`.
 */
export const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replaceAll(';}', '}')
    .trim();

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_LITERAL, (_, text) => `css\`${minifyCss(text)}\``), map: null };
    },
  };
}
