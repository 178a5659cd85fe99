/**
 * The SQLite migrations from version 11 on, the summaries kept for serving a large store (migrations.ts
 * holds the first ten and the whole list). Never edit a migration that has shipped: add the next one.
 */
import type { Migration } from './migration.js';
import { rekeyActorsBySource } from './rekey-actors.js';
import { mergeSearchIndex, TWO_PER_LEVEL_SQL } from './search-merge.js';

/** Migrations 11 and later, oldest first. */
export const LATER_MIGRATIONS: readonly Migration[] = [
  {
    version: 11,
    name: 'quotes per month and per source, events per month and code, kept summed',
    // The dashboard summed every article (quotes by month 46 ms, by source 30 ms on the 100,000-article
    // bench store) and counted every event (12 ms) per request. Triggers keep the sums as articles and
    // events come and go, in PostgreSQL's tables (its migrations 5 and 6): a source is keyed by its
    // exact spelling ('=' before it; 'null' for none), so that the label of a source in any case is
    // still the first spelling of those stored. actors_quoted holds the quoted actors by type, most
    // quoted first: the counts by type and the people quoted most read it, not every actor.
    sql: `
CREATE TABLE quote_months (month TEXT PRIMARY KEY, quotes INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO quote_months (month, quotes)
  SELECT substr(day, 1, 7), SUM(quotes) FROM articles WHERE day IS NOT NULL AND day <> '' GROUP BY 1 HAVING SUM(quotes) > 0;
CREATE TABLE source_quotes (key TEXT PRIMARY KEY, source TEXT, articles INTEGER NOT NULL, quotes INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO source_quotes (key, source, articles, quotes)
  SELECT CASE WHEN source IS NULL THEN 'null' ELSE '=' || source END, source, COUNT(*), SUM(quotes) FROM articles GROUP BY source COLLATE BINARY;
CREATE TABLE event_months (month TEXT NOT NULL, code TEXT NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (month, code)) WITHOUT ROWID;
INSERT INTO event_months (month, code, events)
  SELECT substr(day, 1, 7), upper(code), COUNT(*) FROM events WHERE day IS NOT NULL AND day <> '' GROUP BY 1, 2;
CREATE TRIGGER sums_article_in AFTER INSERT ON articles BEGIN
  INSERT INTO source_quotes (key, source, articles, quotes) VALUES (CASE WHEN new.source IS NULL THEN 'null' ELSE '=' || new.source END, new.source, 1, new.quotes)
    ON CONFLICT (key) DO UPDATE SET articles = articles + 1, quotes = quotes + excluded.quotes;
  INSERT INTO quote_months (month, quotes) SELECT substr(new.day, 1, 7), new.quotes WHERE new.day IS NOT NULL AND new.day <> '' AND new.quotes > 0
    ON CONFLICT (month) DO UPDATE SET quotes = quotes + excluded.quotes;
END;
CREATE TRIGGER sums_article_out AFTER DELETE ON articles BEGIN
  UPDATE source_quotes SET articles = articles - 1, quotes = quotes - old.quotes WHERE key = CASE WHEN old.source IS NULL THEN 'null' ELSE '=' || old.source END;
  DELETE FROM source_quotes WHERE key = CASE WHEN old.source IS NULL THEN 'null' ELSE '=' || old.source END AND articles <= 0;
  UPDATE quote_months SET quotes = quotes - old.quotes WHERE month = substr(old.day, 1, 7) AND old.day <> '';
  DELETE FROM quote_months WHERE month = substr(old.day, 1, 7) AND quotes <= 0;
END;
CREATE TRIGGER sums_event_in AFTER INSERT ON events WHEN new.day IS NOT NULL AND new.day <> '' BEGIN
  INSERT INTO event_months (month, code, events) VALUES (substr(new.day, 1, 7), upper(new.code), 1)
    ON CONFLICT (month, code) DO UPDATE SET events = events + 1;
END;
CREATE TRIGGER sums_event_out AFTER DELETE ON events WHEN old.day IS NOT NULL AND old.day <> '' BEGIN
  UPDATE event_months SET events = events - 1 WHERE month = substr(old.day, 1, 7) AND code = upper(old.code);
  DELETE FROM event_months WHERE month = substr(old.day, 1, 7) AND code = upper(old.code) AND events <= 0;
END;
CREATE INDEX actors_quoted ON actors(type, quotes DESC, id) WHERE quotes > 0;
`,
  },
  {
    version: 12,
    name: 'unknown people one actor per source',
    // An unknown "Anna Berg" of two outlets may be two people: actors.ts now keys an unknown person
    // within the article's source, and rekey-actors.ts gives stored actors those keys (a person with
    // a kbId stays one actor across the store).
    sql: '',
    run: rekeyActorsBySource,
  },
  {
    version: 13,
    name: "a speaker's quotes and an actor's events in the list's order",
    // A speaker's latest quotes were all of its quotes read from quotes_actor_day, each looked up in
    // the table and sorted (the 200 people of the bench store, named with a source's actor each: 821
    // µs of CPU a page, 346 with this covering index); an actor's events likewise, as PostgreSQL's
    // events_source_page and events_target_page (its migration 7): a page is the index's first rows.
    sql: `
CREATE INDEX quotes_actor_page ON quotes(actor_id, day DESC, article_id DESC, start, id) WHERE layer = 'quote' AND actor_id IS NOT NULL;
CREATE INDEX events_source_page ON events(source_actor_id, day DESC, article_id DESC, trigger_start, id) WHERE source_actor_id IS NOT NULL;
CREATE INDEX events_target_page ON events(target_actor_id, day DESC, article_id DESC, trigger_start, id) WHERE target_actor_id IS NOT NULL;
`,
  },
  {
    version: 14,
    name: "an actor's quotes per month, kept summed",
    // An actor's timeline summed its actor_days rows, one per day it was named (the bench store's
    // 200 people by name: 187 on average, up to 1,794), on every request for its page. Triggers on
    // actor_days keep the sums per month, as PostgreSQL's writer does (its migration 10); a month
    // without quotes has no row.
    sql: `
CREATE TABLE actor_months (
  actor_id INTEGER NOT NULL,
  month TEXT NOT NULL,
  quotes INTEGER NOT NULL,
  PRIMARY KEY (actor_id, month)
) WITHOUT ROWID;
INSERT INTO actor_months (actor_id, month, quotes)
  SELECT actor_id, substr(day, 1, 7), SUM(quotes) FROM actor_days GROUP BY actor_id, substr(day, 1, 7) HAVING SUM(quotes) > 0;
CREATE TRIGGER actor_months_in AFTER INSERT ON actor_days WHEN new.quotes <> 0 BEGIN
  INSERT INTO actor_months (actor_id, month, quotes) VALUES (new.actor_id, substr(new.day, 1, 7), new.quotes)
    ON CONFLICT (actor_id, month) DO UPDATE SET quotes = quotes + excluded.quotes;
END;
CREATE TRIGGER actor_months_change AFTER UPDATE ON actor_days
  WHEN new.quotes <> old.quotes OR new.actor_id <> old.actor_id OR new.day <> old.day BEGIN
  INSERT INTO actor_months (actor_id, month, quotes) VALUES (old.actor_id, substr(old.day, 1, 7), -old.quotes)
    ON CONFLICT (actor_id, month) DO UPDATE SET quotes = quotes + excluded.quotes;
  INSERT INTO actor_months (actor_id, month, quotes) VALUES (new.actor_id, substr(new.day, 1, 7), new.quotes)
    ON CONFLICT (actor_id, month) DO UPDATE SET quotes = quotes + excluded.quotes;
  DELETE FROM actor_months WHERE actor_id IN (old.actor_id, new.actor_id) AND month IN (substr(old.day, 1, 7), substr(new.day, 1, 7)) AND quotes <= 0;
END;
CREATE TRIGGER actor_months_out AFTER DELETE ON actor_days WHEN old.quotes <> 0 BEGIN
  UPDATE actor_months SET quotes = quotes - old.quotes WHERE actor_id = old.actor_id AND month = substr(old.day, 1, 7);
  DELETE FROM actor_months WHERE actor_id = old.actor_id AND month = substr(old.day, 1, 7) AND quotes <= 0;
END;
`,
  },
  {
    version: 15,
    name: 'the search index kept in few segments',
    // A search read each of the index's segments (22 on the 100,000-article bench store); merged by
    // twos (search-merge.ts) they are a few, and the writer keeps them so after each batch.
    sql: TWO_PER_LEVEL_SQL,
    run: (db) => void mergeSearchIndex(db, Infinity),
  },
];
