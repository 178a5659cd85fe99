/** Reads an HTML page: the article's text found by Readability, its title, byline, date and site from meta tags. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { MESSAGE_CODES } from '../doc/messages.js';
import { inputMessage, invalidUtf8, unreadable, type IngestedArticle } from './article.js';
import { normaliseDate } from './dates.js';
import { decodeUtf8 } from './decode.js';
import { flattenHtml, MAX_PARSE_DEPTH, nestingDepth } from './html-depth.js';
import { depthReaches, htmlToText, nodeText, type TextNode } from './html-text.js';

/** Pages whose elements nest deeper than this are not given to Readability (news pages nest 20 to 40 deep). */
export const MAX_READABLE_DEPTH = 100;

/** Where an HTML page came from. */
export interface HtmlOptions {
  /** The page's URL when it was fetched: its id and `url` unless the page names a canonical one. */
  url?: string;
}

type Doc = ReturnType<typeof parseHTML>['document'];

// Meta tags that carry each field, in order of preference.
const META = {
  date: ['article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date'],
  title: ['og:title', 'twitter:title'],
  byline: ['author', 'article:author', 'dc.creator', 'byl'],
  source: ['og:site_name', 'application-name'],
  url: ['og:url'],
} as const;

function meta(document: Doc, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const element of document.querySelectorAll('meta')) {
      const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
      const content = element.getAttribute('content')?.trim();
      if (key !== null && key.toLowerCase() === name.toLowerCase() && content) return content;
    }
  }
  return undefined;
}

function pageFields(document: Doc): { title?: string; byline?: string; date?: string; source?: string; url?: string } {
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const title = meta(document, META.title) ?? document.querySelector('title')?.textContent?.trim();
  const fields = {
    title,
    byline: meta(document, META.byline),
    date: normaliseDate(meta(document, META.date) ?? time),
    source: meta(document, META.source),
    url: canonical ?? meta(document, META.url),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''));
}

// The whole body's text. A page that is all an unclosed comment ("<!--" first) has no document
// element, and linkedom's body getter throws on it: such a page shows no text.
function bodyText(html: string): string {
  const { document } = parseHTML(html);
  return document.documentElement === null ? '' : nodeText(document.body as unknown as TextNode);
}

function absolute(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/**
 * The article of an HTML page. Readability finds the article's body (without menus and footers);
 * when it finds none, the whole body's text is used. Paragraphs are kept as blank-line-separated
 * text. The id is the page's URL, else `label`.
 */
export function htmlArticle(bytes: Uint8Array, label: string, options: HtmlOptions = {}): IngestedArticle {
  const { text: decoded, valid } = decodeUtf8(bytes);
  // A fragment without <html> or <body> is given both, or the DOM would not be a page.
  const page = /<html|<body/i.test(decoded) ? decoded : `<!doctype html><html><body>${decoded}</body></html>`;
  const html = nestingDepth(page) > MAX_PARSE_DEPTH ? flattenHtml(page) : page;
  const messages = valid ? [] : [invalidUtf8(label)];
  const { document } = parseHTML(html);
  const fields = pageFields(document);
  let text = '';
  let readable: ReturnType<Readability['parse']> = null;
  // Readability's time grows with the square of the nesting (1,000 nested <div>s took 23 s): a page
  // nested deeper than any real one is read whole, by our own walk, instead.
  if (!depthReaches(document as unknown as TextNode, MAX_READABLE_DEPTH)) {
    try {
      // Readability rewrites the document it reads, so the fields above are taken first.
      readable = new Readability(document as unknown as Document).parse();
    } catch {
      readable = null;
    }
  }
  if (readable?.content) text = htmlToText(readable.content);
  if (text === '') text = bodyText(html);
  const title = fields.title ?? readable?.title ?? undefined;
  const byline = readable?.byline?.trim() || fields.byline;
  const date = fields.date ?? normaliseDate(readable?.publishedTime);
  const source = fields.source ?? readable?.siteName ?? undefined;
  const url = (fields.url !== undefined ? absolute(fields.url, options.url) : undefined) ?? options.url;
  const id = options.url ?? label;
  const meta = {
    id,
    ...(title !== undefined && title !== '' && { title }),
    ...(date !== undefined && { date }),
    ...(url !== undefined && { url }),
    ...(source !== undefined && source !== '' && { source }),
  };
  if (text === '') {
    return unreadable(meta, label, [...messages, inputMessage('no-text', 'error', `${label}: ${MESSAGE_CODES['no-text']} (the page has no text)`)]);
  }
  return { input: { ...meta, text }, origin: label, messages, readable: true, ...(byline !== undefined && byline !== '' && { byline }) };
}
