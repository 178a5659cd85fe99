import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from './inputs.js';

describe('--date', () => {
  it('dates every article without a date, JSON lines too (it was ignored for them), and keeps the dates given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-date-'));
    const file = join(dir, 'corpus.jsonl');
    await writeFile(file, '{"id":"a","text":"One."}\n{"id":"b","text":"Two.","date":"2004-02-02"}\n');
    const dates: Array<[string, string | undefined]> = [];
    for await (const article of readInputs([file], { date: '2005-05-05' })) dates.push([article.input.id, article.input.date]);
    expect(dates).toEqual([
      ['a', '2005-05-05'],
      ['b', '2004-02-02'],
    ]);
  });
});
