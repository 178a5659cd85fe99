/**
 * Ingest benchmark: `bin/onrecord ingest` on the BBC corpus as a whole process, into a new SQLite
 * database: articles/s, peak memory, database size per 1,000 articles; then a longer corpus of
 * altered copies (new texts, so nothing is skipped) to show memory stays flat. Skips cleanly when
 * the corpus is absent.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alteredCopies } from './altered.js';
import { measure } from './measure.js';
import { repositoryRoot } from './root.js';

const ROOT = repositoryRoot();
const CORPUS = join(ROOT, '..', 'shared', 'data', 'bbc', 'bbc.jsonl');
const BIN = join(ROOT, 'bin', 'onrecord');
const MB = 1024 * 1024;

function dbBytes(path: string): number {
  return [path, `${path}-wal`].reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
}

interface Row {
  name: string;
  articles: number;
  seconds: number;
  peakRssMb: number | null;
  dbMb: number;
}

async function run(name: string, input: string, articles: number, db: string, extra: string[]): Promise<Row> {
  process.stderr.write(`bench: ${name}…\n`);
  const measured = await measure(process.execPath, [BIN, 'ingest', input, '--db', db, ...extra]);
  if (measured.code !== 0) process.stderr.write(`bench: ${name} exited with ${measured.code}\n${measured.stderrTail}\n`);
  return { name, articles, seconds: measured.seconds, peakRssMb: measured.peakRssMb, dbMb: dbBytes(db) / MB };
}

async function main(): Promise<number> {
  if (!existsSync(CORPUS)) {
    console.log(`bench ingest: skipped — the BBC corpus is not at ${CORPUS} (it lives in ../shared/data beside the checkout).`);
    return 0;
  }
  const scratch = await mkdtemp(join(tmpdir(), 'onrecord-bench-ingest-'));
  try {
    const articles = await alteredCopies(CORPUS, join(scratch, 'x1.jsonl'), 1);
    const rows: Row[] = [];
    rows.push(await run('ingest, default workers', CORPUS, articles, join(scratch, 'a.db'), []));
    rows.push(await run('ingest, --workers 0', CORPUS, articles, join(scratch, 'b.db'), ['--workers', '0']));
    rows.push(await run('ingest again, all unchanged', CORPUS, articles, join(scratch, 'a.db'), []));
    const many = await alteredCopies(CORPUS, join(scratch, 'x4.jsonl'), 4);
    rows.push(await run('ingest, default workers, 4 altered copies', join(scratch, 'x4.jsonl'), many, join(scratch, 'c.db'), []));
    const header = ['run', 'articles', 'seconds', 'articles/s', 'peak RSS MB', 'db MB', 'db MB / 1,000 articles'];
    const body = rows.map((row) => [
      row.name,
      String(row.articles),
      row.seconds.toFixed(2),
      (row.articles / row.seconds).toFixed(0),
      row.peakRssMb === null ? '-' : row.peakRssMb.toFixed(0),
      row.dbMb.toFixed(1),
      ((row.dbMb / row.articles) * 1000).toFixed(2),
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => (cells[i] ?? '').length)));
    const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
    console.log(`\nonrecord ingest benchmark — BBC corpus, ${articles} articles, whole process into a new SQLite database\n`);
    console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
    console.log('\nThe BBC corpus holds some texts twice under two ids: each id is its own article (counted as stored with the same text as another).');
    return 0;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

process.exitCode = await main();
