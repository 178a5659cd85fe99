/**
 * What the speaker resolution knows of each entity: its name's words, the descriptors its mentions
 * carry ("minister", "dutch") and its gender as the article states it (Mr/Mrs, a given name, and the
 * pronouns already resolved to it), never guessed from nothing.
 */
import type { Doc, Entity } from '../../doc/document.js';
import type { Gender } from '../../doc/record.js';
import { nameWords } from '../../text/fold.js';
import { FEMALE_NOUNS, FEMALE_TITLES, HONORIFICS, MALE_NOUNS, MALE_TITLES, OFFICES, RELATIONS } from '../../lexicon/words.js';
import { knownWords } from '../../text/02-tokens.js';
import { ORG_NOUNS_BEFORE, givenName } from '../../lexicon/names.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import { actsAsName } from '../entities/acting-names.js';
import { nounBefore } from '../entities/01-names.js';

/** An entity as the resolution sees it. */
export interface Group {
  entity: Entity;
  index: number;
  words: string[];
  descriptors: Set<string>;
  gender: Gender | null;
  /** Whether a name mention is typed a person's by what the text shows ("my friend Tavi", "Are you coming, Tavi?"). */
  shown: boolean;
}

/** The gender a mention's title or descriptors state ("Mrs", "spokeswoman"), or null. */
export function genderOf(descriptors: readonly string[], text: string): Gender | null {
  // An honorific opens the mention ("Mrs Lyra Moss"); nouns and titles are among the descriptors.
  const space = text.indexOf(' ');
  const first = (space === -1 ? text : text.slice(0, space)).toLowerCase();
  if (FEMALE_TITLES.has(first)) return 'female';
  if (MALE_TITLES.has(first)) return 'male';
  for (const w of descriptors) {
    if (FEMALE_TITLES.has(w) || FEMALE_NOUNS.has(w)) return 'female';
    if (MALE_TITLES.has(w) || MALE_NOUNS.has(w)) return 'male';
  }
  return null;
}

/**
 * Whether a description's words may describe a person of the group's gender: "the 60-year-old actor"
 * is no woman, "the spokeswoman" no man; a description or a person of no stated gender fits any.
 */
export function describes(descriptors: readonly string[], group: Group): boolean {
  if (group.gender === null) return true;
  const said = genderOf(descriptors, '');
  return said === null || said === group.gender;
}

/** The gender a person's given name states: the first word of the fullest name, when it is not shared by both. */
export function givenGender(name: string): Gender | null {
  const first = givenName(nameWords(name)[0] ?? '');
  return first === 'female' || first === 'male' ? first : null;
}

/** The resolution's view of one entity. */
export function groupOf(doc: Doc, entity: Entity, index: number): Group {
  const descriptors = new Set<string>();
  let gender: Gender | null = null;
  let shown = false;
  for (const m of entity.mentions) {
    for (const d of m.descriptors) descriptors.add(d);
    if (entity.type === 'organization' && m.kind === 'name') {
      const noun = bodyNounBefore(doc, m.start);
      if (noun !== null) descriptors.add(noun);
    }
    gender ??= genderOf(m.descriptors, doc.slice(m));
    if (m.sure && m.type === 'person') shown = true;
  }
  const words = nameWords(entity.name);
  if (gender === null && entity.type === 'person') gender = givenGender(entity.name);
  return { entity, index, words, descriptors, gender, shown };
}

/**
 * The body's noun right before a name, which the name's mention leaves out when a country or a
 * capitalised word opens the phrase ("US magazine Mobile PC", "Computer magazine Mobile PC"): the
 * article has called the body a magazine. Null when the word before is no such noun.
 */
function bodyNounBefore(doc: Doc, start: number): string | null {
  const noun = nounBefore(doc.tokens, tokenAtOrAfter(doc.tokens, start));
  return noun !== undefined && ORG_NOUNS_BEFORE.has(noun.lower) ? noun.lower : null;
}

/** Whether a one-word group is an ordinary English word ("Open", "Conference") with no title. */
export function ordinaryWord(group: Group): boolean {
  const word = group.words[0];
  if (word === undefined || [...group.descriptors].some((d) => OFFICES.has(d) || HONORIFICS.has(d) || RELATIONS.has(d))) return false;
  return knownWords([word]).has(word);
}

/**
 * Whether a person group is too weak to stand for a pronoun: a lone capitalised word with no title, no
 * gender and no given name ("Critics", "Britain"), or an ordinary word even with a description ("the Australian Open champion").
 */
export function weakPerson(group: Group): boolean {
  if (group.words.length >= 2) return false;
  // A given name of either sex is still a person's ("Carroll met Rachel … he").
  const named = group.gender !== null || givenName(group.words[0] ?? '') !== undefined;
  // A name the text shows to be a person's ("Are you coming, Tavi?": addressed) is one, though no lexicon knows it.
  return (group.descriptors.size === 0 && !named && !group.shown) || ordinaryWord(group);
}

/**
 * Whether a weak person is still a name no dictionary knows and the text shows acting ("Chao went";
 * acting-names.ts): a surname or a given name the lexicon lacks, which may stand for a pronoun when no
 * stronger person agrees ("Chao went to the United States …, where he was"), unlike an ordinary word
 * ("Critics", "Open") or a hesitation ("Um, the job").
 */
export function unknownName(doc: Doc, group: Group): boolean {
  return group.entity.type === 'person' && group.words.length === 1 && group.descriptors.size === 0 && !ordinaryWord(group) && actsAsName(doc, group.entity);
}
