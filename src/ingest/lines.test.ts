import { describe, expect, it } from 'vitest';
import { byteLines, HEAD_BYTES } from './lines.js';

async function lines(chunks: string[]): Promise<Array<[number, string]>> {
  async function* source(): AsyncGenerator<Uint8Array> {
    for (const chunk of chunks) yield Buffer.from(chunk);
  }
  const out: Array<[number, string]> = [];
  for await (const { bytes, lineNo } of byteLines(source())) out.push([lineNo, bytes.toString()]);
  return out;
}

describe('byteLines', () => {
  it('joins lines split across chunks and numbers them', async () => {
    expect(await lines(['ab', 'c\nde', 'f\n', 'g'])).toEqual([
      [1, 'abc'],
      [2, 'def'],
      [3, 'g'],
    ]);
  });

  it('drops the carriage return of CRLF endings and keeps empty lines counted', async () => {
    expect(await lines(['one\r\n\r\nthree\r\n'])).toEqual([
      [1, 'one'],
      [2, ''],
      [3, 'three'],
    ]);
  });

  it('yields nothing for an empty stream', async () => {
    expect(await lines([])).toEqual([]);
    expect(await lines([''])).toEqual([]);
  });

  it('keeps a multi-byte character whole when a chunk boundary cuts it', async () => {
    const bytes = Buffer.from('“quoted”\n');
    async function* source(): AsyncGenerator<Uint8Array> {
      yield bytes.subarray(0, 2);
      yield bytes.subarray(2);
    }
    const out: string[] = [];
    for await (const { bytes: line } of byteLines(source())) out.push(line.toString('utf8'));
    expect(out).toEqual(['“quoted”']);
  });

  it('keeps only the head of a line over the limit, marks it, and goes on with the next line', async () => {
    async function* source(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('short\n' + 'x'.repeat(3000));
      yield Buffer.from('y'.repeat(9000) + '\nnext\n' + 'z'.repeat(20_000));
    }
    const out: Array<[number, number, boolean]> = [];
    for await (const { bytes, lineNo, tooLong } of byteLines(source(), 10_000)) out.push([lineNo, bytes.length, tooLong === true]);
    expect(out).toEqual([
      [1, 5, false],
      [2, HEAD_BYTES, true],
      [3, 4, false],
      [4, HEAD_BYTES, true],
    ]);
  });
});
