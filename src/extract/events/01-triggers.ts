/**
 * Step 1 of event coding: the event words of a run of tokens. Each token is matched against the
 * PLOVER lexicon's patterns (longest first); a matched pattern's words are consumed, so "lifted its
 * sanctions" is one RETREAT trigger and not also a COERCE one for "sanctions".
 */
import type { Token } from '../../doc/document.js';
import { EVENT_PATTERNS, LEMMA_FORMS, lemmasAndForms, matchesWord, type EventPattern, type PatternWord, type PloverCode } from '../../lexicon/plover.js';
import kinds from '../../lexicon/actor-kinds.json' with { type: 'json' };
import { wordList } from '../../lexicon/word-lists.js';
import { tokenBefore } from '../../text/token-index.js';

/** An event word or phrase found in the text. */
export interface Trigger {
  /** Index of the first token of the match. */
  first: number;
  /** Index of the last token of the match. */
  last: number;
  /** The category; for a light verb its fallback (or null). */
  code: PloverCode | null;
  mode: string | null;
  /** A light verb ("launched", "summoned") yields to an event word after it. */
  light: boolean;
  /** The tag of the first token, for telling noun triggers ("a visit") from verbs. */
  pos: string;
  /** An act done together ("met"), and whether its object is the partner: see EventPattern. */
  reciprocal: boolean;
  partnerObject: boolean;
  /** A light verb whose fallback needs the other actor as its object: see EventPattern. */
  personObject: boolean;
}

/** The most words that may stand in a gap of a pattern ("lifted its 48-hour blockade"). */
const MAX_GAP = 5;

// Words that end a phrase: a gap never runs over them.
const BARRIERS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”', '—', 'that', 'which', 'who', 'whom', 'whose', 'because', 'after', 'before', 'while', 'when', 'if', 'but']);

function byFirstLemma(): Map<string, EventPattern[]> {
  const index = new Map<string, EventPattern[]>();
  for (const pattern of EVENT_PATTERNS) {
    const head = pattern.words[0]?.lemma;
    if (head === undefined) continue;
    const list = index.get(head) ?? [];
    list.push(pattern);
    index.set(head, list);
  }
  // Longest patterns first; an event pattern before a light verb of the same length.
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length || Number(a.light) - Number(b.light));
  return index;
}

const INDEX = byFirstLemma();
// The words of a political office (actor-kinds.json), which a noun of its remit may stand before.
const OFFICES: ReadonlySet<string> = new Set(kinds.politicianWords);

// The words that can head a pattern, as themselves or as a form of a lemma that does: most tokens
// are ruled out by one bit.
const HEAD_WORDS = wordList(lemmasAndForms(new Set(INDEX.keys())));

function wordMatches(token: Token, word: PatternWord): boolean {
  return matchesWord(token.lower, token.pos, word);
}

/** Whether token i is a hyphen joined to the words on both sides ("2-year-old", "Saudi-led"). */
function joiningHyphen(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return hyphen.lower === '-' && before !== undefined && after !== undefined && before.end === hyphen.start && hyphen.end === after.start;
}

/** The index of the last token of a match of `pattern` starting at token `i`, or -1. */
export function matchAt(tokens: readonly Token[], pattern: EventPattern, i: number, last: number): number {
  const words = pattern.words;
  const head = words[0];
  const start = tokens[i];
  if (!head || !start || !wordMatches(start, head)) return -1;
  let at = i;
  for (let w = 1; w < words.length; w++) {
    const word = words[w] as PatternWord;
    const limit = Math.min(last, at + 1 + (word.gapBefore ? MAX_GAP : 0));
    let found = -1;
    let reach = limit;
    for (let j = at + 1; j <= reach; j++) {
      const t = tokens[j] as Token;
      if (wordMatches(t, word)) {
        found = j;
        break;
      }
      if (BARRIERS.has(t.lower)) break;
      // "lifted its 2-year-old sanctions": a word joined by hyphens counts once in a gap.
      if (word.gapBefore && joiningHyphen(tokens, j)) reach = Math.min(last, reach + 2);
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

type Match = { pattern: EventPattern; end: number };
const NONE: readonly never[] = [];

// The longest pattern headed by `lemma` that matches at token `i` and is longer than `best`.
function longestFor(tokens: readonly Token[], lemma: string, i: number, last: number, best: Match | null): Match | null {
  for (const pattern of INDEX.get(lemma) ?? NONE) {
    if (best && pattern.words.length <= best.pattern.words.length) break;
    const end = matchAt(tokens, pattern, i, last);
    if (end >= 0) return { pattern, end };
  }
  return best;
}

/** The longest pattern that matches at token `i` (headed by the word or one of its lemmas), with the index of its last token. */
function longestAt(tokens: readonly Token[], i: number, last: number): Match | null {
  const token = tokens[i] as Token;
  if ((token.lists & HEAD_WORDS) === 0) return null;
  const lower = token.lower;
  let best = longestFor(tokens, lower, i, last, null);
  for (const lemma of LEMMA_FORMS.get(lower) ?? NONE) best = longestFor(tokens, lemma, i, last, best);
  return best;
}

/**
 * The triggers among tokens `first`..`last`. Proper nouns are names, not events ("Amnesty
 * International"), unless the whole run is capitalised like a headline.
 */
export function findTriggers(tokens: readonly Token[], first: number, last: number): Trigger[] {
  let capitalised = 0;
  let words = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'PUNCT') continue;
    words++;
    if (t.pos === 'PROPN') capitalised++;
  }
  const headline = words > 3 && capitalised / words > 0.6;
  const triggers: Trigger[] = [];
  for (let i = first; i <= last; i++) {
    const token = tokens[i] as Token;
    const previous = tokenBefore(tokens, i, 1);
    const opener = !previous || previous.sentence !== token.sentence;
    if (token.pos === 'PROPN' && !headline && !opener) continue;
    // "Russian-backed", "UN-brokered": a participle joined to a word before it is an adjective.
    if (previous && previous.end === token.start && (previous.lower === '-' || previous.lower.endsWith('-'))) continue;
    const match = longestAt(tokens, i, last);
    if (!match) continue;
    const { pattern, end } = match;
    const start = i;
    i = end;
    // "took over the presidency": the phrase is no event, and its words are not read again.
    if (pattern.code === null && !pattern.light) continue;
    // "the finance minister", "a peace envoy", "the aid secretary": a noun that names the remit of the
    // office after it does no act (unlike the troops of "peacekeeping troops", who keep the peace).
    if (start === end && token.pos === 'NOUN' && OFFICES.has(tokens[end + 1]?.lower ?? '')) continue;
    triggers.push({ first: start, last: end, code: pattern.code, mode: pattern.mode, light: pattern.light, pos: token.pos, reciprocal: pattern.reciprocal, partnerObject: pattern.partnerObject, personObject: pattern.personObject });
  }
  return triggers;
}
