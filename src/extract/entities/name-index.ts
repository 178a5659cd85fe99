/**
 * The entities being built by the coreference stage, indexed by the words of their names, so that a
 * name mention is compared with the few entities it may join and not with every one before it: an
 * article naming thousands of people (a list of results, a register) took time in the square of
 * their number.
 */

/** What the index needs of an entity being built: the words of its fullest name so far. */
export interface Indexed {
  words: string[];
}

/**
 * The entities in the order they were made, each under every word of its name and under its last
 * word. A mention's words find every entity that may share its name, in either direction:
 * - one whose name holds all the mention's words ("Hewitt", "Patricia Hewitt" for "Patricia
 *   Hewitt"): listed under each of them, so under the least shared;
 * - one whose words are all the mention's ("Hewitt" for "Patricia Hewitt"), or whose last word is
 *   the mention's one word: listed under its last word, which is one of the mention's.
 * An entity whose name grows keeps its old entries: the candidates may be more than those that
 * join, never fewer, and the caller asks each candidate as it asked every entity before.
 */
export class NameIndex<G extends Indexed> {
  readonly #all: G[] = [];
  readonly #order = new Map<G, number>();
  readonly #byWord = new Map<string, G[]>();
  readonly #byLast = new Map<string, G[]>();
  // Entities whose name has no words: any mention's words hold all of theirs.
  readonly #wordless: G[] = [];

  /** Every entity, in the order they were made. */
  get all(): readonly G[] {
    return this.#all;
  }

  /** Adds a new entity, after every other. */
  add(group: G): void {
    this.#order.set(group, this.#all.length);
    this.#all.push(group);
    if (group.words.length === 0) this.#wordless.push(group);
    this.#index(group, group.words);
  }

  /** Indexes an entity again after its name grew to `words`. */
  renamed(group: G): void {
    this.#index(group, group.words);
  }

  /** The entities that may join a name of `words`, latest first. */
  candidates(words: readonly string[]): G[] {
    const found = new Set<G>(this.#wordless);
    let fewest: G[] | undefined;
    for (const word of words) {
      const holding = this.#byWord.get(word) ?? [];
      if (fewest === undefined || holding.length < fewest.length) fewest = holding;
      for (const group of this.#byLast.get(word) ?? []) found.add(group);
    }
    for (const group of fewest ?? []) found.add(group);
    const order = this.#order;
    return [...found].sort((a, b) => (order.get(b) as number) - (order.get(a) as number));
  }

  #index(group: G, words: readonly string[]): void {
    for (const word of new Set(words)) listUnder(this.#byWord, word, group);
    const last = words[words.length - 1];
    if (last !== undefined) listUnder(this.#byLast, last, group);
  }
}

function listUnder<G>(lists: Map<string, G[]>, word: string, group: G): void {
  const list = lists.get(word);
  if (list === undefined) lists.set(word, [group]);
  else if (list[list.length - 1] !== group) list.push(group);
}
