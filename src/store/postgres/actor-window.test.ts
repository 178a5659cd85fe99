/** The actors leading a few months' days, from the months' leaders and the bound on everyone else. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleKey, contentHash } from '../identity.js';
import { TEST_PG } from '../testing/dialects.js';
import { Where } from '../sql/where.js';
import { createPool, queryable } from './db.js';
import { leadersOfDays } from './actor-window.js';
import { openPostgresStore } from './store.js';

// An invented article of `date` naming each of `names` once (organisations: one actor each across the store).
function article(n: number, date: string, names: readonly string[]): { key: string; hash: string; record: import('../../doc/record.js').ArticleRecord } {
  const text = `${names.join(' and ')} met on quay ${n}.`;
  let at = 0;
  const entities = names.map((name, i) => {
    const start = text.indexOf(name, at);
    at = start + name.length;
    return { id: `e${i + 1}`, name, type: 'organization' as const, kbId: null, role: null, country: null, mentions: [{ start, end: at, text: name }] };
  });
  const input = { id: `w${n}`, text, source: 'Quay Herald', date };
  return { key: articleKey(input), hash: contentHash(input), record: { ...input, entities, quotes: [], attributions: [], events: [], messages: [] } };
}

const DAYS = { from: '2022-05-20', to: '2022-06-10' };

describe.skipIf(TEST_PG === undefined)('PostgreSQL actors within a few months', () => {
  it("finds an actor that leads the days though it leads neither month (each month's leaders were written about outside the days)", async () => {
    const url = TEST_PG ?? '';
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const store = openPostgresStore(url, { schema });
    const pool = createPool(url, { schema });
    try {
      // May: Alder Board 5 and Birch Board 3 (early May), Dune Board 2 (late May); June: Elm Board 4 and
      // Fir Board 3 (late June), Dune Board 2 (early June).
      const early = (month: string, name: string, days: readonly string[]): string[][] => days.map((d) => [`2022-${month}-${d}`, name]);
      const dates = [
        ...early('05', 'Alder Board', ['01', '02', '03', '04', '05']),
        ...early('05', 'Birch Board', ['06', '07', '08']),
        ...early('05', 'Dune Board', ['25', '26']),
        ...early('06', 'Elm Board', ['20', '21', '22', '23']),
        ...early('06', 'Fir Board', ['24', '25', '26']),
        ...early('06', 'Dune Board', ['01', '02']),
      ];
      await store.put(dates.map(([date, name], n) => article(n, date ?? '', [name ?? ''])));
      // Two leaders a month (Alder and Birch, Elm and Fir), none with an article in the days: the bound
      // (3 + 3, their second counts) rules out nothing.
      expect(await leadersOfDays(queryable(pool), DAYS, new Where(), null, 1, 0, 2)).toBeNull();
      // The store then sums every actor of the days.
      expect((await store.entities({ ...DAYS, limit: 1 })).map((hit) => [hit.actor.name, hit.articles])).toEqual([['Dune Board', 4]]);
      // Dune Board now leads May (7) and is second in June (3): the bound is 5 + 3, and its 10 articles in the days beat it.
      await store.put(['05-27', '05-28', '05-29', '05-30', '05-31', '06-03'].map((day, n) => article(100 + n, `2022-${day}`, ['Dune Board'])));
      const led = await leadersOfDays(queryable(pool), DAYS, new Where(), null, 1, 0, 2);
      expect(led?.map((row) => [row['ac_name'], Number(row['n_articles'])])).toEqual([['Dune Board', 10]]);
    } finally {
      await pool.end();
      await store.close();
    }
  });

  it('answers as the sums of every actor of the days, page by page and after a row, whatever the leaders read', async () => {
    const url = TEST_PG ?? '';
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const store = openPostgresStore(url, { schema });
    const pool = createPool(url, { schema });
    try {
      const names = ['Ash Board', 'Birch Board', 'Cedar Board', 'Fir Board', 'Oak Board', 'Yew Board'];
      // Each article on a day of May or June names two boards, chosen so that counts differ and tie.
      await store.put(Array.from({ length: 61 }, (_, n) => article(n, `2022-0${5 + (n % 2)}-${String(1 + (n % 28)).padStart(2, '0')}`, [names[n % 6] ?? '', names[(n * 5 + 1) % 6] ?? ''])));
      const all = await store.entities({ ...DAYS, limit: 0 });
      const expected = all.map((hit) => [hit.actor.key, hit.articles]);
      for (const leaders of [1, 2, 3, 6]) {
        for (const [size, skip] of [[1, 0], [2, 1], [3, 3], [6, 0]] as const) {
          const rows = await leadersOfDays(queryable(pool), DAYS, new Where(), null, size, skip, leaders);
          if (rows !== null) expect(rows.map((row) => [row['ac_key'], Number(row['n_articles'])])).toEqual(expected.slice(skip, skip + size));
        }
      }
      const [first] = all;
      const afterFirst = await store.entities({ ...DAYS, limit: 2, after: { article: first?.actor.key ?? '' } });
      expect(afterFirst.map((hit) => [hit.actor.key, hit.articles])).toEqual(expected.slice(1, 3));
    } finally {
      await pool.end();
      await store.close();
    }
  });
});
