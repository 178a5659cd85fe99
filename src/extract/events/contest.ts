/**
 * Contests: in a sentence about a match or a prize (a contest word of the lexicon, or a score such
 * as "6-4"), or anywhere in an article about sport or the charts (three different words of the
 * lexicon's `sport` list), the lexicon's contest triggers ("beat", "meet", "clash", "battle", "hit")
 * name a contest, no event between the actors ("beat Roddick 6-4 in the final", "She will now meet
 * Lee" in a tennis report): an event needs a political reading.
 */
import type { Token } from '../../doc/document.js';
import { CONTEST_TRIGGERS, CONTEST_WORDS, ELECTORAL_TRIGGERS, ELECTORAL_WORDS, PLACING_ORDINALS, PLACING_VERBS, SPORT_WORDS, isFormOf, lemmasAndForms, matchesWord, type PatternWord } from '../../lexicon/plover.js';
import { wordList } from '../../lexicon/word-lists.js';
import type { Trigger } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';

// The contest triggers' words and forms, and the contest words, as word lists (bits of Token.lists).
const CONTEST_TRIGGER_WORDS = wordList(lemmasAndForms(new Set(CONTEST_TRIGGERS.map((phrase) => phrase[0]?.lemma ?? ''))));
const CONTEST_SENTENCE_WORDS = wordList(CONTEST_WORDS);
const ELECTORAL_TRIGGER_WORDS = wordList(lemmasAndForms(new Set(ELECTORAL_TRIGGERS.map((phrase) => phrase[0]?.lemma ?? ''))));
const ELECTORAL_SENTENCE_WORDS = wordList(ELECTORAL_WORDS);
const SPORT_ARTICLE_WORDS = wordList([...SPORT_WORDS].filter((w) => !w.includes(' ')));
// Words of two parts ("fly-half", "quarter-finals", "grand slam"), which the tokenizer may split,
// are found from their first part.
const SPORT_COMPOUNDS: ReadonlySet<string> = new Set([...SPORT_WORDS].filter((w) => /[ -]/.test(w)));
const SPORT_COMPOUND_STARTS = wordList([...SPORT_COMPOUNDS].map((w) => w.split(/[ -]/)[0] ?? w));
// Three different words of sport make an article one about sport: one may stand in politics ("a penalty").
const SPORT_ARTICLE = 3;

/** The sport compound that starts at token i ("fly - half" as "fly-half"), or null. */
function compoundAt(tokens: readonly Token[], i: number): string | null {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next === undefined) return null;
  const hyphen = next.lower === '-' && next.start === token.end && tokens[i + 2]?.start === next.end;
  const word = hyphen ? `${token.lower}-${tokens[i + 2]?.lower ?? ''}` : `${token.lower} ${next.lower}`;
  return SPORT_COMPOUNDS.has(word) ? word : null;
}

/** Whether a hyphen at i stands in a score ("7-5", "2-1"; not "2003-04"). */
function score(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before?.pos === 'NUM' && after?.pos === 'NUM' && before.lower.length <= 2 && after.lower.length <= 2 && before.end === tokens[i]?.start;
}

/**
 * Whether an article is about sport or the charts: three different words of the lexicon's `sport`
 * list, a score counting as one ("beat Lee 7-5 6-4" in a tennis report).
 */
export function sportArticle(tokens: readonly Token[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let word: string | null = null;
    if ((token.lists & SPORT_ARTICLE_WORDS) !== 0) word = token.lower;
    else if ((token.lists & SPORT_COMPOUND_STARTS) !== 0) word = compoundAt(tokens, i);
    else if (token.lower === '-' && score(tokens, i)) word = '-';
    if (word === null || seen.has(word)) continue;
    seen.add(word);
    if (seen.size >= SPORT_ARTICLE) return true;
  }
  return false;
}

/** Whether a sentence is about a match or a prize: a contest word, a score ("6-4", "2-1") or a placing ("came second"). */
function contest(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) {
    const token = tokens[i] as Token;
    if ((token.lists & CONTEST_SENTENCE_WORDS) !== 0) return true;
    if (token.lower === '-' && tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.pos === 'NUM') return true;
    // A placing: "who came second", "finished third".
    if (PLACING_VERBS.has(token.lower) && i < range.last && PLACING_ORDINALS.has((tokens[i + 1] as Token).lower)) return true;
  }
  return false;
}

/** Whether a trigger's first word is one that names a contest in a sentence about one ("beat", "meet"). */
function contestWord(token: Token): boolean {
  return (token.lists & CONTEST_TRIGGER_WORDS) !== 0 && CONTEST_TRIGGERS.some((phrase) => matchesWord(token.lower, token.pos, phrase[0] as PatternWord));
}

/** How many words of the sentence before are read for an election race (sentences are cut at 400 tokens). */
const RACE_BEFORE = 400;

/** Whether a sentence is about an election race: a word of the lexicon's `electoral` list ("heartlands", "seat"). */
function electoral(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) if (((tokens[i] as Token).lists & ELECTORAL_SENTENCE_WORDS) !== 0) return true;
  return false;
}

/** The tokens of the sentence before a sentence (at most the last RACE_BEFORE of them), or null. */
function sentenceBefore(tokens: readonly Token[], range: TokenRange): TokenRange | null {
  const last = range.first - 1;
  const sentence = tokens[last]?.sentence;
  if (sentence === undefined) return null;
  let first = last;
  while (first > 0 && last - first < RACE_BEFORE && tokens[first - 1]?.sentence === sentence) first--;
  return { first, last };
}

/** Whether a trigger's first word names a race in a sentence about an election ("challenge", "beat", "fight"). */
function electoralWord(token: Token): boolean {
  return (token.lists & ELECTORAL_TRIGGER_WORDS) !== 0 && ELECTORAL_TRIGGERS.some((phrase) => matchesWord(token.lower, token.pos, phrase[0] as PatternWord));
}

/** How many words the one challenged may have before "to" ("challenged Mr Kilroy-Silk to stand down"). */
const DARE_REACH = 6;

/** Whether "challenge" dares its object to act ("challenged Lee to stand down"): a demand, no race. */
function dare(tokens: readonly Token[], trigger: Trigger): boolean {
  const verb = tokens[trigger.first] as Token;
  if (verb.pos !== 'VERB' || !verb.lower.startsWith('challeng')) return false;
  for (let i = trigger.last + 1; i <= trigger.last + DARE_REACH; i++) {
    const token = tokens[i];
    // A hyphen may stand inside the name ("Kilroy-Silk").
    if (token === undefined || token.pos === 'VERB' || (token.pos === 'PUNCT' && token.lower !== '-')) return false;
    if (token.lower === 'to') return tokens[i + 1]?.pos === 'VERB';
  }
  return false;
}

/**
 * The triggers of a sentence, less those that name a contest in a sentence (or an article: `sport`)
 * about one, and those that name a race in a sentence about an election ("the Liberal Democrats
 * challenge Labour in its heartlands": no criticism; "will fight the Tories for the seat": no assault).
 */
export function withoutContests(tokens: readonly Token[], sentence: TokenRange, triggers: readonly Trigger[], sport = false): readonly Trigger[] {
  let kept = triggers;
  const race = (t: Trigger): boolean => electoralWord(tokens[t.first] as Token) && !dare(tokens, t);
  if (kept.some(race)) {
    // The sentence before may set the race that a verb tells of ("She will stand in Ashfield at the
    // election. She will challenge Lee"); a challenge answered stays one of argument there ("voters
    // will have to wait … The premier was responding to a challenge from Lee").
    const here = electoral(tokens, sentence);
    const previous = here ? null : sentenceBefore(tokens, sentence);
    const before = previous !== null && electoral(tokens, previous);
    if (here || before) kept = kept.filter((t) => !race(t) || (!here && (tokens[t.first] as Token).pos !== 'VERB'));
  }
  if (!kept.some((t) => contestWord(tokens[t.first] as Token)) || !(sport || contest(tokens, sentence))) return kept;
  return kept.filter((t) => !contestWord(tokens[t.first] as Token));
}

/**
 * Whether "beat" races its object to something ("beat Standard Chartered to buy the bank", "beat Lee
 * to it", "beat Lee to the nomination"): getting there first, a contest, no use of force. An object
 * beaten "to death" or "to the ground" was hurt.
 */
export function beatenInRace(tokens: readonly Token[], trigger: Trigger, later: TokenRange): boolean {
  const verb = tokens[trigger.first] as Token;
  if (trigger.code !== 'ASSAULT' || verb.pos !== 'VERB' || !isFormOf(verb.lower, 'beat') || later.first <= trigger.last) return false;
  if (tokens[later.last + 1]?.lower !== 'to') return false;
  const next = tokens[later.last + 2];
  if (next === undefined) return false;
  if (next.pos === 'VERB' || next.lower === 'it') return true;
  // "to the nomination": the prize raced for; not what befell the one beaten.
  const noun = next.lower === 'the' ? tokens[later.last + 3] : undefined;
  return noun !== undefined && noun.pos === 'NOUN' && !HURTS.has(noun.lower);
}

/** What a beating brings its object to: harm, not a prize. */
const HURTS: ReadonlySet<string> = new Set(['ground', 'floor', 'brink', 'point', 'bone', 'verge']);
