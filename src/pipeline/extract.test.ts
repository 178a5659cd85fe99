import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';
import { createPipeline } from './pipeline.js';

describe('extract', () => {
  it('keeps the input id and metadata, and returns the text unchanged', () => {
    const text = '  "Yes," she said.\r\n';
    const record = extract({ id: 'a1', text, date: '2024-12-01', title: 'T' });
    expect(record).toMatchObject({ id: 'a1', date: '2024-12-01', title: 'T', text });
  });

  it.each([
    ['empty', '', 'empty-text'],
    ['white space', ' \n\t ', 'empty-text'],
    ['binary', 'abc\u0000\u0001\u0002def', 'binary-text'],
  ])('reports %s text as an error message', (_name, text, code) => {
    const record = extract({ id: 'x', text });
    expect(record.messages).toEqual([expect.objectContaining({ level: 'error', code })]);
    expect(record.quotes).toEqual([]);
  });

  it('analyses a long text up to the limit and keeps it whole', () => {
    const text = `${'"We stay," Berg said. '.repeat(50)}`;
    const record = extract({ id: 'x', text }, { maxChars: 100 });
    expect(record.text).toBe(text);
    expect(record.messages.map((m) => m.code)).toContain('text-truncated');
    expect(record.quotes.every((q) => q.end <= 100)).toBe(true);
  });

  it('turns a failing stage into an error message on the record', () => {
    const pipeline = createPipeline([{ name: 'boom', reads: [], writes: [], run: () => { throw new Error('kaput'); } }]);
    const record = extract({ id: 'x', text: 'Some text.' }, { pipeline });
    expect(record.messages).toEqual([{ level: 'error', code: 'extract-failed', message: 'The extractor failed: kaput' }]);
  });
});
