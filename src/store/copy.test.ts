/** `copyStore` from SQLite into every dialect and back: nothing lost (counts and records checksum equal), a second copy changes nothing. */
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../doc/record.js';
import { copyStore, recordsChecksum } from './copy.js';
import { articleKey, contentHash } from './identity.js';
import { openSqliteStore } from './sqlite/store.js';
import { DIALECTS } from './testing/dialects.js';

function record(n: number): ArticleRecord {
  const text = `"Ferry ${n} sails," Ola Brun said.`;
  const quote = `"Ferry ${n} sails,"`;
  const mention = { start: quote.length + 1, end: quote.length + 9, text: 'Ola Brun' };
  return {
    id: `c${n}`,
    source: n % 2 === 0 ? 'Even Times' : 'Odd Post',
    date: `2024-03-${String(n + 1).padStart(2, '0')}`,
    text,
    entities: [{ id: 'e1', name: 'Ola Brun', type: 'person', kbId: null, role: 'Mayor', country: null, gender: 'female', mentions: [mention] }],
    quotes: [{ id: 'q1', kind: 'direct', start: 0, end: quote.length, text: quote, spans: [[0, quote.length]], cue: { start: mention.end + 1, end: mention.end + 5, text: 'said' }, speaker: { entityId: 'e1', name: 'Ola Brun', mention, basis: 'named' } }],
    attributions: [],
    events: [],
    messages: [],
  };
}

const RECORDS = Array.from({ length: 12 }, (_, n) => record(n));
const stored = (r: ArticleRecord): { key: string; hash: string; record: ArticleRecord; byline: string } => {
  const input = { id: r.id, text: r.text, ...(r.source !== undefined && { source: r.source }), ...(r.date !== undefined && { date: r.date }) };
  return { key: articleKey(input), hash: contentHash(input), record: r, byline: `Desk ${r.id}` };
};

for (const dialect of DIALECTS) {
  describe(`copy into ${dialect.name} and back`, () => {
    it('moves every record, key and byline: the same counts and checksum both ways, and a second copy changes nothing', async () => {
      const source = openSqliteStore(':memory:');
      await source.put(RECORDS.map(stored));
      const target = await dialect.open();
      const there = await copyStore(source, target);
      expect(there.same).toBe(true);
      expect(there.outcomes).toMatchObject({ stored: 12, failed: 0 });
      expect((await copyStore(source, target)).outcomes).toMatchObject({ unchanged: 12 });
      const back = openSqliteStore(':memory:');
      expect((await copyStore(target, back)).same).toBe(true);
      expect(await recordsChecksum(back)).toBe(await recordsChecksum(source));
      expect(await back.hashes([stored(record(3)).key])).toEqual(new Map([[stored(record(3)).key, stored(record(3)).hash]]));
      await Promise.all([source.close(), target.close(), back.close()]);
    });

    it('says the stores differ when the target held other articles', async () => {
      const source = openSqliteStore(':memory:');
      await source.put(RECORDS.slice(0, 3).map(stored));
      const target = await dialect.open();
      await target.put([stored(record(9))]);
      expect((await copyStore(source, target)).same).toBe(false);
      await Promise.all([source.close(), target.close()]);
    });
  });
}

describe('copy checks', () => {
  it('asks each store one question at a time when checking (at once, a PostgreSQL store opened a new connection late, which timed out under load)', async () => {
    const busiest: number[] = [];
    // A store that notes how many of its calls are in flight at once.
    const watched = (store: ReturnType<typeof openSqliteStore>, slot: number): ReturnType<typeof openSqliteStore> => {
      let inFlight = 0;
      busiest[slot] = 0;
      const enter = (): void => void (busiest[slot] = Math.max(busiest[slot] ?? 0, ++inFlight));
      return Object.assign(Object.create(store) as typeof store, {
        counts: async () => {
          enter();
          try {
            return await store.counts();
          } finally {
            inFlight -= 1;
          }
        },
        records: async function* () {
          enter();
          try {
            yield* store.records();
          } finally {
            inFlight -= 1;
          }
        },
      });
    };
    const source = openSqliteStore(':memory:');
    await source.put(RECORDS.map(stored));
    const target = openSqliteStore(':memory:');
    const report = await copyStore(watched(source, 0), watched(target, 1));
    expect(report.same).toBe(true);
    expect(busiest).toEqual([1, 1]);
    await source.close();
    await target.close();
  });
});
