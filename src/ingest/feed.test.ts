import { describe, expect, it } from 'vitest';
import type { IngestedArticle } from './article.js';
import { readFeed, type FeedOptions } from './feed.js';

async function all(xml: string, options: FeedOptions = {}): Promise<IngestedArticle[]> {
  const out: IngestedArticle[] = [];
  for await (const article of readFeed(Buffer.from(xml), 'feed.xml', options)) out.push(article);
  return out;
}

// Invented feeds.
const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kelmouth Herald</title>
  <item><title>Council &amp; union meet</title><link>https://herald.example/1</link><guid>herald-1</guid>
    <pubDate>Tue, 12 Mar 2024 23:00:00 -0500</pubDate>
    <description>A short summary.</description>
    <content:encoded><![CDATA[<p>"We will keep talking," union leader Ann Holt said.</p><p>The council agreed.</p>]]></content:encoded></item>
  <item><title>Summary only</title><link>https://herald.example/2</link>
    <description>&lt;p&gt;Talks &lt;b&gt;resumed&lt;/b&gt; on Monday.&lt;/p&gt;</description></item>
  <item><title>Link only</title><link>https://herald.example/3</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title>
  <entry><title>Ferry</title><id>urn:notes:1</id><link rel="alternate" href="https://notes.example/ferry"/>
    <published>2024-05-01T08:00:00Z</published>
    <summary>Summary.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph.</p><p>Second one.</p></div></content></entry>
  <entry><title>Plain</title><id>urn:notes:2</id><updated>2024-05-02</updated>
    <content type="text">Line one
goes on.

Another paragraph.</content></entry>
</feed>`;

describe('readFeed', () => {
  it('reads RSS items: full content before the description, HTML made text, feed title as source, RFC 822 dates kept in their zone', async () => {
    const [first, second, third] = await all(RSS);
    expect(first?.input).toEqual({
      id: 'herald-1',
      title: 'Council & union meet',
      url: 'https://herald.example/1',
      date: '2024-03-12T23:00:00-05:00',
      source: 'Kelmouth Herald',
      text: '"We will keep talking," union leader Ann Holt said.\n\nThe council agreed.',
    });
    expect(second?.input).toMatchObject({ id: 'https://herald.example/2', text: 'Talks resumed on Monday.' });
    // Not read from a URL: a link-only item is not fetched, and says so.
    expect(third?.readable).toBe(false);
    expect(third?.messages[0]?.message).toMatch(/only a link/);
  });

  it('fetches the page of a link-only item when given a way to, keeping the feed fields', async () => {
    const fetched: string[] = [];
    const fetchPage = async (url: string): Promise<IngestedArticle> => {
      fetched.push(url);
      return { input: { id: url, text: 'Page text.', title: 'Page title' }, origin: url, messages: [], readable: true };
    };
    const articles = await all(RSS, { fetchPage });
    expect(fetched).toEqual(['https://herald.example/3']);
    expect(articles[2]?.input).toMatchObject({ id: 'https://herald.example/3', title: 'Link only', text: 'Page text.', source: 'Kelmouth Herald' });
  });

  it('reads Atom entries: xhtml and text content, alternate links, published or updated dates', async () => {
    const [first, second] = await all(ATOM);
    expect(first?.input).toEqual({
      id: 'urn:notes:1',
      title: 'Ferry',
      url: 'https://notes.example/ferry',
      date: '2024-05-01T08:00:00Z',
      source: 'Harbour Notes',
      text: 'First paragraph.\n\nSecond one.',
    });
    expect(second?.input).toMatchObject({ id: 'urn:notes:2', date: '2024-05-02', text: 'Line one goes on.\n\nAnother paragraph.' });
  });

  it('reports a document that is not a feed as one bad-feed article', async () => {
    for (const xml of ['<html><body>no</body></html>', 'plain words', '']) {
      const articles = await all(xml);
      expect(articles).toHaveLength(1);
      expect(articles[0]?.messages.map((m) => m.code)).toEqual(['bad-feed']);
    }
  });
});

describe('malformed feeds', () => {
  it('reads the items after an unclosed channel <title>, which swallows them, with the title as the source', async () => {
    const xml = '<rss version="2.0"><channel><title>Kelmouth Herald<item><title>One</title><description>First text.</description></item><item><title>Two</title><description>Second text.</description></item></channel></rss>';
    const articles = await all(xml);
    expect(articles.map((a) => [a.input.title, a.input.text, a.input.source])).toEqual([
      ['One', 'First text.', 'Kelmouth Herald'],
      ['Two', 'Second text.', 'Kelmouth Herald'],
    ]);
    expect(articles.flatMap((a) => a.messages)).toEqual([]);
  });

  it("reads an item whose unclosed <title> swallowed its description", async () => {
    const articles = await all('<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title><entry><title>Ferry<id>urn:1</id><summary>Late again.</summary></entry></feed>');
    expect(articles.map((a) => [a.input.id, a.input.title, a.input.text])).toEqual([['urn:1', 'Ferry', 'Late again.']]);
  });

  it('reports a feed whose items cannot all be read (an unclosed <item> holds the next) as bad-feed, an error, before the items it read', async () => {
    const xml = '<rss version="2.0"><channel><title>H</title><item><title>One</title><description>First.</description><item><title>Two</title><description>Second.</description></item></channel></rss>';
    const articles = await all(xml);
    expect(articles[0]?.messages).toEqual([expect.objectContaining({ code: 'bad-feed', level: 'error' })]);
    expect(articles[0]?.messages[0]?.message).toContain('the markup opens 2 items, and only 1 could be read');
    expect(articles.slice(1).map((a) => a.input.text)).toEqual(['First.']);
  });
});
