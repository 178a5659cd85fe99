/**
 * Pages nested deeper than any real one. The HTML parser keeps its open elements in an array it
 * shifts and unshifts, so its time grows with the square of the nesting (50,000 nested <div>s: 16 s
 * in the parser alone). Such a page is flattened before it is parsed: its elements are dropped, a
 * block element leaving a line break, so the parser sees no nesting and the text is kept.
 */

/** Pages whose elements nest deeper than this are flattened before parsing. */
export const MAX_PARSE_DEPTH = 1000;

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Kept as they are: they hold the page's fields, or raw text that must not become article text.
const KEPT = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'br', 'script', 'style', 'textarea', 'noscript', 'template']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'footer', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/** The deepest nesting of elements in the markup, counted from its tags (one pass, no parsing). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [tag, closing, name = ''] of html.matchAll(TAG)) {
    const lower = name.toLowerCase();
    if (VOID.has(lower) || tag.endsWith('/>')) continue;
    depth = closing === '/' ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/**
 * The markup with every element but the kept ones dropped; block elements become line breaks, one
 * for a run of them (Readability's handling of runs of <br> is slow too).
 */
export function flattenHtml(html: string): string {
  const flat = html.replace(TAG, (tag, _closing: string, name: string) => {
    const lower = name.toLowerCase();
    if (KEPT.has(lower)) return tag;
    return BLOCKS.has(lower) ? '<br>' : '';
  });
  return flat.replace(/<br>(?:\s*<br>)+/g, '<br>');
}
