/**
 * The PostgreSQL schema as an ordered list of migrations (versions 1, 2, 3…), recorded in
 * `schema_migrations`. The same tables and columns as SQLite's (sql/rows.ts reads both); what SQLite
 * keeps in summary tables for speed (actor days, roles, interactions) PostgreSQL sums from indexes.
 * Search is a `tsvector` per quote under the `onrecord` configuration: English Snowball stemming with
 * no stop words, so that it finds what SQLite's FTS5 index with the Porter stemmer finds.
 * Never edit a migration that has shipped: add the next one.
 */
import type { Migration } from '../sql/migration.js';
import type { Queryable } from './db.js';
import { rekeyActorsBySourcePg } from './rekey-actors.js';
import { PG_QUOTE_GENDER_SQL } from './stats.js';
import { WEEK } from './periods.js';

/** The migrations, oldest first. */
export const PG_MIGRATIONS: ReadonlyArray<Migration<unknown>> = [
  {
    version: 1,
    name: 'articles, actors, entities, quotes with search, events; counters',
    sql: `
CREATE TEXT SEARCH DICTIONARY onrecord_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION onrecord (COPY = english);
ALTER TEXT SEARCH CONFIGURATION onrecord ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH onrecord_stem;
CREATE TABLE articles (
  id BIGSERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  ext_id TEXT NOT NULL,
  title TEXT, date TEXT, day TEXT, url TEXT, source TEXT, byline TEXT,
  text TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  messages TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  quotes INTEGER NOT NULL DEFAULT 0,
  events INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_page ON articles (day DESC NULLS LAST, id DESC);
CREATE INDEX articles_source_day ON articles (lower(source), day DESC NULLS LAST, id DESC);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE INDEX articles_ext_id ON articles (ext_id);
CREATE TABLE actors (
  id BIGSERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  type TEXT NOT NULL,
  kb_id TEXT,
  country TEXT,
  articles INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0,
  quotes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_name ON actors (name_norm text_pattern_ops);
CREATE INDEX actors_kb ON actors (kb_id) WHERE kb_id IS NOT NULL;
CREATE INDEX actors_page ON actors (articles DESC, id) WHERE articles > 0;
CREATE TABLE entities (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  actor_id BIGINT REFERENCES actors(id),
  name TEXT NOT NULL, type TEXT NOT NULL, kb_id TEXT, role TEXT, country TEXT,
  mentions TEXT NOT NULL,
  day TEXT,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX entities_actor ON entities (actor_id, day) WHERE actor_id IS NOT NULL;
CREATE TABLE quotes (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  layer TEXT NOT NULL,
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL, end_ INTEGER NOT NULL,
  text TEXT NOT NULL,
  spans TEXT NOT NULL,
  cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
  speaker_entity TEXT, speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT,
  actor_id BIGINT REFERENCES actors(id),
  day TEXT,
  search TSVECTOR
);
CREATE INDEX quotes_article ON quotes (article_id, layer, actor_id);
CREATE INDEX quotes_page ON quotes (day DESC NULLS LAST, article_id DESC, start, id) WHERE layer = 'quote';
CREATE INDEX quotes_actor ON quotes (actor_id, day DESC NULLS LAST, article_id DESC, start, id) WHERE actor_id IS NOT NULL AND layer = 'quote';
CREATE INDEX quotes_search ON quotes USING GIN (search) WHERE layer = 'quote';
CREATE TABLE events (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  code TEXT NOT NULL,
  mode TEXT,
  negated INTEGER NOT NULL,
  modality TEXT NOT NULL,
  source_entity TEXT, source_name TEXT NOT NULL, source_country TEXT, source_type TEXT NOT NULL,
  source_actor_id BIGINT REFERENCES actors(id),
  target_entity TEXT, target_name TEXT NOT NULL, target_country TEXT, target_type TEXT NOT NULL,
  target_actor_id BIGINT REFERENCES actors(id),
  trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  quote_id TEXT,
  day TEXT
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_page ON events (day DESC NULLS LAST, article_id DESC, trigger_start, id);
CREATE INDEX events_code_page ON events (upper(code), day DESC NULLS LAST, article_id DESC, trigger_start, id);
CREATE INDEX events_source_actor ON events (source_actor_id, day DESC NULLS LAST) WHERE source_actor_id IS NOT NULL;
CREATE INDEX events_target_actor ON events (target_actor_id, day DESC NULLS LAST) WHERE target_actor_id IS NOT NULL;
CREATE TABLE store_totals (name TEXT PRIMARY KEY, n BIGINT NOT NULL);
INSERT INTO store_totals (name, n) VALUES ('articles', 0), ('actors', 0), ('entities', 0), ('quotes', 0), ('attributions', 0), ('events', 0), ('writes', 0);
`,
  },
  {
    version: 2,
    name: 'record fields without a column of their own kept as JSON',
    sql: `
ALTER TABLE articles ADD COLUMN extra TEXT;
ALTER TABLE entities ADD COLUMN extra TEXT;
ALTER TABLE quotes ADD COLUMN extra TEXT;
ALTER TABLE events ADD COLUMN extra TEXT;
`,
  },
  {
    version: 3,
    name: 'quotes counted by speaker gender; indexes for the dashboard',
    // As SQLite's migration 10: the writer keeps the counts by gender (sql/stats.ts), so the dashboard
    // joins no quotes. Articles by source and by day with their counts of quotes, and events by day
    // and code, are read from indexes alone.
    sql: `
CREATE TABLE quote_genders (gender TEXT PRIMARY KEY, quotes BIGINT NOT NULL);
INSERT INTO quote_genders (gender, quotes)
  SELECT ${PG_QUOTE_GENDER_SQL}, COUNT(*) FROM quotes q
  LEFT JOIN entities en ON en.article_id = q.article_id AND en.local_id = q.speaker_entity
  WHERE q.layer = 'quote' GROUP BY 1;
CREATE INDEX articles_source_quotes ON articles (lower(source)) INCLUDE (source, quotes);
CREATE INDEX articles_day_quotes ON articles (day) INCLUDE (quotes);
CREATE INDEX events_day_code ON events (day, upper(code));
`,
  },
  {
    version: 4,
    name: 'actors counted per day, roles per actor and day',
    // As SQLite's actor_days and actor_roles (its migrations 4 and 5), kept by the writer: an actor's
    // page and the actors within dates are summed from a few rows per day, not from all its entities
    // and quotes, which took a query's time in proportion to how often the actor was named.
    sql: `
CREATE TABLE actor_days (
  day TEXT NOT NULL,
  actor_id BIGINT NOT NULL,
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  PRIMARY KEY (day, actor_id)
);
INSERT INTO actor_days (day, actor_id, articles, mentions, quotes)
  SELECT a.day, m.actor_id, COUNT(*), SUM(m.mentions), SUM(COALESCE(q.n, 0))
  FROM (SELECT article_id, actor_id, SUM(json_array_length(mentions::json)) AS mentions
        FROM entities WHERE actor_id IS NOT NULL GROUP BY article_id, actor_id) m
  JOIN articles a ON a.id = m.article_id
  LEFT JOIN (SELECT article_id, actor_id, COUNT(*) AS n FROM quotes
             WHERE layer = 'quote' AND actor_id IS NOT NULL GROUP BY article_id, actor_id) q
    ON q.article_id = m.article_id AND q.actor_id = m.actor_id
  WHERE a.day IS NOT NULL
  GROUP BY a.day, m.actor_id;
CREATE INDEX actor_days_actor ON actor_days (actor_id, day) INCLUDE (quotes);
CREATE TABLE actor_roles (
  actor_id BIGINT NOT NULL,
  role TEXT NOT NULL,
  day TEXT NOT NULL,
  entities INTEGER NOT NULL,
  PRIMARY KEY (actor_id, role, day)
);
INSERT INTO actor_roles (actor_id, role, day, entities)
  SELECT en.actor_id, en.role, COALESCE(a.day, ''), COUNT(*)
  FROM entities en JOIN articles a ON a.id = en.article_id
  WHERE en.actor_id IS NOT NULL AND en.role IS NOT NULL AND en.role <> ''
  GROUP BY en.actor_id, en.role, COALESCE(a.day, '');
`,
  },
  {
    version: 5,
    name: 'quotes counted per month',
    // The dashboard's quotes per month summed an index of every article (182 ms at 100,000 articles,
    // seconds at 50 clients): the writer keeps the sums instead, as it keeps quote_genders.
    sql: `
CREATE TABLE quote_months (month TEXT PRIMARY KEY, quotes BIGINT NOT NULL);
INSERT INTO quote_months (month, quotes)
  SELECT substr(day, 1, 7), SUM(quotes) FROM articles WHERE day IS NOT NULL AND day <> '' GROUP BY 1 HAVING SUM(quotes) > 0;
`,
  },
  {
    version: 6,
    name: 'articles and quotes counted per source, events per month and code, interactions summed',
    // The dashboard's quotes by source and events per month and code read every article and every
    // event (an index of 1,000,000 articles, seconds at 50 clients): the writer keeps the sums, as it
    // keeps quote_months. A source is keyed by its exact spelling ('=' before it; 'null' for none),
    // so that the label of a source in any case is still the first spelling of those stored. The
    // network and an actor's interactions over all days read the sums per pair of actors and code, as
    // SQLite's do (its migration 5), instead of grouping every event of the store.
    sql: `
CREATE TABLE source_quotes (key TEXT PRIMARY KEY, source TEXT, articles BIGINT NOT NULL, quotes BIGINT NOT NULL);
INSERT INTO source_quotes (key, source, articles, quotes)
  SELECT CASE WHEN source IS NULL THEN 'null' ELSE '=' || source END, source, COUNT(*), SUM(quotes) FROM articles GROUP BY source;
CREATE TABLE event_months (month TEXT NOT NULL, code TEXT NOT NULL, events BIGINT NOT NULL, PRIMARY KEY (month, code));
INSERT INTO event_months (month, code, events)
  SELECT substr(day, 1, 7), upper(code), COUNT(*) FROM events WHERE day IS NOT NULL AND day <> '' GROUP BY 1, 2;
CREATE TABLE interactions (
  source_actor_id BIGINT NOT NULL,
  target_actor_id BIGINT NOT NULL,
  code TEXT NOT NULL,
  events BIGINT NOT NULL,
  negated BIGINT NOT NULL,
  first TEXT,
  last TEXT,
  PRIMARY KEY (source_actor_id, target_actor_id, code)
);
CREATE INDEX interactions_target ON interactions (target_actor_id);
INSERT INTO interactions (source_actor_id, target_actor_id, code, events, negated, first, last)
  SELECT source_actor_id, target_actor_id, upper(code), COUNT(*), SUM(negated), MIN(day), MAX(day) FROM events
  WHERE source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL AND source_actor_id <> target_actor_id
  GROUP BY 1, 2, 3;
CREATE INDEX events_pair ON events (source_actor_id, target_actor_id, upper(code))
  WHERE source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL;
`,
  },
  {
    version: 7,
    name: "an actor's events in the order of the list",
    // An actor's events were read from events_page filtered by actor (its actor indexes end at the day,
    // so the planner preferred the list's index): 216 ms for an actor with no events on the
    // 1,000,000-article bench store. In the list's whole order, a page of an actor's events at either
    // end is a range of one of these.
    sql: `
CREATE INDEX events_source_page ON events (source_actor_id, day DESC NULLS LAST, article_id DESC, trigger_start, id) WHERE source_actor_id IS NOT NULL;
CREATE INDEX events_target_page ON events (target_actor_id, day DESC NULLS LAST, article_id DESC, trigger_start, id) WHERE target_actor_id IS NOT NULL;
DROP INDEX events_source_actor;
DROP INDEX events_target_actor;
`,
  },
  {
    version: 8,
    name: 'the quoted actors by type, most quoted first',
    // The dashboard's quotes by kind of speaker and people quoted most read every actor's row (15 ms
    // and 2 ms on the 100,000-article bench store, the slowest of its statements): as SQLite's
    // actors_quoted (its migration 11), the quoted ones in the order both ask for.
    sql: `
CREATE INDEX actors_quoted ON actors (type, quotes DESC, id) INCLUDE (key, name) WHERE quotes > 0;
`,
  },
  {
    version: 9,
    name: 'unknown people one actor per source',
    // As SQLite's migration 12: actors.ts keys an unknown person within the article's source, and
    // rekey-actors.ts gives stored actors those keys (a person with a kbId stays one actor).
    sql: 'SELECT 1',
    run: async (db) => rekeyActorsBySourcePg(db as Queryable),
  },
  {
    version: 10,
    name: "an actor's quotes per month, kept summed",
    // As SQLite's actor_months (its migration 14), kept by the writer with actor_days: an actor's
    // timeline reads a row per month instead of summing a row per day it was named.
    sql: `
CREATE TABLE actor_months (
  actor_id BIGINT NOT NULL,
  month TEXT NOT NULL,
  quotes INTEGER NOT NULL,
  PRIMARY KEY (actor_id, month)
);
INSERT INTO actor_months (actor_id, month, quotes)
  SELECT actor_id, substr(day, 1, 7), SUM(quotes) FROM actor_days GROUP BY actor_id, substr(day, 1, 7) HAVING SUM(quotes) > 0;
`,
  },
  {
    version: 11,
    name: 'quotes by kind of speaker, kept summed',
    // The dashboard's quotes by kind of speaker summed the quoted actors' counters: the planner read the
    // whole actors table for it (a third of the actors quoted on the 100,000-article bench store; 1,363
    // pages, their rows rewritten by every batch's counters). The writer keeps the sums per type.
    sql: `
CREATE TABLE quote_types (type TEXT PRIMARY KEY, quotes BIGINT NOT NULL);
INSERT INTO quote_types (type, quotes) SELECT type, SUM(quotes) FROM actors WHERE quotes > 0 GROUP BY type;
`,
  },
  {
    version: 12,
    name: 'the network read in its order from the kept sums',
    // The network (the sums of all days, most events first, of one code or all) read the whole of
    // interactions and sorted it: 413 rows on the 100,000-article bench store, a row per pair of actors
    // and code in a larger one. In the list's order, a page is the index's first rows.
    sql: `
CREATE INDEX interactions_page ON interactions (events DESC, source_actor_id, target_actor_id, code COLLATE "C");
CREATE INDEX interactions_code_page ON interactions (code, events DESC, source_actor_id, target_actor_id, code COLLATE "C");
`,
  },
  {
    version: 13,
    name: "an actor's roles and its articles per month, kept summed",
    // An actor's roles were summed from a row per role and day (1,802 rows for the most named actor of
    // a 110,000-article store, 2.2 ms; ten times that at 1,000,000); the actors within days summed
    // every actor's rows of the days (83,661 in 28 days at 1,000,000: 140 ms). The writer keeps each
    // role's sum, and each actor's articles per month, whose first rows bound who can lead the days
    // (actor-window.ts); the actors' sums over days are read from one covering index.
    sql: `
CREATE TABLE actor_role_sums (
  actor_id BIGINT NOT NULL,
  role TEXT NOT NULL,
  entities INTEGER NOT NULL,
  first TEXT,
  last TEXT,
  PRIMARY KEY (actor_id, role)
);
INSERT INTO actor_role_sums (actor_id, role, entities, first, last)
  SELECT actor_id, role, SUM(entities), MIN(NULLIF(day, '')), MAX(NULLIF(day, '')) FROM actor_roles GROUP BY actor_id, role;
CREATE TABLE actor_month_articles (
  month TEXT NOT NULL,
  actor_id BIGINT NOT NULL,
  articles INTEGER NOT NULL,
  PRIMARY KEY (month, actor_id)
);
INSERT INTO actor_month_articles (month, actor_id, articles)
  SELECT substr(day, 1, 7), actor_id, SUM(articles) FROM actor_days GROUP BY substr(day, 1, 7), actor_id;
CREATE INDEX actor_month_articles_top ON actor_month_articles (month, articles DESC, actor_id);
CREATE INDEX actor_days_actor_sums ON actor_days (actor_id, day) INCLUDE (articles, mentions, quotes);
DROP INDEX actor_days_actor;
`,
  },
  {
    version: 14,
    name: "an actor's articles per week of a month, kept summed, for the leaders of a few weeks' days",
    // The months' leaders bound the actors of a range of days by two whole months for a range of 28
    // days (the months it touches): 200 leaders a month are read to rule out the rest, each summed
    // over its days (215 leaders' 5,883 rows of actor_days on the 1,000,000-article bench store). The
    // weeks a range touches overrun it by at most six days at each end, so fewer leaders bound it; on
    // a small store the weeks' counts are few and tie, and the months stay the cheaper (actor-window.ts).
    sql: `
CREATE TABLE actor_week_articles (
  week TEXT NOT NULL,
  actor_id BIGINT NOT NULL,
  articles INTEGER NOT NULL,
  PRIMARY KEY (week, actor_id)
);
INSERT INTO actor_week_articles (week, actor_id, articles)
  SELECT ${WEEK.sql('day')}, actor_id, SUM(articles) FROM actor_days GROUP BY 1, actor_id;
CREATE INDEX actor_week_articles_top ON actor_week_articles (week, articles DESC, actor_id);
`,
  },
];

/** The schema version this code writes. */
export const PG_LATEST_VERSION = PG_MIGRATIONS.length;
