/** An actor's page from PostgreSQL: its detail and its lists, as SQLite's (sqlite/actor-page.ts). */
import type { ActorLists, ActorPage } from '../store.js';
import type { Queryable } from './db.js';
import { batched } from './batch.js';
import { findActorWithId, findInteractions } from './browse.js';
import { findEvents, findQuotes } from './read.js';

/**
 * The actor with this key and the first page of each of its lists, or null: in one statement, each list
 * finding the actor by its key itself (the actor read first, then its lists, were two turns in the queue
 * of a loaded server and two round trips).
 */
export async function findActorPage(db: Queryable, key: string, lists: ActorLists): Promise<ActorPage | null> {
  const together = batched(db);
  const one = { key };
  const [found, quotes, events, interactions] = await Promise.all([
    findActorWithId(together, key),
    findQuotes(together, { ...lists.quotes, speaker: key }, one),
    findEvents(together, { ...lists.events, actor: key }, one),
    findInteractions(together, { ...lists.interactions, actor: key }, one),
  ]);
  return found === null ? null : { detail: found.detail, quotes, events, interactions };
}
