import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { IngestedArticle } from './article.js';
import type { FieldMap } from './fields.js';
import { readJsonLines } from './jsonl.js';

async function read(content: string | Buffer, label = 'in.jsonl', map: FieldMap = {}): Promise<IngestedArticle[]> {
  const out: IngestedArticle[] = [];
  // Small chunks, so lines cross chunk boundaries as they do in large files.
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
  for await (const article of readJsonLines(Readable.from(chunks), label, undefined, map)) out.push(article);
  return out;
}

describe('readJsonLines', () => {
  it('reads one article per line with its metadata', async () => {
    const articles = await read(
      '{"id":"a","text":"First.","title":"T","date":"2024-01-02","url":"http://x","source":"S"}\n{"id":"b","text":"Second."}\n',
    );
    expect(articles.map((a) => a.input)).toEqual([
      { id: 'a', text: 'First.', title: 'T', date: '2024-01-02', url: 'http://x', source: 'S' },
      { id: 'b', text: 'Second.' },
    ]);
    expect(articles.every((a) => a.readable && a.messages.length === 0)).toBe(true);
  });

  it('accepts body/content for text and published for date, and numeric ids', async () => {
    const articles = await read('{"id":7,"body":"B.","published":"2020-05-05"}\n{"id":"c","content":"C."}\n');
    expect(articles.map((a) => a.input)).toEqual([
      { id: '7', text: 'B.', date: '2020-05-05' },
      { id: 'c', text: 'C.' },
    ]);
  });

  it('gives a line without id the id file:line, and skips blank lines without renumbering', async () => {
    const articles = await read('{"text":"one"}\n\n   \n{"text":"four"}\n');
    expect(articles.map((a) => a.input.id)).toEqual(['in.jsonl:1', 'in.jsonl:4']);
  });

  it('turns a line that is not JSON into an unreadable article with a bad-json error naming file:line', async () => {
    const articles = await read('{"id":"ok","text":"Fine."}\n{"id": "broken", "text": "no end\n{not json at all\n');
    expect(articles.map((a) => [a.input.id, a.readable])).toEqual([
      ['ok', true],
      ['broken', false],
      ['in.jsonl:3', false],
    ]);
    const [, broken, garbage] = articles;
    expect(broken?.messages).toMatchObject([{ level: 'error', code: 'bad-json' }]);
    expect(broken?.messages[0]?.message).toContain('in.jsonl:2');
    expect(garbage?.messages[0]?.message).toContain('in.jsonl:3');
    expect(garbage?.input.text).toBe('');
  });

  it('treats a JSON value that is not an object as bad JSON', async () => {
    const [article] = await read('[1,2]\n');
    expect(article?.readable).toBe(false);
    expect(article?.messages[0]?.code).toBe('bad-json');
  });

  it('keeps the id and metadata of a record without text, with a no-text error', async () => {
    const [article] = await read('{"id":"x","title":"Headline only","text":null}\n');
    expect(article?.readable).toBe(false);
    expect(article?.input).toEqual({ id: 'x', title: 'Headline only', text: '' });
    expect(article?.messages).toMatchObject([{ level: 'error', code: 'no-text' }]);
    expect(article?.messages[0]?.message).toContain('in.jsonl:1');
  });

  it('replaces invalid UTF-8 bytes and warns on that line only', async () => {
    const bad = Buffer.concat([Buffer.from('{"id":"u","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"v","text":"fine"}\n')]);
    const [first, second] = await read(bad);
    expect(first?.input.text).toBe('caf\ufffd');
    expect(first?.readable).toBe(true);
    expect(first?.messages).toMatchObject([{ level: 'warning', code: 'invalid-utf8' }]);
    expect(second?.messages).toEqual([]);
  });

  it('reads nothing from an empty file', async () => {
    expect(await read('')).toEqual([]);
    expect(await read('\n\n')).toEqual([]);
  });

  it('reads a last line without a newline, and CRLF line ends', async () => {
    const articles = await read('{"id":"a","text":"A"}\r\n{"id":"b","text":"B"}');
    expect(articles.map((a) => a.input.text)).toEqual(['A', 'B']);
  });

  it('says which fields it ignored: values that are not text, a date that is no calendar day; null is absent', async () => {
    const [article] = await read('{"id":{"n":1},"text":"Ann Lee left.","title":42,"date":"2024-02-30","source":["S"],"url":null}\n');
    expect(article?.input).toEqual({ id: 'in.jsonl:1', text: 'Ann Lee left.' });
    expect(article?.readable).toBe(true);
    expect(article?.messages.map((m) => [m.code, m.level, m.message.replace(/^.*\(/, '(')])).toEqual([
      ['bad-field', 'warning', '("id" is an object, not text)'],
      ['bad-field', 'warning', '("title" is a number, not text)'],
      ['bad-field', 'warning', '("source" is a list, not text)'],
      ['bad-field', 'warning', '("date" "2024-02-30" is not a day of the calendar)'],
    ]);
  });

  it('field mapping: reads a field the corpus names its own way, and that name alone (--field source=outlet)', async () => {
    const articles = await read('{"id":"a","story":"A.","outlet":"Herald","source":"feed-7","headline":"H","pub":"2024-03-01"}\n', 'in.jsonl', { source: 'outlet', text: 'story', date: 'pub' });
    expect(articles.map((a) => a.input)).toEqual([{ id: 'a', text: 'A.', source: 'Herald', title: 'H', date: '2024-03-01' }]);
    expect(articles[0]?.messages).toEqual([]);
  });

  it('field mapping: a record without the mapped field (or with null) is not read, and its error names the field and the line', async () => {
    const articles = await read('{"id":"a","text":"A.","outlet":"Herald"}\n{"id":"b","text":"B.","source":"Post"}\n{"id":"c","text":"C.","outlet":null}\n', 'in.jsonl', { source: 'outlet' });
    expect(articles.map((a) => a.readable)).toEqual([true, false, false]);
    expect(articles[1]?.input.id).toBe('b');
    expect(articles[1]?.messages.map((m) => [m.code, m.level, m.message])).toEqual([
      ['missing-field', 'error', 'in.jsonl:2: An input record lacks a field that --field names; it was not read. (no "outlet" for --field source=outlet)'],
    ]);
  });

  it('field mapping: a mapped text field that holds no string is a no-text error naming that field', async () => {
    const [article] = await read('{"id":"a","story":42}\n', 'in.jsonl', { text: 'story' });
    expect(article?.messages.map((m) => m.message)).toEqual(['in.jsonl:1: An input record has no text field. (expected "story" as a string)']);
  });
});
