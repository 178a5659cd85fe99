/** Writes records to a stream as JSON lines, one JSON array, or the pretty rendering, with backpressure. */
import type { Writable } from 'node:stream';
import type { ArticleRecord } from '../doc/record.js';
import { renderPretty } from './pretty.js';
import { drained } from './sink.js';

/** Output formats of `onrecord extract`. */
export const OUTPUT_FORMATS = ['jsonl', 'json', 'pretty'] as const;

/** An output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Writes records one after another, then closes the output's syntax (the JSON array). */
export interface RecordWriter {
  write(record: ArticleRecord): Promise<void>;
  /** Writes a record already written as JSON (for the jsonl and json formats). */
  writeJson(json: string): Promise<void>;
  end(): Promise<void>;
}

// Writes are gathered up to this size: one write per record would be slow on a pipe.
const FLUSH_AT = 64 * 1024;

/** A writer of records in `format` to `stream`. */
export function createRecordWriter(format: OutputFormat, stream: Writable): RecordWriter {
  let buffer = '';
  let count = 0;

  async function flush(): Promise<void> {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!stream.write(chunk)) await drained(stream);
  }

  function framed(json: string): string {
    if (format === 'jsonl') return `${json}\n`;
    return `${count === 0 ? '[\n' : ',\n'}${json}`;
  }

  async function add(chunk: string): Promise<void> {
    buffer += chunk;
    count += 1;
    if (buffer.length >= FLUSH_AT) await flush();
  }

  return {
    write(record) {
      return add(format === 'pretty' ? renderPretty(record) : framed(JSON.stringify(record)));
    },
    writeJson(json) {
      if (format === 'pretty') throw new Error('Record writer: the pretty format needs whole records');
      return add(framed(json));
    },
    async end() {
      if (format === 'json') buffer += count === 0 ? '[]\n' : '\n]\n';
      await flush();
    },
  };
}
