import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';
import type { ArticleRecord, TextSpan } from '../src/doc/record.js';

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
});
