/** Words that tell what a capitalised name denotes: name heads, party names, given names. */
import heads from './name-heads.json' with { type: 'json' };
import given from './given-names.json' with { type: 'json' };
import orgNames from './org-names.json' with { type: 'json' };
import clubs from './clubs.json' with { type: 'json' };
import { fold } from '../text/fold.js';

/** Last words of names of things that are neither people nor organisations ("Act", "Cup", "Inquiry"). */
export const OTHER_HEADS: ReadonlySet<string> = new Set(heads.other);
/** Words that alone name a thing, though written in capitals ("TV", "HIV", "SMS"), lower-cased. */
export const THINGS: ReadonlySet<string> = new Set(heads.things);
/** Last words of names of places ("Street", "River", "Airport"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(heads.place);
/** First words of names of places ("Fort", "Mount", "Lake", "Port"), lower-cased. */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(heads.placeOpeners);
/** Party names and their members' plurals, lower-cased ("labour", "tories", "lib dems"). */
export const PARTIES: ReadonlySet<string> = new Set(heads.parties);
/** Words that open a numbered part of a law or a text ("Title IV", "Article 5"), lower-cased. */
export const SECTIONS: ReadonlySet<string> = new Set(heads.sections);
/** Words for a saint opening a name ("St Helens", "Saint-Denis"): a town, a church or a club is named after one, never a living person. */
export const SAINTS: ReadonlySet<string> = new Set(heads.saints);
/** Words for a religion or its followers ("Christian", "Sunni"): adjectives and groups, not people's names. */
export const RELIGIONS: ReadonlySet<string> = new Set(heads.religions);
/** Lower-case openings before a capital inside a person's name ("McMasters", "DeLillo"), lower-cased. */
export const SURNAME_PREFIXES: ReadonlySet<string> = new Set(heads.surnamePrefixes);
/** Nouns that after a demonym denote a government ("the Russian government", "the Iranian regime"). */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(heads.government);

/** The usual gender of a given name's bearers. */
export type NameGender = 'female' | 'male' | 'either';

const GIVEN = new Map<string, NameGender>();
for (const gender of ['female', 'male', 'either'] as const) {
  for (const name of given[gender]) GIVEN.set(fold(name).toLowerCase(), gender);
}

/** Korean, Chinese and Vietnamese family names before a hyphenated given name ("Ban Ki-moon"), lower-cased. */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(given.eastAsianSurnames.map((name) => name.toLowerCase()));

/** The gender of a given name ("Patricia" → female), matched without case or diacritics; undefined for a word that is none. */
export function givenName(word: string): NameGender | undefined {
  return GIVEN.get(fold(word).toLowerCase());
}

/** Lower-cased words of a list, each without a closing full stop ("f.c." → "f.c"), as names are read. */
function wordSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map((w) => (w.endsWith('.') ? w.slice(0, -1) : w)));
}

/** Words that open a sports club's name ("FC Porto", "Dynamo Kiev", "Real Madrid"). */
export const TEAM_FIRST: ReadonlySet<string> = wordSet(orgNames.teamFirst);
/** Words that close a sports club's name whatever precedes them ("Ajax FC", "Leeds United"). */
export const TEAM_LAST: ReadonlySet<string> = wordSet(orgNames.teamLast);
/** Words that close a club's name only after a city's name ("Manchester City"; "Kansas City" is a place). */
export const TEAM_AFTER_PLACE: ReadonlySet<string> = wordSet(orgNames.teamAfterPlace);
/** Sports clubs known by a name no word of it gives away ("Arsenal", "Juventus"), lower-cased. */
export const CLUBS: ReadonlySet<string> = new Set(clubs.clubs.map((name) => name.toLowerCase()));
/** Clubs whose name is also a town's, a province's or a surname ("Bolton", "Munster"): clubs only in a report on sport, lower-cased. */
export const SPORT_CLUBS: ReadonlySet<string> = new Set(clubs.inSport.map((name) => name.toLowerCase()));
/** Legal forms and business words that close a company's name ("Siemens AG", "Acme Pharmaceuticals"). */
export const COMPANY_LAST: ReadonlySet<string> = wordSet(orgNames.companyLast);
/** Words that close a public body's or an association's name, which may join two words of its remit ("Food and Drug Administration"). */
export const BODY_HEADS: ReadonlySet<string> = new Set(orgNames.bodyHeads);
/** News agencies and broadcasters known by a bare name ("Reuters", "Interfax"), lower-cased. */
export const MEDIA: ReadonlySet<string> = new Set(orgNames.media);
/** Well-known companies and brands named without a head word ("gazprom", "merrill lynch"), lower-cased, a possessive's apostrophe in either form ("mcdonald's", "mcdonald’s"). */
export const COMPANIES: ReadonlySet<string> = new Set(orgNames.companies.flatMap((name) => [name.toLowerCase(), name.toLowerCase().replace(/'/g, '’')]));
/** Companies named by an ordinary word ("Apple", "Shell"), lower-cased: the company when named alone, not after "the". */
export const WORD_COMPANIES: ReadonlySet<string> = new Set(orgNames.wordCompanies.map((name) => name.toLowerCase()));
/** Nouns of a company that, right before an acronym a country bears too, make it the company ("security firm RSA"). */
export const COMPANY_NOUNS_BEFORE: ReadonlySet<string> = new Set(orgNames.companyNounsBefore);
/** Common nouns that, right before a name, make it an organisation ("the daily Gazeta Wyborcza", "club Sion"). */
export const ORG_NOUNS_BEFORE: ReadonlySet<string> = new Set(orgNames.nounsBefore);
/** Nouns that, right after a name, make it an organisation ("the Yedioth Ahronoth daily", "Leeds manager"). */
export const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set(orgNames.nounsAfter);
/** Nouns that name a newspaper or a magazine ("the paper said"). */
export const PRESS_NOUNS: ReadonlySet<string> = new Set(orgNames.pressNouns);
/** Nouns of what a body does for others ("the watchdog"): they name only a body the article called so. */
export const ROLES_ONLY: ReadonlySet<string> = new Set(orgNames.rolesOnly);
/** Last words of a paper's name ("Financial Times", "Daily Mail"). */
export const PRESS_HEADS: ReadonlySet<string> = new Set(orgNames.pressHeads);
/** Last words of a public body's name ("Court of Appeal", "Securities and Exchange Commission"). */
export const PUBLIC_HEADS: ReadonlySet<string> = new Set(orgNames.publicHeads);
/** Nouns that, right after a name nothing else types, make it a company ("Velder shares"; "Tokyo shares" are a market's). */
export const COMPANY_NOUNS_AFTER: ReadonlySet<string> = new Set(orgNames.companyNounsAfter);
/** Words and phrases between the two sides of a match ("beat", "drew with", "v"), lower-cased. */
export const MATCH_WORDS: ReadonlySet<string> = new Set(orgNames.matchWords);
/** The match words before a side named alone in a list of fixtures ("May 17 v Northampton"). */
export const FIXTURE_WORDS: ReadonlySet<string> = new Set(orgNames.fixtureWords);
/** Words of a prize, a chart or a vote, whose contenders beat one another as people do ("Morrissey beat Eminem"). */
export const AWARD_WORDS: ReadonlySet<string> = new Set(orgNames.awardWords);
