/** An actor's page from PostgreSQL: its detail, then its lists by the actor's id, as SQLite's (sqlite/actor-page.ts). */
import type { ActorLists, ActorPage } from '../store.js';
import type { Queryable } from './db.js';
import { batched } from './batch.js';
import { findActorWithId, findInteractions } from './browse.js';
import { findEvents, findQuotes } from './read.js';

/** The actor with this key and the first page of each of its lists, or null; the key is read once, the three lists in one statement. */
export async function findActorPage(db: Queryable, key: string, lists: ActorLists): Promise<ActorPage | null> {
  const found = await findActorWithId(db, key);
  if (found === null) return null;
  const ids = [found.id];
  const together = batched(db);
  const [quotes, events, interactions] = await Promise.all([
    findQuotes(together, { ...lists.quotes, speaker: key }, ids),
    findEvents(together, { ...lists.events, actor: key }, ids),
    findInteractions(together, { ...lists.interactions, actor: key }, ids),
  ]);
  return { detail: found.detail, quotes, events, interactions };
}
