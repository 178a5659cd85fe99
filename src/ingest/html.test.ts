import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { flattenHtml, nestingDepth } from './html-depth.js';
import { htmlToText, nodeText, type TextNode } from './html-text.js';
import { htmlArticle } from './html.js';

// An invented page: navigation and a footer around the article, metadata in meta tags.
const PAGE = `<!doctype html>
<html lang="en"><head>
  <title>Ferry contract delayed | Northgate Gazette</title>
  <meta property="og:title" content="Ferry contract delayed">
  <meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
  <meta name="author" content="Jo Bloggs">
  <meta property="og:site_name" content="Northgate Gazette">
  <link rel="canonical" href="/news/ferry">
  <script>var tracking = "said the script";</script>
</head><body>
  <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
  <article>
    <h1>Ferry contract delayed</h1>
    <p>The harbour council in Kelmouth has postponed a decision on its new ferry contract after the bids came in
       far above budget, leaving the island without a winter timetable.</p>
    <p>&ldquo;We cannot sign something we cannot pay for,&rdquo; council leader <b>Margaret Ellory</b> said on Tuesday.</p>
    <p>The opposition leader, Dev Narang, told the Gazette the delay was the third in a year and that islanders
       had run out of patience with the council and its advisers.</p>
  </article>
  <footer>Copyright Northgate Gazette</footer>
</body></html>`;

describe('htmlArticle', () => {
  it('keeps the article paragraphs as blank-line-separated text, without menus, scripts or footers', () => {
    const article = htmlArticle(Buffer.from(PAGE), 'page.html');
    expect(article.readable).toBe(true);
    const paragraphs = article.input.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toBe('\u201cWe cannot sign something we cannot pay for,\u201d council leader Margaret Ellory said on Tuesday.');
    expect(article.input.text).not.toMatch(/Home|Copyright|tracking/);
  });

  it('reads title, date, byline and site from the meta tags, and resolves the canonical URL against the page URL', () => {
    const article = htmlArticle(Buffer.from(PAGE), 'https://gazette.example/x?utm=1', { url: 'https://gazette.example/x?utm=1' });
    expect(article.input).toMatchObject({
      id: 'https://gazette.example/x?utm=1',
      title: 'Ferry contract delayed',
      date: '2024-03-12T09:30:00+01:00',
      source: 'Northgate Gazette',
      url: 'https://gazette.example/news/ferry',
    });
    expect(article.byline).toBe('Jo Bloggs');
  });

  it('falls back to the body text of a page too short for Readability, and to <time datetime> for the date', () => {
    const article = htmlArticle(Buffer.from('<p>Short note.</p><p><time datetime="2023-01-02">2 Jan</time> Ends.</p>'), 'n.html');
    expect(article.input.text).toBe('Short note.\n\n2 Jan Ends.');
    expect(article.input.date).toBe('2023-01-02');
  });

  it('gives a page without text a no-text error', () => {
    const article = htmlArticle(Buffer.from('<html><head><title>Empty</title></head><body><script>x()</script></body></html>'), 'e.html');
    expect(article.readable).toBe(false);
    expect(article.messages.map((m) => m.code)).toEqual(['no-text']);
    expect(article.input.title).toBe('Empty');
  });
});

describe('htmlToText', () => {
  it('breaks paragraphs at block elements and <br>, collapses whitespace within them, decodes entities', () => {
    expect(htmlToText('<div>One\n  two<br>three</div><ul><li>a &amp; b</li><li>c</li></ul>plain')).toBe('One two\n\nthree\n\na & b\n\nc\n\nplain');
  });
});

describe('pages no real site makes', () => {
  it('reads the text of 50,000 nested elements without overflowing the stack, flattening the page first', () => {
    const depth = 50_000;
    const page = `<html><body>${'<div>'.repeat(depth)}"We stay," Ann Lee said.${'</div>'.repeat(depth)}</body></html>`;
    expect(nestingDepth(page)).toBe(depth + 2);
    expect(htmlArticle(Buffer.from(page), 'deep.html').input.text).toBe('"We stay," Ann Lee said.');
  });

  it('walks a deep tree without recursion: 20,000 nested elements parsed as they are', () => {
    const depth = 20_000;
    const { document } = parseHTML(`<html><body>${'<span>'.repeat(depth)}deep text${'</span>'.repeat(depth)}<p>after</p></body></html>`);
    expect(nodeText(document.body as unknown as TextNode)).toBe('deep text\n\nafter');
  });

  it('gives a page that opens an unclosed comment no text (a no-text error), and does not throw (found by the fuzz test)', () => {
    const article = htmlArticle(Buffer.from('<!--x <body><p>"Hi," she said.</p>'), 'comment.html');
    expect(article.readable).toBe(false);
    expect(article.messages.map((m) => m.code)).toEqual(['no-text']);
  });

  it('flattens nesting to line breaks between blocks, keeping the head and raw text elements', () => {
    const flat = flattenHtml('<head><title>T</title></head><div><p>One <b>bold</b></p><p>Two</p></div><script>x<1</script>');
    expect(flat).toBe('<head><title>T</title></head><br>One bold<br>Two<br><script>x<1</script>');
    expect(nestingDepth('<div><p>a<br>b<img src="x"/></p></div><div></div>')).toBe(2);
  });
});
