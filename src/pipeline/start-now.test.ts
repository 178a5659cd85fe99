import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractAll } from './batch.js';

// A stand-in extractor that leaves a file when a thread loads it: whether the workers were started
// before the first article was read shows as that file, made while the reading still waits.
async function fixture(): Promise<{ module: string; marker: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'onrecord-start-'));
  const marker = join(dir, 'loaded');
  const source = `import { writeFileSync } from 'node:fs';
writeFileSync(${JSON.stringify(marker)}, 'x');
export function extract(input) {
  return { id: input.id, text: input.text, entities: [], quotes: [], attributions: [], events: [], messages: [] };
}
`;
  await writeFile(join(dir, 'marking-extract.mjs'), source);
  return { module: pathToFileURL(join(dir, 'marking-extract.mjs')).href, marker };
}

// An input whose one article comes once `ready` says so, or after `limit` ms; `seen` tells whether it was ready.
async function* waitingFor(ready: () => boolean, limit: number, seen: (ready: boolean) => void): AsyncGenerator<{ id: string; text: string }> {
  const until = Date.now() + limit;
  while (!ready() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  seen(ready());
  yield { id: '1', text: 'One article.' };
}

describe('extractAll with startNow', () => {
  for (const workers of [0, 1]) {
    it(`loads the extractor (${workers === 0 ? 'this thread' : 'a worker'}) before the first article is read`, async () => {
      const { module, marker } = await fixture();
      let loadedBeforeReading = false;
      const input = waitingFor(() => existsSync(marker), 10_000, (ready) => (loadedBeforeReading = ready));
      const ids: string[] = [];
      for await (const record of extractAll(input, { workers, module, startNow: true })) ids.push(record.id);
      expect(ids).toEqual(['1']);
      expect(loadedBeforeReading).toBe(true);
    });

    it(`without it, loads the extractor (${workers === 0 ? 'this thread' : 'a worker'}) with the first batch`, async () => {
      const { module, marker } = await fixture();
      let loadedBeforeReading = true;
      // The input waits 1 s: long enough for a worker to start, were one started.
      const input = waitingFor(() => false, 1_000, () => (loadedBeforeReading = existsSync(marker)));
      const ids: string[] = [];
      for await (const record of extractAll(input, { workers, module })) ids.push(record.id);
      expect(ids).toEqual(['1']);
      expect(loadedBeforeReading).toBe(false);
      expect(existsSync(marker)).toBe(true);
    });
  }
});
