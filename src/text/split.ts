/**
 * Our tokenizer: words, numbers and marks with their offsets, and where sentences end, in one pass
 * of a regular expression over the text. It follows wink-nlp's conventions, which the later stages
 * were written against: contractions split ("did" "n't", "it" "'s", "ca" "n't"), hyphenated words
 * kept whole when the vocabulary knows them or they start with a prefix ("e-mail", "ex-minister")
 * and split otherwise ("long" "-" "term"), "U.S." and "Mr." one token each, "--" and "..." one token.
 */
import type { Token } from '../doc/document.js';
import { HONORIFICS } from '../lexicon/words.js';
import { wordTags, type WordTags } from '../lexicon/pos.js';
import data from '../lexicon/tokens.json' with { type: 'json' };
import { tokenBefore } from './token-index.js';
import { isSpace } from './spaces.js';

/**
 * A token: its place, its text as written and lower-cased; the tagger fills in `pos`, `lexical` and
 * `lists`, the tokens stage `sentence`. One object serves a token from the splitter to the document.
 */
export interface RawToken extends Token {
  value: string;
  /** The lexicon's tags for the word (as spelled, or lower-cased), looked up once by the tagger. */
  lexical: WordTags | undefined;
}

function token(start: number, end: number, value: string): RawToken {
  return { start, end, value, lower: value.toLowerCase(), pos: '', sentence: -1, lists: 0, lexical: undefined };
}

// Titles written with a full stop in titles.json ("sen.") take it; "general" or "father" never do.
const ABBREVIATIONS: ReadonlySet<string> = new Set([...data.abbreviations, ...[...HONORIFICS].filter((h) => h.endsWith('.')).map((h) => h.slice(0, -1))]);
const ENDING_ABBREVIATIONS: ReadonlySet<string> = new Set(data.endingAbbreviations);
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(data.hyphenPrefixes);

// In order: web addresses, dotted abbreviations ("U.S.", "a.m."), ordinals and
// decades ("21st", "1980s"), numbers with their separators ("1,000", "5.5", "10:30", "9/11"), words
// (letters and digits, joined by hyphens, apostrophes or "&"), runs of dots or dashes, and any
// other single character (two apostrophes used as a quote mark are two tokens). The expression is
// sticky: the loop below skips white space itself and matches at the next character, which spares
// a match object per token.
const TOKEN =
  /(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’"”]|(?:\p{L}\.){2,}|\d+(?:st|nd|rd|th|s)\b|\d+(?:[.,:/]\d+)*|[a-zA-Z0-9\p{L}\p{M}]+(?:[-'’&][a-zA-Z0-9\p{L}\p{M}]+)*|\.{2,}|-{2,}|\S/uy;
const CONTRACTION = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const LETTER = /\p{L}/u;
const CAPITAL = /^\p{Lu}$/u;

/**
 * Whether a word is a prefix, a hyphen and a word in lower case ("anti-spam", "Pro-democracy",
 * "Self-employed"): an ordinary English word, whatever its first letter; not "Anti-Nazi", "Jean-Paul".
 */
export function isPrefixedWord(word: string): boolean {
  const hyphen = word.indexOf('-');
  return hyphen > 0 && HYPHEN_PREFIXES.has(word.slice(0, hyphen).toLowerCase()) && LOWER_START.test(word.slice(hyphen + 1));
}

function isAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || ENDING_ABBREVIATIONS.has(lower) || CAPITAL.test(word);
}

function isKnown(word: string): boolean {
  return wordTags(word) !== undefined || wordTags(word.toLowerCase()) !== undefined;
}

// A hyphenated word the vocabulary does not know is split at its hyphens, which become tokens.
function splitHyphens(out: RawToken[], text: string, start: number, end: number): void {
  let at = start;
  for (let hyphen = text.indexOf('-', at); hyphen >= 0 && hyphen < end; hyphen = text.indexOf('-', at)) {
    if (hyphen > at) out.push(token(at, hyphen, text.slice(at, hyphen)));
    out.push(token(hyphen, hyphen + 1, '-'));
    at = hyphen + 1;
  }
  if (at < end) out.push(token(at, end, text.slice(at, end)));
}

/**
 * Whether token k is a hyphen inside a word ("45-year-old", which the splitter cut into pieces), not
 * a dash between words ("WASHINGTON - Senator").
 */
export function isJoiningHyphen(tokens: readonly Token[], k: number): boolean {
  const t = k >= 0 ? tokens[k] : undefined;
  return t !== undefined && t.lower === '-' && tokenBefore(tokens, k, 1)?.end === t.start && tokens[k + 1]?.start === t.end;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

// Characters after a run of ASCII letters that could extend the token or start a longer reading of
// it: digits, "-", "'", "&", ".", ":" (a web address), and anything beyond ASCII.
function extendsWord(code: number): boolean {
  return code >= 128 || (code >= 48 && code <= 57) || code === 45 || code === 39 || code === 38 || code === 46 || code === 58;
}

/**
 * The end of the token at `at` when it is plain — a run of ASCII letters that nothing after it could
 * extend, or one ASCII mark other than "." and "-" — else -1, and the regular expression decides.
 * Most tokens are plain, and this is the same token the expression would match.
 */
function plainEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (isAsciiLetter(code)) {
    let end = at + 1;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    return end < text.length && extendsWord(text.charCodeAt(end)) ? -1 : end;
  }
  const mark = code < 128 && !(code >= 48 && code <= 57) && code !== 46 && code !== 45;
  return mark ? at + 1 : -1;
}

/** The tokens of a text, in order, with exact offsets. */
export function splitTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  let at = 0;
  for (;;) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) break;
    const start = at;
    let end = plainEnd(text, at);
    if (end >= 0 && isAsciiLetter(text.charCodeAt(start))) {
      // A plain run of letters holds no hyphen or apostrophe, and no full stop follows it: of the
      // cases below, only "cannot" can apply.
      at = end;
      const value = text.slice(start, end);
      if (value.length === 6 && value.toLowerCase() === 'cannot') out.push(token(start, start + 3, value.slice(0, 3)), token(start + 3, end, value.slice(3)));
      else out.push(token(start, end, value));
      continue;
    }
    if (end < 0) {
      TOKEN.lastIndex = at;
      // Every character that is not white space starts a token (the last alternative is \S).
      TOKEN.test(text);
      end = TOKEN.lastIndex;
    }
    at = end;
    const value = text.slice(start, end);
    if (value.length > 2 && value.includes('-') && LETTER.test(value)) {
      const prefix = value.slice(0, value.indexOf('-')).toLowerCase();
      if (!HYPHEN_PREFIXES.has(prefix) && !isKnown(value)) {
        splitHyphens(out, text, start, end);
        continue;
      }
    }
    if (value.length === 6 && value.toLowerCase() === 'cannot') {
      out.push(token(start, start + 3, value.slice(0, 3)), token(start + 3, end, value.slice(3)));
      continue;
    }
    const contraction = value.length > 2 && (value.includes("'") || value.includes('’')) ? CONTRACTION.exec(value) : null;
    if (contraction && contraction.index > 0) {
      const cut = start + contraction.index;
      out.push(token(start, cut, value.slice(0, contraction.index)), token(cut, end, contraction[0]));
      continue;
    }
    // A title, an initial or an abbreviation keeps its full stop: "Mr.", "J.", "Corp.".
    if (end < text.length && text.charCodeAt(end) === 46 && isAbbreviation(value)) {
      end += 1;
      at = end;
      out.push(token(start, end, text.slice(start, end)));
      continue;
    }
    out.push(token(start, end, value));
  }
  return out;
}

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '...', '…', '?!', '!?']);

// Whether a token ends a sentence: its first character rules out most tokens without a lookup.
function isSentenceEnd(value: string): boolean {
  const first = value.charCodeAt(0);
  return (first === 46 || first === 33 || first === 63 || first === 0x2026) && SENTENCE_ENDS.has(value);
}
const CLOSERS: ReadonlySet<string> = new Set(['"', '”', "'", '’', ')', ']', '»']);
const OPENERS: ReadonlySet<string> = new Set(['"', '“', "'", '‘', '``', '(', '[', '«', '-', '—', '–', '--']);
const UPPER_START = /^[\p{Lu}\d\p{Extended_Pictographic}]/u;
const LOWER_START = /^\p{Ll}/u;
// Words that open sentences, after which an abbreviation such as "Inc." ends its sentence.
const OPENING_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'ADV', 'AUX']);

function lowerAfterFullStop(stop: RawToken, next: RawToken | undefined): boolean {
  return stop.value === '.' && next !== undefined && next.start > stop.end && LOWER_START.test(next.value);
}

function opensSentence(token: RawToken | undefined): boolean {
  return token !== undefined && (UPPER_START.test(token.value) || OPENERS.has(token.value));
}

// Whether an abbreviation with its full stop ends its sentence before `next`.
function abbreviationEndsSentence(token: RawToken, next: RawToken | undefined): boolean {
  const value = token.value;
  if (value.length < 2 || value.charCodeAt(value.length - 1) !== 46) return false;
  const word = value.slice(0, -1).toLowerCase();
  // "U.S." or "Inc." ends one when a word that opens sentences follows: "… in the U.S. But …".
  if (!(ENDING_ABBREVIATIONS.has(word) || word.includes('.')) || next === undefined || !UPPER_START.test(next.value)) return false;
  const usual = wordTags(next.value.toLowerCase())?.usual;
  return usual !== undefined && OPENING_TAGS.has(usual);
}

/** Sentences as [first, last] token indexes. A sentence ends at a line break too. */
export function splitSentences(text: string, tokens: readonly RawToken[]): Array<[number, number]> {
  const sentences: Array<[number, number]> = [];
  let first = 0;
  // The first line break at or after the current token's end (text.length when there is none).
  let newline = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as RawToken;
    let last = i;
    let next = tokens[i + 1];
    let end = false;
    // "Halo.Bungie.Org", "Amazon.Com": a full stop glued to words on both sides is inside a name.
    const inWord = token.value === '.' && tokens[i - 1]?.end === token.start && next?.start === token.end && /^\p{L}/u.test(next.value);
    if (isSentenceEnd(token.value) && !inWord) {
      // The closing marks glued to the full stop belong to its sentence: 'said "Yes." Then'.
      let k = i + 1;
      while (tokens[k] !== undefined && CLOSERS.has((tokens[k] as RawToken).value) && (tokens[k] as RawToken).start === (tokens[k - 1] as RawToken).end) k++;
      // A lower-case word ends the sentence only right after the stop: "(R-Ky.) said" goes on.
      if (opensSentence(tokens[k]) || (k === i + 1 && lowerAfterFullStop(token, tokens[k]))) {
        last = k - 1;
        next = tokens[k];
        end = true;
      }
    } else if (abbreviationEndsSentence(token, next)) {
      end = true;
    }
    if (newline < token.end) {
      newline = text.indexOf('\n', token.end);
      if (newline < 0) newline = text.length;
    }
    if (!end && next !== undefined && newline < next.start) end = true;
    if (end || next === undefined) {
      sentences.push([first, last]);
      first = last + 1;
      i = last;
    }
  }
  return sentences;
}
