import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldFormat, parseGold, parseGoldLine, readGold } from './read-gold.js';

const TEXT = '"Our door stays open," Anna Berg said. The ministry believes talks will resume. According to Berg, no visit is planned.';
const at = (piece: string): [number, number] => {
  const start = TEXT.indexOf(piece);
  if (start < 0) throw new Error(`fixture has no ${piece}`);
  return [start, start + piece.length];
};

const polnear = {
  split: 'dev', article: 'a1', annotator: 'x1', date: '2024-12-02', text: TEXT,
  attributions: [
    { id: 'E1', type: 'Attribution', source: [at('Anna Berg')], cue: [at('said')], content: [at('"Our door stays open,"')],
      source_text: 'Anna Berg', cue_text: 'said', content_text: '"Our door stays open,"' },
    { id: 'E2', type: 'Attribution', source: [at('The ministry')], cue: [at('believes')], content: [at('talks will resume')],
      source_text: 'The ministry', cue_text: 'believes', content_text: 'talks will resume' },
    { id: 'E3', type: 'Attribution-no-source', source: [], cue: [at('According to')], content: [at('no visit is planned')],
      source_text: '', cue_text: 'According to', content_text: 'no visit is planned' },
  ],
};

const perQuote = {
  id: 7, text: TEXT,
  quotes: [
    { start: 0, end: 22, speaker: 'Anna Berg', speaker_start: 23, speaker_end: 32, verb: 'said', reference: 'Anna Berg' },
    { start: at('no visit is planned')[0], end: at('no visit is planned')[1], speaker: null, verb: null, reference: null },
  ],
};

describe('reading PolNeAR lines', () => {
  const doc = parseGoldLine(JSON.stringify(polnear));

  it('keeps article, annotator, date and text', () => {
    expect(doc).toMatchObject({ id: 'a1', annotator: 'x1', date: '2024-12-02', text: TEXT });
  });

  it('normalises each attribution', () => {
    expect(doc.items).toHaveLength(3);
    expect(doc.items[0]).toEqual({
      content: [at('"Our door stays open,"')], source: [at('Anna Berg')], sourceText: 'Anna Berg',
      cue: [at('said')], cueText: 'said', reference: null, speech: true,
    });
  });

  it('marks speech cues and leaves a source-less attribution without a source', () => {
    expect(doc.items.map((item) => item.speech)).toEqual([true, false, true]);
    expect(doc.items[2]?.source).toBeNull();
  });
});

describe('reading per-quote lines', () => {
  const doc = parseGoldLine(JSON.stringify(perQuote));

  it('turns the id into a string and each quote into one content range', () => {
    expect(doc.id).toBe('7');
    expect(doc.items[0]).toEqual({
      content: [[0, 22]], source: [[23, 32]], sourceText: 'Anna Berg', cue: null, cueText: 'said', reference: 'Anna Berg', speech: true,
    });
  });

  it('accepts missing and null fields, and counts a quote without a verb as speech', () => {
    expect(doc.items[1]).toMatchObject({ source: null, sourceText: '', cueText: '', reference: null, speech: true });
  });
});

describe('format detection and bad lines', () => {
  it('detects the format per line', () => {
    expect(goldFormat(polnear)).toBe('polnear');
    expect(goldFormat(perQuote)).toBe('quotes');
    expect(goldFormat({ id: 'x', text: 'y' })).toBeNull();
  });

  it('reports unusable lines by number and reads the rest', () => {
    const badOffset = { ...perQuote, quotes: [{ start: 0, end: TEXT.length + 5 }] };
    const content = [
      JSON.stringify(polnear), '', '{not json', JSON.stringify({ id: 'x', text: 'y' }), JSON.stringify(badOffset), JSON.stringify(perQuote),
    ].join('\n');
    const { documents, problems } = parseGold(content);
    expect(documents.map((d) => d.id)).toEqual(['a1', '7']);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(problems[0]?.message).toMatch(/not valid JSON/);
    expect(problems[1]?.message).toMatch(/neither PolNeAR/);
    expect(problems[2]?.message).toMatch(/quotes\[0\] end must be an integer offset/);
  });

  it('stops after --limit documents', () => {
    const content = [JSON.stringify(polnear), JSON.stringify(perQuote)].join('\r\n');
    expect(parseGold(content, { limit: 1 }).documents).toHaveLength(1);
  });

  it('reads a file, and rejects when it is missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-gold-'));
    const path = join(dir, 'gold.jsonl');
    await writeFile(path, `\uFEFF${JSON.stringify(perQuote)}\n`);
    expect((await readGold(path)).documents).toHaveLength(1);
    await expect(readGold(join(dir, 'absent.jsonl'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
