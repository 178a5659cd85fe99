/**
 * Acronyms and the bodies they stand for ("The Financial Times reported … The FT said"). The bodies
 * are indexed by the initials of their names as the coreference stage builds them, so an acronym is
 * compared with the few bodies whose initials spell it, not with every entity before it: an article
 * naming thousands of bodies and acronyms took time in the square of their number.
 */

// Small words a body's acronym leaves out ("Confederation of British Industry": CBI).
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** The initials of a name as its acronym would spell them ("Financial Times" → "FT"). */
export function initials(name: string): string {
  let out = '';
  for (const word of name.split(/[\s-]+/)) if (word !== '' && !ACRONYM_SKIPS.has(word.toLowerCase())) out += word.charAt(0).toUpperCase();
  return out;
}

/**
 * Entities in the order they were made, each listed under the initials of every name it has had. An
 * entity whose name changes keeps its old listings: the entities under an acronym may be more than
 * those whose name spells it now, never fewer, and the caller asks each one as it asked every entity.
 */
export class InitialsIndex<G> {
  readonly #byInitials = new Map<string, G[]>();
  readonly #order = new Map<G, number>();

  /** Lists an entity under the initials of its name: when it is made, and again when its name changes. */
  list(group: G, name: string): void {
    if (!this.#order.has(group)) this.#order.set(group, this.#order.size);
    const key = initials(name);
    const list = this.#byInitials.get(key);
    if (list === undefined) this.#byInitials.set(key, [group]);
    else if (list[list.length - 1] !== group) list.push(group);
  }

  /** The latest made of the entities listed under `acronym` that `fits`, or undefined. */
  latest(acronym: string, fits: (group: G) => boolean): G | undefined {
    let best: G | undefined;
    let bestOrder = -1;
    for (const group of this.#byInitials.get(acronym) ?? []) {
      const order = this.#order.get(group) as number;
      if (order > bestOrder && fits(group)) {
        best = group;
        bestOrder = order;
      }
    }
    return best;
  }
}
