/**
 * What a PostgreSQL write changes besides its rows: store_totals, quote counts by gender and month,
 * and the actors' sums by day and role, gathered over a transaction and written once at its end (in
 * key order, so that two writers lock rows in one order).
 */
import type { Queryable } from './db.js';
import { addPair, savePairs, type PairShare } from './interactions.js';
import { savePeriodArticles, saveRoleSums } from './actor-sums.js';
import { MONTH, WEEK } from './periods.js';
import { addSums, bytewise, ROWS_PER_STATEMENT, type SumTable } from './sums.js';

/** Changes to store_totals, to quote_genders by gender and to the actors' sums by day and role, summed over a transaction and written once at its end. */
export type Totals = Record<'articles' | 'actors' | 'entities' | 'quotes' | 'attributions' | 'events', number> & {
  genders: Map<string, number>;
  /** Quotes by the type of their speaker's actor. */
  types: Map<string, number>;
  months: Map<string, number>;
  days: Map<string, DayShare>;
  roles: Map<string, RoleShare>;
  /** Articles and quotes by exact source, keyed as source_quotes is. */
  sources: Map<string, SourceShare>;
  /** Events by month and upper-case code ("2024-03 CONSULT"). */
  eventMonths: Map<string, number>;
  /** New events' sums by pair of actors and code, and the pairs to sum again (interactions.ts). */
  pairs: Map<string, PairShare>;
  resum: Map<string, PairShare>;
};

/** An exact source's articles and quotes, as source_quotes holds them (here a change to them). */
export interface SourceShare {
  source: string | null;
  articles: number;
  quotes: number;
}

/** No change yet. */
export const noTotals = (): Totals => ({ articles: 0, actors: 0, entities: 0, quotes: 0, attributions: 0, events: 0, genders: new Map(), types: new Map(), months: new Map(), days: new Map(), roles: new Map(), sources: new Map(), eventMonths: new Map(), pairs: new Map(), resum: new Map() });

/** Quotes by a speaker gender added (or, negative, taken). */
export function addGender(totals: Totals, gender: string, n: number): void {
  totals.genders.set(gender, (totals.genders.get(gender) ?? 0) + n);
}

/** An article's quotes added to (or, negative, taken from) its month's. */
export function addMonth(totals: Totals, day: string, quotes: number): void {
  const month = day.slice(0, 7);
  totals.months.set(month, (totals.months.get(month) ?? 0) + quotes);
}

/** An article of `source` with `quotes` quotes added (or, negative, taken). */
export function addSource(totals: Totals, source: string | null, articles: number, quotes: number): void {
  const key = source === null ? 'null' : `=${source}`;
  const sum = totals.sources.get(key) ?? { source, articles: 0, quotes: 0 };
  sum.articles += articles;
  sum.quotes += quotes;
  totals.sources.set(key, sum);
}

/** Events of a code on a day added (or, negative, taken); undated ones are not counted by month. */
export function addEvents(totals: Totals, day: string | null, code: string, n: number): void {
  if (day === null || day === '') return;
  const key = `${day.slice(0, 7)} ${code.toUpperCase()}`;
  totals.eventMonths.set(key, (totals.eventMonths.get(key) ?? 0) + n);
}

/** An actor's share of an article added to (or, negative, taken from) its sums on the article's day. */
export function addDay(totals: Totals, day: string, actor: number, share: { articles: number; mentions: number; quotes: number }): void {
  const key = `${day} ${actor}`;
  const sum = totals.days.get(key) ?? { day, actor, articles: 0, mentions: 0, quotes: 0 };
  sum.articles += share.articles;
  sum.mentions += share.mentions;
  sum.quotes += share.quotes;
  totals.days.set(key, sum);
}

/** Entities of an actor holding a role on a day ('' for none), added or taken. */
export function addRole(totals: Totals, actor: number, role: string, day: string, entities: number): void {
  const key = JSON.stringify([actor, role, day]);
  const sum = totals.roles.get(key) ?? { actor, role, day, entities: 0 };
  sum.entities += entities;
  totals.roles.set(key, sum);
}

const ROLES: SumTable = { name: 'actor_roles', keys: [['actor_id', 'bigint'], ['role', 'text'], ['day', 'text']], sum: 'entities' };
const MONTHS: SumTable = { name: 'actor_months', keys: [['actor_id', 'bigint'], ['month', 'text']], sum: 'quotes' };

/**
 * Adds the changed quote counts by key to a table of counts (quote_genders, quote_types, quote_months), dropping
 * keys left with none. In the keys' order, so that two writers lock their rows in one order.
 */
async function addCounts(db: Queryable, table: 'quote_genders' | 'quote_types' | 'quote_months', key: 'gender' | 'type' | 'month', counts: ReadonlyMap<string, number>): Promise<void> {
  const changed = [...counts].filter(([, n]) => n !== 0).sort(([a], [b]) => bytewise(a, b));
  if (changed.length === 0) return;
  await db.query(
    `INSERT INTO ${table} (${key}, quotes) VALUES ${changed.map(() => '(?::text, ?::bigint)').join(', ')}
     ON CONFLICT (${key}) DO UPDATE SET quotes = ${table}.quotes + excluded.quotes`,
    changed.flat(),
  );
  await db.query(`DELETE FROM ${table} WHERE quotes <= 0`);
}

/** Writes the totals' changes and moves the data version: last in a transaction, so the rows are locked briefly. */
export async function saveTotals(db: Queryable, totals: Totals): Promise<void> {
  await addCounts(db, 'quote_genders', 'gender', totals.genders);
  await addCounts(db, 'quote_types', 'type', totals.types);
  await saveSums(db, totals);
  await addCounts(db, 'quote_months', 'month', totals.months);
  await saveSources(db, totals);
  await saveEventMonths(db, totals);
  await savePairs(db, totals.pairs, totals.resum);
  const changes = Object.entries(totals).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] !== 0);
  changes.push(['writes', 1]);
  await db.query(
    `UPDATE store_totals AS t SET n = t.n + v.d FROM (VALUES ${changes.map(() => '(?::text, ?::bigint)').join(', ')}) AS v(name, d) WHERE t.name = v.name`,
    changes.flat(),
  );
}

/** An actor's articles, mentions and quotes on one day, as actor_days holds them (here a change to them). */
export interface DayShare {
  day: string;
  actor: number;
  articles: number;
  mentions: number;
  quotes: number;
}

/** How many of an actor's entities held a role on one day, as actor_roles holds them (here a change). */
export interface RoleShare {
  actor: number;
  role: string;
  day: string;
  entities: number;
}

// The changes to actor_days and actor_roles, in their keys' order (two writers then lock rows in one
// order), then the rows no article counts any more taken out.
async function saveSums(db: Queryable, totals: Totals): Promise<void> {
  const days = [...totals.days.values()].filter((d) => d.articles !== 0 || d.mentions !== 0 || d.quotes !== 0).sort((a, b) => bytewise(a.day, b.day) || a.actor - b.actor);
  for (let at = 0; at < days.length; at += ROWS_PER_STATEMENT) {
    const chunk = days.slice(at, at + ROWS_PER_STATEMENT);
    await db.query(
      `INSERT INTO actor_days (day, actor_id, articles, mentions, quotes) VALUES ${chunk.map(() => '(?::text, ?::bigint, ?::int, ?::int, ?::int)').join(', ')}
       ON CONFLICT (day, actor_id) DO UPDATE SET articles = actor_days.articles + excluded.articles,
         mentions = actor_days.mentions + excluded.mentions, quotes = actor_days.quotes + excluded.quotes`,
      chunk.flatMap((d) => [d.day, d.actor, d.articles, d.mentions, d.quotes]),
    );
  }
  const gone = days.filter((d) => d.articles < 0);
  if (gone.length > 0) {
    await db.query(
      `DELETE FROM actor_days d USING (VALUES ${gone.map(() => '(?::text, ?::bigint)').join(', ')}) AS v(day, actor_id)
       WHERE d.day = v.day AND d.actor_id = v.actor_id AND d.articles <= 0`,
      gone.flatMap((d) => [d.day, d.actor]),
    );
  }
  await saveMonths(db, days);
  await savePeriodArticles(db, MONTH, days);
  await savePeriodArticles(db, WEEK, days);
  const roles = [...totals.roles.values()].filter((r) => r.entities !== 0).sort((a, b) => a.actor - b.actor || bytewise(a.role, b.role) || bytewise(a.day, b.day));
  await addSums(db, ROLES, roles.map((r) => [r.actor, r.role, r.day, r.entities]));
  await saveRoleSums(db, roles);
}

// The changes of quotes per actor and day summed per month into actor_months (in the keys' order), then
// the months left without quotes taken out: SQLite's triggers on actor_days (its migration 14) do the same.
async function saveMonths(db: Queryable, days: readonly DayShare[]): Promise<void> {
  const sums = new Map<string, { actor: number; month: string; quotes: number }>();
  for (const d of days) {
    if (d.quotes === 0) continue;
    const month = d.day.slice(0, 7);
    const key = `${d.actor} ${month}`;
    const sum = sums.get(key) ?? { actor: d.actor, month, quotes: 0 };
    sum.quotes += d.quotes;
    sums.set(key, sum);
  }
  const months = [...sums.values()].filter((m) => m.quotes !== 0).sort((a, b) => a.actor - b.actor || bytewise(a.month, b.month));
  await addSums(db, MONTHS, months.map((m) => [m.actor, m.month, m.quotes]));
}

/** Adds the changes of `from` to `into` (an article's, once it is stored). */
export function mergeTotals(into: Totals, from: Totals): void {
  for (const name of ['articles', 'actors', 'entities', 'quotes', 'attributions', 'events'] as const) into[name] += from[name];
  for (const [gender, n] of from.genders) addGender(into, gender, n);
  for (const [type, n] of from.types) into.types.set(type, (into.types.get(type) ?? 0) + n);
  for (const [month, n] of from.months) into.months.set(month, (into.months.get(month) ?? 0) + n);
  for (const sum of from.days.values()) addDay(into, sum.day, sum.actor, sum);
  for (const sum of from.roles.values()) addRole(into, sum.actor, sum.role, sum.day, sum.entities);
  for (const sum of from.sources.values()) addSource(into, sum.source, sum.articles, sum.quotes);
  for (const [key, n] of from.eventMonths) into.eventMonths.set(key, (into.eventMonths.get(key) ?? 0) + n);
  for (const share of from.pairs.values()) addPair(into.pairs, share);
  for (const [key, pair] of from.resum) into.resum.set(key, pair);
}

// The changes to source_quotes, in key order; sources no article names any more taken out.
async function saveSources(db: Queryable, totals: Totals): Promise<void> {
  const changed = [...totals.sources].filter(([, s]) => s.articles !== 0 || s.quotes !== 0).sort(([a], [b]) => bytewise(a, b));
  if (changed.length === 0) return;
  await db.query(
    `INSERT INTO source_quotes (key, source, articles, quotes) VALUES ${changed.map(() => '(?::text, ?::text, ?::bigint, ?::bigint)').join(', ')}
     ON CONFLICT (key) DO UPDATE SET articles = source_quotes.articles + excluded.articles, quotes = source_quotes.quotes + excluded.quotes`,
    changed.flatMap(([key, s]) => [key, s.source, s.articles, s.quotes]),
  );
  if (changed.some(([, s]) => s.articles < 0)) await db.query('DELETE FROM source_quotes WHERE articles <= 0');
}

// The changes to event_months, in key order; months and codes left with no event taken out.
async function saveEventMonths(db: Queryable, totals: Totals): Promise<void> {
  const changed = [...totals.eventMonths].filter(([, n]) => n !== 0).sort(([a], [b]) => bytewise(a, b));
  if (changed.length === 0) return;
  await db.query(
    `INSERT INTO event_months (month, code, events) VALUES ${changed.map(() => '(?::text, ?::text, ?::bigint)').join(', ')}
     ON CONFLICT (month, code) DO UPDATE SET events = event_months.events + excluded.events`,
    changed.flatMap(([key, n]) => [key.slice(0, 7), key.slice(8), n]),
  );
  if (changed.some(([, n]) => n < 0)) await db.query('DELETE FROM event_months WHERE events <= 0');
}
