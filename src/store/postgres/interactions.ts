/**
 * Interactions between actors summed per pair and code (the network and an actor's interactions over
 * all days), kept by the writer as SQLite's are: a transaction's new events are added as deltas at its
 * end; a pair that lost events (an article replaced or removed) is summed again from its events there,
 * once every article of the transaction is written, and its deltas dropped (the new sum holds them).
 */
import { num, str, type Row } from '../sql/rows.js';
import type { Queryable } from './db.js';

/** A pair of actors and an upper-case code: a change to its sums, or (events 0) one to sum again. */
export interface PairShare {
  sid: number;
  tid: number;
  code: string;
  events: number;
  negated: number;
  first: string | null;
  last: string | null;
}

const keyOf = (sid: number, tid: number, code: string): string => `${sid} ${tid} ${code}`;
const least = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a <= b ? a : b);
const greatest = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a >= b ? a : b);

/** Adds `share` to the deltas by pair. */
export function addPair(pairs: Map<string, PairShare>, share: PairShare): void {
  const key = keyOf(share.sid, share.tid, share.code);
  const sum = pairs.get(key);
  if (sum === undefined) pairs.set(key, { ...share });
  else pairs.set(key, { ...sum, events: sum.events + share.events, negated: sum.negated + share.negated, first: least(sum.first, share.first), last: greatest(sum.last, share.last) });
}

/** An event row's share of its pair (none for an event without both actors, or of one actor with itself). */
export function pairOfEvent(row: Row): PairShare | null {
  const sid = row['source_actor_id'];
  const tid = row['target_actor_id'];
  if (typeof sid !== 'number' || typeof tid !== 'number' || sid === tid) return null;
  const day = typeof row['day'] === 'string' ? row['day'] : null;
  return { sid, tid, code: str(row['code']).toUpperCase(), events: 1, negated: num(row['negated']), first: day, last: day };
}

/** The pairs of an article's events, to be summed again once it is gone. */
export async function pairsOfArticle(db: Queryable, articleId: number, resum: Map<string, PairShare>): Promise<void> {
  const rows = await db.query(
    `SELECT DISTINCT source_actor_id AS sid, target_actor_id AS tid, upper(code) AS code FROM events
     WHERE article_id = ? AND source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL AND source_actor_id <> target_actor_id`,
    [articleId],
  );
  for (const row of rows) {
    const pair = { sid: num(row['sid']), tid: num(row['tid']), code: str(row['code']), events: 0, negated: 0, first: null, last: null };
    resum.set(keyOf(pair.sid, pair.tid, pair.code), pair);
  }
}

const inOrder = (a: PairShare, b: PairShare): number => a.sid - b.sid || a.tid - b.tid || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Writes the changes: pairs to sum again first, from their events, then the other pairs' deltas; each in key order. */
export async function savePairs(db: Queryable, deltas: ReadonlyMap<string, PairShare>, resum: ReadonlyMap<string, PairShare>): Promise<void> {
  const again = [...resum.values()].sort(inOrder);
  if (again.length > 0) {
    const values = again.map(() => '(?::bigint, ?::bigint, ?::text)').join(', ');
    const params = again.flatMap((p) => [p.sid, p.tid, p.code]);
    await db.query(`DELETE FROM interactions i USING (VALUES ${values}) AS v(sid, tid, code) WHERE i.source_actor_id = v.sid AND i.target_actor_id = v.tid AND i.code = v.code`, params);
    await db.query(
      `INSERT INTO interactions (source_actor_id, target_actor_id, code, events, negated, first, last)
       SELECT e.source_actor_id, e.target_actor_id, upper(e.code), COUNT(*), SUM(e.negated), MIN(e.day), MAX(e.day)
       FROM events e JOIN (VALUES ${values}) AS v(sid, tid, code) ON e.source_actor_id = v.sid AND e.target_actor_id = v.tid AND upper(e.code) = v.code
       GROUP BY 1, 2, 3`,
      params,
    );
  }
  const added = [...deltas].filter(([key, p]) => !resum.has(key) && p.events !== 0).map(([, p]) => p).sort(inOrder);
  if (added.length === 0) return;
  await db.query(
    `INSERT INTO interactions (source_actor_id, target_actor_id, code, events, negated, first, last)
     VALUES ${added.map(() => '(?::bigint, ?::bigint, ?::text, ?::bigint, ?::bigint, ?::text, ?::text)').join(', ')}
     ON CONFLICT (source_actor_id, target_actor_id, code) DO UPDATE SET events = interactions.events + excluded.events,
       negated = interactions.negated + excluded.negated, first = LEAST(interactions.first, excluded.first), last = GREATEST(interactions.last, excluded.last)`,
    added.flatMap((p) => [p.sid, p.tid, p.code, p.events, p.negated, p.first, p.last]),
  );
}
