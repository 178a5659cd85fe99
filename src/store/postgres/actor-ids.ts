/**
 * The actors a list is read for: their ids, or one actor by its key, found by the statement that reads
 * the list itself (an actor's page reads the actor and its lists in one statement, not the actor first).
 */
import { placeholders } from '../sql/where.js';

/** Actors by their ids, or one actor by its key. */
export type ActorIds = readonly number[] | { readonly key: string };

/**
 * The condition that `column` is one of the actors (`=` for one: an index on the column then gives the
 * rows in its order; a key's actor as a scalar subquery, found once, not joined), its parameters, and
 * how many the actors are at most.
 */
export function actorList(actors: ActorIds): { is: (column: string) => string; params: unknown[]; count: number } {
  if ('key' in actors) return { is: (column) => `${column} = (SELECT id FROM actors WHERE key = ?)`, params: [actors.key], count: 1 };
  return { is: (column) => `${column} IN (${placeholders(actors)})`, params: [...actors], count: actors.length };
}
