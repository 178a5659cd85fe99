/**
 * The subject of a report whose clause a pronoun opens: in "Santa had said he needed to leave" or
 * "Kerr thought that she could win", the "he" or "she" that is the subject of what was said or thought
 * is, unless its gender says otherwise, the one who said or thought it — English reports a person's
 * own intentions and beliefs so (the reported clause's subject is the reporter's "logophoric" self).
 * Salience alone let a person of known gender named sentences before outweigh a subject of unknown
 * gender right there.
 */
import type { Doc, Token } from '../../doc/document.js';
import { CUE_FORMS } from '../../lexicon/cues.js';

/** Pronouns that open a clause as its subject. */
const SUBJECTS: ReadonlySet<string> = new Set(['he', 'she']);

// What may stand between a subject and its verb of saying: "had", "also", "never", "not".
function betweenSubjectAndVerb(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART';
}

/**
 * The offset where the subject of the verb of saying or thinking before the pronoun at token `k` ends,
 * when the pronoun opens that verb's reported clause ("said he", "said that he"); else -1.
 */
export function reporterEnd(doc: Doc, k: number): number {
  const tokens = doc.tokens;
  const pronoun = tokens[k];
  if (pronoun === undefined || !SUBJECTS.has(pronoun.lower)) return -1;
  let v = k - 1;
  if (tokens[v]?.lower === 'that') v--;
  const verb = tokens[v];
  // One word that reports: not "according to", whose speaker follows it.
  if (verb === undefined || verb.sentence !== pronoun.sentence || verb.pos !== 'VERB' || CUE_FORMS.get(verb.lower)?.words !== 1) return -1;
  let s = v - 1;
  while (s >= 0 && betweenSubjectAndVerb(tokens[s] as Token) && (tokens[s] as Token).sentence === pronoun.sentence) s--;
  const subject = tokens[s];
  return subject === undefined || subject.sentence !== pronoun.sentence ? -1 : subject.end;
}
