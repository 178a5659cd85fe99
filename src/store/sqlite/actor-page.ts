/** An actor's page from SQLite in one synchronous call: its detail, then its lists by the actor's id. */
import type Database from 'better-sqlite3';
import type { ActorLists, ActorPage } from '../store.js';
import { findActorWithId, findInteractions } from './browse.js';
import { findEvents, findQuotes } from './read.js';

/**
 * The actor with this key and the first page of each of its lists, or null. The key is read once: the
 * lists are read by the actor's id (each list by key resolved it again, three statements more, and
 * would take in another actor whose kbId or name the key spells).
 */
export function findActorPage(db: Database.Database, key: string, lists: ActorLists): ActorPage | null {
  const found = findActorWithId(db, key);
  if (found === null) return null;
  const ids = [found.id];
  return {
    detail: found.detail,
    quotes: findQuotes(db, { ...lists.quotes, speaker: key }, { ids, actor: found.detail.actor }),
    events: findEvents(db, { ...lists.events, actor: key }, ids),
    interactions: findInteractions(db, { ...lists.interactions, actor: key }, ids),
  };
}
