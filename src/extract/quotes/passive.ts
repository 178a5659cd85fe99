/** The passive of a verb cue ("was told", "are also thought", "It was claimed"), whose subject is not the speaker. */
import type { Cue, Doc, Mention } from '../../doc/document.js';
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
export function passiveSubject(doc: Doc, cue: Cue, speaker: Mention | null): boolean {
  if (speaker === null || speaker.start >= cue.start || !passiveForm(doc, cue) || subjectSpeaks(doc, cue)) return false;
  const next = doc.tokens[cue.lastToken + 1]?.lower;
  // "The file is thought to have surfaced", "he is determined to play": a report before "to" is of its subject.
  if (next === 'to') return true;
  // "Berg was surprised that …": any verb before a "that" clause, like a cue of feeling, keeps its subject.
  return !EXPERIENCER_SUBJECT_CUES.has(cue.lemma) && !(cue.kind === 'other' && next === 'that');
}
