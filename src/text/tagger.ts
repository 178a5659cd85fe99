/**
 * Our part-of-speech tagger (Universal Dependencies tags, as wink-nlp gives them): each word takes
 * its usual tag from the lexicon (src/lexicon/pos.ts), or a guess from its shape when the lexicon
 * does not know it; then a few rules of context choose among the tags a word can take ("to
 * increase": VERB; "the increase": NOUN; "that" as determiner, pronoun or conjunction).
 */
import { tagsAt, wordIndex, type WordTags } from '../lexicon/pos.js';
import data from '../lexicon/tokens.json' with { type: 'json' };
import { isJoiningHyphen, type RawToken } from './split.js';
import { tokenBefore } from './token-index.js';
import { listsAt, listsOf, listsOfUnknown, wordList } from '../lexicon/word-lists.js';

/** A token once tagged: the splitter's token, with `pos` and `lexical` filled in. */
export type TaggedToken = RawToken;

// Word lists, tested by a bit of each token's lists: a Set would hash each token's word.
const MODALS = wordList(data.modals);
const SUBJECTS = wordList(data.subjects);
const POSSESSIVES = wordList(data.possessives);
const DEMONSTRATIVES: ReadonlySet<string> = new Set(data.demonstratives);
const NOMINAL_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);
const AUXILIARIES: ReadonlySet<string> = new Set(data.auxiliaries);
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', '"', '“', '‘', "'", '(', ':', ';', '-', '...']);
const PUNCTUATION = /^\p{P}+$/u;
const SYMBOL = /^\p{S}+$/u;
const CAPITAL = /^\p{Lu}/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// The tag of a word the lexicon does not know, from its shape.
function guess(lower: string, capitalised: boolean): string {
  if (capitalised) return 'PROPN';
  if (lower.endsWith('ly')) return 'ADV';
  if (lower.endsWith('ing') || lower.endsWith('ed')) return 'VERB';
  return 'NOUN';
}

// Whether the token starts a sentence or a clause in quotes, where a capital says nothing.
function initial(text: string, previous: RawToken | undefined, token: RawToken): boolean {
  if (!previous || SENTENCE_OPENERS.has(previous.value)) return true;
  return text.slice(previous.end, token.start).includes('\n');
}

// Sets the tag a token takes out of context, and the lexicon's entry it was taken from.
function setUsualTag(text: string, tokens: readonly RawToken[], i: number): void {
  const token = tokens[i] as RawToken;
  const value = token.value;
  const lower = token.lower;
  // The lookups that find the word's tags find its word lists too.
  const exactIndex = wordIndex(value);
  if (exactIndex >= 0) {
    token.lists = value === lower ? listsAt(exactIndex) : listsOf(lower);
    const exact = tagsAt(exactIndex);
    return set(token, exact.usual, exact);
  }
  const lowerIndex = value === lower ? -1 : wordIndex(lower);
  token.lists = lowerIndex >= 0 ? listsAt(lowerIndex) : listsOfUnknown(lower);
  if (isDigit(value.charCodeAt(0))) return set(token, 'NUM', undefined);
  if (PUNCTUATION.test(value)) return set(token, 'PUNCT', undefined);
  if (SYMBOL.test(value)) return set(token, 'SYM', undefined);
  const lowerTags = lowerIndex >= 0 ? tagsAt(lowerIndex) : undefined;
  if (!CAPITAL.test(value)) return set(token, lowerTags?.usual ?? guess(lower, false), lowerTags);
  // A capitalised word is a name unless it opens a sentence as a function word ("Earlier", "Three").
  const usual = lowerTags?.usual;
  if (usual !== undefined && usual !== 'NOUN' && usual !== 'ADJ' && usual !== 'PROPN' && initial(text, tokenBefore(tokens, i, 1), token)) return set(token, usual, lowerTags);
  return set(token, guess(lower, true), lowerTags);
}

function set(token: TaggedToken, pos: string, lexical: WordTags | undefined): void {
  token.pos = pos;
  token.lexical = lexical;
}

function can(token: TaggedToken, tag: string): boolean {
  return token.pos === tag || token.lexical?.allowed.has(tag) === true;
}

// Whether the words before token i make it a verb: a modal, a subject pronoun, an auxiliary, a negation.
function verbContext(tokens: readonly TaggedToken[], i: number): boolean {
  const previous = tokenBefore(tokens, i, 1);
  if (!previous) return false;
  const twoBack = tokenBefore(tokens, i, 2);
  if ((previous.lists & (MODALS | SUBJECTS)) !== 0 || previous.pos === 'AUX' || previous.lower === "n't") return true;
  // "Mr Sullivan claims that …", "Velcor claims the price …": an -s form after a name that opens its
  // clause, before "that" or a determiner ("could dent Lycos claims that", "his Six Nations rivals that" are nouns).
  const next = tokens[i + 1];
  const nameEnd = lastOfName(tokens, i - 1);
  if (nameEnd >= 0 && tokens[i]?.lower.endsWith('s') && next !== undefined && (next.lower === 'that' || next.pos === 'DET' || (next.lists & POSSESSIVES) !== 0)) return opensClause(tokens, nameEnd);
  if (previous.lower === 'not' && twoBack !== undefined && (twoBack.lists & MODALS) !== 0) return true;
  return previous.pos === 'ADV' && twoBack !== undefined && ((twoBack.lists & SUBJECTS) !== 0 || twoBack.pos === 'AUX');
}

const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

/** The last word of the name that ends at token `at`, past an abbreviation in brackets ("the Institute (IFP)"); -1 if no name ends there. */
function lastOfName(tokens: readonly TaggedToken[], at: number): number {
  if (tokens[at]?.pos === 'PROPN') return at;
  const bracketed = tokens[at]?.value === ')' && tokens[at - 1]?.pos === 'PROPN' && tokens[at - 2]?.value === '(';
  return bracketed && tokens[at - 3]?.pos === 'PROPN' ? at - 3 : -1;
}

// Words that join the capitalised words of one name ("Institute of Fiscal Planning", "Bertram & Lowe").
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&']);

/**
 * Whether the name ending at token `last` opens its clause: nothing before it in its sentence but
 * punctuation, a conjunction or "the" ("The Institute of Fiscal Planning claims that …").
 */
function opensClause(tokens: readonly TaggedToken[], last: number): boolean {
  const sentence = tokens[last]?.sentence;
  const inName = (at: number): boolean => tokens[at]?.sentence === sentence && (tokens[at]?.pos === 'PROPN' || tokens[at]?.pos === 'NUM');
  let first = last;
  for (;;) {
    if (first > 0 && inName(first - 1)) first--;
    else if (first > 1 && NAME_JOINERS.has(tokens[first - 1]?.lower ?? '') && tokens[first - 2]?.pos === 'PROPN' && inName(first - 2)) first -= 2;
    else break;
  }
  if (tokens[first - 1]?.lower === 'the' && tokens[first - 1]?.sentence === sentence) first--;
  const before = tokens[first - 1];
  return before === undefined || before.sentence !== sentence || CLAUSE_OPENERS.has(before.pos);
}

function nounContext(previous: TaggedToken | undefined): boolean {
  return previous !== undefined && (previous.pos === 'DET' || previous.pos === 'ADJ' || (previous.lists & POSSESSIVES) !== 0 || (previous.lower === "'s" && previous.pos === 'PART'));
}

// The tag of "that" in context: "that the" after a verb is a conjunction, "that year" a
// determiner, "firms that make" a pronoun.
function thatTag(tokens: readonly TaggedToken[], i: number, atStart: boolean): string {
  const previous = tokenBefore(tokens, i, 1);
  const next = tokens[i + 1];
  if (atStart || !previous) return 'PRON';
  if (next && NOMINAL_TAGS.has(next.pos) && previous.pos !== 'VERB' && previous.pos !== 'NOUN') return 'DET';
  if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return 'PRON';
  return 'SCONJ';
}

// Words with rules of their own below: most tokens are none of them, which one bit tells.
const RULE_WORDS = wordList(['to', 'that', ...DEMONSTRATIVES, 'which', 'whose', 'what', 'about', 'as', 'around', ...AUXILIARIES, "'s", '’s']);

// The rules of a word of RULE_WORDS; false when none applies, and the rules of tags may.
function retagWord(text: string, tokens: TaggedToken[], i: number): boolean {
  const token = tokens[i] as TaggedToken;
  const previous = tokenBefore(tokens, i, 1);
  const next = tokens[i + 1];
  const lower = token.lower;
  if (lower === 'to') {
    // "to" before a word that can be a verb is the infinitive's particle, and the word a verb.
    const afterAdverb = next?.pos === 'ADV' ? tokens[i + 2] : undefined;
    const verb = next && (next.pos === 'VERB' || next.pos === 'AUX' || (next.value === next.lower && can(next, 'VERB'))) ? next : afterAdverb?.pos === 'VERB' ? afterAdverb : undefined;
    token.pos = verb ? 'PART' : 'ADP';
    if (verb && verb.pos !== 'AUX') verb.pos = 'VERB';
  } else if (lower === 'that') {
    token.pos = thatTag(tokens, i, initial(text, previous, token));
  } else if (DEMONSTRATIVES.has(lower)) {
    token.pos = next && NOMINAL_TAGS.has(next.pos) ? 'DET' : 'PRON';
  } else if (lower === 'which' || lower === 'whose' || lower === 'what') {
    token.pos = next && (next.pos === 'NOUN' || next.pos === 'ADJ') ? 'DET' : 'PRON';
  } else if ((lower === 'about' || lower === 'as' || lower === 'around') && next && (next.pos === 'NUM' || next.pos === 'ADJ' || next.pos === 'ADV' || next.lower === '$' || next.lower === '£')) {
    token.pos = 'ADV';
  } else if (AUXILIARIES.has(lower)) {
    token.pos = 'AUX';
  } else if (lower === "'s" || lower === '’s') {
    token.pos = previous?.pos === 'PRON' ? 'AUX' : 'PART';
  } else {
    return false;
  }
  return true;
}

// The rules of tags in context, for any other word.
function retagByContext(tokens: TaggedToken[], i: number): void {
  const token = tokens[i] as TaggedToken;
  const previous = tokenBefore(tokens, i, 1);
  const next = tokens[i + 1];
  const lower = token.lower;
  if (token.pos === 'VERB' && nounContext(previous) && isJoiningHyphen(tokens, i + 1)) {
    // "a follow-up interview", "the run-up": after a determiner, a verb joined by a hyphen opens a compound noun.
    token.pos = 'NOUN';
  } else if (token.pos === 'ADJ' && can(token, 'NOUN') && (next?.pos === 'VERB' || next?.pos === 'AUX') && (previous?.pos === 'DET' || previous?.pos === 'ADJ' || previous?.pos === 'PROPN')) {
    // "the Republican incumbent said": a word that can be a noun, ending its phrase before the verb, is the head.
    token.pos = 'NOUN';
  } else if (token.pos === 'NOUN' && can(token, 'VERB') && verbContext(tokens, i)) {
    token.pos = 'VERB';
  } else if (token.pos === 'VERB' && can(token, 'NOUN') && nounContext(previous) && !lower.endsWith('ed') && !lower.endsWith('ing')) {
    token.pos = 'NOUN';
  } else if (token.pos === 'ADV' && next?.pos === 'NOUN' && can(token, 'ADJ')) {
    // "most parents": before a noun, a word that can be an adjective is one.
    token.pos = 'ADJ';
  } else if (token.pos === 'ADJ' && next?.pos === 'ADJ' && can(token, 'ADV')) {
    token.pos = 'ADV';
  } else if (token.pos === 'VERB' && lower.endsWith('ing') && nounContext(previous) && can(token, 'NOUN')) {
    token.pos = 'NOUN';
  } else if (token.pos === 'VERB' && (lower.endsWith('ed') || lower.endsWith('ing')) && (previous?.pos === 'DET' || (previous !== undefined && (previous.lists & POSSESSIVES) !== 0)) && next?.pos === 'NOUN' && can(token, 'ADJ')) {
    token.pos = 'ADJ';
  }
}

// The rules of context, applied once from left to right.
function retag(text: string, tokens: TaggedToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (((tokens[i] as TaggedToken).lists & RULE_WORDS) !== 0 && retagWord(text, tokens, i)) continue;
    retagByContext(tokens, i);
  }
}

/** Tags the tokens of `text` in place, and returns them. */
export function tagTokens(text: string, tokens: RawToken[]): TaggedToken[] {
  for (let i = 0; i < tokens.length; i++) setUsualTag(text, tokens, i);
  retag(text, tokens);
  return tokens;
}
