/**
 * Where reported content begins and ends: clause breaks, sentence bounds, the listener and setting
 * after a cue ("told reporters on Tuesday that …"), and whether a stretch reads as a clause.
 */
import type { Cue, Doc, Span, Token } from '../../doc/document.js';
import { SETTING_NOUNS, TIME_WORDS } from '../../lexicon/words.js';
import { tokenAtOrAfter, tokenBefore } from '../../text/token-index.js';
import { POSSESSIVE_PRONOUNS } from '../speakers/noun-phrase.js';

/** Sentence-final punctuation. */
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?']);
/** Closing quotation marks. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', '’', "'", '»']);
const OPENING_MARKS = new Set(['"', '“', '‘', "'", '«']);
const MAX_TRAIL = 10;
const TRAIL_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'later']);
/** Reported content shorter than this many tokens is not taken for content. */
export const MIN_CONTENT_TOKENS = 3;

export function isComma(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === ',' || t.lower === '—' || t.lower === '–');
}

/** Whether a clause break stands before token k: a comma or dash, or a closing quote mark right after one. */
export function breakBefore(doc: Doc, k: number): boolean {
  const prev = tokenBefore(doc.tokens, k, 1);
  if (isComma(prev)) return true;
  // A doubled apostrophe ('') is two mark tokens.
  const marks = closingMarksBefore(doc, k);
  return marks > 0 && isComma(doc.tokens[k - 1 - marks]);
}

/** How many closing-mark tokens, glued together, end right before token k (two for ''). */
function closingMarksBefore(doc: Doc, k: number): number {
  const prev = tokenBefore(doc.tokens, k, 1);
  if (prev === undefined || !CLOSING_MARKS.has(prev.lower)) return 0;
  const before = tokenBefore(doc.tokens, k, 2);
  return prev.lower === "'" && before?.lower === "'" && before.end === prev.start ? 2 : 1;
}

/** The last content token before a clause break at token k: the closing quote mark if there is one. */
export function beforeBreak(doc: Doc, k: number): number {
  return isComma(tokenBefore(doc.tokens, k, 1)) ? k - 2 : k - 1;
}

/** The last token of the sentence holding token `k`. */
export function sentenceLast(doc: Doc, k: number): number {
  const sentence = doc.sentences[(doc.tokens[k] as Token).sentence] as Span;
  return tokenAtOrAfter(doc.tokens, sentence.end) - 1;
}

export function sentenceFirst(doc: Doc, k: number): number {
  const sentence = doc.sentences[(doc.tokens[k] as Token).sentence] as Span;
  const first = tokenAtOrAfter(doc.tokens, sentence.start);
  return afterDateline(doc, first, k);
}

const MAX_DATELINE = 8;
const DASHES = new Set(['—', '–', '-', '--']);

/** "WASHINGTON (AP) — Trump said …": a dateline in capitals and a dash open the sentence, not its subject. */
function afterDateline(doc: Doc, first: number, limit: number): number {
  for (let k = first; k < limit && k - first <= MAX_DATELINE; k++) {
    const t = doc.tokens[k] as Token;
    // A dash opening the sentence is a list's bullet ("- Coach Tom Reyes: …"): the sentence starts after it.
    if (DASHES.has(t.lower)) return k + 1;
    const text = doc.text.slice(t.start, t.end);
    const capitals = /^[A-Z][A-Z.'’-]*$/.test(text) || text === '(' || text === ')' || text === ',' || (tokenBefore(doc.tokens, k, 1)?.lower === '(');
    if (!capitals) return first;
  }
  return first;
}

const WHEN_TAGS: ReadonlySet<string> = new Set(['ADP', 'DET', 'NUM', 'ADV', 'PUNCT']);

/**
 * Whether tokens [first, last] only say when ("last week,", "on 1 February", "earlier this year"): after
 * a cue ("the squad was announced last week, and …"), when it happened is not what was said.
 */
export function onlyWhen(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = doc.tokens[k] as Token;
    if (!(TIME_WORDS.has(t.lower) || TRAIL_OPENERS.has(t.lower) || WHEN_TAGS.has(t.pos))) return false;
  }
  return true;
}

/** A span over tokens [first, last], leaving out final sentence punctuation that no quote mark follows. */
export function contentSpan(doc: Doc, first: number, last: number, minTokens = MIN_CONTENT_TOKENS): Span | null {
  let end = last;
  // "… on violations.)": a closing bracket whose opening one lies before the content goes too.
  const opened = (k: number): boolean => doc.tokens.slice(first, k).some((t) => t.lower === '(');
  while (end >= first && (SENTENCE_END.has(doc.tokens[end]?.lower ?? '') || (doc.tokens[end]?.lower === ')' && !opened(end)))) end--;
  if (end - first + 1 < minTokens) return null;
  // "…, is advising Mr Glazer, according to the paper": a source of its own, never what was said.
  if (doc.tokens[first]?.lower === 'according' && doc.tokens[first + 1]?.lower === 'to') return null;
  // A quotation closing the content keeps its full stop and its closing mark ("… so far.”").
  const next = doc.tokens[last + 1];
  const closedAfter = next !== undefined && CLOSING_MARKS.has(next.lower) && next.start === doc.tokens[last]?.end;
  if (closedAfter) end = last + 1;
  else if (CLOSING_MARKS.has(doc.tokens[last]?.lower ?? '')) end = last;
  return { start: (doc.tokens[first] as Token).start, end: (doc.tokens[end] as Token).end };
}

/** After a cue: the token that ends a short trailing phrase ("told reporters on Tuesday."), or null. */
export function trailingEnd(doc: Doc, from: number, listener = false): number | null {
  for (let k = from; k < doc.tokens.length && k - from <= MAX_TRAIL; k++) {
    const t = doc.tokens[k] as Token;
    if (isComma(t) || SENTENCE_END.has(t.lower) || t.lower === ';') return k;
    // "…, Clinton maintains a commanding lock" has an object: only a listener ("told reporters") or a setting may trail.
    if (k === from && !listener && !(t.pos === 'ADP' || t.pos === 'ADV' || TIME_WORDS.has(t.lower) || TRAIL_OPENERS.has(t.lower))) return null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.lower === 'that') return null;
  }
  return null;
}

// Verbs whose object is the listener ("told reporters that …").
const ALWAYS_LISTENER = new Set(['tell', 'inform', 'assure', 'remind', 'reassure', 'brief']);
const RECIPIENT_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'urge', 'ask', 'reassure', 'advise', 'brief']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);


/** Skips a noun phrase from token k; a pronoun only opens it ("him", "his audience"), never continues it. */
export function skipPhrase(doc: Doc, k: number, last: number): number {
  let i = k;
  for (; i <= last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.lower === 'that' || !(NP_TAGS.has(t.pos) || t.lower === "'s")) break;
    // A second determiner opens the next phrase ("told the Gazette the delay …").
    if (t.pos === 'DET' && i > k && tokenBefore(doc.tokens, i, 1)?.pos !== 'ADP') break;
    if (t.pos === 'PRON' && i > k && !POSSESSIVE_PRONOUNS.has(t.lower)) break;
  }
  return i;
}

/** Whether tokens [from, to) are a phrase of time or setting ("on Tuesday", "in a statement"). */
export function isSetting(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const lower = (doc.tokens[i] as Token).lower;
    if (TIME_WORDS.has(lower) || SETTING_NOUNS.has(lower) || /^\d/.test(lower)) return true;
  }
  return false;
}

/** Words that open an embedded question ("did not say when …"), which is the content, not an adverb before it. */
const QUESTION_WORDS = new Set(['when', 'where', 'why', 'how']);

/** After a cue with content: the first content token, past a recipient and short adverbials. */
export function contentStart(doc: Doc, cue: Cue, last: number): number {
  let k = cue.lastToken + 1;
  if (RECIPIENT_VERBS.has(cue.lemma) && doc.tokens[k]?.pos !== 'ADP' && doc.tokens[k]?.lower !== 'that') {
    const after = skipPhrase(doc, k, last);
    // Only a listener if what follows still opens a clause ("told reporters that", "told the BBC on Friday").
    const next = doc.tokens[after];
    // "told the Gazette the delay …": after "tell" the first phrase is always the listener.
    const listener = ALWAYS_LISTENER.has(cue.lemma) || (next !== undefined && (next.lower === 'that' || next.lower === ':' || next.pos === 'ADP' || next.lower === ',' || next.pos === 'PRON'));
    if (after > k && next && listener) k = after;
  }
  for (let steps = 0; steps < 3 && k <= last; steps++) {
    const t = doc.tokens[k] as Token;
    if (t.lower === ':' || t.lower === ',') return k + 1;
    if (t.lower === 'that') return k;
    if (t.pos === 'ADP' && t.lower !== 'that') {
      // "said on Tuesday (that) …" skips the setting; other phrases are part of the content.
      const end = skipPhrase(doc, k + 1, last);
      if (!isSetting(doc, k + 1, end)) return k;
      k = end;
    } else if (QUESTION_WORDS.has(t.lower)) return k;
    else if (t.pos === 'ADV' || TIME_WORDS.has(t.lower) || t.lower === 'last' || t.lower === 'this') k = skipPhrase(doc, k + 1, last);
    else break;
  }
  return k;
}

const CLAUSE_VERB_WINDOW = 40;
const PAST = /^[a-z]{3,}ed$/;

/** "the family deserved better": a lower-case "-ed" word right after a noun is its verb, whatever its tag. */
function pastAfterNoun(doc: Doc, k: number): boolean {
  const t = doc.tokens[k] as Token;
  const prev = tokenBefore(doc.tokens, k, 1);
  return PAST.test(doc.text.slice(t.start, t.end)) && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN' || prev?.pos === 'PRON');
}

/**
 * Whether reported content reads as a clause: it starts with a word and has a verb near its start
 * ("that the plan failed", "the plan had failed"), unlike an object ("the letter on Monday").
 */
export function isClause(doc: Doc, span: Span): boolean {
  const first = tokenAtOrAfter(doc.tokens, span.start);
  const opener = doc.tokens[first];
  if (!opener || (opener.pos === 'PUNCT' && !OPENING_MARKS.has(opener.lower))) return false;
  if (countedObject(doc.tokens, first)) return false;
  for (let k = first; k < doc.tokens.length && k - first <= CLAUSE_VERB_WINDOW && (doc.tokens[k] as Token).start < span.end; k++) {
    const t = doc.tokens[k] as Token;
    // "adding 178 million PCs by 2010, it said": the verb of a report after a comma is not the content's.
    if (t.pos === 'VERB' && k - first >= 3 && isComma(doc.tokens[k - 2]) && SUBJECT_TAGS.has(doc.tokens[k - 1]?.pos ?? '') && cueAt(doc, k)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || pastAfterNoun(doc, k)) return true;
  }
  return false;
}

const SUBJECT_TAGS = new Set(['PRON', 'PROPN']);

// Words after a counted noun phrase that make it an object, not a subject: "added four conversions as
// Wales …", "adding 150 million PCs by 2010".
const AFTER_OBJECT = new Set(['as', 'by', 'for', 'to', 'from', 'against', 'after', 'before', 'during', 'while', 'when', 'since', 'with']);

/**
 * Whether the words from token `first` are a counted noun phrase and then a preposition or subordinator
 * ("four conversions as Wales maintained …"): the object of a verb of adding or scoring, where the
 * subject of a reported clause would go on with its verb ("20 people had died").
 */
function countedObject(tokens: readonly Token[], first: number): boolean {
  if (tokens[first]?.pos !== 'NUM') return false;
  let k = first + 1;
  while (tokens[k] !== undefined && (tokens[k]?.pos === 'NUM' || tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'PROPN')) k++;
  return k > first + 1 && AFTER_OBJECT.has(tokens[k]?.lower ?? '');
}

/** Subordinators that open a contrasting clause with a subject of its own ("…, while others said …"). */
export const CONTRASTS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though']);

/** The index of the first cue (cues are sorted by token) at or after token k, by binary search. */
export function firstCueFrom(cues: readonly Cue[], k: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cues[mid] as Cue).token < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a cue starts at token k. */
function cueAt(doc: Doc, k: number): boolean {
  return doc.cues[firstCueFrom(doc.cues, k)]?.token === k;
}

/** Whether a clause opens at token k: a noun phrase and then a verb ("Trump was his choice"). */
/** Whether "that" at token k opens a clause, not a noun phrase ("that year in Paris", "that campaign outside"). */
export function thatClause(doc: Doc, k: number): boolean {
  const that = doc.tokens[k];
  if (that?.lower !== 'that' || that.pos !== 'SCONJ') return false;
  const next = doc.tokens[k + 1];
  const after = doc.tokens[k + 2];
  return !(next?.pos === 'NOUN' && (after === undefined || after.pos === 'ADP' || after.pos === 'PUNCT' || after.pos === 'CCONJ'));
}

export function subjectAndVerb(doc: Doc, k: number): boolean {
  const after = skipPhrase(doc, k, doc.tokens.length - 1);
  const verb = doc.tokens[after];
  return after > k && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/**
 * Whether a second verb phrase or clause begins at token k, which ends the object before it: "and
 * said", ", saying", ", but …" and a conjunction before a clause of its own ("expressed their
 * interest, and the striker said he …").
 */
export function startsVerbPhrase(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  const next = doc.tokens[k + 1];
  if (!t || !next) return false;
  if (t.pos === 'CCONJ' && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  if (isComma(t) && (next.lower === 'but' || next.lower === 'yet' || CONTRASTS.has(next.lower))) return true;
  if (t.pos === 'CCONJ' && subjectAndVerb(doc, k + 1)) return true;
  return isComma(t) && next.pos === 'VERB' && next.lower.endsWith('ing');
}
