/**
 * Finding the cue and speaker that attach to a stretch of text: "X said" and "said X" after it,
 * "X said:" or "according to X," before it, with appositions and relative pronouns.
 */
import type { Cue, Doc, Mention, Token } from '../../doc/document.js';
import { BE_FORMS, COORDINATORS, GROUP_SPEAKERS, RELATIVE_PRONOUNS, SUBORDINATORS } from '../../lexicon/words.js';
import { HEARER_FIRST_CUES, PREPOSITIONAL_CUES } from '../../lexicon/cues.js';
import { isComma, sentenceFirst } from './content.js';
import { turnLabel } from '../speakers/labels.js';
import { appositive, findBack, isName, MAX_APPOSITION, MAX_PARENTHESIS, namedAfterQuotation, namedBeforeDescription, PAIRED_DASHES, phraseBefore, STRAY_COMMA_CUES } from './apposition.js';
import { mentionFrom, phraseEndingAt, phraseStartingAt, skipCueAdverbs, withoutTimeOpener, type TokenRange } from '../speakers/noun-phrase.js';
import { isTimeWord } from '../../text/month-surnames.js';

/** A cue with its speaker, and the token range the construction covers. */
export interface Attachment {
  cue: Cue;
  speaker: Mention | null;
  first: number;
  last: number;
}

/** Cues indexed by their first token. */
export function cuesByToken(doc: Doc): Map<number, Cue> {
  const map = new Map<number, Cue>();
  for (const cue of doc.cues) map.set(cue.token, cue);
  return map;
}

/** A speaker found before a cue; `relative` when it was named through "who" or "which". */
export interface SpeakerBefore {
  mention: Mention;
  first: number;
  relative?: boolean;
}

/**
 * The speaker phrase ending at token `j` (the token before a cue, adverbs skipped):
 * "Berg", "Hugh Hill, a doctor at the clinic," (apposition), "Berg, who" (relative pronoun).
 */
export function speakerEndingAt(doc: Doc, j: number): SpeakerBefore | null {
  const tokens = doc.tokens;
  let end = skipCueAdverbs(tokens, j);
  const at = tokens[end];
  if (!at || (j >= 0 && tokens[j] && at.sentence !== (tokens[j] as Token).sentence)) return null;
  if (isComma(tokens[end])) {
    const described = appositive(doc, end);
    // "Jack Reed (D-R.I.), said": a comma after a parenthesis; '"…," Kirsten Pfeifer from the
    // Association, told': a comma between the cue and a speaker named right after the quotation.
    if (described || (tokens[end - 1]?.lower !== ')' && !(STRAY_COMMA_CUES.has(tokens[end + 1]?.lower ?? '') && namedAfterQuotation(tokens, end - 1)))) return described;
    end--;
  }
  if (PAIRED_DASHES.has(tokens[end]?.lower ?? '')) {
    // A clause between dashes: "The justice -- who had clashed with him -- said".
    const open = findBack(tokens, end, (t) => t.lower === tokens[end]?.lower, MAX_APPOSITION);
    if (open === null) return null;
    end = open - 1;
  }
  if (tokens[end]?.lower === ')') {
    // A parenthesis between name and cue: "Elizabeth Warren (D-MA) said".
    const open = findBack(tokens, end, (t) => t.lower === '(', MAX_PARENTHESIS);
    if (open === null) return null;
    end = open - 1;
  }
  const range = phraseEndingAt(tokens, end) ?? groupPhrase(tokens, end);
  if (!range) return null;
  const head = tokens[range.first] as Token;
  if (range.first === range.last && RELATIVE_PRONOUNS.has(head.lower)) {
    // "Berg, who said", "unions who said": the speaker is the phrase before the relative pronoun.
    const antecedent = namedBeforeDescription(tokens, range.first - 1) ?? phraseBefore(tokens, isComma(tokens[range.first - 1]) ? range.first - 2 : range.first - 1);
    if (!antecedent) return null;
    const mention = mentionFrom(doc, range);
    mention.antecedent = mentionFrom(doc, antecedent);
    return { mention, first: antecedent.first, relative: true };
  }
  // The clause opens with a time said before the speaker, which the speaker leaves out ("Last week Lord Reyes said").
  return { mention: mentionFrom(doc, withoutTimeOpener(tokens, range)), first: range.first };
}

/**
 * A group of speakers named by one word, or by "those" and a participle: "Some said", "Others say",
 * "those surveyed say". Only where the word opens a clause, so "said some" or "of those" stay out.
 */
function groupPhrase(tokens: readonly Token[], j: number): TokenRange | null {
  const last = tokens[j];
  if (!last) return null;
  const opens = (k: number): boolean => {
    const prev = tokens[k - 1];
    return prev === undefined || prev.sentence !== last.sentence || isComma(prev) || prev.pos === 'CCONJ' || prev.pos === 'SCONJ';
  };
  if (GROUP_SPEAKERS.has(last.lower) && opens(j)) return { first: j, last: j };
  const group = tokens[j - 1];
  if (last.pos === 'VERB' && last.lower.endsWith('ed') && group?.lower === 'those' && opens(j - 1)) return { first: j - 1, last: j };
  return null;
}

/** The speaker phrase that starts at token `i` ("said the minister, Anna Berg"); its last token too. */
export function speakerStartingAt(doc: Doc, i: number): { mention: Mention; last: number } | null {
  // "A: …" opening a line: the label of an answer's turn, whatever its tag (speakers read whose it is).
  if (turnLabel(doc, i) !== null) return { mention: mentionFrom(doc, { first: i, last: i }), last: i };
  const range = phraseStartingAt(doc.tokens, i);
  if (!range) return null;
  // "said on Monday" names no one; "said Theresa May" does.
  if (isTimeWord(doc.tokens, range.last)) return null;
  return { mention: mentionFrom(doc, range), last: range.last };
}

// The words after "as" that make the one quoted the speaker ("quoted Prince Saud as saying").
const AS_SPEAKING = new Set(['saying', 'telling', 'stating', 'writing', 'having']);
// How many tokens the one quoted and its phrase may take before "as".
const QUOTED_REACH = 8;

/**
 * "Arab News quoted Prince Saud as saying": after a cue of quoting, the one quoted as saying is the
 * speaker, not the one who quotes ("the Financial Times quoted an insider in the talks as saying").
 */
function quotedAs(doc: Doc, cue: Cue): Mention | null {
  if (cue.lemma !== 'quote') return null;
  const tokens = doc.tokens;
  const sentence = tokens[cue.lastToken]?.sentence;
  for (let k = cue.lastToken + 2; k <= cue.lastToken + QUOTED_REACH && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.pos === 'VERB' || t.pos === 'PUNCT') return null;
    if (t.lower === 'as' && AS_SPEAKING.has(tokens[k + 1]?.lower ?? '')) return speakerStartingAt(doc, cue.lastToken + 1)?.mention ?? null;
  }
  return null;
}

/** "… quoted Anna Berg as saying: "…"": the cue of quoting before the "as" at token `as`, with the one quoted. */
function quotingBefore(doc: Doc, cues: Map<number, Cue>, as: number, last: number): Attachment | null {
  if (doc.tokens[as]?.lower !== 'as') return null;
  for (let q = as - 2; q >= 0 && as - q <= QUOTED_REACH; q--) {
    const cue = cues.get(q);
    if (cue === undefined) continue;
    const quoted = quotedAs(doc, cue);
    return quoted === null ? null : { cue, speaker: quoted, first: q, last };
  }
  return null;
}

/**
 * A cue and speaker that start at token `k`, right after a quotation or a clause:
 * "said Berg", "Berg said", "Hugh Hill, a doctor, said", "according to Berg".
 */
export function attachAfter(doc: Doc, cues: Map<number, Cue>, k: number): Attachment | null {
  const tokens = doc.tokens;
  const cue = cues.get(k);
  if (cue && cue.lemma !== ':') {
    // '"…," told the BBC': the phrase after a verb of telling is the hearer, never an inverted speaker.
    if (HEARER_FIRST_CUES.has(cue.lemma)) return null;
    const speaker = speakerStartingAt(doc, cue.lastToken + 1);
    return speaker ? { cue, speaker: speaker.mention, first: k, last: speaker.last } : null;
  }
  // Speaker first: scan the phrase, then expect the cue (adverbs and an apposition may intervene).
  for (let j = k; j < tokens.length && j - k < 16; j++) {
    // A parenthesis inside the speaker phrase ("Earl Blumenauer (D-Ore.) said") is passed over whole.
    if (tokens[j]?.lower === '(') {
      while (j < tokens.length && tokens[j]?.lower !== ')' && j - k < 16) j++;
    }
    const next = cues.get(j + 1);
    const t = tokens[j] as Token;
    if (t.sentence !== (tokens[k] as Token).sentence && j > k) break;
    if (next && next.lemma !== ':' && !PREPOSITIONAL_CUES.has(next.lemma)) {
      const speaker = speakerEndingAt(doc, j);
      if (speaker && speaker.first === k) return { cue: next, speaker: quotedAs(doc, next) ?? speaker.mention, first: k, last: next.lastToken };
      // '"…," Malkia Cyril, the director at the Center, told': a description whose closing comma is missing.
      const named = speaker && speaker.first > k + 1 && isComma(tokens[speaker.first - 1]) ? phraseEndingAt(tokens, speaker.first - 2) : null;
      if (named && named.first === k && isName(tokens, named)) return { cue: next, speaker: mentionFrom(doc, named), first: k, last: next.lastToken };
    }
    if (t.pos === 'VERB' || t.lower === '.' || t.lower === '"' || t.lower === '“' || t.lower === '”') break;
  }
  return null;
}

/**
 * A cue and speaker that end at token `j`, right before a quotation or a clause:
 * "Berg said", "Berg told reporters", "Berg said on Tuesday", "according to Berg".
 * Returns the nearest speech cue within a few tokens, with the speaker before it.
 */
export function attachBefore(doc: Doc, cues: Map<number, Cue>, j: number, maxGap = 6): Attachment | null {
  const tokens = doc.tokens;
  const sentence = tokens[j]?.sentence;
  for (let k = j; k >= 0 && j - k <= maxGap; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) break;
    const cue = cues.get(k);
    if (cue && cue.lemma !== ':' && cue.kind === 'speech' && cue.lastToken <= j) {
      const quoting = quotingBefore(doc, cues, k - 1, j);
      if (quoting) return quoting;
      if (PREPOSITIONAL_CUES.has(cue.lemma)) {
        const speaker = speakerStartingAt(doc, cue.lastToken + 1);
        return speaker ? { cue, speaker: speaker.mention, first: k, last: speaker.last } : null;
      }
      const speaker = speakerEndingAt(doc, k - 1);
      if (speaker) return { cue, speaker: quotedAs(doc, cue) ?? speaker.mention, first: speaker.first, last: j };
      // "Cruz mocked the plan, saying: "…""
      const subject = coordinatedSubject(doc, cue, sentenceFirst(doc, k));
      return subject ? { cue, speaker: subject, first: k, last: j } : null;
    }
    if (t.lower === '"' || t.lower === '“' || t.lower === '”') break;
  }
  return null;
}

/** Words that join a sentence to the one before without being part of its subject ("Then she …"). */
const CONNECTIVES = new Set(['and', 'but', 'yet', 'so', 'then', 'still', 'now', 'also', 'meanwhile']);
const MAX_PARTICIPLE_GAP = 8;

/**
 * The speaker of a cue that is a second verb: "Berg praised the plan and said …", "Berg left,
 * saying …", "he said, explaining …". The subject opens the sentence (after an opening phrase) and
 * is followed by a verb; a participle after another cue shares that cue's speaker.
 */
export function coordinatedSubject(doc: Doc, cue: Cue, first: number): Mention | null {
  const tokens = doc.tokens;
  // "and said", "and then said", "and has promised", "but did note" — not a passive ("and was seen").
  let before = cue.token - 1;
  let gap = before;
  const progressive = (tokens[cue.token] as Token).lower.endsWith('ing');
  const skippable = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'ADV' || (t.pos === 'AUX' && (progressive || !BE_FORMS.has(t.lower))));
  while (gap > first && gap > cue.token - 4 && skippable(tokens[gap])) gap--;
  if (gap < before && COORDINATORS.has(tokens[gap]?.lower ?? '')) before = gap;
  const prev = tokens[before];
  const participle = (tokens[cue.token] as Token).lower.endsWith('ing') && isComma(prev);
  // "She went on to say …", "Berg was quick to note …": the doer of an infinitive after a verb or a
  // predicate adjective is the clause's subject.
  const infinitive = prev?.lower === 'to' && prev.pos === 'PART' && cue.kind === 'speech' && controlled(tokens, before - 1);
  if (!prev || !(COORDINATORS.has(prev.lower) || participle || infinitive)) return null;
  if (participle) {
    const earlier = earlierSpeaker(doc, cue, first);
    if (earlier) return earlier;
  }
  // "Brian Fallon, a spokesman for the campaign, called on … and said": an apposition after the subject.
  const opening = speakerStartingAt(doc, first);
  if (opening && isComma(tokens[opening.last + 1])) {
    const close = findForward(tokens, opening.last + 2, cue.token, isComma, MAX_APPOSITION);
    let verb = close === null ? undefined : close + 1;
    while (verb !== undefined && tokens[verb]?.pos === 'ADV') verb++;
    const t = verb === undefined ? undefined : tokens[verb];
    if (t && t.pos === 'VERB' && verb !== undefined && verb < cue.token) return opening.mention;
  }
  // The subject opens the sentence, or follows an opening phrase ("In an interview, Ryan criticized …")
  // or an opening clause ("After the vote was called, Ryan left …"), past a connective ("Then she …").
  let start = first;
  while (start < cue.token && start - first < 2 && CONNECTIVES.has((tokens[start] as Token).lower)) start++;
  const subordinate = SUBORDINATORS.has(tokens[start]?.lower ?? '');
  for (let k = start; k < cue.token; k++) {
    const t = tokens[k] as Token;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !subordinate) break;
    if (isComma(t)) {
      start = k + 1;
      break;
    }
  }
  const subject = speakerStartingAt(doc, start);
  if (!subject) return null;
  // "Fields later tweeted …": adverbs may stand between the subject and its verb.
  let next = subject.last + 1;
  while (tokens[next]?.pos === 'ADV') next++;
  const verb = tokens[next];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  return subject.mention;
}

/** Whether an infinitive after token k is done by the clause's subject: k is a verb ("declined"), a particle after one ("went on"), or an adjective after "be" ("was quick"). */
function controlled(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const verb = (u: Token | undefined): boolean => u !== undefined && (u.pos === 'VERB' || u.pos === 'AUX');
  if (verb(t)) return true;
  if (t?.pos === 'ADP') return verb(tokens[k - 1]);
  if (t?.pos !== 'ADJ') return false;
  let j = k - 1;
  while (tokens[j]?.pos === 'ADV') j--;
  return tokens[j]?.pos === 'AUX';
}

/** "he said, explaining …": the speaker of a speech cue just before a participle. */
function earlierSpeaker(doc: Doc, cue: Cue, first: number): Mention | null {
  const tokens = doc.tokens;
  for (const other of doc.cues) {
    if (other.token >= cue.token || other.token < first || cue.token - other.lastToken > MAX_PARTICIPLE_GAP) continue;
    if (other.kind !== 'speech' || other.lemma === ':' || PREPOSITIONAL_CUES.has(other.lemma)) continue;
    const before = speakerEndingAt(doc, other.token - 1);
    if (before) return before.mention;
    // After the cue only when inverted after a quotation or a comma ('"…," said Berg, adding'), not the
    // subject of what it reports ("to suggest the chancellor would …, adding").
    const after = tokens[other.token - 1]?.pos === 'PUNCT' ? speakerStartingAt(doc, other.lastToken + 1) : null;
    if (after && after.last < cue.token) return after.mention;
  }
  return null;
}

const MAX_SUBJECT_APPOSITION = 12;

/**
 * The subject of the clause that runs from token `first` to `end`: a phrase opening it and followed by
 * a verb, past an apposition ("Okafor's colleague, Senator Grant Whitfield, struck …" gives the name).
 */
export function clauseSubject(doc: Doc, first: number, end: number): Mention | null {
  const tokens = doc.tokens;
  const subject = speakerStartingAt(doc, first);
  if (!subject || subject.last >= end) return null;
  let mention = subject.mention;
  let next = subject.last + 1;
  if (isComma(tokens[next])) {
    const close = findForward(tokens, next + 1, end, isComma, MAX_SUBJECT_APPOSITION);
    if (close === null) return null;
    const apposed = speakerStartingAt(doc, next + 1);
    if (apposed && apposed.last === close - 1 && apposed.mention.kind === 'name') mention = apposed.mention;
    next = close + 1;
  }
  const verb = tokens[next];
  return verb && (verb.pos === 'VERB' || verb.pos === 'AUX') ? mention : null;
}

function findForward(tokens: readonly Token[], from: number, end: number, match: (t: Token) => boolean, limit: number): number | null {
  for (let k = from; k < end && k - from <= limit; k++) if (match(tokens[k] as Token)) return k;
  return null;
}
