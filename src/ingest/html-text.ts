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
const DOCUMENT = 9;
const FRAGMENT = 11;

/** The smallest view of a DOM node this needs (linkedom's nodes have it). */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: TextNode | null;
  nextSibling: TextNode | null;
}

/**
 * The paragraphs under a DOM node, whitespace collapsed within each, joined by blank lines. The
 * tree is walked by first child and next sibling, without recursion: linkedom builds a new array
 * for every `childNodes` read (quadratic in a page of many paragraphs), and a page of 50,000 nested
 * elements would overflow the stack.
 */
export function nodeText(root: TextNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  // Whether the node's children are to be read; text is taken and blocks are broken on the way in.
  const enter = (node: TextNode): boolean => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      current += node.textContent ?? '';
      return false;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== DOCUMENT && node.nodeType !== FRAGMENT) return false;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return false;
    if (BLOCKS.has(name)) flush();
    return true;
  };
  const leave = (node: TextNode): void => {
    if (node.nodeType === ELEMENT && BLOCKS.has(node.nodeName.toLowerCase())) flush();
  };
  if (enter(root)) {
    // The open elements from the root down, and the next node to enter under the last of them.
    const open: TextNode[] = [root];
    let next = root.firstChild;
    while (open.length > 0) {
      if (next === null) {
        const done = open.pop() as TextNode;
        leave(done);
        next = open.length > 0 ? done.nextSibling : null;
      } else if (enter(next)) {
        open.push(next);
        next = next.firstChild;
      } else {
        next = next.nextSibling;
      }
    }
  }
  flush();
  return paragraphs.join('\n\n');
}

/** How deep elements nest under `root`, counting down to at most `limit` (the walk stops there). */
export function depthReaches(root: TextNode, limit: number): boolean {
  const open: TextNode[] = [root];
  let next = root.firstChild;
  while (open.length > 0) {
    if (open.length > limit) return true;
    if (next === null) {
      const done = open.pop() as TextNode;
      next = open.length > 0 ? done.nextSibling : null;
    } else if (next.nodeType === ELEMENT && next.firstChild !== null) {
      open.push(next);
      next = next.firstChild;
    } else {
      next = next.nextSibling;
    }
  }
  return false;
}

/** The paragraphs of an HTML fragment (or of plain text, which passes through with its whitespace collapsed). */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeText(document.body as unknown as TextNode);
}
