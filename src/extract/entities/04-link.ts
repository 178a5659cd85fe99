/**
 * Stage: linking entities to the knowledge base by the article's date. A person is linked when the
 * name fits exactly one person the knowledge base knows, or when the article tells candidates apart
 * (one of them in office on the date, a title, a nationality, Mr or Ms); the entity then gets the
 * role held on that date ("President-elect of the United States", "former Prime Minister of ...").
 * An unknown name stays unlinked, with its country from a demonym when the article gives one.
 */
import type { Doc, Entity, Mention } from '../../doc/document.js';
import { defaultKnowledgeBase, type KbPerson, type KnowledgeBase } from '../../kb/knowledge-base.js';
import { roleOn, isActiveOn } from '../../kb/roles.js';
import { countryByDemonym, placeByName } from '../../lexicon/places.js';
import { FEMALE_TITLES, MALE_TITLES } from '../../lexicon/words.js';
import { givenName } from '../../lexicon/names.js';
import { knownWords } from '../../text/02-tokens.js';
import { splitSpaces } from '../../text/spaces.js';
import { innerPreposition } from './01-names.js';
import { range } from './02-types.js';
import type { Stage } from '../../pipeline/stage.js';
import { actsAsName } from './acting-names.js';

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his']);
const REFLEXIVE = new Set(['himself', 'herself']);
/** How far before a reflexive its clause's subject may end, in characters: a few words. */
const CLAUSE_REACH = 60;

/**
 * Whether a mention is "himself" or "herself" bound by a name of the entity earlier in its clause
 * ("Williamson is trying to defend himself"): a reflexive stands for its clause's subject, here a person.
 */
function boundReflexive(doc: Doc, entity: Entity, m: Mention): boolean {
  if (m.kind !== 'pronoun' || !REFLEXIVE.has(doc.slice(m).toLowerCase())) return false;
  return entity.mentions.some((n) => n.kind === 'name' && n.end <= m.start && m.start - n.end <= CLAUSE_REACH && !/[.!?;:]/.test(doc.text.slice(n.end, m.start)));
}

/**
 * Whether a mention is "who" right after a name of the entity, a comma between at most ("Erasmus, who
 * wrote", "an Erasmus who writes"): the relative pronoun of a person, where a body's is "which"; not
 * after "the", where "who" follows a group ("the Protestants who pledged").
 */
function relativeWho(doc: Doc, entity: Entity, m: Mention): boolean {
  if (m.kind !== 'pronoun' || doc.slice(m).toLowerCase() !== 'who') return false;
  const named = (n: Mention): boolean => n.kind === 'name' && n.end <= m.start && /^\s*,?\s*$/.test(doc.text.slice(n.end, m.start));
  return entity.mentions.some((n) => named(n) && !/\bthe\s+$/i.test(doc.text.slice(Math.max(0, n.start - 4), n.start)));
}

/** The article's date as YYYY-MM-DD, or null when it has none or it cannot be read. */
export function articleDate(date: string | undefined): string | null {
  if (date === undefined) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** The words the article uses of an entity: its mentions' titles, demonyms and honorifics. */
function wordsAbout(doc: Doc, entity: Entity): Set<string> {
  const words = new Set<string>();
  for (const m of entity.mentions) {
    for (const d of m.descriptors) words.add(d);
    for (const w of splitSpaces(doc.slice(m).toLowerCase().replace(/\./g, ''))) words.add(w);
  }
  return words;
}

/** Whether what the article says of an entity fits a person's gender (no "Mrs" for a man). */
function fits(person: KbPerson, words: ReadonlySet<string>): boolean {
  if (person.gender === 'male' && [...words].some((w) => FEMALE_TITLES.has(w))) return false;
  if (person.gender === 'female' && [...words].some((w) => MALE_TITLES.has(w))) return false;
  return true;
}

/** How many of the article's words about an entity appear in a person's roles or country's demonyms. */
function agreement(person: KbPerson, words: ReadonlySet<string>): number {
  const roleWords = new Set(person.terms.flatMap((t) => t.role.toLowerCase().split(/[\s-]+/)));
  let score = 0;
  for (const w of words) {
    if (roleWords.has(w)) score++;
    else if (person.country !== null && countryByDemonym(w)?.iso3 === person.country) score++;
  }
  return score;
}

/** The one person an entity denotes, or null when the name is unknown or stays ambiguous. */
export function personFor(doc: Doc, entity: Entity, kb: KnowledgeBase, date: string): KbPerson | null {
  const words = wordsAbout(doc, entity);
  let candidates = kb.personsNamed(entity.name).filter((p) => fits(p, words));
  if (candidates.length <= 1) return candidates[0] ?? null;
  const active = candidates.filter((p) => isActiveOn(p, date));
  if (active.length === 1) return active[0] ?? null;
  if (active.length > 1) candidates = active;
  const scores = candidates.map((p) => agreement(p, words));
  const best = Math.max(...scores);
  const top = candidates.filter((_, i) => scores[i] === best);
  return best > 0 && top.length === 1 ? (top[0] ?? null) : null;
}

/** The country the article's words give an unlinked entity ("Dutch Foreign Minister Anna Berg" → NLD). */
function countryFromWords(doc: Doc, entity: Entity): string | null {
  for (const m of entity.mentions) {
    // "Prime Minister Lena Varga of Hungary"
    const after = m.name && m.name.end < m.end ? /\bof (?:the )?(.+)$/.exec(doc.text.slice(m.name.end, m.end)) : null;
    const place = after?.[1] ? placeByName(after[1]) : undefined;
    if (place?.kind === 'country' && place.iso3) return place.iso3;
    for (const d of m.descriptors) {
      const country = countryByDemonym(d);
      if (country) return country.iso3;
    }
  }
  return null;
}

/** The entities that speak in the article's quotes. */
function speakerEntities(doc: Doc): Set<number> {
  return new Set(doc.quotes.flatMap((q) => (q.speaker?.entity === null || !q.speaker ? [] : [q.speaker.entity])));
}

/** Links every entity of a document; returns whether any role was chosen by date. */
export function linkEntities(doc: Doc, kb: KnowledgeBase, date: string): boolean {
  let dated = false;
  const speakers = speakerEntities(doc);
  for (const [index, entity] of doc.entities.entries()) {
    // Countries, governments and organisations were linked by their names alone.
    if (entity.kbId !== null) continue;
    // A lone word that nothing shows to be a person ("English") is a surname only of someone in office.
    const guess = !entity.mentions.some((m) => m.sure) && !/\s/.test(entity.name) && !speakers.has(index);
    if (entity.type === 'person') {
      const found = personFor(doc, entity, kb, date);
      // A guess is linked only to someone in office on the date.
      const person = found && (!guess || isActiveOn(found, date)) ? found : null;
      if (person) {
        entity.kbId = person.kbId;
        entity.role = roleOn(person, date);
        entity.country = person.country;
        dated = true;
        continue;
      }
    }
    entity.country ??= countryFromWords(doc, entity);
  }
  return dated;
}

/** Whether an entity's name holds a preposition in title case, as a body's or a work's name does. */
function bodyName(doc: Doc, entity: Entity): boolean {
  return entity.mentions.some((m) => m.kind === 'name' && innerPreposition(doc, range(doc, m)));
}

/**
 * Settles the types that were guesses: a name that speaks is a person (or stays an organisation; a
 * person when "he said" or a bound "himself" stands for it);
 * a lone word that nothing shows to be a person ("Maternity") is another kind of name.
 */
function settleGuesses(doc: Doc): void {
  const speakers = speakerEntities(doc);
  // Only a pronoun that speaks ("he said") tells a person; one that merely follows a name may be wrong.
  const spoken = new Set(doc.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  const lones = doc.entities.filter((e) => e.kbId === null && !/\s/.test(e.name)).map((e) => e.name.toLowerCase());
  const ordinary = knownWords([...new Set(lones)].filter((w) => /^\p{L}+$/u.test(w)));
  doc.entities.forEach((entity, index) => {
    if (entity.kbId !== null || entity.mentions.some((m) => m.sure)) return;
    const lone = splitSpaces(entity.name).length === 1;
    // "Renata", "Daniel": a given name alone, not also an ordinary word ("Grace", "Will"), is someone's.
    const givenAlone = lone && entity.type === 'person' && givenName(entity.name) !== undefined && !ordinary.has(entity.name.toLowerCase());
    if (givenAlone) return;
    const personal = (m: Mention): boolean => m.kind === 'pronoun' && PERSONAL.has(doc.slice(m).toLowerCase());
    if (entity.mentions.some((m) => (personal(m) && spoken.has(m)) || boundReflexive(doc, entity, m))) entity.type = 'person';
    // A lone word that speaks is mostly a company or a body ("Microsoft said"), but someone's when "who"
    // follows it ("Erasmus, who wrote"); a longer name, a person, unless a preposition inside makes it a
    // body's ("Reporters Without Borders said").
    else if (speakers.has(index)) entity.type = (lone && !entity.mentions.some((m) => relativeWho(doc, entity, m))) || bodyName(doc, entity) ? 'organization' : entity.type === 'other' ? 'person' : entity.type;
    // "Chao went to …, where he was": a word no dictionary knows that "he" or "she" stood for is a name.
    else if (lone && entity.type === 'person' && !ordinary.has(entity.name.toLowerCase()) && entity.mentions.some(personal) && actsAsName(doc, entity)) return;
    else if (entity.type === 'person' && lone) entity.type = 'other';
  });
}

/**
 * Merges entities linked to the same knowledge-base id ("Lula" and "Luiz Inácio Lula da Silva"),
 * keeping the first and the fuller name, and renumbers every mention's and speaker's entity.
 */
export function mergeLinked(doc: Doc): void {
  const first = new Map<string, number>();
  const target: number[] = [];
  const kept: Entity[] = [];
  doc.entities.forEach((entity, index) => {
    const into = entity.kbId === null ? undefined : first.get(entity.kbId);
    if (into === undefined) {
      if (entity.kbId !== null) first.set(entity.kbId, kept.length);
      target[index] = kept.length;
      kept.push(entity);
      return;
    }
    const keep = kept[into] as Entity;
    target[index] = into;
    keep.mentions.push(...entity.mentions);
    keep.mentions.sort((a, b) => a.start - b.start);
    if (splitSpaces(entity.name).length > splitSpaces(keep.name).length) keep.name = entity.name;
  });
  if (kept.length === doc.entities.length) return;
  const renumber = (m: Mention | null): void => {
    if (m && m.entity !== null) m.entity = target[m.entity] ?? null;
  };
  const seen = new Set<Mention>();
  for (const entity of doc.entities) for (const m of entity.mentions) seen.add(m);
  for (const m of doc.mentions) seen.add(m);
  for (const q of [...doc.quotes, ...doc.attributions]) if (q.speaker) seen.add(q.speaker);
  for (const m of seen) renumber(m);
  doc.entities = kept;
}

/** Links entities to the knowledge base by the article's date. */
export const linkStage: Stage = {
  name: 'link',
  reads: ['entities', 'quotes'],
  writes: ['entities'],
  run(doc: Doc) {
    const given = articleDate(doc.meta.date);
    const date = given ?? new Date().toISOString().slice(0, 10);
    const dated = linkEntities(doc, defaultKnowledgeBase(), date);
    mergeLinked(doc);
    settleGuesses(doc);
    if (dated && given === null) doc.warn('date-assumed', `the article has no date: roles are those held today (${date})`);
  },
};
