/**
 * The PLOVER event lexicon: patterns of lemmas for the 16 categories with their modes, light verbs,
 * and the words of modality and negation, loaded from plover.json with every inflected form generated.
 */
import data from './plover.json' with { type: 'json' };
import { inflect } from './inflect.js';

/** The 16 PLOVER event categories. */
export const PLOVER_CODES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

/** A PLOVER event category. */
export type PloverCode = (typeof PLOVER_CODES)[number];

/** How an event is asserted: as fact, as a possibility, a plan, a habit, a hypothesis or a request. */
export type Modality = 'asserted' | 'possible' | 'planned' | 'habitual' | 'hypothetical' | 'requested';

/** One word of a pattern: a lemma, an optional required tag, and whether a gap may come before it. */
export interface PatternWord {
  lemma: string;
  pos: 'VERB' | 'NOUN' | null;
  gapBefore: boolean;
  /**
   * Other lemmas that may stand for the last word, from patterns that differ only there ("lift ~
   * ban", "lift ~ sanction"): one scan of the gap finds any of them. Null for one lemma.
   */
  others: ReadonlySet<string> | null;
}

/** An event pattern: its words, the category and mode it codes, and whether it is a light verb. */
export interface EventPattern {
  words: readonly PatternWord[];
  /**
   * The category; for a light verb its fallback, or null when it codes nothing by itself; null for
   * a phrase that is no event ("took over the presidency").
   */
  code: PloverCode | null;
  mode: string | null;
  /** A light verb takes its meaning from an event word after it ("launched an attack"). */
  light: boolean;
  /** An act done together ("met", "signed a deal"): actors coordinated before it are each other's partners. */
  reciprocal: boolean;
  /** A reciprocal verb whose object is the partner ("Berg and Lee met the envoy": not each other). */
  partnerObject: boolean;
  /** A light verb whose fallback holds only when the other actor is its object ("received the envoy"). */
  personObject: boolean;
}

/** A phrase of lemmas that must follow each other ("rule out", "plan to"), each maybe with a tag ("plan/VERB"). */
export type Phrase = readonly PatternWord[];

/** Whether a string is one of the 16 PLOVER categories. */
export function isPloverCode(value: unknown): value is PloverCode {
  return typeof value === 'string' && (PLOVER_CODES as readonly string[]).includes(value);
}

const isCode = isPloverCode;

const RECIPROCAL: ReadonlySet<string> = new Set(data.reciprocal);
const PARTNER_OBJECT: ReadonlySet<string> = new Set(data.partnerObject);
const PERSON_OBJECT: ReadonlySet<string> = new Set(data.personObject);

function parsePattern(text: string, code: PloverCode | null, mode: string | null, light: boolean): EventPattern {
  const words: PatternWord[] = [];
  let gap = false;
  for (const part of text.split(' ')) {
    if (part === '~') {
      gap = true;
      continue;
    }
    const [lemma = part, tag] = part.split('/');
    const pos = tag === 'VERB' || tag === 'NOUN' ? tag : null;
    if (tag !== undefined && pos === null) throw new Error(`plover.json: unknown tag "${tag}" in pattern "${text}"`);
    words.push({ lemma, pos, gapBefore: gap, others: null });
    gap = false;
  }
  const reciprocal = RECIPROCAL.has(text);
  const partnerObject = reciprocal && PARTNER_OBJECT.has(words[0]?.lemma ?? '');
  return { words, code, mode, light, reciprocal, partnerObject, personObject: light && PERSON_OBJECT.has(text) };
}

function buildPatterns(): EventPattern[] {
  const patterns: EventPattern[] = [];
  for (const [code, entries] of Object.entries(data.codes)) {
    if (!isCode(code)) throw new Error(`plover.json: unknown category "${code}"`);
    for (const [text, mode] of Object.entries(entries as Record<string, string | null>)) patterns.push(parsePattern(text, code, mode, false));
  }
  for (const [text, fallback] of Object.entries(data.light as Record<string, Array<string | null> | null>)) {
    const code = fallback?.[0] ?? null;
    if (code !== null && !isCode(code)) throw new Error(`plover.json: unknown fallback category "${code}" for "${text}"`);
    patterns.push(parsePattern(text, code, fallback?.[1] ?? null, true));
  }
  for (const text of data.none) patterns.push(parsePattern(text, null, null, false));
  return mergeLastWords(patterns);
}

// What a pattern is but for the lemma of its last word.
function keyBeforeLast(p: EventPattern): string {
  const last = p.words[p.words.length - 1] as PatternWord;
  const words = p.words.slice(0, -1).map((w) => `${w.lemma}/${w.pos}/${w.gapBefore}`);
  return JSON.stringify([p.code, p.mode, p.light, p.reciprocal, p.partnerObject, p.personObject, words, last.pos, last.gapBefore]);
}

/** Patterns that differ only in their last word's lemma, as one pattern whose last word has the others. */
function mergeLastWords(patterns: readonly EventPattern[]): EventPattern[] {
  const merged = new Map<string, EventPattern>();
  for (const [index, p] of patterns.entries()) {
    const key = p.words.length > 1 ? keyBeforeLast(p) : `one word, pattern ${index}`;
    const known = merged.get(key);
    if (!known) {
      merged.set(key, p);
      continue;
    }
    const last = known.words[known.words.length - 1] as PatternWord;
    const others = new Set(last.others ?? []);
    others.add(last.lemma);
    others.add((p.words[p.words.length - 1] as PatternWord).lemma);
    // Written out as parsePattern writes them, not spread: every pattern keeps one shape, so the trigger
    // search reading them stays monomorphic (spread copies took another shape and deoptimised it).
    const word: PatternWord = { lemma: last.lemma, pos: last.pos, gapBefore: last.gapBefore, others };
    const { code, mode, light, reciprocal, partnerObject, personObject } = known;
    merged.set(key, { words: [...known.words.slice(0, -1), word], code, mode, light, reciprocal, partnerObject, personObject });
  }
  return [...merged.values()];
}

/** Every pattern of the lexicon: event patterns, light verbs and phrases that are no event. */
export const EVENT_PATTERNS: readonly EventPattern[] = buildPatterns();

/** Phrases written as patterns without gaps ("rule out", "plan/VERB"). */
export const phrases = (list: readonly string[]): Phrase[] => list.map((p) => parsePattern(p, null, null, false).words);

/** Words that give an event its modality, by modality. */
export const MODALITY_PHRASES: ReadonlyMap<Exclude<Modality, 'asserted'>, readonly Phrase[]> = new Map([
  ['planned', phrases(data.modality.planned)],
  ['possible', phrases(data.modality.possible)],
  ['habitual', phrases(data.modality.habitual)],
  ['hypothetical', phrases(data.modality.hypothetical)],
  ['requested', phrases(data.modality.requested)],
]);

/** Infinitives that make the event noun before them a plan ("a meeting to be held"). */
export const PLANNED_AFTER_NOUN: readonly Phrase[] = phrases(data.plannedAfterNoun);

/** Words that open a question about the event ("whether", "asked if"): it is possible, not hypothetical. */
export const QUESTIONS: readonly Phrase[] = phrases(data.questions);

/** Words that negate an event ("not", "never", "no", "failed to"). */
export const NEGATION_PHRASES: readonly Phrase[] = phrases(data.negation.markers);

/** Phrases that, right before an event's first actor, deny the event ("denied that Lee met Kerr"). */
export const DENIALS: readonly Phrase[] = phrases(data.negation.denials);

/** Verbs that turn a negation into a possibility ("did not rule out"), and negate when alone ("ruled out"). */
export const NEGATION_CANCELLERS: readonly Phrase[] = phrases(data.negation.cancellers);

/** Patterns whose grammatical subject is the target ("received an invitation from"): the verb, then the event noun. */
export const FLIP_PATTERNS: readonly EventPattern[] = mergeLastWords(data.flip.map((text) => parsePattern(text, null, null, false)));

/** Triggers that in a sentence about a match or a prize name a contest ("beat Roddick in the final"), and the words of such sentences. */
export const CONTEST_TRIGGERS: readonly Phrase[] = phrases(data.contest.triggers);
export const CONTEST_WORDS: ReadonlySet<string> = new Set(data.contest.words);
/** Verbs of a placing and the ordinals after them ('came second'): they make a sentence one about a contest. */
export const PLACING_VERBS: ReadonlySet<string> = new Set(data.contest.placings.verbs);
/** The ordinals of a placing ('second', 'third'; not 'last', as in 'came last week'). */
export const PLACING_ORDINALS: ReadonlySet<string> = new Set(data.contest.placings.ordinals);
/** Words of an election race, in whose sentence the electoral triggers name a race, no event ("challenge Labour in its heartlands"). */
export const ELECTORAL_WORDS: readonly string[] = data.contest.electoral;
export const ELECTORAL_TRIGGERS: readonly Phrase[] = phrases(data.contest.electoralTriggers);
/** Goods that are sold, not given: supplying them is trade (COOPERATE), not AID ("to supply barrels of fuel oil"). */
export const COMMODITIES: ReadonlySet<string> = new Set(data.commodities);
/** Words of a conviction: told with a sentence of prison, COERCE (see code.ts). */
export const CONVICTIONS: readonly string[] = data.convictions;

/** The words of a military exercise, and what makes one joint: see plover.json 'exercises'. */
export const EXERCISE_WORDS: readonly string[] = data.exercises.words;
/** Words before an exercise that make it joint ("joint manoeuvres", "bilateral drills"). */
export const JOINT_WORDS: ReadonlySet<string> = new Set(data.exercises.joint);
/** Words after an exercise that name its partner ("drills with Tarn"). */
export const EXERCISE_PARTNERS: ReadonlySet<string> = new Set(data.exercises.partners);
/** Nouns of a person's family in the plural and private relations ('parents', 'lawyer'), besides words.json's kin: their possessor is no party to an act on them. */
export const PRIVATE_RELATIONS: ReadonlySet<string> = new Set(data.relations);
/** Nouns after an actor that name who acts for it ("a Velan Party spokesman", "Tarn's troops"). */
export const AGENT_NOUNS: ReadonlySet<string> = new Set(data.agents);
/**
 * Nouns that stand for an actor or what it holds, says and does (the agents among them): a country
 * before a common noun acts only before these or an event word ("US policy"; not "the Iraq war").
 */
export const STANDS_FOR: ReadonlySet<string> = new Set([...data.agents, ...data.standsFor]);
/** Words of praise and of blame said of an actor ("said Lee was a decent servant": SUPPORT; "found Tarn's policies abhorrent": ACCUSE). */
export const PRAISE_WORDS: ReadonlySet<string> = new Set(data.judgements.praise);
export const BLAME_WORDS: ReadonlySet<string> = new Set(data.judgements.blame);
/** The verbs of a wrong done ("betray", "mislead", "wreck"): said of an actor, blame (ACCUSE/disapprove). */
export const WRONG_VERBS: readonly string[] = data.judgements.wrongs;
/** Words that accuse the actor judged of a wrong ("said Lee was complicit"): ACCUSE/allege. */
export const GUILT_WORDS: ReadonlySet<string> = new Set(data.judgements.guilt);
/** Words that accuse the actor judged of a part in an act of force named after them ("was behind the bombings"). */
export const PART_WORDS: ReadonlySet<string> = new Set(data.judgements.part);
/** Verbs whose object and its description need no "be" ("found Tarn's policies abhorrent", "described Lee as a liar"). */
export const JUDGING_VERBS: readonly string[] = data.judging;
/** THREATEN words of warning, no threat when what they warn of is a danger ("warned Lee that the war could be illegal"). */
export const WARNINGS: readonly string[] = data.warnings;
/** Nouns of a party's following and its ground, which never stand for it ("Labour supporters", "62 Labour rebels"). */
export const PARTY_FOLLOWERS: ReadonlySet<string> = new Set(data.partyFollowers);
/** Modals that make a clause announce an act: a warning's clause with a pronoun subject threatens only with one ("warned it will retaliate"). */
export const ANNOUNCING: ReadonlySet<string> = new Set(data.announcing);
/** ASSAULT words of any conflict, one of words between actors that cannot use force ("clashed with the Commission"). */
export const DISPUTES: readonly string[] = data.disputes;
/** Words of a contest between rivals ('battle', 'challenge'): between two organisations of no politics, rivalry in the market. */
export const RIVALRY_WORDS: readonly string[] = data.rivalry;
/** Words of the law that make a battle between organisations a legal one ('a legal battle', 'a court challenge'). */
export const LEGAL_WORDS: ReadonlySet<string> = new Set(data.legal);
/** Verbs whose subject, a work, shows what its object does in the story ('That film saw Jason battle Freddy Krueger'). */
export const DEPICTING: readonly string[] = data.depicting;
/** Nouns of civilians gathered in public ('protesters', 'supporters'): a clash with them is a riot, PROTEST. */
export const CROWDS: ReadonlySet<string> = new Set(data.crowds);
/** Verbs whose passive without "by" names the host of the occasion as the doer ("invited to Kerr's inauguration"). */
export const HOST_INVITES: readonly string[] = data.hostInvites;
/** ASSAULT words that are criticism when words are their weapon ("attacked Lee for failing to act"). */
export const VERBAL_ATTACKS: readonly string[] = data.verbalAttacks;
/** Verbs whose object is the topic, the partner coming with "with" ("discussed Tarn's plans with Lee"). */
export const TOPIC_OBJECT: readonly string[] = data.topicObject;
/** Nouns whose "of" names who would undergo what a request asks ("the release of Lee"), not who is asked. */
export const REQUESTED_PATIENTS: readonly string[] = data.requestedPatients;
/** Adverbs that make an attack one of words ("attacked Lee politically"): ACCUSE. */
export const VERBAL_ADVERBS: ReadonlySet<string> = new Set(data.verbalAdverbs);
/** Words of money and goods: support given as these is material, AID (see plover.json). */
export const MATERIAL_WORDS: ReadonlySet<string> = new Set(data.material);
/** Words before a support word that make it material ("financial and logistical support"): AID. */
export const MATERIAL_KINDS: ReadonlySet<string> = new Set(data.materialKinds);
/** The words of a news outlet's name: speaking to one is an interview, no CONSULT. */
export const MEDIA_WORDS: ReadonlySet<string> = new Set(data.media);
/** The nouns of a firm's people ("executives", "shareholders"): a trip to meet them is the firm's to host, no visit to a country. */
export const FIRM_PEOPLE: ReadonlySet<string> = new Set(data.firmPeople);
/** What one meets by satisfying it ("meet his target", "met the deadline"): no meeting. */
export const MET_STANDARDS: ReadonlySet<string> = new Set(data.metStandards);
/** Words after which "at" names whom an act is aimed at, not where it is done ("lashed out at Labour"). */
export const AIMED_AT: ReadonlySet<string> = new Set(data.aimedAt);
/** Nouns of what an actor claims of another: rejected by the one it is about, an allegation (see rebuttal.ts). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(data.claims);
/** Lenders: support that they give is lending, material, AID ("receive IMF support", "support from the World Bank"). */
export const LENDERS: ReadonlySet<string> = new Set(data.lenders);
/** Nouns of legal action whose country before them is where it is brought ("a US lawsuit"): see forum.ts. */
export const JURISDICTION_NOUNS: readonly string[] = data.forums.jurisdiction;
/** Nouns of legal action whose "with" names where it is lodged ("a complaint with the EEOC"): see forum.ts. */
export const LODGED_NOUNS: readonly string[] = data.forums.lodged;
/** Words of likelihood that before a clause make its event possible ("it was unlikely he would give"). */
export const POSSIBLE_CLAUSES: ReadonlySet<string> = new Set(data.possibleClauses);
/** Nouns whose clause says what is claimed or feared ("the suggestion Britain's hospitality was tested"): see clause-party.ts. */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set(data.contentNouns);
/** The forms of the verbs of claim: what they report is possible, not asserted. */
export const CLAIM_VERBS: ReadonlySet<string> = new Set(data.claimVerbs);
/** Words that open a clause of time after the act ("until the Labour manifesto had been published"): see clause-party.ts. */
export const TIME_CLAUSES: ReadonlySet<string> = new Set(data.timeClauses);
/** Verbs of ordering ("ordered", "instructed"): see COERCED_BY_ORDER. */
export const ORDER_VERBS: readonly string[] = data.orders.verbs;
/** The acts that make an order coercion, with their COERCE mode ("ordered Lee jailed": arrest). */
export const COERCED_BY_ORDER: ReadonlyMap<string, string> = new Map(Object.entries(data.orders.coerced));
/** Of those, the acts whose doer is the one restricted ("ordered them to leave"); the others restrict their object. */
export const UNDERGONE_BY_DOER: ReadonlySet<string> = new Set(data.orders.undergone);
/** Words that after the one asked make asking a question, no request ("asked Lee what had happened"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(data.questionWords);
/** Verbs whose object is a reported clause, not an act of their subject ("said a meeting would …"). */
export const REPORTING_VERBS: readonly string[] = data.reporting;
/** Words of sport and the charts: an article with three different ones is about a contest throughout. */
export const SPORT_WORDS: ReadonlySet<string> = new Set(data.contest.sport);

/** Event nouns whose "from" names who acted ("concessions from Lee", "support from Tarn"). */
export const FROM_SOURCE_NOUNS: readonly string[] = data.fromSource;

/** Event nouns whose "of" names who acted ("the resignation of Lee", "a withdrawal of Tarn's troops"). */
export const OF_SOURCE_NOUNS: readonly string[] = data.ofSource;

/** Categories of cooperation, whose announced intention PLOVER codes AGREE. */
export const COOPERATIVE: ReadonlySet<PloverCode> = new Set(data.cooperative.filter(isCode));

/** Categories of material conflict, whose announced intention PLOVER codes THREATEN. */
export const MATERIAL_CONFLICT: ReadonlySet<PloverCode> = new Set(data.materialConflict.filter(isCode));

function buildForms(): Map<string, string[]> {
  const lemmas = new Set<string>();
  for (const pattern of [...EVENT_PATTERNS, ...FLIP_PATTERNS]) for (const w of pattern.words) for (const l of w.others ?? [w.lemma]) lemmas.add(l);
  for (const list of [...MODALITY_PHRASES.values(), PLANNED_AFTER_NOUN, QUESTIONS, CONTEST_TRIGGERS, ELECTORAL_TRIGGERS, DENIALS, NEGATION_PHRASES, NEGATION_CANCELLERS]) for (const p of list) for (const w of p) lemmas.add(w.lemma);
  // The acts an order may impose are read by their forms too ("ordered them deported").
  for (const l of Object.keys(data.orders.coerced)) lemmas.add(l);
  // So are the verbs of a work's story ("That film saw Jason battle Freddy Krueger").
  for (const l of data.depicting) lemmas.add(l);
  // And the verbs of a wrong done ("had betrayed", "misled").
  for (const l of data.judgements.wrongs) lemmas.add(l);
  const irregular = data.irregular as Record<string, string[]>;
  const forms = new Map<string, string[]>();
  const add = (form: string, lemma: string): void => {
    if (form === lemma) return;
    const known = forms.get(form);
    if (!known) forms.set(form, [lemma]);
    else if (!known.includes(lemma)) known.push(lemma);
  };
  for (const lemma of lemmas) for (const form of irregular[lemma] ?? inflect(lemma)) add(form, lemma);
  // Irregular lemmas used only as other words' forms ("held" for "hold") still map.
  for (const [lemma, list] of Object.entries(irregular)) for (const form of list) add(form, lemma);
  return forms;
}

/** Inflected form (lower-case) → the lexicon lemmas it may be a form of; a lemma itself is not listed. */
export const LEMMA_FORMS: ReadonlyMap<string, readonly string[]> = buildForms();

/** Lemma → its inflected forms: LEMMA_FORMS the other way round. */
const FORMS_OF = new Map<string, string[]>();
for (const [form, lemmas] of LEMMA_FORMS) {
  for (const lemma of lemmas) {
    const forms = FORMS_OF.get(lemma);
    if (forms === undefined) FORMS_OF.set(lemma, [form]);
    else forms.push(form);
  }
}

/** The lower-case words that are one of some lemmas or an inflected form of one ("visit", "visits", "visited", …). */
export function lemmasAndForms(lemmas: ReadonlySet<string>): string[] {
  return [...lemmas].flatMap((lemma) => [lemma, ...(FORMS_OF.get(lemma) ?? [])]);
}

/** Whether a word (lower case, with its tag) is the lemma of a pattern word or a form of it, with the tag it asks for. */
export function matchesWord(lower: string, pos: string, word: PatternWord): boolean {
  if (!tagFits(pos, word)) return false;
  const others = word.others;
  if (others === null) return isFormOf(lower, word.lemma);
  if (others.has(lower)) return true;
  const lemmas = LEMMA_FORMS.get(lower);
  if (lemmas !== undefined) for (const lemma of lemmas) if (others.has(lemma)) return true;
  return false;
}

/** Whether a tag is the one a pattern word asks for, if any (a verb may be tagged AUX, a noun PROPN). */
export function tagFits(pos: string, word: PatternWord): boolean {
  if (word.pos === 'VERB') return pos === 'VERB' || pos === 'AUX';
  if (word.pos === 'NOUN') return pos === 'NOUN' || pos === 'PROPN';
  return true;
}

/** Whether a lower-case word is the lemma or an inflected form of it. */
export function isFormOf(word: string, lemma: string): boolean {
  return word === lemma || (LEMMA_FORMS.get(word)?.includes(lemma) ?? false);
}
