/**
 * '"…," said Shogo Tomiyama. "…," he added.': a "he" or "she" that speaks after a quotation, in its
 * paragraph or the next, with no other person named since, is that quotation's speaker, whoever else
 * the text has made salient ("Godzilla … his 50th birthday").
 */
import type { Doc, Mention } from '../../doc/document.js';
import type { Gender } from '../../doc/record.js';
import { spanAt } from '../../text/token-index.js';
import { weakPerson, type Group } from './groups.js';

/** Third-person pronouns that stand for one person, with the gender they state. */
export const PERSON_PRONOUNS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

/** The last direct quotation's speaker and paragraph, while no other person has been named since. */
export interface LastSpeaker {
  group: Group;
  paragraph: number;
}

/** The speaker a pronoun that speaks goes on with, or undefined. */
export function addedBy(doc: Doc, speaker: Mention, last: LastSpeaker): Group | undefined {
  const gender = PERSON_PRONOUNS.get(doc.slice(speaker).toLowerCase());
  if (gender === undefined || (last.group.gender !== null && last.group.gender !== gender)) return undefined;
  const paragraph = spanAt(doc.paragraphs, speaker.start);
  // A lone word that spoke may be a body ("said a Juventus official"): only a name shown to be a person's goes on.
  return paragraph - last.paragraph <= 1 && last.group.entity.type === 'person' && !weakPerson(last.group) ? last.group : undefined;
}

/**
 * Whether a speaker ends the last person's turn: '"…," said Ann Lee of Velder. In its new release, the
 * company has added … "…," she said': the words of a body (a company, a government), of a plural
 * ("critics", "they") or of a description left unresolved speak for no other person, and leave the
 * "she" after them to the one who spoke before. A person, a name, or a "he" or "she" not hers, do end it.
 */
export function endsTurn(doc: Doc, speaker: Mention, group: Group | undefined): boolean {
  if (group !== undefined) return group.entity.type !== 'organization' && group.entity.type !== 'country';
  return speaker.kind === 'name' || PERSON_PRONOUNS.has(doc.slice(speaker).toLowerCase());
}
