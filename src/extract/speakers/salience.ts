/**
 * Who a third-person pronoun stands for, by salience (after Lappin and Leass 1994): each earlier mention of
 * a person adds weight to its entity — more for a subject than for an object or a possessor, less after a
 * preposition, more for the speaker of a quotation — and the weight halves with each sentence back. The
 * heaviest person that agrees in gender wins. Mentions are added and pronouns asked in text order, so a
 * resolved pronoun keeps its person salient ("Brown said … He added … he said").
 */
import type { Doc, Mention, Span, Token } from '../../doc/document.js';
import { tokenAtOrAfter, tokenBefore } from '../../text/token-index.js';
import type { Group } from './groups.js';
import { PERSON_NOUNS, POSSESSIVE_MARKS } from '../../lexicon/words.js';

/** How far back a pronoun looks, in sentences: beyond it a pronoun is left unresolved. */
const WINDOW = 3;

/** How often a person must have been mentioned to be the topic a pronoun falls back on. */
const TOPIC_LEAST = 3;

/** The grammatical role weights. */
const WEIGHT = { recency: 100, subject: 80, head: 80, nonAdverbial: 50, speaker: 60 } as const;

interface Entry {
  group: Group;
  sentence: number;
  weight: number;
}

/** Pronouns that are the subject of their clause. */
const NOMINATIVE = new Set(['he', 'she']);
/** Pronouns that stand for their person's possession, not the person ("his", "her car"). */
const POSSESSIVE = new Set(['his', 'hers']);

/**
 * The rank of each sentence among those told outside quotation marks: a long quotation does not push
 * its speaker out of reach of the "he said" after it.
 */
export function narrativeRanks(doc: Doc, quoted: readonly Span[]): number[] {
  const told = doc.sentences.map(() => false);
  let q = 0;
  for (const t of doc.tokens) {
    while (q < quoted.length && (quoted[q] as Span).end <= t.start) q++;
    const inQuote = q < quoted.length && (quoted[q] as Span).start <= t.start;
    if (!inQuote) told[t.sentence] = true;
  }
  let rank = 0;
  return told.map((t) => (t ? rank++ : rank));
}

/** Where a mention stands: its sentence's rank (see narrativeRanks), and the weight of its grammatical role. */
export function place(doc: Doc, mention: Mention, speaker: boolean, ranks: readonly number[]): { sentence: number; weight: number } {
  const tokens = doc.tokens;
  const first = tokenAtOrAfter(tokens, mention.start);
  const last = tokenAtOrAfter(tokens, mention.end) - 1;
  const token = tokens[first];
  const sentence = ranks[token?.sentence ?? 0] ?? 0;
  let weight = WEIGHT.recency + (speaker ? WEIGHT.speaker : 0);
  if (mention.kind === 'pronoun' && token) return { sentence, weight: weight + pronounWeight(token) };
  const next = tokens[last + 1];
  const prev = tokenBefore(tokens, describedFrom(tokens, first), 1);
  const possessive = next !== undefined && (next.lower === "'s" || next.lower === '’s');
  const afterPreposition = prev !== undefined && prev.sentence === sentence && prev.pos === 'ADP';
  const opensSentence = prev === undefined || prev.sentence !== sentence;
  const beforeVerb = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || (next.lower === ',' && !afterPreposition));
  if (!possessive) weight += WEIGHT.head;
  if (!afterPreposition) weight += WEIGHT.nonAdverbial;
  if (!possessive && !afterPreposition && (beforeVerb || opensSentence || speaker)) weight += WEIGHT.subject;
  // "Michael Howard's only fresh entry is a hamper. He also declares …": the owner of a subject that is
  // no person is the person in view; not of "Mr Begg's father, Azmat," nor "Mr Blair's supporters".
  const opensClause = prev === undefined || prev.sentence !== token?.sentence || prev.lower === ',' || prev.pos === 'CCONJ';
  if (possessive && opensClause && !ownsPerson(tokens, last + 2)) weight += WEIGHT.subject + WEIGHT.head;
  return { sentence, weight };
}

/** Whether the noun a possessive owns, from token `k` past its adjectives, is a person ("father", "supporters") or a name. */
function ownsPerson(tokens: readonly Token[], k: number): boolean {
  let at = k;
  while (tokens[at]?.pos === 'ADJ' || tokens[at]?.pos === 'NUM') at++;
  // A name is what is owned when no noun follows it ("Mr Conlon's Giuseppe"), not in "Hicham El Guerrouj's Olympic double".
  while (tokens[at]?.pos === 'PROPN' && (tokens[at + 1]?.pos === 'PROPN' || tokens[at + 1]?.pos === 'NOUN')) at++;
  const head = tokens[at];
  if (head === undefined || head.pos === 'PROPN') return true;
  return PERSON_NOUNS.has(head.lower) || (head.lower.endsWith('s') && PERSON_NOUNS.has(head.lower.slice(0, -1)));
}

/** How many words before a name may describe it ("Balco boss", "Germany's"). */
const DESCRIBING_REACH = 4;
const DESCRIBING = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * The first token of the words that describe a name right before it, within its sentence: "against
 * Balco boss Victor Conte", "ahead of Germany's Marc Blume" stand after a preposition, as the name does.
 */
function describedFrom(tokens: readonly Token[], first: number): number {
  const sentence = tokens[first]?.sentence;
  let k = first;
  while (k > 0 && first - k < DESCRIBING_REACH) {
    const t = tokens[k - 1] as Token;
    if (t.sentence !== sentence || !(DESCRIBING.has(t.pos) || POSSESSIVE_MARKS.has(t.lower))) break;
    k--;
  }
  return k;
}

function pronounWeight(token: Token): number {
  if (NOMINATIVE.has(token.lower)) return WEIGHT.subject + WEIGHT.head + WEIGHT.nonAdverbial;
  if (POSSESSIVE.has(token.lower)) return WEIGHT.nonAdverbial;
  return WEIGHT.head + WEIGHT.nonAdverbial;
}

/** The running salience of the people mentioned so far. */
export class Salience {
  private readonly entries: Entry[] = [];
  /** How often each group was mentioned so far, anywhere before. */
  private readonly counts = new Map<Group, number>();

  /** Records a mention of `group` with the place `place` gave it. */
  add(group: Group, at: { sentence: number; weight: number }): void {
    this.entries.push({ group, sentence: at.sentence, weight: at.weight });
    this.counts.set(group, (this.counts.get(group) ?? 0) + 1);
  }

  /**
   * The topic of the text so far: the group that `fits` mentioned most often, and at least `least`
   * times, when no other that fits comes near it (half as often). A biography's subject stays "he"
   * across paragraphs that name no one.
   */
  topic(fits: (group: Group) => boolean, least = TOPIC_LEAST): Group | undefined {
    let best: Group | undefined;
    let most = 0;
    let second = 0;
    for (const [group, n] of this.counts) {
      if (n < least || !fits(group)) continue;
      if (n > most) {
        second = most;
        most = n;
        best = group;
      } else if (n > second) second = n;
    }
    return best !== undefined && second * 2 <= most ? best : undefined;
  }

  /**
   * The heaviest group that `fits`, weighing mentions up to `window` sentences before `sentence`; `fits`
   * may return a factor instead of true (how well the group agrees), 0 or false to leave it out. With a
   * `margin`, the heaviest must weigh that many times the next, else no group is clearly meant.
   */
  best(sentence: number, fits: (group: Group) => boolean | number, window = WINDOW, margin = 1): Group | undefined {
    const totals = new Map<Group, number>();
    // Entries are in text order: walk back until the window closes, so the cost stays bounded per pronoun.
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i] as Entry;
      const distance = sentence - entry.sentence;
      if (distance > window) break;
      const factor = Number(fits(entry.group));
      if (factor <= 0) continue;
      totals.set(entry.group, (totals.get(entry.group) ?? 0) + (factor * entry.weight) / 2 ** Math.max(0, distance));
    }
    let best: Group | undefined;
    let weight = 0;
    let second = 0;
    for (const [group, total] of totals) {
      if (total > weight) {
        best = group;
        second = weight;
        weight = total;
      } else if (total > second) second = total;
    }
    return second * margin <= weight ? best : undefined;
  }
}
