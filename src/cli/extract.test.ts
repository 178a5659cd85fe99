/** End to end: runs bin/onrecord as a user would. Needs the build (`npm test` builds first). */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/onrecord', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function onrecord(args: string[], options: { stdin?: string; bin?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(options.bin ?? BIN, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(options.stdin ?? '');
  });
}

function ids(jsonl: string): string[] {
  return jsonl
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { id: string }).id);
}

let dir = '';
const good = Array.from({ length: 40 }, (_, i) => ({
  id: `art-${String(i).padStart(2, '0')}`,
  title: `Story ${i}`,
  text: `"We will keep talking," Minister Jan Vos said on day ${i}.\n\nAccording to officials, talks continue.`,
}));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onrecord-e2e-'));
  await writeFile(join(dir, 'good.jsonl'), good.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const lines = good.slice(0, 3).map((a) => JSON.stringify(a));
  lines.splice(1, 0, '{"id": "cut-off", "text": "no closing');
  await writeFile(join(dir, 'bad.jsonl'), lines.join('\n') + '\n');
});

describe('onrecord extract (end to end)', () => {
  it('writes one JSON line per article, in input order, and exits 0', async () => {
    for (const workers of ['0', '2']) {
      const run = await onrecord(['extract', join(dir, 'good.jsonl'), '--to', 'jsonl', '--workers', workers]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(ids(run.stdout)).toEqual(good.map((a) => a.id));
    }
  });

  it('keeps a record for a bad line, reports file:line on stderr and exits 1', async () => {
    const file = join(dir, 'bad.jsonl');
    const run = await onrecord(['extract', file, '--workers', '2']);
    expect(run.code).toBe(1);
    expect(ids(run.stdout)).toEqual(['art-00', 'cut-off', 'art-01', 'art-02']);
    const bad = JSON.parse(run.stdout.trim().split('\n')[1] ?? '') as { messages: Array<{ level: string; code: string }>; quotes: unknown[] };
    expect(bad.messages).toMatchObject([{ level: 'error', code: 'bad-json' }]);
    expect(bad.quotes).toEqual([]);
    expect(run.stderr).toContain(`${file}:2`);
  });

  it('writes one JSON array with --to json, reading JSON lines from stdin', async () => {
    const stdin = good.slice(0, 5).map((a) => JSON.stringify(a)).join('\n');
    const run = await onrecord(['extract', '-', '--to', 'json'], { stdin });
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout) as Array<{ id: string }>;
    expect(records.map((r) => r.id)).toEqual(good.slice(0, 5).map((a) => a.id));
  });

  it('reads a directory of text files with --date, ids relative to it', async () => {
    const texts = join(dir, 'texts');
    await mkdir(join(texts, 'sub'), { recursive: true });
    await writeFile(join(texts, 'b.txt'), 'Second, the mayor said.');
    await writeFile(join(texts, 'sub', 'a.txt'), '"First," she said.');
    await writeFile(join(texts, 'empty.txt'), '');
    const run = await onrecord(['extract', texts, '--date', '2024-04-04']);
    expect(ids(run.stdout)).toEqual(['b.txt', 'empty.txt', 'sub/a.txt']);
    const records = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { date?: string; messages: Array<{ code: string }> });
    expect(records.map((r) => r.date)).toEqual(['2024-04-04', '2024-04-04', '2024-04-04']);
    // The empty file is an article with no text: an error record, and exit status 1.
    expect(records[1]?.messages.map((m) => m.code)).toContain('empty-text');
    expect(run.code).toBe(1);
  });

  it('reads --from html, exit 0', async () => {
    const page = join(dir, 'page.data');
    await writeFile(page, '<html><body><p>"We stay," Minister Jan Vos said.</p></body></html>');
    const run = await onrecord(['extract', '--from', 'html', page]);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as { text: string; quotes: unknown[] };
    expect(record.text).toBe('"We stay," Minister Jan Vos said.');
    expect(record.quotes).toHaveLength(1);
  });

  it('--field source=outlet reads a corpus\'s own field names; a record without one is named on stderr and not read (exit 1)', async () => {
    const file = join(dir, 'outlets.jsonl');
    const lines = [
      { id: 'o1', story: '"We stay," Minister Jan Vos said.', outlet: 'Kelmouth Herald' },
      { id: 'o2', story: '"We go," Minister Jan Vos said.', source: 'Elsewhere' },
    ];
    await writeFile(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const run = await onrecord(['extract', file, '--field', 'source=outlet', '--field', 'text=story']);
    const records = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; source?: string; text: string; messages: Array<{ code: string }> });
    expect(records.map((r) => [r.id, r.source, r.text.slice(0, 9)])).toEqual([['o1', 'Kelmouth Herald', '"We stay,'], ['o2', undefined, '']]);
    expect(records[1]?.messages.map((m) => m.code)).toEqual(['missing-field']);
    expect(run.stderr).toContain('outlets.jsonl:2');
    expect(run.stderr).toContain('no "outlet" for --field source=outlet');
    expect(run.code).toBe(1);
  });

  it('--field that names no article field, or one field twice, is a usage error (exit 2)', async () => {
    const unknown = await onrecord(['extract', join(dir, 'good.jsonl'), '--field', 'colour=hue']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--field must be FIELD=NAME with FIELD one of id, text, title, date, url, source; got "colour=hue"');
    const twice = await onrecord(['extract', join(dir, 'good.jsonl'), '--field', 'source=a', '--field', 'source=b']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--field source is given twice');
  });

  it('tells to build when dist is missing', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'onrecord-bare-'));
    await mkdir(join(bare, 'bin'));
    await writeFile(join(bare, 'package.json'), '{"type":"module"}\n');
    await copyFile(BIN, join(bare, 'bin', 'onrecord'));
    const run = await onrecord(['extract', '-'], { bin: join(bare, 'bin', 'onrecord') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('npm install && npm run build');
  });
});
