/**
 * Migration 12's own step (sql/actor-sources.ts says what it does): unknown people's actors keyed
 * within their source, an actor split where its articles came from several sources, and the split
 * actors' counters, days, roles and interactions summed again from their rows.
 */
import type Database from 'better-sqlite3';
import { splitBySource, type ActorSource } from '../sql/actor-sources.js';

const ARTICLES_OF = 'article_id IN (SELECT id FROM articles WHERE source IS @source)';
const MOVES = [
  `UPDATE entities SET actor_id = @to WHERE actor_id = @from AND ${ARTICLES_OF}`,
  `UPDATE quotes SET actor_id = @to WHERE actor_id = @from AND ${ARTICLES_OF}`,
  `UPDATE events SET source_actor_id = @to WHERE source_actor_id = @from AND ${ARTICLES_OF}`,
  `UPDATE events SET target_actor_id = @to WHERE target_actor_id = @from AND ${ARTICLES_OF}`,
];

/** Gives every `person:NAME` actor its source's key, splitting it by source where it must. */
export function rekeyActorsBySource(db: Database.Database): void {
  const rows = db
    .prepare<[], ActorSource>(
      `SELECT e.actor_id AS actorId, ac.key AS key, a.source AS source FROM actors ac
       JOIN entities e ON e.actor_id = ac.id JOIN articles a ON a.id = e.article_id
       WHERE ac.key LIKE 'person:%' GROUP BY e.actor_id, ac.key, a.source COLLATE BINARY`,
    )
    .all();
  const rename = db.prepare('UPDATE actors SET key = ? WHERE id = ?');
  const copy = db.prepare('INSERT INTO actors (key, name, name_norm, type, kb_id, country) SELECT ?, name, name_norm, type, kb_id, country FROM actors WHERE id = ?');
  const moves = MOVES.map((sql) => db.prepare(sql));
  const split: number[] = [];
  for (const plan of splitBySource(rows)) {
    rename.run(plan.key, plan.actorId);
    if (plan.moved.length > 0) split.push(plan.actorId);
    for (const { key, sources } of plan.moved) {
      const to = Number(copy.run(key, plan.actorId).lastInsertRowid);
      split.push(to);
      for (const source of sources) for (const move of moves) move.run({ to, from: plan.actorId, source });
    }
  }
  if (split.length > 0) resumActors(db, split);
}

// The sums the writer keeps per actor, made again from the rows of these actors only.
function resumActors(db: Database.Database, ids: readonly number[]): void {
  db.exec('CREATE TEMP TABLE resummed (id INTEGER PRIMARY KEY)');
  const add = db.prepare('INSERT OR IGNORE INTO resummed (id) VALUES (?)');
  for (const id of ids) add.run(id);
  db.exec(`
UPDATE actors SET
  articles = (SELECT COUNT(DISTINCT article_id) FROM entities WHERE actor_id = actors.id),
  mentions = (SELECT COALESCE(SUM(json_array_length(mentions)), 0) FROM entities WHERE actor_id = actors.id),
  quotes = (SELECT COUNT(*) FROM quotes WHERE actor_id = actors.id AND layer = 'quote')
WHERE id IN (SELECT id FROM resummed);
DELETE FROM actor_days WHERE actor_id IN (SELECT id FROM resummed);
INSERT INTO actor_days (day, actor_id, articles, mentions, quotes)
  SELECT a.day, m.actor_id, COUNT(*), SUM(m.mentions), SUM(COALESCE(q.n, 0))
  FROM (SELECT article_id, actor_id, SUM(json_array_length(mentions)) AS mentions
        FROM entities WHERE actor_id IN (SELECT id FROM resummed) GROUP BY article_id, actor_id) m
  JOIN articles a ON a.id = m.article_id
  LEFT JOIN (SELECT article_id, actor_id, COUNT(*) AS n FROM quotes
             WHERE layer = 'quote' AND actor_id IN (SELECT id FROM resummed) GROUP BY article_id, actor_id) q
    ON q.article_id = m.article_id AND q.actor_id = m.actor_id
  WHERE a.day IS NOT NULL
  GROUP BY a.day, m.actor_id;
DELETE FROM actor_roles WHERE actor_id IN (SELECT id FROM resummed);
INSERT INTO actor_roles (actor_id, role, day, entities)
  SELECT en.actor_id, en.role, COALESCE(a.day, ''), COUNT(*)
  FROM entities en JOIN articles a ON a.id = en.article_id
  WHERE en.actor_id IN (SELECT id FROM resummed) AND en.role IS NOT NULL AND en.role <> ''
  GROUP BY en.actor_id, en.role, COALESCE(a.day, '');
DELETE FROM interactions WHERE source_actor_id IN (SELECT id FROM resummed) OR target_actor_id IN (SELECT id FROM resummed);
INSERT INTO interactions (source_actor_id, target_actor_id, code, events, negated, first, last)
  SELECT source_actor_id, target_actor_id, upper(code), COUNT(*), SUM(negated), MIN(day), MAX(day) FROM events
  WHERE (source_actor_id IN (SELECT id FROM resummed) OR target_actor_id IN (SELECT id FROM resummed))
    AND source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL AND source_actor_id <> target_actor_id
  GROUP BY source_actor_id, target_actor_id, upper(code);
DROP TABLE resummed;
`);
}
