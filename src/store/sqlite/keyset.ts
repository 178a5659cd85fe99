/** Where the row a page starts after stands in SQLite (sql/keyset.ts). */
import type Database from 'better-sqlite3';
import { keysetOf, POSITION_SQL, positionParams, type Keyset, type PositionList } from '../sql/keyset.js';
import type { PagePosition } from '../store.js';
import { prepare } from './statements.js';

/** The keyset of `after` in `list`; null when there is none or its row is no longer stored (then the offset places the page). */
export function sqliteKeyset(db: Database.Database, list: PositionList, after: PagePosition | undefined): Keyset | null {
  if (after === undefined) return null;
  return keysetOf(prepare(db, POSITION_SQL[list]).get(...positionParams(list, after)) as Record<string, unknown> | undefined);
}
