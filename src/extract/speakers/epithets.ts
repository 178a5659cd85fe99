/**
 * A person named again by an epithet: "Kelly Holmes has been forced out … The double Olympic champion
 * said", '"A lot more guys are capable of it now," said the American'. News names the person it has
 * just told of by a trade, a fame, a feat, a post in a team or a nationality (words.json epithets, or a
 * demonym); a reader takes the person last named whom the words may describe — of the gender they
 * say, of the country they say when the article places the person: in its sentence or the one before
 * the one named with most weight (a subject before an object), else the one most in view. Only names
 * count, not the pronouns that stood for someone ("Marion Jones sued Victor Conte over his claim that
 * he gave her drugs. The Sydney Olympic gold medallist says": Jones).
 */
import type { Doc, Mention } from '../../doc/document.js';
import { tokenAtOrAfter } from '../../text/token-index.js';
import { countriesByDemonym, placesByName } from '../../lexicon/places.js';
import { EPITHETS, POSSESSIVE_MARKS, TEAM_PLAYERS, TEAM_STAFF } from '../../lexicon/words.js';
import { placedElsewhere } from './descriptions.js';
import { describes, type Group } from './groups.js';
import type { Salience } from './salience.js';

/** How far back, in sentences, an epithet looks for its person when none is named in its sentence or the one before. */
const EPITHET_WINDOW = 8;
/** How much a person the article places nowhere counts for a nationality, against one it places there. */
const UNPLACED = 0.5;

/** What an epithet says of its person: its words after the article, the head last. */
export interface Epithet {
  words: string[];
  demonyms: string[];
}

const DEFINITE = new Set(['the', 'this', 'that']);

const isDemonym = (word: string): boolean => countriesByDemonym(word).length > 0;

/** The epithet a speaker's words make ("the Waterford man", "The double Olympic champion", "the American"), or undefined. */
export function epithetOf(doc: Doc, speaker: Mention): Epithet | undefined {
  const words = doc.slice(speaker).toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (words.length < 2 || !DEFINITE.has(words[0] ?? '') || !(EPITHETS.has(head) || isDemonym(head))) return undefined;
  const rest = words.slice(1);
  return { words: rest, demonyms: rest.filter(isDemonym) };
}

/**
 * How well an epithet may describe a group's person, 0 not at all: the gender and the country it says
 * agree with what the article says (one placed there counts more than one placed nowhere), and a player
 * is no one the article gave a post running the team, nor the other way round ("City boss Kevin Keegan"
 * is not "the defender").
 */
export function epithetFits(doc: Doc, epithet: Epithet, group: Group): number {
  const head = epithet.words[epithet.words.length - 1] ?? '';
  const other = TEAM_STAFF.has(head) ? TEAM_PLAYERS : TEAM_PLAYERS.has(head) ? TEAM_STAFF : undefined;
  if ((other !== undefined && heldPost(doc, group, other)) || !describes(epithet.words, group)) return 0;
  if (epithet.demonyms.length === 0) return 1;
  // "Spain's Rafael Moreno", "Argentine David Nalbandian": the country said right before a name places its person too.
  const before = countriesBefore(doc, group);
  const said = new Set(epithet.demonyms.flatMap((d) => countriesByDemonym(d).map((c) => c.iso3)));
  if ((before.length > 0 && !before.some((iso3) => said.has(iso3))) || placedElsewhere(group, epithet.demonyms)) return 0;
  // One the article places in that country outweighs one it places nowhere, as a stated gender does for a pronoun.
  return before.length > 0 ? 1 : UNPLACED;
}

/** The countries said right before a group's names: a demonym ("Argentine David Nalbandian") or a country's possessive ("Spain's Rafael Moreno"). */
function countriesBefore(doc: Doc, group: Group): string[] {
  const out: string[] = [];
  for (const m of group.entity.mentions) {
    if (m.kind !== 'name') continue;
    const k = tokenAtOrAfter(doc.tokens, m.start) - 1;
    const word = doc.tokens[k];
    if (word === undefined) continue;
    const owner = POSSESSIVE_MARKS.has(word.lower) ? doc.tokens[k - 1] : undefined;
    if (owner !== undefined) out.push(...placesByName(doc.slice(owner)).flatMap((p) => (p.kind === 'country' && p.iso3 !== null ? [p.iso3] : [])));
    else out.push(...countriesByDemonym(doc.slice(word)).map((c) => c.iso3));
  }
  return out;
}

/** The person an epithet names again, by the salience of names alone (`names`): see the file's head. */
export function epithetBearer(names: Salience, sentence: number, fits: (group: Group) => number): Group | undefined {
  return names.best(sentence, fits, 1) ?? names.best(sentence, fits, EPITHET_WINDOW);
}

/** Whether the article gave a group's person a post of `posts`: among its descriptors, or the word before one of its names ("City boss Kevin Keegan"). */
function heldPost(doc: Doc, group: Group, posts: ReadonlySet<string>): boolean {
  if ([...group.descriptors].some((d) => posts.has(d))) return true;
  return group.entity.mentions.some((m) => {
    if (m.kind !== 'name') return false;
    const before = doc.tokens[tokenAtOrAfter(doc.tokens, m.start) - 1];
    return before !== undefined && posts.has(before.lower);
  });
}
