/**
 * The SQLite schema as an ordered list of migrations. A database records the last one applied in
 * `PRAGMA user_version` (and each one in `schema_migrations`); opening it applies the rest in order,
 * each in its own transaction. Never edit a migration that has shipped: add the next one.
 */

import type { Migration } from './migration.js';
import { LATER_MIGRATIONS } from './migrations-late.js';
import { rekeyArticles } from './rekey.js';
import { searchKeySql } from './search-key.js';
import { QUOTE_GENDER_SQL } from './stats.js';

export type { Migration } from './migration.js';

/** The migrations, oldest first; versions are 1, 2, 3… */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, actors, entities, quotes',
    sql: `
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  ext_id TEXT NOT NULL,
  title TEXT, date TEXT, day TEXT, url TEXT, source TEXT COLLATE NOCASE, byline TEXT,
  text TEXT NOT NULL,
  messages TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_source_day ON articles(source, day);
CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
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
CREATE INDEX actors_name ON actors(name_norm);
CREATE INDEX actors_kb ON actors(kb_id) WHERE kb_id IS NOT NULL;
CREATE INDEX actors_articles ON actors(articles);
CREATE TABLE entities (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  actor_id INTEGER REFERENCES actors(id),
  name TEXT NOT NULL, type TEXT NOT NULL, kb_id TEXT, role TEXT, country TEXT,
  mentions TEXT NOT NULL,
  PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor_id) WHERE actor_id IS NOT NULL;
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  layer TEXT NOT NULL,
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL, end_ INTEGER NOT NULL,
  text TEXT NOT NULL,
  spans TEXT NOT NULL,
  cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
  speaker_entity TEXT, speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT,
  actor_id INTEGER REFERENCES actors(id),
  day TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_actor_day ON quotes(actor_id, day) WHERE actor_id IS NOT NULL;
CREATE INDEX quotes_day ON quotes(day) WHERE layer = 'quote';
`,
  },
  {
    version: 2,
    name: 'events',
    sql: `
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  code TEXT NOT NULL COLLATE NOCASE,
  mode TEXT,
  negated INTEGER NOT NULL,
  modality TEXT NOT NULL,
  source_entity TEXT, source_name TEXT NOT NULL, source_country TEXT, source_type TEXT NOT NULL,
  source_actor_id INTEGER REFERENCES actors(id),
  target_entity TEXT, target_name TEXT NOT NULL, target_country TEXT, target_type TEXT NOT NULL,
  target_actor_id INTEGER REFERENCES actors(id),
  trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  quote_id TEXT,
  day TEXT
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_code_day ON events(code, day);
CREATE INDEX events_source_actor ON events(source_actor_id) WHERE source_actor_id IS NOT NULL;
CREATE INDEX events_target_actor ON events(target_actor_id) WHERE target_actor_id IS NOT NULL;
`,
  },
  {
    version: 3,
    name: 'full-text search over quotes',
    sql: `
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
`,
  },
  {
    version: 4,
    name: 'search in date order; actors counted per day',
    // The index's rowid is the quote's key (search-key.ts: day index × 2³² + quote id), so a search
    // reads its matches newest first and a day range is a rowid range. The writer fills it once per
    // batch instead of by trigger: a trigger wrote it inside each article's savepoint, which makes
    // FTS5 flush its pending terms to disk every article. actor_days holds each actor's articles,
    // mentions and quotes per day, kept by the writer, so actors within dates are summed, not counted.
    sql: `
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quote_search USING fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
INSERT INTO quote_search(rowid, text)
  SELECT (CASE WHEN day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND julianday(day) IS NOT NULL
    THEN MIN(2097151, MAX(1, CAST(julianday(day) - 1721059.5 AS INTEGER) + 1)) ELSE 0 END) * 4294967296 + id, text
  FROM quotes WHERE layer = 'quote';
CREATE TABLE actor_days (
  day TEXT NOT NULL,
  actor_id INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  PRIMARY KEY (day, actor_id)
) WITHOUT ROWID;
INSERT INTO actor_days (day, actor_id, articles, mentions, quotes)
  SELECT a.day, m.actor_id, COUNT(*), SUM(m.mentions), SUM(COALESCE(q.n, 0))
  FROM (SELECT article_id, actor_id, SUM(json_array_length(mentions)) AS mentions
        FROM entities WHERE actor_id IS NOT NULL GROUP BY article_id, actor_id) m
  JOIN articles a ON a.id = m.article_id
  LEFT JOIN (SELECT article_id, actor_id, COUNT(*) AS n FROM quotes
             WHERE layer = 'quote' AND actor_id IS NOT NULL GROUP BY article_id, actor_id) q
    ON q.article_id = m.article_id AND q.actor_id = m.actor_id
  WHERE a.day IS NOT NULL
  GROUP BY a.day, m.actor_id;
`,
  },
  {
    version: 5,
    name: 'totals, roles per actor and day, interactions summed, indexes for an actor page',
    // What a page of the server asks for stays cheap on a large store. store_totals holds the counts
    // of stats, kept by triggers (they also see the cascade when an article goes), so counting is one
    // read instead of scans of the big tables. actor_roles holds how many of an actor's entities held
    // a role on each day ('' for no day), kept by the writer like actor_days, so an actor's roles are
    // summed from a few rows instead of all its entities. actor_days by actor gives its quotes per
    // month; events by actor and day give its latest events without sorting all of them; quotes by
    // article, layer and speaker count an article's quotes from the index alone. interactions holds the
    // events between two actors summed by code over all days, as the network shows them unfiltered;
    // the writer sums each pair it touches again from events (by the index events_pair).
    sql: `
CREATE TABLE store_totals (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO store_totals (name, n)
  SELECT 'articles', COUNT(*) FROM articles
  UNION ALL SELECT 'actors', COUNT(*) FROM actors WHERE articles > 0
  UNION ALL SELECT 'entities', COUNT(*) FROM entities
  UNION ALL SELECT 'quotes', COUNT(*) FROM quotes WHERE layer = 'quote'
  UNION ALL SELECT 'attributions', COUNT(*) FROM quotes WHERE layer = 'attribution'
  UNION ALL SELECT 'events', COUNT(*) FROM events;
CREATE TRIGGER totals_article_in AFTER INSERT ON articles BEGIN UPDATE store_totals SET n = n + 1 WHERE name = 'articles'; END;
CREATE TRIGGER totals_article_out AFTER DELETE ON articles BEGIN UPDATE store_totals SET n = n - 1 WHERE name = 'articles'; END;
CREATE TRIGGER totals_entity_in AFTER INSERT ON entities BEGIN UPDATE store_totals SET n = n + 1 WHERE name = 'entities'; END;
CREATE TRIGGER totals_entity_out AFTER DELETE ON entities BEGIN UPDATE store_totals SET n = n - 1 WHERE name = 'entities'; END;
CREATE TRIGGER totals_quote_in AFTER INSERT ON quotes BEGIN UPDATE store_totals SET n = n + 1 WHERE name = new.layer || 's'; END;
CREATE TRIGGER totals_quote_out AFTER DELETE ON quotes BEGIN UPDATE store_totals SET n = n - 1 WHERE name = old.layer || 's'; END;
CREATE TRIGGER totals_event_in AFTER INSERT ON events BEGIN UPDATE store_totals SET n = n + 1 WHERE name = 'events'; END;
CREATE TRIGGER totals_event_out AFTER DELETE ON events BEGIN UPDATE store_totals SET n = n - 1 WHERE name = 'events'; END;
CREATE TRIGGER totals_actor_in AFTER INSERT ON actors WHEN new.articles > 0 BEGIN UPDATE store_totals SET n = n + 1 WHERE name = 'actors'; END;
CREATE TRIGGER totals_actor_out AFTER DELETE ON actors WHEN old.articles > 0 BEGIN UPDATE store_totals SET n = n - 1 WHERE name = 'actors'; END;
CREATE TRIGGER totals_actor_named AFTER UPDATE OF articles ON actors WHEN (old.articles > 0) <> (new.articles > 0)
  BEGIN UPDATE store_totals SET n = n + (CASE WHEN new.articles > 0 THEN 1 ELSE -1 END) WHERE name = 'actors'; END;
CREATE TABLE actor_roles (
  actor_id INTEGER NOT NULL,
  role TEXT NOT NULL,
  day TEXT NOT NULL,
  entities INTEGER NOT NULL,
  PRIMARY KEY (actor_id, role, day)
) WITHOUT ROWID;
INSERT INTO actor_roles (actor_id, role, day, entities)
  SELECT en.actor_id, en.role, COALESCE(a.day, ''), COUNT(*)
  FROM entities en JOIN articles a ON a.id = en.article_id
  WHERE en.actor_id IS NOT NULL AND en.role IS NOT NULL AND en.role <> ''
  GROUP BY en.actor_id, en.role, COALESCE(a.day, '');
CREATE INDEX actor_days_actor ON actor_days(actor_id, day, quotes);
CREATE INDEX events_source_actor_day ON events(source_actor_id, day, article_id) WHERE source_actor_id IS NOT NULL;
CREATE INDEX events_target_actor_day ON events(target_actor_id, day, article_id) WHERE target_actor_id IS NOT NULL;
DROP INDEX events_source_actor;
DROP INDEX events_target_actor;
DROP INDEX quotes_article;
CREATE INDEX quotes_article ON quotes(article_id, layer, actor_id);
CREATE INDEX events_pair ON events(source_actor_id, target_actor_id, code, day, negated)
  WHERE source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL;
CREATE TABLE interactions (
  source_actor_id INTEGER NOT NULL,
  target_actor_id INTEGER NOT NULL,
  code TEXT NOT NULL,
  events INTEGER NOT NULL,
  negated INTEGER NOT NULL,
  first TEXT,
  last TEXT,
  PRIMARY KEY (source_actor_id, target_actor_id, code)
) WITHOUT ROWID;
CREATE INDEX interactions_events ON interactions(events);
CREATE INDEX interactions_target ON interactions(target_actor_id);
INSERT INTO interactions (source_actor_id, target_actor_id, code, events, negated, first, last)
  SELECT source_actor_id, target_actor_id, upper(code), COUNT(*), SUM(negated), MIN(day), MAX(day) FROM events
  WHERE source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL AND source_actor_id <> target_actor_id
  GROUP BY source_actor_id, target_actor_id, upper(code);
`,
  },
  {
    version: 6,
    name: 'pages of articles, quotes, events and actors read from indexes in their order',
    // A page at offset N skips N entries of an index in the list's order instead of N rows. Articles
    // keep their counts of quotes and events (set once, when the article is written), so that
    // articles_page holds everything a list of articles shows: a page is a range of that index and
    // reads no article. quotes_page, events_page and actors_page are in their lists' order (mixed
    // directions included, the id last for equal places) and hold the columns the lists filter on, so
    // the ids of a page are found in the index alone and only the page's rows are read. They replace
    // the indexes by day (and by code and day) that only began the order.
    sql: `
ALTER TABLE articles ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN events INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET
  quotes = (SELECT COUNT(*) FROM quotes q WHERE q.article_id = articles.id AND q.layer = 'quote'),
  events = (SELECT COUNT(*) FROM events e WHERE e.article_id = articles.id);
CREATE INDEX articles_page ON articles(day, id, key, ext_id, title, date, source, url, quotes, events);
DROP INDEX articles_day;
CREATE INDEX quotes_page ON quotes(day DESC, article_id DESC, start, id, kind) WHERE layer = 'quote';
DROP INDEX quotes_day;
CREATE INDEX events_page ON events(day DESC, article_id DESC, trigger_start, id, code, negated);
DROP INDEX events_day;
CREATE INDEX events_code_page ON events(code, day DESC, article_id DESC, trigger_start, id, negated);
DROP INDEX events_code_day;
CREATE INDEX actors_page ON actors(articles DESC, id, type) WHERE articles > 0;
DROP INDEX actors_articles;
`,
  },
  {
    version: 7,
    name: 'articles keyed by their own id within their source; texts hashed; articles found by id',
    // Keys were the URL, else the text's hash, so one text under two ids was stored once; rekey.ts
    // gives each article the key of identity.ts. text_hash finds a republished text (same text,
    // another key); articles_ext_id finds an article by the id its input gave it.
    sql: `
ALTER TABLE articles ADD COLUMN text_hash TEXT;
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_ext_id ON articles(ext_id);
`,
    run: rekeyArticles,
  },
  {
    version: 8,
    name: 'quote search with the Porter stemmer',
    // "tsunamis" finds "tsunami", as PostgreSQL's English stemming does: both dialects answer a search
    // alike. The index is contentless, so it is made again from the quotes, keyed as search-key.ts says.
    sql: `
DROP TABLE quote_search;
CREATE VIRTUAL TABLE quote_search USING fts5(text, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO quote_search(rowid, text) SELECT ${searchKeySql('day', 'id')}, text FROM quotes WHERE layer = 'quote';
`,
  },
  {
    version: 9,
    name: 'record fields without a column of their own kept as JSON',
    // Gender, speaker basis, actor kind, political, rule, byline…: sql/extras.ts.
    sql: `
ALTER TABLE articles ADD COLUMN extra TEXT;
ALTER TABLE entities ADD COLUMN extra TEXT;
ALTER TABLE quotes ADD COLUMN extra TEXT;
ALTER TABLE events ADD COLUMN extra TEXT;
`,
  },
  {
    version: 10,
    name: 'quotes counted by speaker gender; articles by source with their quotes',
    // The dashboard's count by gender joined every quote with its speaker's entity: 4.5 s on a store
    // of 100,000 articles. The writer keeps the counts instead (sql/stats.ts), as it keeps actor_days.
    // Quotes by source are summed from an index in the source's order (190 → 9 ms there): from
    // articles_page, in the day's order, they were sorted first.
    sql: `
CREATE INDEX articles_source_quotes ON articles(source, quotes);
CREATE TABLE quote_genders (gender TEXT PRIMARY KEY, quotes INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO quote_genders (gender, quotes)
  SELECT ${QUOTE_GENDER_SQL}, COUNT(*) FROM quotes q
  LEFT JOIN entities en ON en.article_id = q.article_id AND en.local_id = q.speaker_entity
  WHERE q.layer = 'quote' GROUP BY 1;
`,
  },
  ...LATER_MIGRATIONS,
];

/** The schema version this code writes. */
export const LATEST_VERSION = MIGRATIONS.length;
