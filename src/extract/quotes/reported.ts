/**
 * The constructions that report content around a cue: "X said (that) …", "…, X said.", "…, X said,
 * …", "according to X, …", "X: …", "X called Y “…”", and the object of a verb of judging.
 */
import type { Cue, Doc, Mention, Span, Token } from '../../doc/document.js';
import { contestObject } from './contest.js';
import { concedes } from './concessive.js';
import { claimsAThing } from './claimed.js';
import { passiveForm, passiveReport } from './passive.js';
import { subordinateLast } from './subordinate.js';
import { ADDRESSED_CUES, ATTRIBUTION_OBJECT_CUES, HEARER_FIRST_CUES, NAMING_CUES, OBJECT_CUES, PREPOSITIONAL_CUES, SPEECH_OBJECT_CUES } from '../../lexicon/cues.js';
import { BE_WORDS, NOT_SPEAKERS, SETTING_NOUNS, SUBORDINATORS, TIME_WORDS } from '../../lexicon/words.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import { mentionFrom, phraseStartingAt } from '../speakers/noun-phrase.js';
import { byAfter } from '../speakers/descriptions.js';
import { clauseSubject, coordinatedSubject, speakerEndingAt, speakerStartingAt } from './attach.js';
import { IN_SOURCE, reportedInSource } from './in-source.js';
import { announcesShowing } from './listing.js';
import { isNounCue, reportedByNoun } from './noun-cues.js';
import { reportedQuestion } from './question.js';
import { afterObjectRelative, relativeClauseSubject } from './relative.js';
import { subjectAcrossAsides } from './subject-gap.js';
import {
  MIN_CONTENT_TOKENS, SENTENCE_END, beforeBreak, breakBefore, contentSpan, contentStart, isClause, isComma, onlyWhen, sentenceFirst,
  sentenceLast, startsVerbPhrase, subjectAndVerb, thatClause, trailingEnd,
} from './content.js';

const INTRO_TAGS = new Set(['CCONJ', 'ADV', 'SCONJ']);
const RECIPIENT = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'warn', 'ask']);
const MAX_SOURCE = 30;
const ANSWERS = new Set(['so', 'no', 'yes', 'that', 'this', 'nothing']);

/**
 * Reported content: its pieces, the cue, and who reports it. Made as literals with the keys in this
 * order: a spread that adds a key ({ ...found, cue }) gives each object a hidden class of its own in V8.
 */
export interface Found {
  spans: Span[];
  cue: Cue;
  /** Null only for a question whose asker is not named ("Asked whether …, Berg said"). */
  speaker: Mention | null;
  /** True when a speech cue reports a position rather than what was said ("Berg denounced Lund"). */
  position?: boolean;
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
  // "(According to the police, …)": a bracket or quote mark opening the sentence does not count.
  const opens = cue.token === first || (cue.token === first + 1 && OPENING_PUNCTUATION.has(tokens[first]?.lower ?? '')) || (!breakBefore(doc, cue.token) && INTRO_TAGS.has(tokens[cue.token - 1]?.pos ?? ''));
  // "…, according to the paper, which cites …": a relative clause describes the source, it is not content.
  const tail = isComma(tokens[end]) && !RELATIVE.has(tokens[end + 1]?.lower ?? '') ? contentSpan(doc, end + 1, last) : null;
  if (opens) return tail ? { spans: [tail], cue, speaker } : null;
  if (!breakBefore(doc, cue.token)) return null;
  // "Fundraising, according to the campaign, has surged": a short subject is content when the clause goes on.
  const head = contentSpan(doc, first, beforeBreak(doc, cue.token), tail ? 1 : MIN_CONTENT_TOKENS);
  if (!head) return null;
  return { spans: tail ? [head, tail] : [head], cue, speaker };
}

const OPENING_PUNCTUATION = new Set(['(', '[', '"', '“', "'", '‘']);
const MAX_LONG_SUBJECT = 25;
const PARTICIPLE = /(ed|en|wn|ng)$/;

/**
 * A subject that opens the sentence and runs up to the speaker phrase before the cue through
 * modifiers only, with no verb but a participle after a noun ("records compiled by the Center").
 */
function longSubject(doc: Doc, first: number, end: number): Mention | null {
  if (end - first > MAX_LONG_SUBJECT) return null;
  const head = speakerStartingAt(doc, first);
  if (!head || head.mention.kind === 'pronoun') return null;
  for (let k = head.last + 1; k < end; k++) {
    const t = doc.tokens[k] as Token;
    if (t.pos === 'AUX' || SENTENCE_END.has(t.lower) || t.lower === ':' || t.lower === ';') return null;
    if (t.pos === 'VERB' && !(PARTICIPLE.test(t.lower) && (doc.tokens[k - 1]?.pos === 'NOUN' || doc.tokens[k - 1]?.pos === 'PROPN'))) return null;
  }
  return head.mention;
}

/** The paragraph after a colon that ends a paragraph, when it is not a quotation of its own. */
function blockAfter(doc: Doc, colon: number): Span | null {
  const next = doc.tokens[colon + 1];
  if (!next || !doc.text.slice((doc.tokens[colon] as Token).end, next.start).includes('\n')) return null;
  const paragraph = doc.paragraphs.find((p) => p.start === next.start);
  if (!paragraph || doc.quoted.some((q) => q.start === paragraph.start)) return null;
  return { start: paragraph.start, end: paragraph.end };
}

/**
 * "Acknowledging that Trump says a lot, Allen did suggest …": a participle opening the sentence
 * reports the clause up to the comma, spoken by the subject after it.
 */
function reportedByOpeningParticiple(doc: Doc, cue: Cue, last: number): Found | null {
  const tokens = doc.tokens;
  if (!(tokens[cue.token] as Token).lower.endsWith('ing') || tokens[cue.lastToken + 1]?.lower !== 'that') return null;
  let comma = cue.lastToken + 2;
  while (comma < last && !isComma(tokens[comma])) comma++;
  if (comma >= last) return null;
  const subject = speakerStartingAt(doc, comma + 1);
  const verb = subject ? tokens[subject.last + 1] : undefined;
  if (!subject || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  const span = contentSpan(doc, cue.lastToken + 1, comma - 1);
  return span ? { spans: [span], cue, speaker: subject.mention } : null;
}

/** Reported content for one cue, in whichever of the four constructions fits. */
export function reportedBy(doc: Doc, cue: Cue): Found | null {
  const tokens = doc.tokens;
  const first = sentenceFirst(doc, cue.token);
  const last = sentenceLast(doc, cue.token);
  if (PREPOSITIONAL_CUES.has(cue.lemma)) return reportedAccordingTo(doc, cue, first, last);
  if (cue.token === first) return reportedByOpeningParticiple(doc, cue, last);
  let before = speakerEndingAt(doc, cue.token - 1);
  const block = before && tokens[last]?.lower === ':' ? blockAfter(doc, last) : null;
  if (before && block && (before.first === first || breakBefore(doc, before.first))) {
    // "Hewitt writes:" and the paragraph after it, not in quote marks.
    return { spans: [block], cue, speaker: before.mention };
  }
  if (before && before.first > first && breakBefore(doc, before.first)) {
    // "…, Berg said." or "…, Berg said, …"
    const end = trailingEnd(doc, cue.lastToken + 1, RECIPIENT.has(cue.lemma));
    const headLast = beforeBreak(doc, before.first);
    // "This campaign, he says, is different", "It was, he said, a mistake": a clause broken by its
    // report keeps its short pieces when the verb stands right before or right after the break.
    const broken = end !== null && end < last && isComma(tokens[end]) && (continuesClause(doc, end + 1) || isVerb(tokens[headLast]));
    const minimum = broken ? 1 : MIN_CONTENT_TOKENS;
    const tail = end !== null && end < last && isComma(tokens[end]) ? contentSpan(doc, end + 1, last, minimum) : null;
    const goesOn = broken && tail !== null;
    const head = end === null ? null : contentSpan(doc, first, headLast, minimum);
    if (end !== null && head) {
      const spans = [head];
      if (tail) spans.push(tail);
      // "In court documents, his counsel asked for …": an opening phrase is no reported clause, unless
      // the clause goes on after the cue ("The price of bread, the report said, had doubled").
      if (isClause(doc, head) || goesOn) return { spans, cue, speaker: before.mention };
    }
  }
  const opening = before && (before.first === first || before.relative === true || breakBefore(doc, before.first) || opensSubordinate(doc, before.first) || (afterObjectRelative(doc, before.first) && !isComma(tokens[cue.lastToken + 1])));
  // "People who have fought online threats say …": the subject before a relative clause.
  const described = opening ? null : (relativeClauseSubject(doc, cue, first) ?? subjectAcrossAsides(doc, cue, first));
  if (described) before = described;
  if (before && (opening || described)) {
    // "Berg said (that) …", "unions who said …", "a wall, which he said Mexico would pay for"
    const start = contentStart(doc, cue, last);
    const end = subordinateLast(doc, first, before.first, start, last); // "While Berg said …, the mayor …"
    const span = start <= end ? contentSpan(doc, start, end) : null;
    if (span && isClause(doc, span)) return { spans: [span], cue, speaker: before.mention };
    // "he said so", "she said no": a one-word answer stands for what was said.
    const answer = start <= last ? contentSpan(doc, start, last, 1) : null;
    const word = answer && doc.slice(answer).toLowerCase();
    return answer && word && ANSWERS.has(word) ? { spans: [answer], cue, speaker: before.mention } : null;
  }
  const issuer = documentIssuer(doc, cue, first);
  if (issuer) {
    // "Trump issued a statement saying that …": the one who issued the document speaks.
    const start = contentStart(doc, cue, last);
    const span = start <= last ? contentSpan(doc, start, last) : null;
    if (span && isClause(doc, span)) return { spans: [span], cue, speaker: issuer };
  }
  const long = before ? longSubject(doc, first, before.first) : null;
  if (long) {
    // "Federal records compiled by the Center show …", "A poll of voters taken on Sunday found …"
    const start = contentStart(doc, cue, last);
    const span = start <= last ? contentSpan(doc, start, last) : null;
    return span && isClause(doc, span) ? { spans: [span], cue, speaker: long } : null;
  }
  const subject = before ? null : coordinatedSubject(doc, cue, first);
  if (subject) {
    // "Berg praised the plan and said …", "Berg left, saying …"; "…, adding to his wins" reports nothing.
    const start = contentStart(doc, cue, last);
    if (tokens[start]?.pos === 'ADP') return null;
    const span = start <= last ? contentSpan(doc, start, last) : null;
    return span && isClause(doc, span) ? { spans: [span], cue, speaker: subject } : null;
  }
  const participle = (tokens[cue.token] as Token).lower.endsWith('ing');
  if (breakBefore(doc, cue.token) && cue.token - 1 > first && !participle) {
    // "…, said Berg." ("…, told the BBC": who is told is no speaker, and the words stay without one)
    const speaker = speakerStartingAt(doc, cue.lastToken + 1);
    // The speaker ends the sentence, or a description of them does ("said Tom Reed, a farmer from Iowa").
    if (!speaker) return null;
    const after = tokens[speaker.last + 1];
    // "…, said the leaflet published jointly by the CPS and ACPO.": who issued it may close the sentence too.
    const described = isComma(after) || (after !== undefined && RELATIVE.has(after.lower)) || byAfter(doc, speaker.mention) !== -1;
    if (trailingEnd(doc, speaker.last + 1) !== last && !described) return null;
    const span = contentSpan(doc, first, beforeBreak(doc, cue.token));
    return span ? { spans: [span], cue, speaker: HEARER_FIRST_CUES.has(cue.lemma) ? null : speaker.mention } : null;
  }
  return null;
}

const MAX_DOCUMENT_GAP = 3;

/**
 * The subject of a clause whose object is a statement, letter or post that a participle cue
 * describes: "Trump issued a statement saying …", "the campaign sent a letter Tuesday calling on …".
 */
function documentIssuer(doc: Doc, cue: Cue, first: number): Mention | null {
  if (!(doc.tokens[cue.token] as Token).lower.endsWith('ing')) return null;
  for (let k = cue.token - 1; k > first && cue.token - k <= MAX_DOCUMENT_GAP; k--) {
    const t = doc.tokens[k] as Token;
    if (SETTING_NOUNS.has(t.lower) && t.pos === 'NOUN') return clauseSubject(doc, first, k) ?? clauseSubject(doc, afterOpeningPhrase(doc, first, k), k);
    if (!(TIME_WORDS.has(t.lower) || t.pos === 'PROPN' || t.pos === 'ADV')) return null;
  }
  return null;
}

/** "On Saturday, Trump …": the token after an opening phrase that holds no verb, or `first`. */
function afterOpeningPhrase(doc: Doc, first: number, end: number): number {
  for (let k = first; k < end; k++) {
    const t = doc.tokens[k] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') return first;
    if (isComma(t)) return k + 1;
  }
  return first;
}

/** Whether a subject at token k opens a clause: after a conjunction or adverb, or a subordinator by its word ("after BuzzFeed reported"). */
function opensSubordinate(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  return prev !== undefined && (INTRO_TAGS.has(prev.pos) || SUBORDINATORS.has(prev.lower));
}

function isVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** Whether the clause goes on at token k with its verb ("had doubled"), not a participle ("calling …"). */
function continuesClause(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing');
}

/** Who performs a cue verb: the phrase before it where a clause can open, or the clause's subject. */
function subjectOf(doc: Doc, cue: Cue): Mention | null {
  const first = sentenceFirst(doc, cue.token);
  const before = speakerEndingAt(doc, cue.token - 1);
  // "what it calls “…”", "after Berg called for …", "with Berg calling it …"
  const opens = before && (before.first === first || before.relative === true || breakBefore(doc, before.first) || opensSubordinate(doc, before.first) || afterObjectRelative(doc, before.first) || doc.tokens[before.first - 1]?.lower === 'what');
  if (opens) return before.mention;
  return coordinatedSubject(doc, cue, first) ?? relativeClauseSubject(doc, cue, first)?.mention ?? subjectAcrossAsides(doc, cue, first)?.mention ?? null;
}

/** "Berg denounced the ruling as a disgrace." — the object of a verb of judging or announcing. */
function reportedAsObject(doc: Doc, cue: Cue, minTokens = MIN_CONTENT_TOKENS): Found | null {
  const speaker = subjectOf(doc, cue);
  if (!speaker) return null;
  // The object ends where a second verb phrase begins ("praised the plan and said …", "…, saying …"), or
  // the main clause after an opening subordinate one ("As Orr announced the date, the firm urged …").
  const last = subordinateLast(doc, sentenceFirst(doc, cue.token), tokenAtOrAfter(doc.tokens, speaker.start), cue.lastToken + 1, sentenceLast(doc, cue.token));
  let end = cue.lastToken + 1;
  while (end < last && !startsVerbPhrase(doc, end + 1)) end++;
  const span = onlyWhen(doc, cue.lastToken + 1, end) || contestObject(doc, cue, cue.lastToken + 1) ? null : contentSpan(doc, cue.lastToken + 1, end, minTokens);
  return span ? { spans: [span], cue, speaker } : null;
}

/**
 * "They had said the same thing", "Berg explained her reasons": what a speech verb names as its object,
 * when no clause follows. A phrase of place, time or manner after the verb ("said in a statement",
 * "wrote recently") is no object.
 */
function objectSaid(doc: Doc, cue: Cue): Found | null {
  const next = doc.tokens[cue.lastToken + 1];
  if (!next || next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'PUNCT' || next.pos === 'PART' || TIME_WORDS.has(next.lower)) return null;
  const found = reportedAsObject(doc, cue, 1);
  // "said little", "said everything": a lone word is an object only as a noun or a name ("he said Ryan").
  const span = found?.spans[0];
  if (!found || !span) return null;
  const one = tokenAtOrAfter(doc.tokens, span.end) - tokenAtOrAfter(doc.tokens, span.start) === 1;
  return one && next.pos !== 'NOUN' && next.pos !== 'PROPN' ? null : found;
}

const NOUN_PHRASE_OPENERS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM']);

/**
 * "Berg denounced Lund", "slammed the ruling": a short object that is a noun phrase, past no adverb or
 * time. It names what a position is about, not what was said, so it is an attribution, not a quotation.
 */
function shortObject(doc: Doc, cue: Cue): Found | null {
  const next = doc.tokens[cue.lastToken + 1];
  if (!next || !(NOUN_PHRASE_OPENERS.has(next.pos) || (next.pos === 'PRON' && next.lower !== 'it')) || TIME_WORDS.has(next.lower)) return null;
  const found = reportedAsObject(doc, cue, 1);
  return found ? { spans: found.spans, cue: found.cue, speaker: found.speaker, position: true } : null;
}

/**
 * A verb of judging or announcing reports a clause only through "that" or from before it
 * ("…, Berg acknowledged."); otherwise what it reports is its object.
 */
function reportedByObjectVerb(doc: Doc, cue: Cue): Found | null {
  return clauseReported(doc, cue) ?? reportedAsObject(doc, cue) ?? shortObject(doc, cue);
}

/** The clause a cue reports from before it, through "that", or as a subject and its verb; null for an object ("expressed their interest"). */
function clauseReported(doc: Doc, cue: Cue): Found | null {
  const clause = reportedBy(doc, cue);
  const start = clause ? tokenAtOrAfter(doc.tokens, (clause.spans[0] as Span).start) : -1;
  return clause && ((clause.spans[0] as Span).end <= cue.start || doc.tokens[start]?.lower === 'that' || subjectAndVerb(doc, start)) ? clause : null;
}

/** "Berg: The talks have failed." — a speaker, a colon, and what they said (headlines, transcripts). */
function reportedAfterColon(doc: Doc, cue: Cue): Found | null {
  const first = sentenceFirst(doc, cue.token);
  const speaker = speakerStartingAt(doc, first);
  if (!speaker || speaker.last !== cue.token - 1 || speaker.mention.kind === 'pronoun') return null;
  if (NOT_SPEAKERS.has(doc.tokens[speaker.last]?.lower ?? '')) return null;
  const span = contentSpan(doc, cue.token + 1, sentenceLast(doc, cue.token));
  // "- Anna Berg: Life on the Lake is being shown on BBC2": a programme listing, not a quotation.
  return span && isClause(doc, span) && !announcesShowing(doc, span) ? { spans: [span], cue, speaker: speaker.mention } : null;
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

/** The content a cue reports, by the kind of cue; null when no construction fits. */
export function reportFor(doc: Doc, cue: Cue): Found | null {
  if (isNounCue(doc, cue)) {
    const found = reportedByNoun(doc, cue);
    return found ? { spans: found.spans, cue, speaker: found.speaker } : null;
  }
  if (cue.lemma === IN_SOURCE) {
    const found = reportedInSource(doc, cue);
    return found ? { spans: found.spans, cue, speaker: found.speaker } : null;
  }
  const question = reportedQuestion(doc, cue);
  if (question) return { spans: question.spans, cue, speaker: question.speaker };
  // "is maintained by the company": a passive verb reports nothing of its subject.
  if (doc.tokens[cue.lastToken + 1]?.lower === 'by' && BE_WORDS.has(doc.tokens[cue.token - 1]?.lower ?? '')) return null;
  // "were told that …", "have been warned": the subject of a passive verb of telling is the one told
  // (not "is warning", "was urging": a form of "be" before the -ing form is the active progressive).
  if (ADDRESSED_CUES.has(cue.lemma) && BE_WORDS.has(doc.tokens[cue.token - 1]?.lower ?? '') && !(doc.tokens[cue.token]?.lower ?? '').endsWith('ing')) return null;
  if (cue.lemma === ':') return reportedAfterColon(doc, cue);
  if (concedes(doc, cue) || claimsAThing(doc, cue)) return null; // "Having said that, …", "claimed the title"
  const found = withoutEmptyIt(doc, cue, reportedByVerb(doc, cue));
  // "The bank had been accused of …", "The file is thought to have surfaced": the subject of a passive
  // cue is its target, its hearer or what it is about, and who spoke is unsaid; "Parmalat was declared
  // insolvent", "REM have been confirmed as headliners" report no words at all (passive.ts).
  return passiveReport(doc, cue, found);
}

/** The content a verb cue reports, by the constructions its verb allows. */
function reportedByVerb(doc: Doc, cue: Cue): Found | null {
  if (NAMING_CUES.has(cue.lemma)) return namedBy(doc, cue) ?? (OBJECT_CUES.has(cue.lemma) ? reportedByObjectVerb(doc, cue) : null);
  if (OBJECT_CUES.has(cue.lemma)) return reportedByObjectVerb(doc, cue);
  // A verb that reports only beside a quotation reports a clause through "that" too ("Trump charges that …").
  if (cue.directOnly) return thatClause(doc, cue.lastToken + 1) ? reportedBy(doc, cue) : null;
  if (SPEECH_OBJECT_CUES.has(cue.lemma)) return reportedBy(doc, cue) ?? objectSaid(doc, cue);
  if (cue.kind !== 'speech' && ATTRIBUTION_OBJECT_CUES.has(cue.lemma)) return clauseReported(doc, cue) ?? reportedAsObject(doc, cue, 1);
  return reportedBy(doc, cue);
}

/**
 * "It has been reported (that) …", "It was claimed …": the subject of a passive report is an empty "it" that
 * names no one, so the report has no speaker (it is not the thing named in the sentence before).
 */
function withoutEmptyIt(doc: Doc, cue: Cue, found: Found | null): Found | null {
  const speaker = found?.speaker;
  if (!found || !speaker || speaker.end - speaker.start !== 2 || doc.text.slice(speaker.start, speaker.end).toLowerCase() !== 'it') return found;
  const passive = passiveForm(doc, cue);
  return passive ? { ...found, speaker: null } : found;
}
