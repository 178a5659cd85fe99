import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile, textArticle } from './text.js';

describe('plain text', () => {
  it('is one article with the given id and the --date', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-text-'));
    const path = join(dir, 'a.txt');
    await writeFile(path, 'Para one.\n\n"Quoted," she said.\n');
    const article = await readTextFile(path, 'a.txt', { date: '2024-05-01' });
    expect(article.input).toEqual({ id: 'a.txt', text: 'Para one.\n\n"Quoted," she said.\n', date: '2024-05-01' });
    expect(article.readable).toBe(true);
    expect(article.messages).toEqual([]);
  });

  it('has no date without --date', () => {
    expect(textArticle(Buffer.from('x'), 'id').input).toEqual({ id: 'id', text: 'x' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(textArticle(Buffer.from('\ufeffHello'), 'id').input.text).toBe('Hello');
  });

  it('decodes invalid UTF-8 with replacement characters and warns', () => {
    const article = textArticle(Buffer.from([0x4f, 0x6b, 0xff, 0xfe, 0x21]), 'bad.txt');
    expect(article.input.text).toBe('Ok\ufffd\ufffd!');
    expect(article.messages).toMatchObject([{ level: 'warning', code: 'invalid-utf8' }]);
    expect(article.messages[0]?.message).toContain('bad.txt');
  });

  it('reads an empty file as an article with empty text (extraction then reports it)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onrecord-text-'));
    await writeFile(join(dir, 'empty.txt'), '');
    const article = await readTextFile(join(dir, 'empty.txt'), 'empty.txt');
    expect(article.input.text).toBe('');
    expect(article.readable).toBe(true);
  });
});
