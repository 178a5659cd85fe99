/**
 * The step that gave unknown people one actor per source (SQLite's migration 12, PostgreSQL's 9):
 * stores made before it hold one actor `person:NAME` for every unknown person of that full name, in
 * whatever source. Each such actor is given the key of its source (`person:NAME@SOURCE`), in place
 * when its articles are all from one source; otherwise it keeps the first source's articles and the
 * others' move to a new actor each. Planned here, carried out by each dialect's rekey-actors.ts.
 */
import { personKey, sourceOfKey } from '../actors.js';

/** An actor keyed `person:NAME` and one spelling of a source among its articles' (null for none). */
export interface ActorSource {
  actorId: number;
  key: string;
  source: string | null;
}

/** What becomes of one actor: its new key, and the actors its articles of other sources move to. */
export interface ActorSplit {
  actorId: number;
  key: string;
  /** Each new actor's key and the spellings of the sources whose articles move to it. */
  moved: Array<{ key: string; sources: Array<string | null> }>;
}

const PERSON = 'person:';

/** The plan for the actors of these rows (any order); an actor whose key needs no change is left out. */
export function splitBySource(rows: readonly ActorSource[]): ActorSplit[] {
  const byActor = new Map<number, { key: string; groups: Map<string, Array<string | null>> }>();
  for (const row of rows) {
    // A key with '@' is already one source's (or a handle, which has no full name under the new rule).
    if (!row.key.startsWith(PERSON) || row.key.includes('@')) continue;
    const actor = byActor.get(row.actorId) ?? { key: row.key, groups: new Map<string, Array<string | null>>() };
    const within = sourceOfKey(row.source);
    actor.groups.set(within, [...(actor.groups.get(within) ?? []), row.source]);
    byActor.set(row.actorId, actor);
  }
  const splits: ActorSplit[] = [];
  for (const [actorId, { key, groups }] of byActor) {
    const name = key.slice(PERSON.length);
    // Sorted, so the actor that keeps its id is the same whatever order the store gave its rows in.
    const [first, ...others] = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (first === undefined) continue;
    const own = personKey(name, first[0]);
    if (own === key && others.length === 0) continue;
    splits.push({ actorId, key: own, moved: others.map(([source, sources]) => ({ key: personKey(name, source), sources })) });
  }
  return splits;
}
