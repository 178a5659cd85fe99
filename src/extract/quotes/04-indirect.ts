/**
 * Stage: indirect and mixed quotations, and attributed positions. Reported speech with the speaker
 * after it ("…, Berg said."), before it ("Berg said (that) …"), around it ("…, Berg said, …") and
 * "according to Berg, …". Content carrying a quoted fragment is a mixed quotation. Cues of belief,
 * intention or finding ("believes", "wants", "found") give attributions, never quotes.
 */
import type { Attribution, Cue, Doc, Mention, Quote, Span, Token } from '../../doc/document.js';
import { ATTRIBUTION_OBJECT_CUES, NAMING_CUES, OBJECT_CUES, PREPOSITIONAL_CUES } from '../../lexicon/cues.js';
import { NOT_SPEAKERS, SETTING_NOUNS, TIME_WORDS } from '../../lexicon/words.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import { coordinatedSubject, speakerEndingAt, speakerStartingAt } from './attach.js';
import { mentionFrom, phraseStartingAt } from '../speakers/noun-phrase.js';

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSING_MARKS = new Set(['"', '”', '’', "'", '»']);
const OPENING_MARKS = new Set(['"', '“', '‘', "'", '«']);
const INTRO_TAGS = new Set(['CCONJ', 'ADV', 'SCONJ']);
const MAX_TRAIL = 10;
const MAX_SOURCE = 30;
const MIN_CONTENT_TOKENS = 3;

interface Found {
  spans: Span[];
  cue: Cue;
  speaker: Mention;
}

function isComma(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === ',' || t.lower === '—' || t.lower === '–' || t.lower === '-');
}

/** Whether a clause break stands before token k: a comma or dash, or a closing quote mark right after one. */
function breakBefore(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  return isComma(prev) || (prev !== undefined && CLOSING_MARKS.has(prev.lower) && isComma(doc.tokens[k - 2]));
}

/** The last content token before a clause break at token k: the closing quote mark if there is one. */
function beforeBreak(doc: Doc, k: number): number {
  return isComma(doc.tokens[k - 1]) ? k - 2 : k - 1;
}

/** The last token of the sentence holding token `k`. */
function sentenceLast(doc: Doc, k: number): number {
  const sentence = doc.sentences[(doc.tokens[k] as Token).sentence] as Span;
  return tokenAtOrAfter(doc.tokens, sentence.end) - 1;
}

function sentenceFirst(doc: Doc, k: number): number {
  const sentence = doc.sentences[(doc.tokens[k] as Token).sentence] as Span;
  return tokenAtOrAfter(doc.tokens, sentence.start);
}

/** A span over tokens [first, last], leaving out final sentence punctuation that no quote mark follows. */
function contentSpan(doc: Doc, first: number, last: number, minTokens = MIN_CONTENT_TOKENS): Span | null {
  let end = last;
  while (end >= first && SENTENCE_END.has(doc.tokens[end]?.lower ?? '')) end--;
  if (end - first + 1 < minTokens) return null;
  // A quotation closing the content keeps its full stop and its closing mark ("… so far.”").
  const next = doc.tokens[last + 1];
  const closedAfter = next !== undefined && CLOSING_MARKS.has(next.lower) && next.start === doc.tokens[last]?.end;
  if (closedAfter) end = last + 1;
  else if (CLOSING_MARKS.has(doc.tokens[last]?.lower ?? '')) end = last;
  return { start: (doc.tokens[first] as Token).start, end: (doc.tokens[end] as Token).end };
}

/** After a cue: the token that ends a short trailing phrase ("told reporters on Tuesday."), or null. */
function trailingEnd(doc: Doc, from: number): number | null {
  for (let k = from; k < doc.tokens.length && k - from <= MAX_TRAIL; k++) {
    const t = doc.tokens[k] as Token;
    if (isComma(t) || SENTENCE_END.has(t.lower) || t.lower === ';') return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.lower === 'that') return null;
  }
  return null;
}

// Verbs whose object is the listener ("told reporters that …").
const ALWAYS_LISTENER = new Set(['tell', 'inform', 'assure', 'remind', 'reassure', 'brief']);
const RECIPIENT_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'urge', 'ask', 'reassure', 'advise', 'brief']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Skips a noun phrase from token k; a pronoun only opens it ("him", "his audience"), never continues it. */
function skipPhrase(doc: Doc, k: number, last: number): number {
  let i = k;
  for (; i <= last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.lower === 'that' || !(NP_TAGS.has(t.pos) || t.lower === "'s")) break;
    // A second determiner opens the next phrase ("told the Gazette the delay …").
    if (t.pos === 'DET' && i > k && doc.tokens[i - 1]?.pos !== 'ADP') break;
    if (t.pos === 'PRON' && i > k && !POSSESSIVE_PRONOUNS.has(t.lower)) break;
  }
  return i;
}

/** Whether tokens [from, to) are a phrase of time or setting ("on Tuesday", "in a statement"). */
function isSetting(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const lower = (doc.tokens[i] as Token).lower;
    if (TIME_WORDS.has(lower) || SETTING_NOUNS.has(lower) || /^\d/.test(lower)) return true;
  }
  return false;
}

/** After a cue with content: the first content token, past a recipient and short adverbials. */
function contentStart(doc: Doc, cue: Cue, last: number): number {
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
      // "said on Tuesday (that) …" skips the setting; "added to her lead" is no report at all.
      const end = skipPhrase(doc, k + 1, last);
      if (!isSetting(doc, k + 1, end)) return k;
      k = end;
    } else if (t.pos === 'ADV' || TIME_WORDS.has(t.lower) || t.lower === 'last' || t.lower === 'this') k = skipPhrase(doc, k + 1, last);
    else break;
  }
  return k;
}

const CLAUSE_VERB_WINDOW = 40;

/**
 * Whether reported content reads as a clause: it starts with a word and has a verb near its start
 * ("that the plan failed", "the plan had failed"), unlike an object ("the letter on Monday").
 */
function isClause(doc: Doc, span: Span): boolean {
  const first = tokenAtOrAfter(doc.tokens, span.start);
  const opener = doc.tokens[first];
  if (!opener || (opener.pos === 'PUNCT' && !OPENING_MARKS.has(opener.lower))) return false;
  for (let k = first; k < doc.tokens.length && k - first <= CLAUSE_VERB_WINDOW && (doc.tokens[k] as Token).start < span.end; k++) {
    const pos = (doc.tokens[k] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

const RELATIVE = new Set(['who', 'which', 'whose']);


/**
 * "According to X, …", "…, according to X." and "…, according to X, …". The source may be a long
 * phrase ("the average of recent polls compiled by …"): it runs to the next comma or the sentence end.
 */
function reportedAccordingTo(doc: Doc, cue: Cue, first: number, last: number): Found | null {
  const tokens = doc.tokens;
  let end = cue.lastToken + 1;
  while (end <= last && end - cue.token <= MAX_SOURCE && !isComma(tokens[end]) && !SENTENCE_END.has(tokens[end]?.lower ?? '')) end++;
  if (end === cue.lastToken + 1) return null;
  const named = speakerStartingAt(doc, cue.lastToken + 1);
  const speaker = named?.mention ?? mentionFrom(doc, { first: cue.lastToken + 1, last: end - 1 });
  const opens = cue.token === first || (!breakBefore(doc, cue.token) && INTRO_TAGS.has(tokens[cue.token - 1]?.pos ?? ''));
  const tail = isComma(tokens[end]) ? contentSpan(doc, end + 1, last) : null;
  if (opens) return tail ? { spans: [tail], cue, speaker } : null;
  if (!breakBefore(doc, cue.token)) return null;
  const head = contentSpan(doc, first, beforeBreak(doc, cue.token));
  if (!head) return null;
  return { spans: tail ? [head, tail] : [head], cue, speaker };
}

/** Reported content for one cue, in whichever of the four constructions fits. */
export function reportedBy(doc: Doc, cue: Cue): Found | null {
  const tokens = doc.tokens;
  const first = sentenceFirst(doc, cue.token);
  const last = sentenceLast(doc, cue.token);
  if (PREPOSITIONAL_CUES.has(cue.lemma)) return reportedAccordingTo(doc, cue, first, last);
  const before = speakerEndingAt(doc, cue.token - 1);
  if (before && before.first > first && breakBefore(doc, before.first)) {
    // "…, Berg said." or "…, Berg said, …"
    const end = trailingEnd(doc, cue.lastToken + 1);
    const head = end === null ? null : contentSpan(doc, first, beforeBreak(doc, before.first));
    if (end !== null && head) {
      const spans = [head];
      if (end < last && isComma(tokens[end])) {
        const tail = contentSpan(doc, end + 1, last);
        if (tail) spans.push(tail);
      }
      return { spans, cue, speaker: before.mention };
    }
  }
  if (before && (before.first === first || before.relative === true || breakBefore(doc, before.first) || INTRO_TAGS.has(tokens[before.first - 1]?.pos ?? ''))) {
    // "Berg said (that) …", "unions who said …"
    const start = contentStart(doc, cue, last);
    const span = start <= last ? contentSpan(doc, start, last) : null;
    return span && isClause(doc, span) ? { spans: [span], cue, speaker: before.mention } : null;
  }
  const subject = before ? null : coordinatedSubject(doc, cue, first);
  if (subject) {
    // "Berg praised the plan and said …", "Berg left, saying …"
    const start = contentStart(doc, cue, last);
    const span = start <= last ? contentSpan(doc, start, last) : null;
    return span && isClause(doc, span) ? { spans: [span], cue, speaker: subject } : null;
  }
  if (breakBefore(doc, cue.token) && cue.token - 1 > first) {
    // "…, said Berg."
    const speaker = speakerStartingAt(doc, cue.lastToken + 1);
    // The speaker ends the sentence, or a description of them does ("said Tom Reed, a farmer from Iowa").
    if (!speaker) return null;
    const after = tokens[speaker.last + 1];
    const described = isComma(after) || (after !== undefined && RELATIVE.has(after.lower));
    if (trailingEnd(doc, speaker.last + 1) !== last && !described) return null;
    const span = contentSpan(doc, first, beforeBreak(doc, cue.token));
    return span ? { spans: [span], cue, speaker: speaker.mention } : null;
  }
  return null;
}

/** "Berg denounced the ruling as a disgrace." — the object of a verb of judging or announcing. */
/** Who performs a cue verb: the phrase before it where a clause can open, or the clause's subject. */
function subjectOf(doc: Doc, cue: Cue): Mention | null {
  const first = sentenceFirst(doc, cue.token);
  const before = speakerEndingAt(doc, cue.token - 1);
  const opens = before && (before.first === first || before.relative === true || breakBefore(doc, before.first) || INTRO_TAGS.has(doc.tokens[before.first - 1]?.pos ?? ''));
  return opens ? before.mention : coordinatedSubject(doc, cue, first);
}

function reportedAsObject(doc: Doc, cue: Cue, minTokens = MIN_CONTENT_TOKENS): Found | null {
  const speaker = subjectOf(doc, cue);
  if (!speaker) return null;
  // The object ends where a second verb phrase begins ("praised the plan and said …", "…, saying …").
  const last = sentenceLast(doc, cue.token);
  let end = cue.lastToken + 1;
  while (end < last && !startsVerbPhrase(doc, end + 1)) end++;
  const span = contentSpan(doc, cue.lastToken + 1, end, minTokens);
  return span ? { spans: [span], cue, speaker } : null;
}

/**
 * A verb of judging or announcing reports a clause only through "that" or from before it
 * ("…, Berg acknowledged."); otherwise what it reports is its object.
 */
function reportedByObjectVerb(doc: Doc, cue: Cue): Found | null {
  const clause = reportedBy(doc, cue);
  const start = clause ? tokenAtOrAfter(doc.tokens, (clause.spans[0] as Span).start) : -1;
  if (clause && ((clause.spans[0] as Span).end <= cue.start || doc.tokens[start]?.lower === 'that' || subjectAndVerb(doc, start))) return clause;
  return reportedAsObject(doc, cue);
}

/** Whether a clause opens at token k: a noun phrase and then a verb ("Trump was his choice"). */
function subjectAndVerb(doc: Doc, k: number): boolean {
  const after = skipPhrase(doc, k, doc.tokens.length - 1);
  const verb = doc.tokens[after];
  return after > k && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

function startsVerbPhrase(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  const next = doc.tokens[k + 1];
  if (!t || !next) return false;
  if (t.pos === 'CCONJ' && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  return isComma(t) && next.pos === 'VERB' && next.lower.endsWith('ing');
}

/** "Berg: The talks have failed." — a speaker, a colon, and what they said (headlines, transcripts). */
function reportedAfterColon(doc: Doc, cue: Cue): Found | null {
  const first = sentenceFirst(doc, cue.token);
  const speaker = speakerStartingAt(doc, first);
  if (!speaker || speaker.last !== cue.token - 1 || speaker.mention.kind === 'pronoun') return null;
  if (NOT_SPEAKERS.has(doc.tokens[speaker.last]?.lower ?? '')) return null;
  const span = contentSpan(doc, cue.token + 1, sentenceLast(doc, cue.token));
  return span && isClause(doc, span) ? { spans: [span], cue, speaker: speaker.mention } : null;
}

const MAX_NAMING_GAP = 14;
const PREDICATE_OPENERS = new Set(['a', 'an']);

/**
 * "Rubio called the statement “offensive and outlandish.”", "what he called ''a disgrace''",
 * "described himself as her ''Obama whisperer''": what is named, up to its quoted description.
 * Without quote marks, "called him a pragmatic strategist" reports the object and what it is called.
 */
function namedBy(doc: Doc, cue: Cue): Found | null {
  const subject = subjectOf(doc, cue);
  if (!subject) return null;
  const tokens = doc.tokens;
  const from = cue.lastToken + 1;
  const first = tokens[from];
  if (!first) return null;
  // The quoted description: right after the cue, or after the object and a few more words, in the clause.
  for (let k = from; k < tokens.length && k - from <= MAX_NAMING_GAP; k++) {
    const t = tokens[k] as Token;
    const description = doc.quoted.find((q) => q.start === t.start);
    if (description) return { spans: [{ start: first.start, end: description.end }], cue, speaker: subject };
    if (t.sentence !== first.sentence || t.pos === 'VERB' || SENTENCE_END.has(t.lower)) break;
  }
  const object = phraseStartingAt(tokens, from);
  const predicate = object ? tokens[object.last + 1] : undefined;
  if (!object || !predicate || !(PREDICATE_OPENERS.has(predicate.lower) || predicate.pos === 'ADJ')) return null;
  const span = contentSpan(doc, from, sentenceLast(doc, cue.token));
  return span ? { spans: [span], cue, speaker: subject } : null;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor']);

/** "did not reply", "has never said": a cue denied is no report. */
function isNegated(doc: Doc, cue: Cue): boolean {
  for (let k = cue.token - 1; k >= 0 && cue.token - k <= 3; k--) {
    const t = doc.tokens[k] as Token;
    if (NEGATIONS.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith('n’t')) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

function within(inner: Span, outer: readonly Span[]): boolean {
  return outer.some((s) => s.start <= inner.start && inner.end <= s.end);
}

/**
 * Finds indirect and mixed quotations, and attributions, around the cues no direct quotation used.
 * A direct quotation reported whole inside another's content, cue and all ("Kasich says he'd be
 * yelling at people, saying “vote for me.”"), is part of that content and is dropped.
 */
export function findIndirect(doc: Doc): { quotes: Quote[]; attributions: Attribution[] } {
  const used = new Set(doc.quotes.map((q) => q.cue?.start));
  const quotes: Quote[] = [...doc.quotes];
  const attributions: Attribution[] = [];
  for (const cue of doc.cues) {
    if (used.has(cue.start) || isNegated(doc, cue)) continue;
    if (doc.quoted.some((q) => q.inner.start <= cue.start && cue.end <= q.inner.end)) continue;
    const found =
      cue.lemma === ':' ? reportedAfterColon(doc, cue)
      : NAMING_CUES.has(cue.lemma) ? namedBy(doc, cue) ?? (OBJECT_CUES.has(cue.lemma) ? reportedByObjectVerb(doc, cue) : null)
      : OBJECT_CUES.has(cue.lemma) ? reportedByObjectVerb(doc, cue)
      : cue.directOnly ? null
      : cue.kind !== 'speech' && ATTRIBUTION_OBJECT_CUES.has(cue.lemma) ? reportedBy(doc, cue) ?? reportedAsObject(doc, cue, 1)
      : reportedBy(doc, cue);
    if (!found) continue;
    const clashes = quotes.filter((q) => q.spans.some((s) => found.spans.some((f) => overlaps(s, f))));
    // A direct quotation inside the content, with its cue or with none, is part of what is reported.
    const nested = (q: Quote): boolean => q.kind === 'direct' && (q.cue === null || within(q.cue, found.spans)) && q.spans.every((s) => within(s, found.spans));
    if (!clashes.every(nested)) continue;
    const start = (found.spans[0] as Span).start;
    const end = (found.spans[found.spans.length - 1] as Span).end;
    const base = { start, end, spans: found.spans, cue, speaker: found.speaker };
    if (cue.kind === 'speech') {
      for (const q of clashes) quotes.splice(quotes.indexOf(q), 1);
      const mixed = doc.quoted.some((q) => within(q, found.spans));
      quotes.push({ ...base, kind: mixed ? 'mixed' : 'indirect' });
    } else if (clashes.length === 0) {
      attributions.push({ ...base, kind: cue.kind });
    }
  }
  return { quotes: quotes.sort((a, b) => a.start - b.start), attributions };
}

/** Marks indirect and mixed quotations and attributions. */
export const indirectQuotesStage: Stage = {
  name: 'indirect-quotes',
  reads: ['tokens', 'sentences', 'quoted', 'cues', 'quotes'],
  writes: ['quotes', 'attributions'],
  run(doc: Doc) {
    const { quotes, attributions } = findIndirect(doc);
    doc.quotes = quotes;
    doc.attributions = attributions;
  },
};
