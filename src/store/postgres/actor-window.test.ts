/** The actors leading a few months' or weeks' days, from the periods' leaders and the bound on everyone else. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleKey, contentHash } from '../identity.js';
import { TEST_PG } from '../testing/dialects.js';
import { Where } from '../sql/where.js';
import { createPool, queryable } from './db.js';
import { leadersOfDays, periodFor, WEEKS_FROM } from './actor-window.js';
import { MONTH, WEEK } from './periods.js';
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

describe("the periods whose leaders bound a range's actors", () => {
  it('a week is its month and 1 to 4 (days 1–7, 8–14, 15–21, 22 on), sorting as the days do, a day the calendar lacks included', () => {
    expect(['2024-03-01', '2024-03-07', '2024-03-08', '2024-03-14', '2024-03-15', '2024-03-21', '2024-03-22', '2024-03-31'].map(WEEK.of)).toEqual(['2024-03-1', '2024-03-1', '2024-03-2', '2024-03-2', '2024-03-3', '2024-03-3', '2024-03-4', '2024-03-4']);
    const days = ['2023-12-31', '2024-01-01', '2024-02-29', '2024-02-30', '2024-02-00', '2024-10-09', '2024-09-30', '2024-10-10'].sort();
    const weeks = days.map(WEEK.of);
    expect(weeks).toEqual([...weeks].sort());
    expect(WEEK.of('2024-02-30')).toBe('2024-02-4');
    expect(days.map(MONTH.of)).toEqual([...days.map(MONTH.of)].sort());
  });

  it("are the months for a small store and the weeks for a large one (the store's size alone decides)", () => {
    expect(periodFor(WEEKS_FROM - 1)).toBe(MONTH);
    expect(periodFor(WEEKS_FROM)).toBe(WEEK);
  });

  it('write the limits of a first page into the statement, bound past it (bound, the planner costed a generic plan for a tenth of the rows and planned the statement at every run)', async () => {
    const sent: Array<{ sql: string; params: readonly unknown[] }> = [];
    const db = { query: async (sql: string, params: readonly unknown[] = []) => (sent.push({ sql, params }), []) };
    await leadersOfDays(db, { ...DAYS, limit: 50 }, new Where(), null, 50, 0, { period: WEEK });
    await leadersOfDays(db, { ...DAYS, limit: 50, offset: 20 }, new Where(), null, 50, 20, { period: WEEK });
    const [first, , offset] = sent.map((statement) => statement.sql.replace(/\s+/g, ' '));
    expect(first?.match(/LIMIT [\d?]+/g)).toEqual(['LIMIT 100', 'LIMIT 50', 'LIMIT 1', 'LIMIT 50']);
    expect(offset?.match(/LIMIT [\d?]+/g)).toEqual(['LIMIT ?', 'LIMIT ?', 'LIMIT 1', 'LIMIT ?']);
    expect(sent[2]?.params).toContain(140);
  });
});

describe.skipIf(TEST_PG === undefined)('PostgreSQL actors within a few months or weeks', () => {
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
      expect(await leadersOfDays(queryable(pool), DAYS, new Where(), null, 1, 0, { period: MONTH, leaders: 2 })).toBeNull();
      // The store then sums every actor of the days.
      expect((await store.entities({ ...DAYS, limit: 1 })).map((hit) => [hit.actor.name, hit.articles])).toEqual([['Dune Board', 4]]);
      // Dune Board now leads May (7) and is second in June (3): the bound is 5 + 3, and its 10 articles in the days beat it.
      await store.put(['05-27', '05-28', '05-29', '05-30', '05-31', '06-03'].map((day, n) => article(100 + n, `2022-${day}`, ['Dune Board'])));
      const led = await leadersOfDays(queryable(pool), DAYS, new Where(), null, 1, 0, { period: MONTH, leaders: 2 });
      expect(led?.map((row) => [row['ac_name'], Number(row['n_articles'])])).toEqual([['Dune Board', 10]]);
    } finally {
      await pool.end();
      await store.close();
    }
  });

  it("finds an actor that leads the days though it leads no week they touch (each week's leaders were written about outside the days, or alongside)", async () => {
    const url = TEST_PG ?? '';
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const store = openPostgresStore(url, { schema });
    const pool = createPool(url, { schema });
    try {
      // The days (20 May to 10 June) touch four weeks of a month: 15–21 May, 22–31 May, 1–7 June, 8–14
      // June. Two leaders a week: Alder 3 and Birch 2 before the days; Gale 3 and Ivy 3 (Dune 2); Hazel 3
      // and Juniper 3 (Dune 2); Elm 3 and Fir 2 after the days.
      const on = (name: string, days: readonly string[]): string[][] => days.map((d) => [`2022-${d}`, name]);
      const dates = [
        ...on('Alder Board', ['05-15', '05-16', '05-17']),
        ...on('Birch Board', ['05-18', '05-19']),
        ...on('Gale Board', ['05-22', '05-23', '05-24']),
        ...on('Ivy Board', ['05-27', '05-28', '05-29']),
        ...on('Dune Board', ['05-25', '05-26', '06-06', '06-07']),
        ...on('Hazel Board', ['06-01', '06-02', '06-03']),
        ...on('Juniper Board', ['06-04', '06-05', '06-06']),
        ...on('Elm Board', ['06-11', '06-12', '06-13']),
        ...on('Fir Board', ['06-12', '06-13']),
        // Written about most in May and June, in weeks the days do not touch.
        ...on('Oak Board', ['05-01', '05-02', '05-03', '05-04', '05-05', '05-06', '05-07', '05-07']),
        ...on('Pine Board', ['06-15', '06-16', '06-17', '06-18', '06-19', '06-20', '06-21', '06-21']),
      ];
      await store.put(dates.map(([date, name], n) => article(n, date ?? '', [name ?? ''])));
      // The leaders in the days have 3 articles each (Gale, Ivy, Hazel, Juniper): the bound (2 + 3 + 3 + 2,
      // the weeks' second counts) rules out nothing.
      expect(await leadersOfDays(queryable(pool), DAYS, new Where(), null, 1, 0, { period: WEEK, leaders: 2 })).toBeNull();
      // The store then sums every actor of the days.
      expect((await store.entities({ ...DAYS, limit: 1 })).map((hit) => [hit.actor.name, hit.articles])).toEqual([['Dune Board', 4]]);
      // Dune Board now leads 22–31 May (7) and 1–7 June (4): the bound is still 2 + 3 + 3 + 2, and its 11
      // articles in the days beat it. (The months' would be 7 + 4, Oak Board's 8 in May and Pine Board's 8
      // in June leading them: no better than Dune Board's 11, so every actor would be summed.)
      await store.put(['05-27', '05-28', '05-29', '05-30', '05-31', '06-05', '06-06'].map((day, n) => article(100 + n, `2022-${day}`, ['Dune Board'])));
      const led = await leadersOfDays(queryable(pool), DAYS, new Where(), null, 1, 0, { period: WEEK, leaders: 2 });
      expect(led?.map((row) => [row['ac_name'], Number(row['n_articles'])])).toEqual([['Dune Board', 11]]);
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
      let answered = 0;
      for (const period of [MONTH, WEEK]) {
        for (const leaders of [1, 2, 3, 7]) {
          for (const [size, skip] of [[1, 0], [2, 1], [3, 3], [6, 0]] as const) {
            const rows = await leadersOfDays(queryable(pool), DAYS, new Where(), null, size, skip, { period, leaders });
            if (rows !== null) expect(rows.map((row) => [row['ac_key'], Number(row['n_articles'])])).toEqual(expected.slice(skip, skip + size));
            answered += rows === null ? 0 : 1;
          }
        }
      }
      // Six boards, all read when seven leaders a period are (the bound is then 0): each period answers its four pages then at least.
      expect(answered).toBeGreaterThanOrEqual(8);
      const [first] = all;
      const afterFirst = await store.entities({ ...DAYS, limit: 2, after: { article: first?.actor.key ?? '' } });
      expect(afterFirst.map((hit) => [hit.actor.key, hit.articles])).toEqual(expected.slice(1, 3));
    } finally {
      await pool.end();
      await store.close();
    }
  });
});
