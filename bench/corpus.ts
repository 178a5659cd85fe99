/** The benchmark corpus: its size, its texts, and longer copies of it made by repetition. */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

/** What the corpus holds. */
export interface Corpus {
  articles: number;
  /** UTF-8 bytes of the articles' texts (not of the JSON around them). */
  textBytes: number;
  texts: string[];
}

/** Reads a JSON-lines corpus: counts its articles and text bytes, and keeps the texts for the peer. */
export async function readCorpus(path: string): Promise<Corpus> {
  const texts: string[] = [];
  let textBytes = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const { text } = JSON.parse(line) as { text?: unknown };
    const body = typeof text === 'string' ? text : '';
    texts.push(body);
    textBytes += Buffer.byteLength(body);
  }
  return { articles: texts.length, textBytes, texts };
}

/** Writes `times` copies of the file one after another into `target`, streaming. */
export async function repeatFile(source: string, target: string, times: number): Promise<void> {
  const out = createWriteStream(target);
  for (let i = 0; i < times; i++) {
    for await (const chunk of createReadStream(source)) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}
