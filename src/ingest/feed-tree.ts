/**
 * Reading a feed's element tree leniently. An element left open (`<title>Herald` with no
 * `</title>`) swallows everything after it, up to the end of its parent: the channel's items end up
 * inside its title, an item's description inside the item's title. So items are looked for anywhere
 * in the document, a field missing among an element's children is looked for among its
 * descendants, and the text of an element that swallowed others is its own text only.
 */

/** The view of an XML element the feed reader needs (linkedom's elements have it). */
export interface XmlElement {
  tagName: string;
  textContent: string | null;
  innerHTML: string;
  children: ArrayLike<XmlElement>;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  getAttribute(name: string): string | null;
}

const ITEMS = new Set(['item', 'entry']);
const TEXT = 3;
const CDATA = 4;

/** The element's child elements. */
export function childrenOf(element: XmlElement): XmlElement[] {
  return Array.from(element.children);
}

const nameOf = (element: XmlElement): string => element.tagName.toLowerCase();

// Elements that hold text only: one left unclosed holds the fields after it.
const LEAVES = new Set(['title', 'description', 'summary', 'link', 'guid', 'id', 'pubdate', 'published', 'updated', 'dc:date', 'dc:creator', 'author', 'category', 'comments']);

/** The elements under `root` (not itself), depth first, not entering the items (each item's fields are its own). */
function* descendants(root: XmlElement): Generator<XmlElement> {
  const stack = childrenOf(root).reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    yield next;
    if (!ITEMS.has(nameOf(next))) stack.push(...childrenOf(next).reverse());
  }
}

/**
 * The first child named by one of `names`, in order of preference (tag names compared without case;
 * `content:encoded` by its qualified name); else the first such element that a child holding text
 * only (a title, a link) swallowed because it was left unclosed.
 */
export function child(element: XmlElement, ...names: string[]): XmlElement | undefined {
  const children = childrenOf(element);
  for (const name of names) {
    const found = children.find((candidate) => nameOf(candidate) === name);
    if (found) return found;
  }
  const swallowing = children.filter((candidate) => LEAVES.has(nameOf(candidate)) && candidate.children.length > 0);
  for (const name of names) {
    for (const leaf of swallowing) for (const found of descendants(leaf)) if (nameOf(found) === name) return found;
  }
  return undefined;
}

/** The element's text, trimmed; only its own text when it holds elements it should not (an unclosed title). */
export function text(element: XmlElement | undefined): string | undefined {
  if (element === undefined) return undefined;
  const own = element.children.length === 0 ? element.textContent : ownText(element);
  const value = own?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function ownText(element: XmlElement): string {
  return Array.from(element.childNodes)
    .filter((node) => node.nodeType === TEXT || node.nodeType === CDATA)
    .map((node) => node.textContent ?? '')
    .join(' ');
}

/** The items (`item`, `entry`) of the document, wherever an unclosed element put them; an item inside an item is not one. */
export function itemsOf(root: XmlElement): XmlElement[] {
  return [...descendants(root)].filter((element) => ITEMS.has(nameOf(element)));
}

/** How many items the markup opens, counted on the text: more than `itemsOf` found means items were lost. */
export function itemsInMarkup(xml: string): number {
  return xml.match(/<(?:item|entry)[\s>/]/gi)?.length ?? 0;
}
