/**
 * Fuzzing (issue 17): random and mutated articles, JSON lines, HTML pages and feeds, through the
 * readers and the extractor. Nothing may throw or hang, every article read gets a record, and every
 * span of every record is exactly the text it points to. A fixed seed and a few runs here;
 * `npm run fuzz` runs many more (FUZZ_RUNS, FUZZ_SEED).
 */
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../src/doc/record.js';
import type { IngestedArticle } from '../src/ingest/article.js';
import { readFeed } from '../src/ingest/feed.js';
import { htmlArticle } from '../src/ingest/html.js';
import { readJsonLines } from '../src/ingest/jsonl.js';
import { extract } from '../src/pipeline/extract.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 17);
const settings = { seed: SEED, numRuns: RUNS, endOnFailure: true };

// Our own pieces of news prose and markup, cut and spliced at random.
const PROSE = [
  '"We will keep talking," Foreign Minister Ana Lutz said on Tuesday.',
  'Lutz said: “Our door stays open.” ',
  '‘The talks were useful,’ she said. then ‘nothing was agreed.’',
  'According to the ministry, no visit has been planned, Kerr told reporters. ',
  'The Kremlin said in a statement that it would not attend, and he added that ',
  '«Non,» dit-il. 🎉 "Yes," said Tom Reyes (R-Ky.) — twice.',
  'A lone \uD83D half and a \uDC00 low one, Mr. Kaye noted...\n\n',
  '"Unclosed quotation runs on\n\n"and on," the aide said.\r\n',
];
const MARKUP = ['<p>', '</p>', '<div>', '</div>', '<b>', '<title>', '</title>', '<item>', '</item>', '<![CDATA[', ']]>', '&amp;', '&#x1F389;', '<!--', '-->', '<script>', '"', '{', '}', '\\', '\n', '\u0000', '\uFFFD'];

const fragment = fc.oneof(fc.constantFrom(...PROSE), fc.constantFrom(...MARKUP), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));

/** A document mutated at random: pieces of `base` cut out, and fragments spliced in. */
function mutated(base: string): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.nat(base.length), cut: fc.nat(20), insert: fragment });
  return fc.array(edit, { maxLength: 8 }).map((edits) => {
    let text = base;
    for (const { at, cut, insert } of edits) {
      const i = Math.min(at, text.length);
      text = text.slice(0, i) + insert + text.slice(i + cut);
    }
    return text;
  });
}

const ARTICLE = PROSE.join(' ');
const article = fc.oneof(mutated(ARTICLE), fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(' ')));
const PAGE = `<!doctype html><html><head><title>Talks</title><meta property="article:published_time" content="2024-02-29"></head><body><nav>Home</nav><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const FEED = `<rss version="2.0"><channel><title>Herald</title>${PROSE.slice(0, 4)
  .map((p, i) => `<item><title>Item ${i}</title><guid>g${i}</guid><pubDate>Thu, 29 Feb 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>${p}</p>]]></description></item>`)
  .join('')}</channel></rss>`;
const LINES = PROSE.map((text, i) => JSON.stringify({ id: `a${i}`, text, title: 'T', date: '2024-02-29' })).join('\n');

/** Checks that every span of a record is the text it points to. */
function expectExact(record: ArticleRecord): void {
  const { text } = record;
  const span = (s: { start: number; end: number; text?: string }): void => {
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
    if (s.text !== undefined) expect(text.slice(s.start, s.end)).toBe(s.text);
  };
  for (const entity of record.entities) for (const m of entity.mentions) span(m);
  for (const q of [...record.quotes, ...record.attributions]) {
    span(q);
    if (q.cue) span(q.cue);
    if (q.speaker?.mention) span(q.speaker.mention);
    for (const [start, end] of q.spans) span({ start, end });
  }
  for (const event of record.events) {
    span(event.trigger);
    span(event.sentence);
  }
}

async function collect(articles: AsyncIterable<IngestedArticle>): Promise<IngestedArticle[]> {
  const out: IngestedArticle[] = [];
  for await (const a of articles) out.push(a);
  return out;
}

const extractAll = (articles: readonly IngestedArticle[]): void => {
  for (const a of articles) if (a.readable) expectExact(extract(a.input));
};

describe('fuzz', () => {
  it('extracts random and mutated articles without throwing, every span exact', () => {
    fc.assert(
      fc.property(article, (text) => {
        const record = extract({ id: 'fuzz', text });
        expect(record.text).toBe(text);
        expectExact(record);
      }),
      settings,
    );
  }, 120_000);

  it('reads mutated JSON lines: one record per non-blank line, none thrown', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(LINES), async (lines) => {
        const chunks = Buffer.from(lines).toString('utf8');
        const read = await collect(readJsonLines(Readable.from([Buffer.from(chunks)]), 'fuzz.jsonl'));
        expect(read.length).toBe(chunks.split('\n').filter((line) => line.trim() !== '').length);
        extractAll(read);
      }),
      settings,
    );
  }, 120_000);

  it('reads mutated HTML pages and feeds without throwing, every span exact', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(PAGE), mutated(FEED), async (page, feed) => {
        extractAll([htmlArticle(Buffer.from(page), 'fuzz.html')]);
        extractAll(await collect(readFeed(Buffer.from(feed), 'fuzz.xml')));
      }),
      settings,
    );
  }, 120_000);
});
