/** Closed word classes and titles, as sets for fast lookup. */
import words from './words.json' with { type: 'json' };
import titles from './titles.json' with { type: 'json' };

/** Pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(words.speakerPronouns);
/** Pronouns that refer to people. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(words.personPronouns);
/** Relative pronouns ("Berg, who said"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(words.relativePronouns);
/** Words right before a quoted span that make it a name or a term, not a quotation. */
export const SCARE_INTRODUCERS: ReadonlySet<string> = new Set(words.scareIntroducers);
/** Adverbs and auxiliaries that may stand between a speaker and the cue ("also said", "has said"). */
export const CUE_ADVERBS: ReadonlySet<string> = new Set(words.cueAdverbs);
/** Nouns that make a name an organisation ("Ministry", "Council", "Party"). */
export const ORG_WORDS: ReadonlySet<string> = new Set(words.orgWords);
/** Day and month names and other time words, which are never speakers. */
export const TIME_WORDS: ReadonlySet<string> = new Set(words.timeWords);
/** Honorifics: short titles before a name ("Mr", "Dr"). */
export const HONORIFICS: ReadonlySet<string> = new Set(titles.honorifics);
/** Office words ("Minister", "President") and their modifiers ("Foreign", "Deputy"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...titles.offices, ...titles.modifiers, ...titles.honorifics]);
const SURNAME_HONORIFICS: ReadonlySet<string> = new Set(titles.surnameHonorifics);
const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(titles.addressedOffices);
/**
 * Whether a title word after an honorific that stands only before a surname is that surname: "Mr King",
 * "Mrs Bishop", "Ms Green", "Mr Major" — not a form of address or a contest's title ("Mr President",
 * "Miss World").
 */
export function surnameAfterHonorific(honorific: string, word: string): boolean {
  return SURNAME_HONORIFICS.has(honorific) && TITLE_WORDS.has(word) && !ADDRESSED_OFFICES.has(word);
}
/** The points of the compass, which open a region's name ("North Devon", "East Sussex"). */
export const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'north-east', 'north-west', 'south-east', 'south-west']);
/** Office words alone: the heads of titles. */
export const OFFICES: ReadonlySet<string> = new Set(titles.offices);
/** Offices a legislator holds beside another: "the Salford MP" may also be "the minister". */
export const SEATS: ReadonlySet<string> = new Set(titles.seats);
/** Words of one or two words that make a count approximate ("about half of voters", "more than 40 percent"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set(words.approximators);
/** Words that count people before "of" ("most of the candidates", "half of voters"). */
export const QUANTIFIERS: ReadonlySet<string> = new Set(words.quantifiers);
/** Words that open a subordinate clause before its subject ("after Berg said …", "as the paper reported"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(words.subordinators);
/** Conjunctions that join two clauses of one sentence ("said the talks failed and insisted …"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);
/** Words that stand alone for a group of speakers ("some said", "others say", "those surveyed say"). */
export const GROUP_SPEAKERS: ReadonlySet<string> = new Set(words.groupSpeakers);
/** Ordinary words the tagger's vocabulary lacks ("everything", "whilst"): never names by themselves. */
export const PLAIN_WORDS: ReadonlySet<string> = new Set(words.plainWords);
/** Nouns of the setting of a statement ("said in a statement", "told the BBC in an interview"). */
export const SETTING_NOUNS: ReadonlySet<string> = new Set(words.settingNouns);
/** What an actor issues in its own name, which speaks for its owner ("Velcor's statement said": Velcor). */
export const ISSUED_NOUNS: ReadonlySet<string> = new Set(words.issuedNouns);
/** Heads of labels that stand before a colon without being speakers ("The Latest:", "Editor's note:"). */
export const NOT_SPEAKERS: ReadonlySet<string> = new Set(words.notSpeakers);
/** Lower-case particles inside names ("da" in "Lula da Silva", "von der" in "von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(words.nameParticles);
/** Letters after a name that are not part of it ("QC", "MP", "Jr"). */
export const POSTNOMINALS: ReadonlySet<string> = new Set(words.postNominals);
/** Words after a surname that tell a generation or a regnal number ("Jr", "III"), lower-cased, without full stops: never a surname. */
export const GENERATIONS: ReadonlySet<string> = new Set(words.generations);
/** Titles and honorifics that tell a woman ("Mrs", "Queen"). */
export const FEMALE_TITLES: ReadonlySet<string> = new Set(words.femaleTitles);
/** Titles and honorifics that tell a man ("Mr", "King"). */
export const MALE_TITLES: ReadonlySet<string> = new Set(words.maleTitles);
/** Nouns that describe a woman ("spokeswoman", "sister"). */
export const FEMALE_NOUNS: ReadonlySet<string> = new Set(words.femaleNouns);
/** Nouns that describe a man ("spokesman", "brother"). */
export const MALE_NOUNS: ReadonlySet<string> = new Set(words.maleNouns);
/** Interjections and hesitations of speech ("Um", "Mhm", "Oh"), which open a sentence with a comma as a call does. */
export const INTERJECTIONS: ReadonlySet<string> = new Set(words.interjections);
/** Nouns of kin and friendship that put a person's name in apposition ("my friend Tavi", "his sister Ona"). */
export const RELATIONS: ReadonlySet<string> = new Set(words.relations);

/** The forms of "be", with their contractions ("'s", "'re"): before a participle, a passive. */
export const BE_FORMS: ReadonlySet<string> = new Set(words.beForms);
/** The forms of "be" written out, without the contractions ("is", "were", "been"). */
export const BE_WORDS: ReadonlySet<string> = new Set(words.beForms.filter((form) => /^[a-z]+$/.test(form)));
/** The tokens of a possessive after a name: "'s" and a lone apostrophe, straight or curly. */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(words.possessiveMarks);
/** The possessive ending as a token of its own ("Labour 's"), without the bare apostrophe of plurals. */
export const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", '’s']);

/** Whether a lower-cased word is an office in the plural ("senators", "ministers"): a group, never one person. */
export function pluralOffice(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && OFFICES.has(word.slice(0, -1));
}

/** Common nouns that describe one person ('a spokesman', 'an official', 'the witness'), with the offices, gendered nouns and relations. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([...words.personNouns, ...titles.offices, ...words.maleNouns, ...words.femaleNouns, ...words.relations]);
/** Nouns of one who speaks for a body and is most often never named ('the spokesman', 'the official'). */
export const UNNAMED_ROLES: ReadonlySet<string> = new Set(words.unnamedRoles);
/** Nouns by which news names again the person it has just told of ('the double Olympic champion', 'the Frenchman'). */
export const EPITHETS: ReadonlySet<string> = new Set(words.epithets);
/** A team's staff ('boss') and its players ('defender'): no one is both in one story. */
export const TEAM_STAFF: ReadonlySet<string> = new Set(words.teamStaff);
export const TEAM_PLAYERS: ReadonlySet<string> = new Set(words.teamPlayers);
