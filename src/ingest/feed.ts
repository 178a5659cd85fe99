/** Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item, its full content when the feed has it. */
import { DOMParser } from 'linkedom';
import { MESSAGE_CODES } from '../doc/messages.js';
import { inputMessage, invalidUtf8, unreadable, type IngestedArticle } from './article.js';
import { normaliseDate } from './dates.js';
import { decodeUtf8 } from './decode.js';
import { child, childrenOf, itemsInMarkup, itemsOf, text, type XmlElement } from './feed-tree.js';
import { htmlToText } from './html-text.js';

/** How to read a feed. */
export interface FeedOptions {
  /**
   * Reads the page of an item that carries only a link. Given when the feed itself came from a URL;
   * without it such an item is reported as having no text.
   */
  fetchPage?: (url: string) => Promise<IngestedArticle>;
  /** The feed's own URL: relative item links are resolved against it. */
  baseUrl?: string;
}

function atomLink(entry: XmlElement): string | undefined {
  const links = childrenOf(entry).filter((element) => element.tagName.toLowerCase() === 'link');
  const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href') ?? text(alternate);
}

// Atom says how its text is written; RSS content is HTML (escaped or in CDATA), which plain text also passes as.
function bodyText(element: XmlElement | undefined): string {
  if (!element) return '';
  const type = element.getAttribute('type')?.toLowerCase();
  if (type === 'xhtml') return htmlToText(element.innerHTML);
  const raw = element.textContent ?? '';
  if (type === 'text') return raw.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
  return htmlToText(raw);
}

interface Item {
  id?: string;
  title?: string;
  url?: string;
  date?: string;
  text: string;
}

function resolve(url: string | undefined, base: string | undefined): string | undefined {
  if (url === undefined || base === undefined) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function readItem(element: XmlElement, atom: boolean, base: string | undefined): Item {
  const full = child(element, 'content:encoded', 'content');
  const summary = child(element, 'description', 'summary');
  let body = bodyText(full);
  if (body === '') body = bodyText(summary);
  const link = atom ? atomLink(element) : (text(child(element, 'link')) ?? element.getAttribute('rdf:about') ?? undefined);
  const url = resolve(link, base);
  const fields = {
    id: text(child(element, 'guid', 'id')) ?? url,
    title: text(child(element, 'title')),
    url,
    date: normaliseDate(text(child(element, 'pubdate', 'published', 'dc:date', 'updated'))),
  };
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { ...present, text: body };
}

function badFeed(label: string, reason: string): IngestedArticle {
  return unreadable({ id: label }, label, [inputMessage('bad-feed', 'error', `${label}: ${MESSAGE_CODES['bad-feed']} (${reason})`)]);
}

/**
 * Yields one article per item of a feed held in memory. An item's text is its full content
 * (`content:encoded`, Atom `content`), else its description or summary, else — when `fetchPage`
 * is given — its page. Ids are the item's guid or link, else `label:n`. A document that is not a
 * feed gives one unreadable article with a `bad-feed` error. A malformed feed is read leniently
 * (see feed-tree.ts); when items the markup opens still cannot be read, a `bad-feed` error comes first.
 */
export async function* readFeed(bytes: Uint8Array, label: string, options: FeedOptions = {}): AsyncGenerator<IngestedArticle> {
  const { text: xml, valid } = decodeUtf8(bytes);
  let root: XmlElement | null;
  try {
    root = new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as XmlElement | null;
  } catch (error) {
    yield badFeed(label, error instanceof Error ? error.message : String(error));
    return;
  }
  const kind = root?.tagName.toLowerCase();
  if (!root || (kind !== 'rss' && kind !== 'feed' && kind !== 'rdf:rdf')) {
    yield badFeed(label, `the document is not RSS or Atom${kind === undefined ? '' : `: its root is <${kind}>`}`);
    return;
  }
  const atom = kind === 'feed';
  const channel = atom ? root : child(root, 'channel');
  const source = channel ? text(childrenOf(channel).find((element) => element.tagName.toLowerCase() === 'title')) : undefined;
  // RSS 2.0 puts items in the channel, RSS 1.0 beside it; a malformed feed anywhere.
  const items = itemsOf(root);
  const opened = itemsInMarkup(xml);
  if (items.length < opened) {
    yield badFeed(label, `the markup opens ${opened} items, and only ${items.length} could be read: it is not well-formed XML`);
    if (items.length === 0) return;
  }
  for (const [index, element] of items.entries()) {
    const origin = `${label}:${index + 1}`;
    const { text: body, id = origin, ...meta } = readItem(element, atom, options.baseUrl);
    const input = { id, ...meta, ...(source !== undefined && { source }) };
    const messages = valid ? [] : [invalidUtf8(label)];
    if (body !== '') {
      yield { input: { ...input, text: body }, origin, messages, readable: true };
    } else if (options.fetchPage && meta.url !== undefined) {
      const page = await options.fetchPage(meta.url);
      // The feed's own fields describe the item better than the page's guesses.
      yield { ...page, origin, input: { ...page.input, ...input, id }, messages: [...messages, ...page.messages] };
    } else {
      const why = meta.url === undefined ? 'the item has no content and no link' : 'the item has only a link, and pages are fetched only for feeds read from a URL';
      yield unreadable(input, origin, [...messages, inputMessage('no-text', 'error', `${origin}: ${MESSAGE_CODES['no-text']} (${why})`)]);
    }
  }
}
