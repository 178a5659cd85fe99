import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/capture.js';
import { runKb } from './kb.js';

// An invented person, in the shape of a Wikidata extract: one office term per line.
const LINES = [
  { person: 'Q900001', name: 'Marta Quillfeather', aliases: ['Marta Q. Quillfeather'], position: 'Prime Minister of Norway', country: 'NOR', start: '+2030-01-15T00:00:00Z', end: '', gender: 'female' },
  { person: 'Q900001', name: 'Marta Quillfeather', position: 'Minister of Foreign Affairs of Norway', country: 'Norway', start: '2027-03-01', end: '2030-01-15' },
].map((l) => JSON.stringify(l));

async function kbFiles(lines: string[]): Promise<{ extract: string; kb: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'onrecord-kb-'));
  const extract = join(dir, 'extract.jsonl');
  await writeFile(extract, `${lines.join('\n')}\n`);
  return { extract, kb: join(dir, 'user', 'kb.jsonl') };
}

describe('onrecord kb', () => {
  it('imports an extract, reports a bad line with its number, and keeps the rest', async () => {
    const { extract, kb } = await kbFiles([LINES[0] ?? '', '{"person": "Q1", "name": "X Y", "position": "X", "start": "soon"}', 'not json', LINES[1] ?? '']);
    const streams = captureIO();
    expect(await runKb(['import', extract, '--kb', kb], streams)).toBe(1);
    expect(streams.stderr.text).toContain(`${extract}:2: "start" is not a date`);
    expect(streams.stderr.text).toContain(`${extract}:3: not valid JSON`);
    expect(streams.stdout.text).toContain('imported 1 people (2 terms)');
    const stored = (await readFile(kb, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { kbId: string; country: string; terms: unknown[] });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ kbId: 'person/Q900001', country: 'NOR' });
    expect(stored[0]?.terms).toHaveLength(2);
  });

  it('looks up what the linker knows of a name on a date', async () => {
    const { extract, kb } = await kbFiles(LINES);
    expect(await runKb(['import', extract, '--kb', kb], captureIO())).toBe(0);
    const streams = captureIO();
    expect(await runKb(['lookup', 'Quillfeather', '--date', '2028-06-01', '--kb', kb], streams)).toBe(0);
    expect(streams.stdout.text).toContain('Marta Quillfeather  [person/Q900001]  NOR');
    expect(streams.stdout.text).toContain('on 2028-06-01: Minister of Foreign Affairs of Norway');
  });

  it('says so when nobody has the name, and rejects a bad date', async () => {
    const none = captureIO();
    expect(await runKb(['lookup', 'Zzyzx Nobody'], none)).toBe(1);
    expect(none.stderr.text).toContain('nobody named "Zzyzx Nobody"');
    const bad = captureIO();
    expect(await runKb(['lookup', 'Berg', '--date', 'tomorrow'], bad)).toBe(2);
    expect(bad.stderr.text).toContain('--date must be YYYY-MM-DD');
  });
});
