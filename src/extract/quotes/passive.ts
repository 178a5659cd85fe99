/** The passive of a verb cue ("was told", "are also thought", "It was claimed"), whose subject is not the speaker. */
import type { Cue, Doc, Mention, Span } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import { EXPERIENCER_SUBJECT_CUES } from '../../lexicon/cues.js';
import { BE_WORDS } from '../../lexicon/words.js';

/** Whether a verb cue is passive: a form of "be", perhaps an adverb ("are also thought"), then not the -ing form. */
export function passiveForm(doc: Doc, cue: Cue): boolean {
  let k = cue.token - 1;
  while (k > 0 && doc.tokens[k]?.pos === 'ADV') k--;
  return BE_WORDS.has(doc.tokens[k]?.lower ?? '') && !(doc.tokens[cue.token]?.lower ?? '').endsWith('ing');
}

/** Whether the subject of a passive cue still speaks: "is quoted as saying", "was heard telling them" (not "is described as a webmaster"). */
function subjectSpeaks(doc: Doc, cue: Cue): boolean {
  const k = doc.tokens[cue.lastToken + 1]?.lower === 'as' ? cue.lastToken + 2 : cue.lastToken + 1;
  const verb = doc.tokens[k];
  return verb !== undefined && verb.pos === 'VERB' && verb.lower.endsWith('ing');
}

/**
 * Whether a speaker found before a passive cue is only its grammatical subject, who says nothing: what
 * was said, or the one it was said to or of ("Parmalat was declared insolvent", "Mr Bradshaw was told
 * it was an offence", "he was called the fifth child by the director", "the claim was repeated in his
 * book"). An agent named after the cue ("was asked by G7 ministers to …") may still speak, and so does
 * the subject of a cue of feeling after "be" ("they are worried that …", "is critical of", "is
 * determined the ground will be built").
 */
function passiveSubject(doc: Doc, cue: Cue, speaker: Mention | null): boolean {
  if (speaker === null || speaker.start >= cue.start || !passiveForm(doc, cue) || subjectSpeaks(doc, cue)) return false;
  const next = doc.tokens[cue.lastToken + 1]?.lower;
  // "The file is thought to have surfaced", "he is determined to play": a report before "to" is of its subject.
  if (next === 'to') return true;
  // "Berg was surprised that …": any verb before a "that" clause, like a cue of feeling, keeps its subject.
  return !EXPERIENCER_SUBJECT_CUES.has(cue.lemma) && !(cue.kind === 'other' && next === 'that');
}

/**
 * Prepositions after a passive cue that still open what was said or claimed: "was accused of …",
 * "was criticised for …" or "over …", "was asked about …", and the agent of "was asked by ministers to …".
 */
const REPORTING_PREPOSITIONS = new Set(['of', 'for', 'over', 'by', 'about']);
/** Subordinators that open a report after a passive cue ("was asked whether …", "it was announced that …"). */
const REPORTING_SUBORDINATORS = new Set(['that', 'whether', 'if']);
/** Marks that end a clause where a passive cue left nothing said ("has already been rejected, while …"). */
const CLAUSE_MARKS = new Set([',', '.', ';', ')']);

/**
 * Whether a passive cue reports no words: its subject was the thing announced, added, confirmed or
 * declared, and what follows it is a place, a time, a role or a state, not what anyone said ("Brad Pitt
 * has been added to the line-up", "The winners will be announced at a ceremony", "REM have been
 * confirmed as headliners", "Parmalat was declared insolvent", "The offer was rejected, while …"). Its
 * content would open right after the cue with a preposition (not "of", "for", "by", "about", nor "to"
 * before a verb: "is said to be"), a comma, a subordinator other than "that", "whether" or "if", or,
 * after a verb of speech, an adjective; and hold no quotation mark ("described as \"irresponsible\"" is
 * someone's word).
 */
function reportsNothing(doc: Doc, cue: Cue, spans: readonly Span[]): boolean {
  const first = spans[0];
  if (first === undefined || !passiveForm(doc, cue) || subjectSpeaks(doc, cue)) return false;
  const k = tokenAtOrAfter(doc.tokens, first.start);
  const opening = doc.tokens[k];
  if (opening === undefined || k !== cue.lastToken + 1) return false;
  if (spans.some((s) => /["“”]/.test(doc.text.slice(s.start, s.end)))) return false;
  const word = opening.lower;
  if (REPORTING_SUBORDINATORS.has(word) || extraposed(doc, cue)) return false;
  if (opening.pos === 'ADP') return !REPORTING_PREPOSITIONS.has(word);
  if (opening.pos === 'PUNCT') return CLAUSE_MARKS.has(word);
  if (opening.pos === 'SCONJ') return !REPORTING_SUBORDINATORS.has(word);
  return opening.pos === 'ADJ' && cue.kind === 'speech';
}

/** Auxiliaries and adverbs between a subject and the "be" of a passive cue ("it has since been", "it was not being"). */
const BEFORE_BE = new Set(['AUX', 'ADV', 'PART']);

/**
 * Whether the subject of a passive cue is the "it" that stands for a clause after it: "it was being
 * stressed to BBC Sport that …", "it was confirmed on Monday that …" report that clause.
 */
function extraposed(doc: Doc, cue: Cue): boolean {
  let k = cue.token - 1;
  while (k > 0 && BEFORE_BE.has(doc.tokens[k]?.pos ?? '')) k--;
  return doc.tokens[k]?.lower === 'it';
}

/**
 * What a passive cue reports: nothing when it reports no words (reportsNothing); else the report, whose
 * speaker is unsaid when the one found before the cue is only its grammatical subject (passiveSubject).
 */
export function passiveReport<F extends { spans: Span[]; speaker: Mention | null }>(doc: Doc, cue: Cue, found: F | null): F | null {
  if (found === null || reportsNothing(doc, cue, found.spans)) return null;
  return passiveSubject(doc, cue, found.speaker) ? { ...found, speaker: null } : found;
}
