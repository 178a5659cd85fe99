/**
 * End to end: `bin/onrecord extract` on bad input among good articles. Every input gets a record,
 * in order, with a message saying what was wrong; the run goes on, names the bad lines on stderr,
 * and exits 1. Needs the build (`npm test` builds first).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { onrecord } from './run-bin.js';
import type { ArticleRecord } from '../src/index.js';


function records(jsonl: string): ArticleRecord[] {
  return jsonl
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ArticleRecord);
}

function codes(record: ArticleRecord | undefined): string[] {
  return record?.messages.map((message) => message.code) ?? [];
}

// Our own sentences.
const good = (n: number): string =>
  JSON.stringify({ id: `good-${n}`, text: `"We will keep talking," Minister Jan Vos said on day ${n}.\n\nAccording to officials, talks continue.` });

function tenMegabytes(): string {
  const sentences = [
    'The harbour council met on Monday to discuss the ferry contract.',
    'Traders complained about the delay, and the union asked for talks.',
    '"We are not giving up," a spokesman for the union said.',
  ];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 10_000_000; i++) {
    const piece = `${sentences[i % sentences.length] ?? ''}${i % 4 === 3 ? '\n\n' : ' '}`;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

// A line of raw bytes, with no newline among them, that is neither JSON nor UTF-8.
function rawBinary(): Buffer {
  return Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) % 256).map((b) => (b === 0x0a || b === 0x0d ? 0 : b)));
}

const QUOTE_MARKS = [
  'Officials said the plan was fine." Nobody agreed.',
  '"It is over," Ms Holt said.',
  '"We will never accept this, the mayor said on Friday.',
].join('\n\n');

// Line numbers (1-based) of the input, and the ids their records must carry.
const EXPECTED_IDS = ['good-1', 'broken', 'good-2', 'no-text', 'empty', 'huge', 'nul', 'LINE:8', 'latin1', 'quote-marks', 'good-3'];
const ERROR_LINES = [2, 4, 5, 7, 8];

let dir = '';
let file = '';
let huge = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onrecord-bad-input-'));
  file = join(dir, 'mixed.jsonl');
  huge = tenMegabytes();
  const line = (text: string): Buffer => Buffer.from(`${text}\n`);
  await writeFile(
    file,
    Buffer.concat([
      line(good(1)),
      line('{"id": "broken", "text": "the line ends before the string does'),
      line(good(2)),
      line(JSON.stringify({ id: 'no-text', title: 'A headline and nothing else' })),
      line(JSON.stringify({ id: 'empty', text: '' })),
      line(JSON.stringify({ id: 'huge', title: 'Ten megabytes', text: huge })),
      line(JSON.stringify({ id: 'nul', text: '\u0000'.repeat(5000) })),
      rawBinary(),
      Buffer.from('\n'),
      // Latin-1 bytes (é, ÿ) where UTF-8 was expected.
      Buffer.from('{"id": "latin1", "text": "\\"The caf'),
      Buffer.from([0xe9, 0x20, 0xff]),
      line(' stays closed,\\" the owner, Rene Dubois, said."}'),
      line(JSON.stringify({ id: 'quote-marks', text: QUOTE_MARKS })),
      line(good(3)),
    ]),
  );
});

describe('onrecord extract on bad input (end to end)', () => {
  it('gives every line a record in order, with the right messages, names the bad lines and exits 1', async () => {
    const run = await onrecord(['extract', file, '--to', 'jsonl']);
    expect(run.code).toBe(1);
    const out = records(run.stdout);
    expect(out.map((r) => r.id)).toEqual(EXPECTED_IDS.map((id) => id.replace('LINE', file)));
    const byId = new Map(out.map((r) => [r.id, r]));

    for (const id of ['good-1', 'good-2', 'good-3']) {
      expect(byId.get(id)?.messages).toEqual([]);
      expect(byId.get(id)?.quotes.length).toBeGreaterThan(0);
    }
    expect(codes(byId.get('broken'))).toEqual(['bad-json']);
    expect(codes(byId.get('no-text'))).toEqual(['no-text']);
    expect(byId.get('no-text')).toMatchObject({ title: 'A headline and nothing else', text: '' });
    expect(codes(byId.get('empty'))).toEqual(['empty-text']);
    expect(codes(byId.get('nul'))).toEqual(['binary-text']);
    expect(codes(byId.get(`${file}:8`))).toEqual(['invalid-utf8', 'bad-json']);
    for (const id of ['broken', 'no-text', 'empty', 'nul', `${file}:8`]) {
      expect(byId.get(id)?.messages.some((message) => message.level === 'error')).toBe(true);
      expect(byId.get(id)?.quotes).toEqual([]);
    }

    // The 10 MB article keeps its whole text, is analysed up to the limit, and says so.
    const big = byId.get('huge');
    expect(big?.text).toBe(huge);
    expect(codes(big)).toContain('text-truncated');
    expect(big?.messages.every((message) => message.level === 'warning')).toBe(true);
    expect(big?.quotes.length).toBeGreaterThan(100);
    expect(Math.max(...(big?.quotes ?? []).map((quote) => quote.end))).toBeLessThanOrEqual(1_000_000);

    const latin1 = byId.get('latin1');
    expect(codes(latin1)).toEqual(['invalid-utf8']);
    expect(latin1?.text).toContain('\uFFFD');
    expect(latin1?.quotes.length).toBeGreaterThan(0);

    const marks = byId.get('quote-marks');
    expect(codes(marks)).toEqual(expect.arrayContaining(['unbalanced-quote', 'unclosed-quote']));
    expect(marks?.messages.every((message) => message.level === 'warning')).toBe(true);
    expect(marks?.quotes.map((quote) => quote.text)).toContain('"It is over,"');

    // stderr: one line per error, naming its line of the file, and a count.
    const named = [...run.stderr.matchAll(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`, 'g'))].map((m) => Number(m[1]));
    expect([...new Set(named)]).toEqual(ERROR_LINES);
    expect(run.stderr).toContain(`${ERROR_LINES.length} of ${EXPECTED_IDS.length} articles had errors`);
    // The bad bytes quoted in a message are escaped: nothing but line ends reaches the terminal.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stderr).toMatch(/mixed\.jsonl:8: .*\\u000b.*\[bad-json\]$/m);
  });

  it('reads a directory holding a binary file: an error record for it, the text file as usual, exit 1', async () => {
    const texts = join(dir, 'texts');
    await mkdir(texts);
    await writeFile(join(texts, 'story.txt'), '"The bridge will open in May," engineer Tom Reyes said on Monday.');
    // Binary data behind a text extension, and a picture, which is not an article file.
    await writeFile(join(texts, 'scan.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000)]));
    await writeFile(join(texts, 'photo.png'), Buffer.alloc(100));
    const run = await onrecord(['extract', texts, '--to', 'jsonl']);
    expect(run.code).toBe(1);
    const out = records(run.stdout);
    expect(out.map((r) => r.id)).toEqual(['scan.txt', 'story.txt']);
    expect(codes(out[0])).toContain('binary-text');
    expect(out[0]?.quotes).toEqual([]);
    expect(out[1]?.messages).toEqual([]);
    expect(out[1]?.quotes.map((quote) => quote.speaker?.name)).toEqual(['Tom Reyes']);
    expect(run.stderr).toMatch(/^onrecord: scan\.txt: .*\[binary-text\]$/m);
    expect(run.stderr).not.toContain('story.txt');
  });
});
