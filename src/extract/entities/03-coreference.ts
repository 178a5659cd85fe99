/**
 * Stage: within-article coreference of names. Every form of one actor's name becomes one entity,
 * named by its fullest form: "Patricia Hewitt", "Ms Hewitt", "Hewitt" and "Hewitt" without
 * diacritics are one person; "Russia" and "the Russian Federation" one country; "the Kremlin",
 * "Moscow" (acting) and "the Russian government" one government. Pronouns and descriptions are
 * linked later, by the speaker stage, where they matter.
 */
import type { Doc, Entity, Mention } from '../../doc/document.js';
import { countryByIso3, placesByName } from '../../lexicon/places.js';
import { nameWords } from '../../text/fold.js';
import { defaultKnowledgeBase } from '../../kb/knowledge-base.js';
import type { Stage } from '../../pipeline/stage.js';
import { FEMALE_TITLES, MALE_TITLES, TITLE_WORDS } from '../../lexicon/words.js';
import { givenName } from '../../lexicon/names.js';
import { canonicalName } from '../../lexicon/aliases.js';
import { NameIndex } from './name-index.js';
import { InitialsIndex, initials } from './acronyms.js';

/** An entity being built, with the words of its fullest name. */
interface Group {
  entity: Entity;
  words: string[];
  /** True when some mention's type is backed by evidence, not a default. */
  sure: boolean;
}

function contains(longer: readonly string[], shorter: readonly string[]): boolean {
  return shorter.every((w) => longer.includes(w));
}

// A word that ends in a possessive mark ("supporters'", "people's").
const OWNER = /(?:'s|’s|'|’)$/;

/**
 * Whether the shorter name's words all stand before a possessive inside the longer name: they name its
 * owner, another actor ("Manchester United" is not the "Manchester United Supporters' Association";
 * "Moody's" is "Moody's Investors Service", whose possessive opens it).
 */
function ownerOnly(longer: readonly string[], shorter: readonly string[]): boolean {
  const owner = longer.findIndex((w, k) => k > 0 && OWNER.test(w));
  return owner !== -1 && shorter.every((w) => longer.indexOf(w) < owner);
}

/** The name an id given by a name alone stands for: "Russia", "Government of Russia", "NATO". */
function refName(ref: string, fallback: string): string {
  const [kind, key = ''] = ref.split('/');
  const country = countryByIso3(key)?.name;
  if (kind === 'country' && country) return country;
  if (kind === 'gov' && country) return `Government of ${country}`;
  const known = defaultKnowledgeBase().byKbId(ref);
  return known ? known.name : fallback;
}

/** Whether a mention can join a group: same kind of actor, and a name that is part of the other's. */
function joins(group: Group, mention: Mention, words: readonly string[], text: string): boolean {
  // The same full name is the same actor, whatever a later mention's words suggest ("Secretary Lee Park", "Lee Park").
  if (words.length > 1 && words.length === group.words.length && contains(group.words, words)) return true;
  // "John Houston … Houston said": the surname of a person named in full is that person's before a
  // town's; a town the article names otherwise has no such person beside it.
  if (words.length === 1 && mention.type === 'place' && group.entity.type === 'person' && group.words.length > 1 && group.words[group.words.length - 1] === words[0]) {
    return placesByName(text).every((p) => p.kind === 'city');
  }
  if (group.entity.type !== mention.type && mention.sure && group.sure) return false;
  // A guessed type gives way to a known one ("Hewitt" joins "Patricia Hewitt"), but only by surname.
  if (group.entity.type !== mention.type && words.length > 1) return false;
  if (group.entity.type === 'person' || mention.type === 'person') {
    const sameSurname = group.words[group.words.length - 1] === words[words.length - 1] || words.length === 1;
    if (!sameSurname) return false;
  }
  if (ownerOnly(group.words, words) || ownerOnly(words, group.words)) return false;
  return contains(group.words, words) || contains(words, group.words);
}

/** Whether a mention of the entity so far has a title or an honorific ("Prince Charles", "Dr Ray"). */
function titled(entity: Entity): boolean {
  return entity.mentions.some((m) => m.descriptors.some((d) => TITLE_WORDS.has(d)));
}

/**
 * Whether a full name names the person a group called by a given name alone ("Jenna" then "Jenna
 * McMasters"); not one called with a title ("Prince Charles" is not the later "Charles Kennedy").
 */
function givenNameOf(group: Group, mention: Mention, words: readonly string[]): boolean {
  return group.words.length === 1 && group.words[0] === words[0] && group.entity.kbId === null && group.entity.type === 'person' && mention.type === 'person' &&
    givenName(words[0] ?? '') !== undefined && !titled(group.entity);
}

/** The gender a title before a name states ("Mrs Berg"), or null. */
function titleGender(mentionText: string): 'male' | 'female' | null {
  const space = mentionText.indexOf(' ');
  const first = (space === -1 ? mentionText : mentionText.slice(0, space)).toLowerCase();
  return FEMALE_TITLES.has(first) ? 'female' : MALE_TITLES.has(first) ? 'male' : null;
}

/**
 * Whether a person is not the bearer of a surname that a title of `gender` names: an earlier title of
 * the person states the other gender ("Mr Howard" before "Mrs Howard"), or the article titles the
 * surname both ways (`couple`: "Mr Howard" and "Mrs Howard" are two people) and the person's given
 * name is of the other gender. A given name alone does not part them: the lexicon's usual gender of
 * "Lakshmi" or "Angel" is not always its bearer's, and a title is what the article itself says.
 */
function otherGender(group: Group, gender: 'male' | 'female', couple: boolean): boolean {
  if (group.entity.type !== 'person') return false;
  const other = gender === 'male' ? FEMALE_TITLES : MALE_TITLES;
  if (group.entity.mentions.some((m) => m.descriptors.some((d) => other.has(d)))) return true;
  const given = couple && group.words.length > 1 ? givenName(group.words[0] ?? '') : undefined;
  return given !== undefined && given !== 'either' && given !== gender;
}

/** The surnames the article gives both a man's and a woman's title ("Mr Howard", "Mrs Howard"). */
function coupledSurnames(doc: Doc): Set<string> {
  const seen = new Map<string, 'male' | 'female'>();
  const both = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.name === null || m.name.start === m.start) continue;
    const gender = titleGender(doc.slice(m));
    if (gender === null) continue;
    const surname = nameWords(doc.slice(m.name)).at(-1) ?? '';
    const before = seen.get(surname);
    if (before === undefined) seen.set(surname, gender);
    else if (before !== gender) both.add(surname);
  }
  return both;
}

/**
 * The group a name mention joins. A longer name joins the latest group it fits. A surname alone that
 * fits several people ("Padalecki" after "Jared Padalecki" and his mother "Sherri Padalecki") is the
 * one a title's gender allows ("Mrs Blair"), and of those the one named most so far, else first: a
 * story calls its subject by surname and the subject's relatives by their full or given names. A
 * surname that one person bears is that person's, before a body that holds it ("the Vashti Trust").
 * `candidates` are the groups that may share the mention's name, latest first (name-index.ts).
 */
function bearerOf(candidates: readonly Group[], mention: Mention, words: readonly string[], mentionText: string, couples: ReadonlySet<string>): Group | undefined {
  let found: Group | undefined;
  const gender = titleGender(mentionText);
  // The people it fits, latest first. Only people are told apart so: "Manchester" after "Manchester
  // City" and "Manchester United" is the latest.
  let people: Group[] | undefined;
  for (const group of candidates) {
    if (group.entity.kbId !== null || !joins(group, mention, words, mentionText)) continue;
    // "Mr Reyes … Mrs Reyes said": a title of the other gender names another bearer of the surname, his wife or mother.
    if (gender !== null && words.length === 1 && otherGender(group, gender, couples.has(words[0] ?? ''))) continue;
    if (words.length > 1) return group;
    found ??= group;
    if (group.entity.type === 'person') (people ??= []).push(group);
  }
  // "Jenna McMasters" after "Jenna" only, when no one else bears the name ("Steven Gerrard" joins "Gerrard" before "Steven").
  if (words.length > 1) {
    for (const group of candidates) if (givenNameOf(group, mention, words)) return group;
    return undefined;
  }
  if (people === undefined) return found;
  // "Vashti" after "Lorn Vashti" and "the Vashti Family Trust": a lone surname is the person who bears it,
  // not a later body named after the family.
  if (people.length === 1) {
    const person = people[0] as Group;
    return person.words.length > 1 && person.words.at(-1) === words[0] ? person : found;
  }
  let best: Group | undefined;
  for (let k = people.length - 1; k >= 0; k--) {
    const group = people[k] as Group;
    const given = givenName(group.words[0] ?? '');
    if (gender !== null && group.words.length > 1 && (given === 'male' || given === 'female') && given !== gender) continue;
    if (!best || group.entity.mentions.length > best.entity.mentions.length) best = group;
  }
  return best ?? found;
}

// An acronym as news writes one: two to six capitals ("FT", "CBI", "EEF").
const ACRONYM = /^[A-Z]{2,6}$/;
/**
 * The body an acronym stands for: the latest organisation named before it in full whose initials
 * spell it ("The Financial Times reported … The FT said"), none that an id names already.
 */
function spelledBy(bodies: () => InitialsIndex<Group>, mention: Mention, acronym: string): Group | undefined {
  if (mention.type !== 'organization' || !ACRONYM.test(acronym)) return undefined;
  return bodies().latest(acronym, (group) => group.entity.type === 'organization' && group.words.length > 1 && initials(group.entity.name) === acronym);
}

/** Groups name mentions into entities; each mention's `entity` is set to its entity's index. */
export function groupNames(doc: Doc): Entity[] {
  const groups = new NameIndex<Group>();
  const byRef = new Map<string, Group>();
  const byAlias = new Map<string, Group>();
  let couples: Set<string> | undefined;
  // Entities by the initials of their names, made when the first acronym asks (acronyms.ts).
  let bodies: InitialsIndex<Group> | undefined;
  const byInitials = (): InitialsIndex<Group> => {
    if (bodies === undefined) {
      bodies = new InitialsIndex<Group>();
      for (const group of groups.all) bodies.list(group, group.entity.name);
    }
    return bodies;
  };
  for (const mention of doc.mentions) {
    if (mention.kind !== 'name') continue;
    const text = doc.slice(mention.name ?? mention);
    const words = nameWords(text, mention.name !== null && mention.name.start > mention.start);
    if (words.length === 0) continue;
    let match: Group | undefined;
    // "the Tories", "the Conservatives": other names of one party are one entity, named in full.
    // The whole mention first: "Liberal" before "Democrats" reads as a descriptor, but "Liberal Democrats" is a party's name.
    const alias = mention.ref === null && mention.type === 'organization' ? (mention.name !== null ? canonicalName(doc.slice(mention)) : undefined) ?? canonicalName(text) : undefined;
    if (mention.ref !== null) {
      match = byRef.get(mention.ref);
    } else if (alias !== undefined) {
      match = byAlias.get(alias);
    } else {
      match = bearerOf(groups.candidates(words), mention, words, doc.slice(mention), (couples ??= coupledSurnames(doc))) ?? spelledBy(byInitials, mention, text);
    }
    if (!match) {
      const name = mention.ref !== null ? refName(mention.ref, text) : (alias ?? text);
      const entity: Entity = { name, type: mention.type, mentions: [], kbId: mention.ref, role: null, country: null };
      match = { entity, words: alias !== undefined ? nameWords(alias) : words, sure: mention.sure };
      groups.add(match);
      bodies?.list(match, name);
      if (mention.ref !== null) byRef.set(mention.ref, match);
      if (alias !== undefined) byAlias.set(alias, match);
    } else if (mention.ref === null && alias === undefined && words.length > match.words.length) {
      match.words = words;
      match.entity.name = text;
      groups.renamed(match);
      bodies?.list(match, text);
    }
    // "Houston" joined to "John Houston" is his surname, no town.
    if (match.sure && match.entity.type === 'person' && mention.type === 'place' && words.length === 1) mention.type = 'person';
    if (mention.sure && !match.sure) {
      match.sure = true;
      match.entity.type = mention.type;
    }
    match.entity.mentions.push(mention);
    match.entity.country ??= mention.country;
  }
  const entities = groups.all.map((g) => g.entity);
  entities.forEach((entity, index) => {
    for (const m of entity.mentions) m.entity = index;
  });
  return entities;
}

/** Groups names into entities. */
export const coreferenceStage: Stage = {
  name: 'coreference',
  reads: ['mentions'],
  writes: ['entities'],
  run(doc: Doc) {
    doc.entities = groupNames(doc);
  },
};
