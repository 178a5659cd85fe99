/** Where the row a page starts after stands in PostgreSQL (sql/keyset.ts). */
import { keysetOf, POSITION_SQL, positionParams, type Keyset, type PositionList } from '../sql/keyset.js';
import type { PagePosition } from '../store.js';
import type { Queryable } from './db.js';

/** The keyset of `after` in `list`; null when there is none or its row is no longer stored (then the offset places the page). */
export async function pgKeyset(db: Queryable, list: PositionList, after: PagePosition | undefined): Promise<Keyset | null> {
  if (after === undefined) return null;
  return keysetOf((await db.query(POSITION_SQL[list], positionParams(list, after)))[0]);
}
