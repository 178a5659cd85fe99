import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { IngestedArticle } from './article.js';
import { listArticleFiles, type ListedFile, type WalkFs } from './directory.js';
import { fileFormat, readInputs, type ReadOptions } from './inputs.js';

async function all(inputs: string[], options: ReadOptions = {}): Promise<IngestedArticle[]> {
  const out: IngestedArticle[] = [];
  for await (const article of readInputs(inputs, options)) out.push(article);
  return out;
}

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'onrecord-inputs-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

describe('readInputs', () => {
  it('walks a directory recursively in sorted order, reading only article files, ids relative to it', async () => {
    const root = await tree({
      'b.txt': 'B text',
      'a/z.md': 'Z text',
      'a/feed.jsonl': '{"id":"j1","text":"J1"}\n{"text":"J2"}\n',
      'c.json': '[{"id":"c1","text":"C1"},{"text":"C2"}]',
      'd.json': '{"text":"D"}',
      'notes.pdf': 'not an article',
      '.hidden/x.txt': 'hidden',
    });
    const articles = await all([root]);
    expect(articles.map((a) => a.input.id)).toEqual(['j1', 'a/feed.jsonl:2', 'a/z.md', 'b.txt', 'c1', 'c.json:2', 'd.json']);
    expect(articles.map((a) => a.input.text)).toEqual(['J1', 'J2', 'Z text', 'B text', 'C1', 'C2', 'D']);
  });

  it('reads several inputs in the order given; a file keeps its path as given for its id', async () => {
    const root = await tree({ 'one.txt': 'One', 'two.jsonl': '{"text":"Two"}\n' });
    const articles = await all([join(root, 'two.jsonl'), join(root, 'one.txt')], { date: '2024-02-02' });
    expect(articles.map((a) => a.input)).toEqual([
      { id: `${join(root, 'two.jsonl')}:1`, text: 'Two', date: '2024-02-02' },
      { id: join(root, 'one.txt'), text: 'One', date: '2024-02-02' },
    ]);
  });

  it('gives a missing input a read-failed record and goes on', async () => {
    const root = await tree({ 'ok.txt': 'Fine' });
    const articles = await all([join(root, 'missing.txt'), join(root, 'ok.txt')]);
    expect(articles.map((a) => a.readable)).toEqual([false, true]);
    expect(articles[0]?.messages).toMatchObject([{ level: 'error', code: 'read-failed' }]);
  });

  it('obeys --from over the extension', async () => {
    const root = await tree({ 'lines.txt': '{"id":"x","text":"X"}\n', 'raw.jsonl': '{"id":"y"' });
    const asJsonl = await all([join(root, 'lines.txt')], { from: 'jsonl' });
    expect(asJsonl.map((a) => a.input.id)).toEqual(['x']);
    const asText = await all([join(root, 'raw.jsonl')], { from: 'txt' });
    expect(asText.map((a) => a.input.text)).toEqual(['{"id":"y"']);
  });

  it('reads - from the given stdin, guessing JSON lines from a leading {', async () => {
    const stdin = Readable.from([Buffer.from('  \n{"id":"s1","text":"S1"}\n'), Buffer.from('{"text":"S2"}\n')]);
    const articles = await all(['-'], { stdin });
    expect(articles.map((a) => a.input.id)).toEqual(['s1', 'stdin:3']);
  });

  it('reads - as one plain-text article when it does not start with { or [', async () => {
    const stdin = Readable.from([Buffer.from('"Hello," she said.'), Buffer.from(' {not json}')]);
    const articles = await all(['-'], { stdin, date: '2023-03-03' });
    expect(articles.map((a) => a.input)).toEqual([{ id: 'stdin', text: '"Hello," she said. {not json}', date: '2023-03-03' }]);
  });

  it('reads nothing from an empty stdin', async () => {
    expect(await all(['-'], { stdin: Readable.from([Buffer.from('  \n')]) })).toEqual([]);
  });

  it('tells onRead the bytes of each file as it reads them, not those of stdin', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: String(i), text: `Article ${i} text.` })).join('\n');
    const root = await tree({ 'big.jsonl': lines, 'one.txt': 'Caf\u00e9', 'c.json': '[{"text":"C"}]' });
    const sizes: number[] = [];
    const stdin = Readable.from([Buffer.from('{"text":"S"}\n')]);
    const articles = await all([join(root, 'big.jsonl'), join(root, 'one.txt'), join(root, 'c.json'), '-'], {
      stdin,
      onRead: (bytes) => sizes.push(bytes),
    });
    expect(articles).toHaveLength(3003);
    // The JSON-lines file arrives in several pieces; the others are read whole.
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(lines) + 5 + 14);
    expect(sizes.slice(-2)).toEqual([5, 14]);
  });

  it('treats a .json file holding JSON lines as JSON lines, and broken JSON as one bad-json record', async () => {
    const root = await tree({ 'a.json': '{"id":"1","text":"x"}\n{"id":"2","text":"y"}\n', 'b.json': '{"text": ' });
    const articles = await all([root]);
    expect(articles.map((a) => [a.input.id, a.readable])).toEqual([
      ['1', true],
      ['2', true],
      ['b.json', false],
    ]);
    expect(articles[2]?.messages[0]?.code).toBe('bad-json');
  });
});

describe('fileFormat', () => {
  it('goes by extension (a .gz suffix aside), leaves unknown ones to the content, and obeys --from', () => {
    const paths = ['a.jsonl', 'a.NDJSON', 'a.json', 'a.txt', 'a.md', 'a.html', 'a.htm', 'a.rss', 'a.atom', 'a.xml', 'a.jsonl.gz', 'a', 'a.dat'];
    expect(paths.map((p) => fileFormat(p))).toEqual(['jsonl', 'jsonl', 'json', 'txt', 'txt', 'html', 'html', 'feed', 'feed', 'feed', 'jsonl', undefined, undefined]);
    expect(fileFormat('a.json', 'txt')).toBe('txt');
  });
});

describe('a directory walk past bad entries', () => {
  it('reports a dangling link and an article-named FIFO by name, and reads every file after them', async () => {
    const root = await tree({ 'a.txt': 'A text', 'c/d.txt': 'D text', 'e.txt': 'E text' });
    await symlink(join(root, 'missing.txt'), join(root, 'b-gone.txt'));
    execFileSync('mkfifo', [join(root, 'c/pipe.txt')]);
    const articles = await all([root]);
    expect(articles.map((a) => a.input.id)).toEqual(['a.txt', 'b-gone.txt', 'c/d.txt', 'c/pipe.txt', 'e.txt']);
    expect(articles.map((a) => a.readable)).toEqual([true, false, true, false, true]);
    expect(articles[1]?.messages[0]).toMatchObject({ code: 'read-failed', level: 'error' });
    expect(articles[1]?.messages[0]?.message).toMatch(/^b-gone\.txt: .*link whose target cannot be read/);
    expect(articles[3]?.messages[0]?.message).toMatch(/^c\/pipe\.txt: .*not a regular file/);
  });

  // Tests run as root, whom file modes do not stop: the failure is injected through the walk's file system.
  it('reports a subdirectory that cannot be listed (or was replaced mid-walk) and lists the entries after it', async () => {
    const root = await tree({ 'a.txt': 'A', 'locked/x.txt': 'X', 'z.txt': 'Z' });
    const failing: WalkFs = {
      readdir: (path, options) => (path.endsWith('locked') ? Promise.reject(new Error('EACCES: permission denied')) : readdir(path, options)),
      stat,
    };
    const listed: ListedFile[] = [];
    for await (const entry of listArticleFiles(root, '', failing)) listed.push(entry);
    expect(listed).toEqual([{ path: 'a.txt' }, { path: 'locked', problem: 'the directory cannot be listed (EACCES: permission denied)' }, { path: 'z.txt' }]);
  });
});
