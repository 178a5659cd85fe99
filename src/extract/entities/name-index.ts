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
 * Many entities may share a last word ("the Kaek Vorek Agency", "the Vorek Belek Agency", …): when a
 * mention's last-word lists are longer than the sets its words can make, the entities named by a part
 * of the mention are looked up by each such set instead (`#bySet`), so such an article does not take
 * time in the square of its bodies.
 */
export class NameIndex<G extends Indexed> {
  readonly #all: G[] = [];
  readonly #order = new Map<G, number>();
  readonly #byWord = new Map<string, G[]>();
  readonly #byLast = new Map<string, G[]>();
  // Entities by the set of the words of their names (setKey), made when first needed.
  #bySet: Map<string, G[]> | undefined;
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
    // Past this many entities under the mention's last words, those named by a part of it are looked up by set.
    const most = words.length > MAX_SET_WORDS ? Infinity : 2 ** words.length;
    let lasts = 0;
    for (const word of words) {
      const holding = this.#byWord.get(word) ?? [];
      if (fewest === undefined || holding.length < fewest.length) fewest = holding;
      const ending = this.#byLast.get(word);
      if (ending === undefined) continue;
      lasts += ending.length;
      if (lasts <= most) for (const group of ending) found.add(group);
    }
    for (const group of fewest ?? []) found.add(group);
    if (lasts > most) this.#addParts(words, found);
    const order = this.#order;
    return [...found].sort((a, b) => (order.get(b) as number) - (order.get(a) as number));
  }

  #index(group: G, words: readonly string[]): void {
    for (const word of new Set(words)) listUnder(this.#byWord, word, group);
    const last = words[words.length - 1];
    if (last !== undefined) listUnder(this.#byLast, last, group);
    if (this.#bySet !== undefined) listUnder(this.#bySet, setKey([...new Set(words)].sort()), group);
  }

  /** Adds the entities whose words are all among `words`, looked up by each set of them. */
  #addParts(words: readonly string[], found: Set<G>): void {
    const bySet = this.#sets();
    const distinct = [...new Set(words)].sort();
    for (let subset = 1; subset < 2 ** distinct.length; subset++) {
      const key = setKey(distinct.filter((_, k) => (subset & (1 << k)) !== 0));
      for (const group of bySet.get(key) ?? []) found.add(group);
    }
  }

  #sets(): Map<string, G[]> {
    if (this.#bySet === undefined) {
      this.#bySet = new Map();
      for (const group of this.#all) listUnder(this.#bySet, setKey([...new Set(group.words)].sort()), group);
    }
    return this.#bySet;
  }
}

// Past this many words in a mention, its sets are too many to look up one by one.
const MAX_SET_WORDS = 12;

/** The key of a set of words, given sorted and distinct. */
function setKey(sorted: readonly string[]): string {
  return sorted.join(' ');
}

function listUnder<G>(lists: Map<string, G[]>, word: string, group: G): void {
  const list = lists.get(word);
  if (list === undefined) lists.set(word, [group]);
  else if (list[list.length - 1] !== group) list.push(group);
}
