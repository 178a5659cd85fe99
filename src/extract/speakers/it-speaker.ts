/**
 * Who "it" is when it speaks. First the one that spoke just before, when that was no person — a body,
 * or a thing a body issued — in the same sentence or the one before ("Diageo said it expects … It said
 * Chalone would be integrated", "The report said … It also called on …", "Mr Crosby's statement said:
 * "…" It added: "…""): a reader goes on with that report, whatever was named in it or since (a wine arm
 * of Diageo's, the department a committee scrutinised). Else the organisation named last, but for a
 * market named after "on".
 */
import type { Doc, Mention } from '../../doc/document.js';
import type { Group } from './groups.js';
import { mentionsBefore } from './mention-index.js';
import { ISSUED_NOUNS, ORG_WORDS } from '../../lexicon/words.js';
import { ORG_NOUNS_BEFORE } from '../../lexicon/names.js';
import { tokenAtOrAfter, tokenBefore } from '../../text/token-index.js';

/** The last report's speaker: its mention, what it was resolved to, and its sentence's rank. */
export interface LastReport {
  mention: Mention;
  group: Group | undefined;
  sentence: number;
}

const isIt = (doc: Doc, m: Mention): boolean => m.kind === 'pronoun' && doc.slice(m).toLowerCase() === 'it';

/** Whether a report's speaker is no person: a body named or described ("the committee"), a thing issued ("the report"), or "it" again. */
function bodyLike(doc: Doc, last: LastReport): boolean {
  const m = last.mention;
  const head = m.kind === 'nominal' ? (m.descriptors[m.descriptors.length - 1] ?? '') : '';
  // What a person issued is still a thing: "Mr Crosby's statement … It added".
  if (ISSUED_NOUNS.has(head)) return true;
  if (last.group !== undefined) return last.group.entity.type !== 'person';
  return isIt(doc, m) || ORG_WORDS.has(head) || ORG_NOUNS_BEFORE.has(head);
}

/** The report an "it" that speaks goes on with (see the file's head), or undefined. */
export function itGoesOn(doc: Doc, speaker: Mention, last: LastReport | undefined, sentence: number): LastReport | undefined {
  if (last === undefined || sentence - last.sentence > 1 || !isIt(doc, speaker)) return undefined;
  return bodyLike(doc, last) ? last : undefined;
}

/**
 * Whether a name stands after "on", or "on" and an article: the market where shares trade ("closed down
 * 19% on the London Stock Exchange", "listed on Nasdaq"), the object of a preposition of place, which
 * the "it" of the next clause does not take up ("… after it said a partner would pull out": the firm).
 */
function afterOn(doc: Doc, m: Mention): boolean {
  const k = tokenAtOrAfter(doc.tokens, m.start);
  const prev = tokenBefore(doc.tokens, k, 1);
  const word = prev?.pos === 'DET' ? tokenBefore(doc.tokens, k, 2) : prev;
  return word?.lower === 'on' && word.sentence === doc.tokens[k]?.sentence;
}

/** The organisation named last before an "it", not after "on" (`names`: mentions outside quotations, `byEnd` as mentionsBefore takes it). */
export function latestBody(doc: Doc, names: readonly Mention[], speaker: Mention, byEnd: boolean, groupOf: (m: Mention) => Group | undefined): Group | undefined {
  for (const m of mentionsBefore(names, speaker.start, byEnd)) {
    const group = groupOf(m);
    if (group?.entity.type === 'organization' && !afterOn(doc, m)) return group;
  }
  return undefined;
}
