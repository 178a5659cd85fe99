import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../doc/record.js';
import { createRecordWriter } from './output.js';

function record(id: string, text: string): ArticleRecord {
  return { id, text, entities: [], quotes: [], attributions: [], events: [], messages: [] };
}

// A slow sink with a tiny buffer, so that nearly every write has to wait for 'drain'.
class SlowSink extends Writable {
  text = '';
  constructor() {
    super({ highWaterMark: 16 });
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    setImmediate(done);
  }
}

describe('createRecordWriter', () => {
  it('writes a valid JSON array through backpressure without piling up listeners', async () => {
    const sink = new SlowSink();
    const writer = createRecordWriter('json', sink);
    const big = 'x'.repeat(40_000);
    for (let i = 0; i < 50; i++) await writer.write(record(String(i), big));
    await writer.end();
    expect(sink.listenerCount('drain')).toBe(0);
    expect(sink.listenerCount('close')).toBeLessThanOrEqual(1);
    const parsed = JSON.parse(sink.text) as ArticleRecord[];
    expect(parsed.map((r) => r.id)).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
  });

  it('writes [] for no records in json, and nothing in jsonl', async () => {
    const json = new SlowSink();
    await createRecordWriter('json', json).end();
    expect(json.text).toBe('[]\n');
    const jsonl = new SlowSink();
    await createRecordWriter('jsonl', jsonl).end();
    expect(jsonl.text).toBe('');
  });

  it('writes one line per record in jsonl', async () => {
    const sink = new SlowSink();
    const writer = createRecordWriter('jsonl', sink);
    await writer.write(record('a', 'line\nbreak'));
    await writer.write(record('b', 'two'));
    await writer.end();
    expect(sink.text.split('\n')).toHaveLength(3);
    expect(sink.text.endsWith('\n')).toBe(true);
  });
});
