/** The text of an HTML fragment as blank-line-separated paragraphs, the way the extractors expect it. */
import { parseHTML } from 'linkedom';

// Elements whose start and end break a paragraph.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
// Elements whose content is never article text.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'form', 'select', 'head']);

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** The smallest view of a DOM node this needs (linkedom's nodes have it). */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}

/** The paragraphs under a DOM node, whitespace collapsed within each, joined by blank lines. */
export function nodeText(root: TextNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: TextNode): void => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return;
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child);
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** The paragraphs of an HTML fragment (or of plain text, which passes through with its whitespace collapsed). */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeText(document.body as unknown as TextNode);
}
