/**
 * Stage: what each name denotes — a person, an organisation, a country, a place or something else —
 * from the gazetteer of places, the knowledge base's organisations, titles, given names and the
 * name's last word. Countries, governments and known organisations get the knowledge-base id their
 * name alone establishes: "Moscow said" and "the Russian government" are Russia's government.
 */
import type { Doc, Mention } from '../../doc/document.js';
import type { EntityType } from '../../doc/record.js';
import { countryByDemonym, isNationalityCompound, placesByName, regionByDemonym, type Country, type Place } from '../../lexicon/places.js';
import { GOVERNMENT_NOUNS, OTHER_HEADS, PARTIES, PLACE_HEADS, PLACE_OPENERS, RELIGIONS, SAINTS, SECTIONS, SURNAME_PREFIXES, THINGS, givenName } from '../../lexicon/names.js';
import { COMPASS, HONORIFICS, OFFICES, ORG_WORDS, pluralOffice, POSSESSIVE_MARKS, POSSESSIVE_S, RELATIONS } from '../../lexicon/words.js';
import { organizationByName } from '../../kb/knowledge-base.js';
import { tokensIn } from '../../text/token-index.js';
import { innerPreposition, nounBefore } from './01-names.js';
import { partners } from './name-links.js';
import { knownWords } from '../../text/02-tokens.js';
import type { Stage } from '../../pipeline/stage.js';
import { withoutCredits } from './credits.js';
import type { Named } from './named.js';
import { clubsByContext, organizationByWords } from './organizations.js';
import { worksInContext } from './works.js';
import { addressed } from './addressed.js';
import { splitSpaces } from '../../text/spaces.js';

const ACRONYM = /^[A-Z][A-Z&]{1,5}$/;
const ROMAN = /^[IVX]+$/;
const INITIAL = /^\p{Lu}\.$/u;
const NUMBERED = /^(?:[IVXLC]+|\d+[A-Za-z]?)$/;
// A capital inside a word after its lower-case opening ("YouTube": "you"; "McMasters": "mc").
const INNER_CAPITAL = /^\p{Lu}(\p{Ll}+)\p{Lu}\p{Ll}/u;

/** Whether a word is written as a brand is ("YouTube", "PlayStation"), not as a surname ("McMasters"). */
function brandLike(word: string): boolean {
  const opening = INNER_CAPITAL.exec(word)?.[1];
  return opening !== undefined && !SURNAME_PREFIXES.has(word.slice(0, opening.length + 1).toLowerCase());
}
// Words of visiting: the place visited stands for its government, the host.
const VISITS = new Set(['visit', 'visits', 'visited', 'visiting', 'trip', 'trips', 'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'journey', 'mission', 'flew', 'fly', 'flies', 'flying']);

/** The first and last token of a mention. */
export interface Range {
  first: number;
  last: number;
}

/** The tokens of a mention (every mention starts and ends on token boundaries). */
export function range(doc: Doc, mention: Mention): Range {
  return tokensIn(doc.tokens, mention) ?? { first: 0, last: -1 };
}

/** What a mention's name says about it. */
interface Typing {
  type: EntityType;
  sure: boolean;
  ref: string | null;
  country: string | null;
}

function typing(type: EntityType, sure: boolean, ref: string | null = null, country: string | null = null): Typing {
  return { type, sure, ref, country };
}

/**
 * A capital or a seat of government acts for its government when it is a subject or a possessor, or
 * the host of a visit ("visited Kyiv", "a trip to Moscow").
 */
function acts(doc: Doc, inside: Range): boolean {
  const tokens = doc.tokens;
  const next = tokens[inside.last + 1];
  const prev = tokens[inside.first - 1];
  if (prev && VISITS.has(prev.lower)) return true;
  if (prev?.lower === 'to' && VISITS.has(tokens[inside.first - 2]?.lower ?? '')) return true;
  if (prev && (prev.pos === 'ADP' || prev.lower === 'to')) return false;
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || POSSESSIVE_S.has(next.lower));
}

function fromPlace(doc: Doc, inside: Range, place: Place): Typing {
  const iso3 = place.iso3;
  if (iso3 === null) return typing('place', true);
  if (place.kind === 'country') return typing('country', true, `country/${iso3}`, iso3);
  // "the Kremlin" is always the government; "Moscow" and "Washington" only when they act ("Moscow said").
  const seat = place.kind === 'government' && /^the /i.test(place.name);
  if (seat || ((place.kind === 'government' || place.kind === 'capital') && acts(doc, inside))) return typing('organization', true, `gov/${iso3}`, iso3);
  return typing('place', true, null, iso3);
}

const COMPASS_INITIAL = /^[NSEW]$/;

/** Whether a lower-cased word is a point of the compass or "mid" joined by a hyphen to a place's name ("mid-bedfordshire"). */
function compassJoined(word: string): boolean {
  const dash = word.indexOf('-');
  if (dash <= 0) return false;
  const before = word.slice(0, dash);
  return (before === 'mid' || COMPASS.has(before)) && placesByName(word.slice(dash + 1)).length > 0;
}

/**
 * The words of a name that decide its type: the last word, and the word before "of" or "for" ("Bank of England").
 * A number closing a name counts it, and the word before is its head ("World War II", "Super Bowl 40").
 */
function heads(words: readonly string[]): string[] {
  // "Office for National Statistics": an organisation's "for" names its remit, as "of" does.
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  const numbered = words.length > 2 && NUMBERED.test((words[words.length - 1] ?? '').toUpperCase());
  const last = words[words.length - (numbered ? 2 : 1)] ?? '';
  return of > 0 ? [last, words[of - 1] ?? ''] : [last];
}

/**
 * Whether a name ending in a religion word is used as one: before a noun ("Christian clergy"), beside
 * another religion or nationality ("Muslim and Christian") or after "a" ("a Roman Catholic"), rather
 * than as someone's name ("Christian said").
 */
function religionWord(doc: Doc, inside: Range): boolean {
  // "a lifelong Roman Catholic": after an indefinite article, one of the faith, no one's name.
  let k = inside.first - 1;
  while (k > 0 && doc.tokens[k]?.pos === 'ADJ') k--;
  const article = doc.tokens[k]?.lower;
  if (article === 'a' || article === 'an') return true;
  const next = doc.tokens[inside.last + 1];
  if (next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ')) return true;
  const beside = [doc.tokens[inside.first - 2], doc.tokens[inside.last + 2]];
  const linked = [doc.tokens[inside.first - 1], next].some((t) => t?.lower === 'and' || t?.lower === 'or' || t?.lower === ',');
  return linked && beside.some((t) => t !== undefined && (RELIGIONS.has(t.lower) || countryByDemonym(t.lower) !== undefined));
}

/** Whether a word before a name's last is a saint's ("St Helens", "Paris St Germain"). */
function saintIn(words: readonly string[]): boolean {
  for (let k = 0; k < words.length - 1; k++) if (SAINTS.has(words[k] ?? '')) return true;
  return false;
}

/** Whether "St" and a given name name the saint ("St Jerome"), not what bears the saint's name ("St James' Park"). */
function saintHimself(doc: Doc, words: readonly string[], inside: Range): boolean {
  if (words.length !== 2 || !SAINTS.has(words[0] ?? '') || givenName(words[1] ?? '') === undefined) return false;
  const next = doc.tokens[inside.last + 1];
  const named = doc.tokens[inside.last + 2];
  return !(next !== undefined && POSSESSIVE_MARKS.has(next.lower) && named !== undefined && /^\p{Lu}/u.test(doc.text.slice(named.start, named.end)));
}

/** Whether a place is a town or a province, whose name may be a surname too ("Hague", "Houston", "Lancashire"), not a country or a region. */
function townLike(place: Place): boolean {
  return place.kind === 'city' || place.kind === 'capital' || place.kind === 'government' || place.kind === 'state';
}

/** Whether a place is a town or a division of a country, whose name may be a surname too ("Durham", "Cartagena"). */
function townOrProvince(place: Place): boolean {
  return place.kind === 'city' || place.kind === 'state';
}

/** Whether an honorific opens a name or stands before it ("Mr Hague", "Sir Hague"). */
function honoured(doc: Doc, mention: Mention, inside: Range): boolean {
  return HONORIFICS.has(doc.tokens[inside.first]?.lower ?? '') || mention.descriptors.some((d) => HONORIFICS.has(d));
}

/** Whether an office, an honorific or a noun of kin stands before a name ("Mr Cartagena", "vice president Patricio Cartagena", "his daughter Alba"). */
function titledMention(doc: Doc, mention: Mention, inside: Range): boolean {
  return honoured(doc, mention, inside) || mention.descriptors.some((d) => OFFICES.has(d) || RELATIONS.has(d));
}

/** Whether a lower-case office stands right before a name's first token ("spokesman Mike Lake"). */
function officeBefore(doc: Doc, inside: Range): boolean {
  const prev = nounBefore(doc.tokens, inside.first);
  return prev !== undefined && OFFICES.has(prev.lower);
}

/** The type of a name mention, whose tokens are `inside`, and what backs it. */
export function typeOf(doc: Doc, mention: Mention, inside: Range = range(doc, mention)): Typing {
  const nameText = doc.slice(mention.name ?? mention);
  const organization = organizationByName(nameText);
  if (organization) return typing('organization', true, organization.kbId, organization.country);
  // "Acme Steel Co.": a word's full stop does not change it.
  const words = splitSpaces(nameText.toLowerCase()).map((w) => (w.endsWith('.') ? w.slice(0, -1) : w));
  if (PARTIES.has(words.join(' ')) || PARTIES.has(words[words.length - 1] ?? '')) return typing('organization', true);
  if (words.length === 1 && THINGS.has(words[0] ?? '')) return typing('other', false);
  // "Title IV", "Article 5": a numbered part of a law, not a person with a regnal number.
  if (words.length === 2 && SECTIONS.has(words[0] ?? '') && NUMBERED.test(splitSpaces(nameText)[1] ?? '')) return typing('other', true);
  const place = placesByName(nameText)[0];
  // "Mr Hague", "Mr Jordan": an honorific before any place's name makes it a surname; "vice president
  // Patricio Cartagena", "his daughter Alba": an office or a noun of kin, before a town's or a province's.
  if (place && !honoured(doc, mention, inside) && !(townOrProvince(place) && titledMention(doc, mention, inside))) return fromPlace(doc, inside, place);
  const parts = splitSpaces(nameText);
  // "G. Gooch", "J. R. Smith": initials before a surname are a person's.
  if (parts.length > 1 && parts.slice(0, -1).every((p) => INITIAL.test(p)) && /^\p{Lu}\p{Ll}/u.test(parts[parts.length - 1] ?? '')) return typing('person', true);
  // "Manchester United", "Siemens AG", "Reuters": words that name a club, a company or an agency.
  if (organizationByWords(words, parts)) return typing('organization', true);
  const [last = '', beforeOf] = heads(words);
  if (ORG_WORDS.has(last) || (beforeOf !== undefined && ORG_WORDS.has(beforeOf))) return typing('organization', true);
  // "East Sussex", "North Lanarkshire": a point of the compass opens a place's name, not a person's;
  // the last word still says when the name is a thing's ("North American Free Trade Agreement").
  if (words.length > 1 && COMPASS.has(words[0] ?? '')) return typing(OTHER_HEADS.has(last) ? 'other' : 'place', false);
  // "Mid-Bedfordshire", "North-Yorkshire": a point of the compass or "Mid" joined by a hyphen to a place's name.
  if (words.length === 1 && compassJoined(words[0] ?? '')) return typing('place', false);
  // "S Yorkshire", "W Midlands": a point of the compass by its initial before a place.
  if (words.length === 2 && COMPASS_INITIAL.test(parts[0] ?? '') && placesByName(parts[1] ?? '').length > 0) return typing('place', false);
  // "Fort Lee", "Mount Kenya", "Lake Chad", "Port Moresby": these first words open only a place's name.
  if (words.length > 1 && PLACE_OPENERS.has(words[0] ?? '')) return typing(OTHER_HEADS.has(last) ? 'other' : 'place', false);
  // "St Helens", "St James' Park", "Paris St Germain": what is named after a saint is a town, a
  // church, a ground or a club (context may still make it a club); "St Jerome" alone is the saint.
  if (words.length > 1 && saintIn(words) && !saintHimself(doc, words, inside)) return typing(OTHER_HEADS.has(last) ? 'other' : 'place', false);
  // "Republican Senators", "Analysts": an office in the plural is a group of people, no one person
  // (nor the "she" of a later sentence: resolve.ts).
  if (words.length === 1 && pluralOffice(last)) return typing('other', true);
  // "Christian clergy", "Muslim and Christian leaders", "the first Roman Catholic church": a religion's
  // adjective, not a given name nor a person's name.
  if (RELIGIONS.has(last) && religionWord(doc, inside)) return typing('other', true);
  // "Ernst & Young", "Marks & Spencer": partners joined by an ampersand name a firm.
  if (partners(doc.tokens, inside.first, inside.last)) return typing('organization', true);
  const titled = titledMention(doc, mention, inside);
  // "General Election", "Star Wars": after a title, a lone head word still names a thing.
  const lone = words.length === 1 && (OTHER_HEADS.has(last) || PLACE_HEADS.has(last));
  if (titled) return lone ? typing(OTHER_HEADS.has(last) ? 'other' : 'place', true) : typing('person', true);
  // A head word tells only about a longer name ("Park" alone may be a surname); "Lee Park" may be a
  // person and "Hyde Park" is a place: a given name makes the head word a guess, and an office right
  // before the given name makes the name a person's ("spokesman Mike Lake", "director Ann Hill").
  const given = words.length > 1 && givenName(words[0] ?? '') !== undefined;
  if (given && officeBefore(doc, inside)) return typing('person', true);
  if (words.length > 1 && OTHER_HEADS.has(last)) return typing('other', !given);
  if (words.length > 1 && PLACE_HEADS.has(last)) return typing('place', !given);
  if (ACRONYM.test(nameText)) return typing('organization', true);
  // "BHP Billiton", "Atletico Madrid": an acronym or a place inside a longer name makes it no person's.
  // Two capitals before a surname are initials ("JK Rowling"), not an acronym.
  const initials = parts.length === 2 && /^[A-Z]{2}$/.test(parts[0] ?? '');
  if (parts.length > 1 && !initials && parts.some((w) => ACRONYM.test(w) && !ROMAN.test(w))) return typing('organization', false);
  // "Reporters Without Borders", "Lost In Translation": a capitalised preposition inside (01-names joins
  // on one) belongs to the name of a body or a work, never to a person's; nor to a club's named after
  // its town ("Gangs Of New York" is a film).
  if (inside.last - inside.first > 1 && innerPreposition(doc, inside)) return typing('other', false);
  // Not a town's name after a given name: "William Hague", "Sam Houston" are people whose surname
  // names a town too ("Roman Britain", "Tudor England" stay no one: a country or a region is no surname).
  const lastPlaces = parts.length > 1 ? placesByName(parts[parts.length - 1] ?? '') : [];
  if (lastPlaces.length > 0 && !(given && lastPlaces.every(townLike))) return typing('organization', false);
  // "YouTube", "PlayStation": a capital inside a word names a brand or a company, not a person.
  if (parts.some(brandLike)) return typing('organization', false);
  if (given) return typing('person', true);
  // "Are you coming, Tavi?": a name spoken to is someone's.
  if (inside.first === inside.last && addressed(doc, inside.first)) return typing('person', true);
  return typing('person', false);
}

/** "the Russian government", "the Iranian regime": a demonym and a government noun. */
function governmentAfter(doc: Doc, mention: Mention, inside: Range, country: Country): Mention | null {
  const noun = doc.tokens[inside.last + 1];
  if (!noun || !GOVERNMENT_NOUNS.has(noun.lower)) return null;
  return { ...mention, end: noun.end, name: { start: mention.start, end: noun.end }, type: 'organization', sure: true, ref: `gov/${country.iso3}`, country: country.iso3 };
}

/** "the Russians" as an actor: the plural of a demonym after "the" stands for the government. */
function demonymActor(doc: Doc, mention: Mention, inside: Range, text: string, country: Country): Mention | null {
  if (!text.endsWith('s') || doc.tokens[inside.first - 1]?.lower !== 'the') return null;
  return { ...mention, type: 'organization', sure: true, ref: `gov/${country.iso3}`, country: country.iso3 };
}

/**
 * Types every name mention. A demonym alone ("Russian officials") or nationalities joined by a hyphen
 * ("Anglo-Dutch") name no actor and are dropped; a demonym with a government noun becomes the government.
 */
export function typeMentions(doc: Doc): Mention[] {
  const out: Mention[] = [];
  const names: Named[] = [];
  for (const mention of doc.mentions) {
    if (mention.kind !== 'name') {
      out.push(mention);
      continue;
    }
    const inside = range(doc, mention);
    // "the German-US carmaker": nationalities joined by a hyphen describe; they name nothing.
    if (isNationalityCompound(doc.slice(mention))) continue;
    // "Scottish", "Welshmen", "Northern Irish", "Soviet": a region's or a former state's demonym names no actor.
    const whole = doc.slice(mention);
    if (regionByDemonym(whole) !== undefined && placesByName(whole).length === 0) continue;
    // A demonym is one word: "Russian", "Russians".
    const text = inside.first === inside.last ? whole : '';
    const demonym = text === '' ? undefined : countryByDemonym(text);
    if (demonym) {
      const government = governmentAfter(doc, mention, inside, demonym) ?? demonymActor(doc, mention, inside, text, demonym);
      if (government) {
        out.push(government);
        continue;
      }
      if (placesByName(text).length === 0) continue;
    }
    const found = typeOf(doc, mention, inside);
    mention.type = found.type;
    mention.sure = found.sure;
    mention.ref = found.ref;
    mention.country = found.country;
    out.push(mention);
    names.push({ mention, ...inside });
  }
  guessUnknown(doc, out);
  clubsByContext(doc, names);
  worksInContext(doc, names);
  const { mentions, credits } = withoutCredits(doc, out);
  doc.credits = credits;
  return mentions;
}

/**
 * A name of several words that nothing types is taken for a person when its last word is not an
 * ordinary English word (surnames rarely are: "Conleth Hill", "Natalie Press" are; "Snow Patrol",
 * "Best Buy" are not), and for something else otherwise. Both remain guesses (`sure` is false).
 */
function guessUnknown(doc: Doc, mentions: readonly Mention[]): void {
  const lastWord = (m: Mention): string => splitSpaces(doc.slice(m.name ?? m).toLowerCase()).at(-1) ?? '';
  const unknown = mentions.filter((m) => m.kind === 'name' && !m.sure && m.type === 'person' && /\s/.test(doc.slice(m.name ?? m)));
  const known = knownWords([...new Set(unknown.map(lastWord))].filter((w) => /^\p{L}+$/u.test(w)));
  for (const m of unknown) if (known.has(lastWord(m))) m.type = 'other';
}

/** Types name mentions. */
export const typesStage: Stage = {
  name: 'types',
  reads: ['tokens', 'mentions'],
  writes: ['mentions', 'credits'],
  run(doc: Doc) {
    doc.mentions = typeMentions(doc);
  },
};
