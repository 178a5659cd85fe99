/**
 * Memory bench (issue 17, item 6): `bin/onrecord extract` on inputs with no end or far too much in
 * them — gzip bombs of 1 GiB and 4 GiB, /dev/zero, a 100 MB JSON line, an endless download — each
 * read up to a limit and reported `too-large`. Prints the peak memory (target: under 500 MB) and time
 * of each run. `npm run bench:memory` (also at the end of `npm run bench`).
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { measure } from './measure.js';
import { repositoryRoot } from './root.js';

const BIN = join(repositoryRoot(), 'bin', 'onrecord');
const MB = 1024 * 1024;

async function* repeated(chunk: Buffer, times: number, head = Buffer.alloc(0), tail = Buffer.alloc(0)): AsyncGenerator<Buffer> {
  yield head;
  for (let i = 0; i < times; i++) yield chunk;
  yield tail;
}

async function write(path: string, chunks: AsyncIterable<Buffer>, gzip: boolean): Promise<string> {
  await (gzip ? pipeline(chunks, createGzip({ level: 1 }), createWriteStream(path)) : pipeline(chunks, createWriteStream(path)));
  return path;
}

interface Row {
  input: string;
  seconds: number;
  peakRssMb: number | null;
  code: number | null;
  records: number;
}

async function run(input: string, target: string): Promise<Row> {
  process.stderr.write(`bench: ${input}…\n`);
  const measured = await measure(process.execPath, [BIN, 'extract', target, '--to', 'jsonl']);
  return { input, seconds: measured.seconds, peakRssMb: measured.peakRssMb, code: measured.code, records: measured.lines };
}

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'onrecord-memory-'));
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const more = (): void => {
      while (response.write(chunk));
    };
    response.on('drain', more);
    more();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const rows: Row[] = [];
  try {
    process.stderr.write('bench: writing the inputs…\n');
    const zeros = Buffer.alloc(MB);
    const bomb1 = await write(join(dir, 'bomb-1g.txt.gz'), repeated(zeros, 1024), true);
    const bomb4 = await write(join(dir, 'bomb-4g.jsonl.gz'), repeated(Buffer.alloc(MB, 'a'), 4096, Buffer.from('{"id":"bomb","text":"')), true);
    const line = await write(join(dir, 'line-100m.jsonl'), repeated(Buffer.alloc(MB, 'a'), 100, Buffer.from('{"id":"long","text":"'), Buffer.from('"}\n{"id":"next","text":"Ann Lee said so."}\n')), false);
    rows.push(await run('gzip bomb, 1 GiB of zeros in 1 MB', bomb1));
    rows.push(await run('gzip bomb, a 4 GiB JSON line in 4 MB', bomb4));
    rows.push(await run('/dev/zero', '/dev/zero'));
    rows.push(await run('a 100 MB JSON line, then one more', line));
    rows.push(await run('an endless download', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`));
  } finally {
    server.closeAllConnections();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const header = ['input', 'seconds', 'peak RSS MB', 'exit', 'records'];
  const body = rows.map((r) => [r.input, r.seconds.toFixed(2), r.peakRssMb === null ? '-' : r.peakRssMb.toFixed(0), String(r.code), String(r.records)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log('\npeak memory of inputs over the read limits (issue 17, item 6; target: under 500 MB, exit 1, too-large)');
  console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
  return 0;
}

process.exitCode = await main();
