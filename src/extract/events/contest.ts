/**
 * Contests: in a sentence about a match or a prize (a contest word of the lexicon, or a score such
 * as "6-4"), or anywhere in an article about sport or the charts (three different words of the
 * lexicon's `sport` list), the lexicon's contest triggers ("beat", "meet", "clash", "battle", "hit")
 * name a contest, no event between the actors ("beat Roddick 6-4 in the final", "She will now meet
 * Lee" in a tennis report): an event needs a political reading.
 */
import type { Token } from '../../doc/document.js';
import { CONTEST_TRIGGERS, CONTEST_WORDS, SPORT_WORDS, lemmasAndForms, matchesWord, type PatternWord } from '../../lexicon/plover.js';
import { wordList } from '../../lexicon/word-lists.js';
import type { Trigger } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';

// The contest triggers' words and forms, and the contest words, as word lists (bits of Token.lists).
const CONTEST_TRIGGER_WORDS = wordList(lemmasAndForms(new Set(CONTEST_TRIGGERS.map((phrase) => phrase[0]?.lemma ?? ''))));
const CONTEST_SENTENCE_WORDS = wordList(CONTEST_WORDS);
const SPORT_ARTICLE_WORDS = wordList([...SPORT_WORDS].filter((w) => !w.includes(' ')));
// Three different words of sport make an article one about sport: one may stand in politics ("a penalty").
const SPORT_ARTICLE = 3;

/** Whether an article is about sport or the charts: three different words of the lexicon's `sport` list. */
export function sportArticle(tokens: readonly Token[]): boolean {
  const seen = new Set<string>();
  for (const token of tokens) {
    if ((token.lists & SPORT_ARTICLE_WORDS) === 0 || seen.has(token.lower)) continue;
    seen.add(token.lower);
    if (seen.size >= SPORT_ARTICLE) return true;
  }
  return false;
}

/** Whether a sentence is about a match or a prize: a contest word, or a score ("6-4", "2-1"). */
function contest(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) {
    const token = tokens[i] as Token;
    if ((token.lists & CONTEST_SENTENCE_WORDS) !== 0) return true;
    if (token.lower === '-' && tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.pos === 'NUM') return true;
  }
  return false;
}

/** Whether a trigger's first word is one that names a contest in a sentence about one ("beat", "meet"). */
function contestWord(token: Token): boolean {
  return (token.lists & CONTEST_TRIGGER_WORDS) !== 0 && CONTEST_TRIGGERS.some((phrase) => matchesWord(token.lower, token.pos, phrase[0] as PatternWord));
}

/** The triggers of a sentence, less those that name a contest in a sentence (or an article: `sport`) about one. */
export function withoutContests(tokens: readonly Token[], sentence: TokenRange, triggers: readonly Trigger[], sport = false): readonly Trigger[] {
  if (!triggers.some((t) => contestWord(tokens[t.first] as Token)) || !(sport || contest(tokens, sentence))) return triggers;
  return triggers.filter((t) => !contestWord(tokens[t.first] as Token));
}
