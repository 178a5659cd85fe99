import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import type { ArticleRecord, TextSpan } from '../src/doc/record.js';
import { articleKey, contentHash } from '../src/store/identity.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';

// Pieces of our own news-like prose, combined at random into many articles.
const pieces = [
  '"We will keep talking," Foreign Minister Ana Lutz said on Tuesday.',
  'Lutz said: “Our door stays open.”',
  '‘The talks were useful,’ she said. ‘But nothing was agreed.’',
  'According to the ministry, no visit has been planned.',
  'The Kremlin said in a statement that it would not attend.',
  'Critics called it a so-called «peace plan».',
  'Dr Émile Zola-Brandt, 61, a surgeon at St Mary\'s, said the ward was full.',
  'The leaders\' summit ended early — "too early," one aide said.',
  '"Unclosed quotation runs on',
  'Prices rose 5% in the \'90s, officials said.',
  'Emoji 🎉 and astral 𝒳 characters move UTF-16 offsets, Mr Kaye noted.',
  '"She is right," he added, "and we know it."',
  // Lone surrogates, as a broken input leaves them: one code unit each, which UTF-8 cannot hold.
  'A lone \uD83D half and a \uDC00 low one, Mr Kaye noted.',
  '"Words \uDBFF," said Ana Lutz.',
];

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function article(random: () => number): string {
  const count = 1 + Math.floor(random() * 12);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(pieces[Math.floor(random() * pieces.length)] ?? '');
    out.push(random() < 0.5 ? ' ' : random() < 0.5 ? '\n\n' : '\r\n');
  }
  return out.join('');
}

function spansOf(record: ArticleRecord): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const e of record.entities) {
    // An entity lists each mention once.
    expect(new Set(e.mentions.map((m) => `${m.start}:${m.end}`)).size).toBe(e.mentions.length);
    spans.push(...e.mentions);
  }
  for (const q of [...record.quotes, ...record.attributions]) {
    spans.push({ start: q.start, end: q.end, text: q.text });
    if (q.cue) spans.push(q.cue);
    if (q.speaker?.mention) spans.push(q.speaker.mention);
    for (const [start, end] of q.spans) expect(start >= q.start && end <= q.end && start < end).toBe(true);
  }
  return spans;
}

describe('offsets', () => {
  it('every span of every record is the text it points to', () => {
    const random = rng(42);
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      const record = extract({ id: String(i), text: article(random) });
      for (const span of spansOf(record)) {
        expect(record.text.slice(span.start, span.end)).toBe(span.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('every span of every record read back from the store is the text it points to, lone surrogates and all', async () => {
    const random = rng(7);
    const store = openSqliteStore(':memory:');
    const records = Array.from({ length: 200 }, (_, i) => extract({ id: String(i), text: article(random) }));
    await store.put(records.map((record) => ({ key: articleKey(record), hash: contentHash(record), record })));
    let checked = 0;
    let lone = 0;
    for await (const back of store.records()) {
      const original = records[Number(back.id)];
      expect(back.text.length).toBe(original?.text.length);
      if (/[\uD800-\uDFFF]/.test(original?.text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '') ?? '')) lone++;
      for (const span of spansOf(back)) {
        expect(back.text.slice(span.start, span.end)).toBe(span.text);
        checked++;
      }
    }
    await store.close();
    expect(lone).toBeGreaterThan(10);
    expect(checked).toBeGreaterThan(500);
  });
});
