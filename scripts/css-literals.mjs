// A Rollup plugin that minifies the text of our Lit templates, which no bundler minifies: inside `css` literals,
// comments go and whitespace collapses; inside `html` and `svg` literals, a line break and its indentation become
// one space (which renders the same between tags and attributes). Expressions (`${…}`) are never touched.
// It runs on JavaScript (after TypeScript is compiled) and reads the templates from Rollup's own parse tree.

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
    .replaceAll(';}', '}');

/** Markup with each line break and the indentation after it as one space. */
const minifyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ');

const MINIFIERS = { css: minifyCss, html: minifyMarkup, svg: minifyMarkup };

/** Every tagged template of the tags above in `node`'s tree. */
function* templates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name in MINIFIERS) yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* templates(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* templates(value);
  }
}

export function minifyCssLiterals() {
  return {
    name: 'minify-template-literals',
    transform(code, id) {
      if (!/[/\\]src[/\\]elements[/\\]/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = [];
      for (const { tag, quasi } of templates(this.parse(code))) {
        const minify = MINIFIERS[tag.name];
        for (const part of quasi.quasis) edits.push([part.start, part.end, minify(code.slice(part.start, part.end))]);
      }
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
