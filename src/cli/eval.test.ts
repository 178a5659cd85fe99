import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/capture.js';
import { runEval } from './eval.js';



const TEXT = '"Our door stays open," Anna Berg said on Tuesday.';
const LINE = JSON.stringify({ id: 'a', text: TEXT, quotes: [{ start: 0, end: 22, speaker: 'Anna Berg', speaker_start: 23, speaker_end: 32, verb: 'said' }] });

async function goldFile(lines: string[]): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'onrecord-eval-')), 'gold.jsonl');
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

describe('onrecord eval', () => {
  it('prints a table of scores', async () => {
    const streams = captureIO();
    const path = await goldFile([LINE]);
    expect(await runEval(['quotes', '--gold', path], streams)).toBe(0);
    expect(streams.stdout.text).toContain(`${path}: 1 documents, 1 gold items`);
    expect(streams.stdout.text).toMatch(/quotes vs speech-cue gold +>0\.3/);
    expect(streams.stderr.text).toBe('');
  });

  it('prints the scores as JSON with --json', async () => {
    const streams = captureIO();
    expect(await runEval(['quotes', '--gold', await goldFile([LINE]), '--json'], streams)).toBe(0);
    const report: unknown = JSON.parse(streams.stdout.text);
    expect(report).toMatchObject({ documents: 1, goldItems: 1, speechGoldItems: 1 });
  });

  it('reports an unreadable line with file and line number, and scores the rest', async () => {
    const streams = captureIO();
    const path = await goldFile(['{"broken', LINE]);
    expect(await runEval(['quotes', '--gold', path, '--json'], streams)).toBe(0);
    expect(streams.stderr.text).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: not valid JSON`));
    expect(JSON.parse(streams.stdout.text)).toMatchObject({ documents: 1 });
  });

  it('scores only the first N documents with --limit', async () => {
    const streams = captureIO();
    expect(await runEval(['quotes', '--gold', await goldFile([LINE, LINE, LINE]), '--limit', '2', '--json'], streams)).toBe(0);
    expect(JSON.parse(streams.stdout.text)).toMatchObject({ documents: 2 });
  });

  it('exits 1 with a clear message for a missing file or one with nothing usable', async () => {
    const missing = captureIO();
    expect(await runEval(['quotes', '--gold', '/nonexistent/gold.jsonl'], missing)).toBe(1);
    expect(missing.stderr.text).toBe('onrecord eval: cannot read gold file /nonexistent/gold.jsonl: no such file\n');
    const empty = captureIO();
    expect(await runEval(['quotes', '--gold', await goldFile(['{}'])], empty)).toBe(1);
    expect(empty.stderr.text).toMatch(/has no usable gold documents/);
  });

  it('exits 2 for a bad command line', async () => {
    for (const argv of [[], ['quotes'], ['speakers', '--gold', 'x'], ['quotes', '--gold', 'x', '--limit', 'ten'], ['quotes', '--nope']]) {
      const streams = captureIO();
      expect(await runEval(argv, streams)).toBe(2);
      expect(streams.stderr.text).toMatch(/^onrecord eval: .*\n\nUsage: onrecord eval/);
    }
  });

  it('scores events on a dyad file, whole or by split, and fails on a missing file', async () => {
    // Our own sentences, in the dyad format (ids 5 and 10 are the dev split).
    const rows = [
      ['sentence_id', 'gold_penta', 'gold_root', 'sentence', 'marked_sentence', 'source', 'target'],
      ['5', '0', 'CONSULT', 'Berg met Lee in Oslo.', '-', 'Berg', 'Lee'],
      ['7', '3', 'ASSAULT', 'The army shelled Tarn.', '-', 'The army', 'Tarn'],
      ['10', '2', 'REJECT', 'Velan refused to meet Lee.', '-', 'Velan', 'Lee'],
      ['11', '1', 'YIELD', 'Tarn released the prisoners.', '-', 'Tarn', 'the prisoners'],
    ];
    const path = join(await mkdtemp(join(tmpdir(), 'onrecord-eval-')), 'dyads.tsv');
    await writeFile(path, `${rows.map((r) => r.join('\t')).join('\n')}\n`);
    const all = captureIO();
    expect(await runEval(['events', '--gold', path], all)).toBe(0);
    expect(all.stdout.text).toMatch(/4 dyads, accuracy 1\.000, macro-F1 1\.000 over 4 classes/);
    const dev = captureIO();
    expect(await runEval(['events', '--gold', path, '--split', 'dev', '--json'], dev)).toBe(0);
    expect(JSON.parse(dev.stdout.text)).toMatchObject({ items: 2, accuracy: 1 });
    const missing = captureIO();
    expect(await runEval(['events', '--gold', join(path, 'nope.tsv')], missing)).toBe(1);
    expect(missing.stderr.text).toMatch(/cannot read gold file/);
    expect(await runEval(['events', '--gold', path, '--split', 'test'], captureIO())).toBe(2);
  });

  it('prints its help with --help', async () => {
    const streams = captureIO();
    expect(await runEval(['--help'], streams)).toBe(0);
    expect(streams.stdout.text).toMatch(/^Usage: onrecord eval quotes --gold FILE/);
  });
});

describe('onrecord eval entities and coref', () => {
  const text = 'Anna Berg met Hugh Hill in Oslo. She said he was late.';
  it('scores names per type on one split', async () => {
    const streams = captureIO();
    const lines = [
      JSON.stringify({ id: 'a', text, gum_split: 'dev', entities: [{ start: 0, end: 9, type: 'person' }, { start: 27, end: 31, type: 'place' }] }),
      JSON.stringify({ id: 'b', text, gum_split: 'train', entities: [] }),
    ];
    expect(await runEval(['entities', '--gold', await goldFile(lines), '--split', 'dev', '--json'], streams)).toBe(0);
    const report = JSON.parse(streams.stdout.text) as { documents: number; rows: Array<{ row: string; gold: number }> };
    expect(report.documents).toBe(1);
    expect(report.rows.find((r) => r.row === 'place')?.gold).toBe(1);
  });

  it('scores pronouns against named chains, as a table', async () => {
    const streams = captureIO();
    const line = JSON.stringify({ id: 'a', text, chains: [{ type: 'person', name: 'Anna Berg', mentions: [{ start: 0, end: 9, kind: 'name' }, { start: 33, end: 36, kind: 'pronoun' }] }] });
    expect(await runEval(['coref', '--gold', await goldFile([line])], streams)).toBe(0);
    expect(streams.stdout.text).toMatch(/pronouns → named person on .*: 1 documents\n {2}accuracy \d\.\d{3} \(\d\/1\)/);
  });

  it('exits 1 when no document is in the split asked for', async () => {
    const streams = captureIO();
    const line = JSON.stringify({ id: 'a', text, gum_split: 'dev', entities: [] });
    expect(await runEval(['entities', '--gold', await goldFile([line]), '--split', 'test'], streams)).toBe(1);
    expect(streams.stderr.text).toMatch(/no usable entities gold in split test/);
  });
});
