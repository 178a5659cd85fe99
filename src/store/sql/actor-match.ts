/**
 * How a user's words name actors, for every dialect: an exact kbId or actor key, else the whole
 * normalised name, else names holding it as whole words (LIKE patterns, `\` escaping).
 */
import { normaliseName } from '../actors.js';

/** What to look for, in the order to try it. */
export interface ActorMatch {
  /** Matched against kb_id and key. */
  term: string;
  /** Matched against name_norm; empty when the words hold no name. */
  name: string;
  /** LIKE patterns over name_norm, tried when nothing matched exactly: the name as a word at the end, the start or inside. */
  patterns: [string, string, string];
}

/** Most actors a partial name resolves to: a common word must not pull in the whole table. */
export const MAX_PARTIAL_MATCHES = 500;

/** The exact and partial matches of a user's words. */
export function actorMatch(term: string): ActorMatch {
  const name = normaliseName(term);
  const like = name.replace(/[\\%_]/g, (c) => `\\${c}`);
  return { term, name, patterns: [`${like} %`, `% ${like}`, `% ${like} %`] };
}

/** The SQL of the exact match (parameters: term, term, name). */
export const EXACT_ACTORS_SQL = 'SELECT id FROM actors WHERE kb_id = ? OR key = ? UNION SELECT id FROM actors WHERE name_norm = ?';
/** The SQL of the partial match (parameters: the three patterns). */
export const PARTIAL_ACTORS_SQL = `SELECT id FROM actors WHERE name_norm LIKE ? ESCAPE '\\' OR name_norm LIKE ? ESCAPE '\\' OR name_norm LIKE ? ESCAPE '\\' LIMIT ${MAX_PARTIAL_MATCHES}`;
