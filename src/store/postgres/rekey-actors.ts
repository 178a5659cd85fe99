/**
 * Migration 9's own step, as SQLite's migration 12 (sql/actor-sources.ts says what it does): unknown
 * people's actors keyed within their source, an actor split where its articles came from several
 * sources, and the split actors' counters, days, roles and interactions summed again from their rows.
 */
import { splitBySource } from '../sql/actor-sources.js';
import { num, str, strOrNull } from '../sql/rows.js';
import type { Queryable } from './db.js';

const ARTICLES_OF = 'article_id IN (SELECT id FROM articles WHERE source IS NOT DISTINCT FROM ?)';
const MOVES = [
  `UPDATE entities SET actor_id = ? WHERE actor_id = ? AND ${ARTICLES_OF}`,
  `UPDATE quotes SET actor_id = ? WHERE actor_id = ? AND ${ARTICLES_OF}`,
  `UPDATE events SET source_actor_id = ? WHERE source_actor_id = ? AND ${ARTICLES_OF}`,
  `UPDATE events SET target_actor_id = ? WHERE target_actor_id = ? AND ${ARTICLES_OF}`,
];

/** Gives every `person:NAME` actor its source's key, splitting it by source where it must. */
export async function rekeyActorsBySourcePg(db: Queryable): Promise<void> {
  const rows = await db.query(
    `SELECT e.actor_id, ac.key, a.source FROM actors ac
     JOIN entities e ON e.actor_id = ac.id JOIN articles a ON a.id = e.article_id
     WHERE ac.key LIKE 'person:%' GROUP BY e.actor_id, ac.key, a.source`,
  );
  const plans = splitBySource(rows.map((row) => ({ actorId: num(row['actor_id']), key: str(row['key']), source: strOrNull(row['source']) })));
  if (plans.length === 0) return;
  // Keys renamed all at once: no two plans give one key, and no stored key has '@' yet.
  await db.query('UPDATE actors SET key = v.key FROM unnest(?::bigint[], ?::text[]) AS v(id, key) WHERE actors.id = v.id', [plans.map((p) => p.actorId), plans.map((p) => p.key)]);
  const split: number[] = [];
  for (const plan of plans) {
    if (plan.moved.length > 0) split.push(plan.actorId);
    for (const { key, sources } of plan.moved) {
      const [made] = await db.query('INSERT INTO actors (key, name, name_norm, type, kb_id, country) SELECT ?, name, name_norm, type, kb_id, country FROM actors WHERE id = ? RETURNING id', [key, plan.actorId]);
      const to = num(made?.['id']);
      split.push(to);
      for (const source of sources) for (const move of MOVES) await db.query(move, [to, plan.actorId, source]);
    }
  }
  if (split.length > 0) await resumActors(db, split);
}

// The sums the writer keeps per actor, made again from the rows of these actors only.
async function resumActors(db: Queryable, ids: readonly number[]): Promise<void> {
  const statements = [
    `UPDATE actors SET
       articles = (SELECT COUNT(DISTINCT article_id) FROM entities WHERE actor_id = actors.id),
       mentions = (SELECT COALESCE(SUM(json_array_length(mentions::json)), 0) FROM entities WHERE actor_id = actors.id),
       quotes = (SELECT COUNT(*) FROM quotes WHERE actor_id = actors.id AND layer = 'quote')
     WHERE id = ANY(?::bigint[])`,
    'DELETE FROM actor_days WHERE actor_id = ANY(?::bigint[])',
    // The quotes counted are these actors' only, as on SQLite (not every quote of the store grouped).
    `WITH chosen AS (SELECT unnest(?::bigint[]) AS id)
     INSERT INTO actor_days (day, actor_id, articles, mentions, quotes)
       SELECT a.day, m.actor_id, COUNT(*), SUM(m.mentions), SUM(COALESCE(q.n, 0))
       FROM (SELECT article_id, actor_id, SUM(json_array_length(mentions::json)) AS mentions
             FROM entities WHERE actor_id IN (SELECT id FROM chosen) GROUP BY article_id, actor_id) m
       JOIN articles a ON a.id = m.article_id
       LEFT JOIN (SELECT article_id, actor_id, COUNT(*) AS n FROM quotes
                  WHERE layer = 'quote' AND actor_id IN (SELECT id FROM chosen) GROUP BY article_id, actor_id) q
         ON q.article_id = m.article_id AND q.actor_id = m.actor_id
       WHERE a.day IS NOT NULL
       GROUP BY a.day, m.actor_id`,
    'DELETE FROM actor_roles WHERE actor_id = ANY(?::bigint[])',
    `INSERT INTO actor_roles (actor_id, role, day, entities)
       SELECT en.actor_id, en.role, COALESCE(a.day, ''), COUNT(*)
       FROM entities en JOIN articles a ON a.id = en.article_id
       WHERE en.actor_id = ANY(?::bigint[]) AND en.role IS NOT NULL AND en.role <> ''
       GROUP BY en.actor_id, en.role, COALESCE(a.day, '')`,
  ];
  for (const sql of statements) await db.query(sql, [ids]);
  await db.query('DELETE FROM interactions WHERE source_actor_id = ANY(?::bigint[]) OR target_actor_id = ANY(?::bigint[])', [ids, ids]);
  await db.query(
    `INSERT INTO interactions (source_actor_id, target_actor_id, code, events, negated, first, last)
       SELECT source_actor_id, target_actor_id, upper(code), COUNT(*), SUM(negated), MIN(day), MAX(day) FROM events
       WHERE (source_actor_id = ANY(?::bigint[]) OR target_actor_id = ANY(?::bigint[]))
         AND source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL AND source_actor_id <> target_actor_id
       GROUP BY 1, 2, 3`,
    [ids, ids],
  );
  await db.query("UPDATE store_totals SET n = (SELECT COUNT(*) FROM actors WHERE articles > 0) WHERE name = 'actors'");
}
