/** An actor's page from PostgreSQL: its detail, then its lists by the actor's id, as SQLite's (sqlite/actor-page.ts). */
import type { ActorLists, ActorPage } from '../store.js';
import type { Queryable } from './db.js';
import { findActorWithId, findInteractions } from './browse.js';
import { findEvents, findQuotes } from './read.js';

/** The actor with this key and the first page of each of its lists, or null; the key is read once. */
export async function findActorPage(db: Queryable, key: string, lists: ActorLists): Promise<ActorPage | null> {
  const found = await findActorWithId(db, key);
  if (found === null) return null;
  const ids = [found.id];
  const [quotes, events, interactions] = await Promise.all([
    findQuotes(db, { ...lists.quotes, speaker: key }, ids),
    findEvents(db, { ...lists.events, actor: key }, ids),
    findInteractions(db, { ...lists.interactions, actor: key }, ids),
  ]);
  return { detail: found.detail, quotes, events, interactions };
}
