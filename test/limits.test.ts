/**
 * Fault injection, memory (issue 17, item 6): inputs with no end or far too much in them — a gzip
 * bomb, /dev/zero, a 40 MB JSON line, an endless download — are read up to a limit and reported
 * `too-large` (exit 1), the articles around them still read, and the process's peak memory stays
 * under 500 MB. Needs the build (`npm test` builds first).
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure } from '../bench/measure.js';
import { BIN } from './run-bin.js';

const PEAK_MB = 500;
const MB = 1024 * 1024;

let dir = '';
let server: Server;
let base = '';
let endlessClosed = false;

async function* zeros(megabytes: number): AsyncGenerator<Buffer> {
  const chunk = Buffer.alloc(MB);
  for (let i = 0; i < megabytes; i++) yield chunk;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onrecord-limits-'));
  // 512 MB of zeros in half a megabyte.
  await pipeline(zeros(512), createGzip({ level: 1 }), createWriteStream(join(dir, 'bomb.txt.gz')));
  const article = (id: string, text: string): string => `${JSON.stringify({ id, text })}\n`;
  await writeFile(join(dir, 'long-line.jsonl'), article('before', '"We wait," Ann Lee said.') + article('huge', 'word '.repeat(8 * MB)) + article('after', '"We go," Tom Reyes said.'));
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const more = (): void => {
      while (response.write(chunk));
    };
    response.on('drain', more);
    response.on('close', () => (endlessClosed = true));
    more();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function extract(...args: string[]): Promise<{ code: number | null; lines: number; peakRssMb: number | null; stderr: string }> {
  const run = await measure(process.execPath, [BIN, 'extract', ...args, '--to', 'jsonl']);
  return { code: run.code, lines: run.lines, peakRssMb: run.peakRssMb, stderr: run.stderrTail };
}

describe('inputs over the limits (memory)', () => {
  it('stops reading a gzip bomb at the article limit', async () => {
    const run = await extract(join(dir, 'bomb.txt.gz'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bomb\.txt\.gz: .*over 16 MB; --max-article-mb raises the limit\) \[too-large\]/);
    expect(run.peakRssMb).toBeLessThan(PEAK_MB);
  });

  it('stops reading a gzip stream at the decompressed limit', async () => {
    const run = await extract(join(dir, 'bomb.txt.gz'), '--max-decompressed-mb', '8', '--max-article-mb', '64');
    expect(run.stderr).toMatch(/decompressed file is over 8 MB; --max-decompressed-mb raises the limit\) \[too-large\]/);
  });

  it('stops reading /dev/zero', async () => {
    const run = await extract('/dev/zero');
    expect(run.code).toBe(1);
    expect(run.lines).toBe(1);
    expect(run.stderr).toMatch(/\/dev\/zero: .*\[too-large\]/);
    expect(run.peakRssMb).toBeLessThan(PEAK_MB);
  });

  it('reports a JSON line over the limit by its id and reads the lines after it', async () => {
    const run = await extract(join(dir, 'long-line.jsonl'), '--max-article-mb', '4');
    expect(run.code).toBe(1);
    expect(run.lines).toBe(3);
    expect(run.stderr).toMatch(/long-line\.jsonl:2 \(huge\): .*over 4 MB.*\[too-large\]/);
    expect(run.stderr).toContain('1 of 3 articles had errors');
    expect(run.peakRssMb).toBeLessThan(PEAK_MB);
  });

  it('stops an endless download at the download limit and closes the connection', async () => {
    const run = await extract(`${base}/endless`, '--max-download-mb', '8', '--max-article-mb', '64');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/download is over 8 MB; --max-download-mb raises the limit\) \[too-large\]/);
    expect(run.peakRssMb).toBeLessThan(PEAK_MB);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(endlessClosed).toBe(true);
  });

  it('rejects a limit that is not a number of megabytes', async () => {
    const run = await extract('/dev/null', '--max-article-mb', 'lots');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-article-mb must be a number of megabytes above 0; got "lots"');
  });
});
