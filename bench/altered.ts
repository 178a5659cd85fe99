/** Altered copies of a JSON-lines corpus: new ids and a new first sentence per copy, so nothing is skipped as stored. */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** Writes `times` copies of `source` into `target`, each article's id and first sentence made unique to its copy; resolves to the articles written. */
export async function alteredCopies(source: string, target: string, times: number): Promise<number> {
  const out = createWriteStream(target);
  let articles = 0;
  for (let copy = 0; copy < times; copy++) {
    for await (const line of createInterface({ input: createReadStream(source), crlfDelay: Infinity })) {
      if (line.trim() === '') continue;
      const article = JSON.parse(line) as { id: string; text: string };
      const altered = { ...article, id: `${article.id}-copy${copy}`, text: `Copy ${copy} of the article.\n\n${article.text}` };
      if (!out.write(`${JSON.stringify(altered)}\n`)) await once(out, 'drain');
      articles += 1;
    }
  }
  out.end();
  await once(out, 'finish');
  return articles;
}
