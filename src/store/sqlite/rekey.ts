/**
 * Migration 7's own step: the keys of articles stored under the first identity rule (URL, else text)
 * rewritten under the new one (the input's id within its source, else URL, else text), so that a
 * store made before it finds its articles again on the next ingest instead of storing them twice.
 */
import type Database from 'better-sqlite3';
import type { ArticleInput } from '../../doc/record.js';
import { articleKey, contentHash, textHash } from '../identity.js';

interface OldRow {
  id: number;
  key: string;
  ext_id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  text: string;
}

const PAGE = 500;

// The ingest made ids of JSON lines without one from the line (`file.jsonl:12`): those never identified an article.
const MADE_ID = /:\d+$/;

function inputOf(row: OldRow): ArticleInput {
  const madeId = MADE_ID.test(row.ext_id);
  return {
    text: row.text,
    ...(!madeId && { id: row.ext_id }),
    ...(row.title !== null && { title: row.title }),
    ...(row.date !== null && { date: row.date }),
    ...(row.url !== null && { url: row.url }),
    ...(row.source !== null && { source: row.source }),
  };
}

/**
 * Gives every article its new key, its content hash under the new rule and the hash of its text. An
 * article whose new key another already holds keeps its old one (the two were one article before).
 */
export function rekeyArticles(db: Database.Database): void {
  const page = db.prepare<[number, number], OldRow>('SELECT id, key, ext_id, title, date, url, source, text FROM articles WHERE id > ? ORDER BY id LIMIT ?');
  const taken = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE key = ?');
  const update = db.prepare('UPDATE articles SET key = ?, hash = ?, text_hash = ? WHERE id = ?');
  const keepKey = db.prepare('UPDATE articles SET text_hash = ? WHERE id = ?');
  for (let after = 0; ; ) {
    const rows = page.all(after, PAGE);
    for (const row of rows) {
      const input = inputOf(row);
      const key = articleKey(input);
      const holder = taken.get(key);
      if (holder === undefined || holder.id === row.id) update.run(key, contentHash(input), textHash(row.text), row.id);
      else keepKey.run(textHash(row.text), row.id);
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE) return;
    after = last.id;
  }
}
