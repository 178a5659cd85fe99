/**
 * Praise and blame said of an actor: the manual's SUPPORT holds praise, its ACCUSE criticism, and a
 * speaker who says, thinks or finds a judgement of an actor makes it without a PLOVER verb: "Lee said
 * Kerr was a decent and dedicated servant" (SUPPORT), "Lee found Tarn's policies abhorrent", "Lee told
 * them the government was authoritarian" (ACCUSE/disapprove). The judged one is the subject of a
 * clause with "be" after a verb of saying or thinking, or the object of a judging verb ("found",
 * "described … as"), alone or as the owner of what is judged ("Tarn's policies"); a judgement denied
 * ("was not honest") is not read, as its sense is not plain. Saying the actor was guilty of a wrong
 * or behind an act of force ("believes Tarn's agents were behind the bombings") is the manual's informal
 * allegation, ACCUSE/allege.
 */
import type { Token } from '../../doc/document.js';
import { CUE_FORMS } from '../../lexicon/cues.js';
import { verbForms } from '../../lexicon/inflect.js';
import { AGENT_NOUNS, BLAME_WORDS, GUILT_WORDS, JUDGING_VERBS, PART_WORDS, PRAISE_WORDS, STANDS_FOR, type PloverCode } from '../../lexicon/plover.js';
import { findTriggers } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';
import type { CodedEvent } from './code.js';
import { letWarning, wrongAt, wrongedBy } from './wrongs.js';


const JUDGING: ReadonlySet<string> = new Set([...JUDGING_VERBS.flatMap((lemma) => verbForms(lemma, lemma === 'find' ? ['finds', 'found', 'finding'] : []))]);
const BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'remains', 'remained']);
const NOT: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'hardly', 'less']);
// Between the speaker and the verb: its auxiliaries and adverbs ("has also said").
const SPEAKER_GAP = new Set(['AUX', 'ADV', 'PART']);
// Between the verb and the judged one: "that", a determiner, a title ("said that the prime minister
// Lee"), the one told ("told BBC Radio's Today programme the government was"), a colon and a quotation
// mark opening what is said ('said: "Lee's comments are partial').
const REPORT_GAP = new Set(['SCONJ', 'DET', 'ADJ', 'NOUN', 'ADV', 'PROPN', 'NUM']);
const REPORT_MARKS = new Set([':', "'s", '’s', '"', '“', "'", '‘']);
const QUOTE_OPENERS = new Set(['"', '“', "'", '‘']);
/** How many words an introductory phrase at the start of a quotation may have ("Taken together,"). */
const INTRO_REACH = 4;
/** How many words an apposition after the speaker may have (", the president of the Family Division,"). */
const APPOSITION_REACH = 12;
/** How many words the owned thing after the judged one may have ("Tarn's economic policies"). */
const OWNED_REACH = 3;
/** How many words after "be" or the judged one a judgement word may stand ("was a decent, fair-minded and dedicated servant"). */
const JUDGEMENT_REACH = 8;
/** How many words after "behind" or "responsible" the act of force may stand ("behind the two arson attacks"). */
const PART_REACH = 6;
/** The acts whose doer is accused when another says an actor was behind them: force and coercion. */
const WRONGS: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);
const CLAUSE_ENDS = new Set(['.', ';', ':', '?', '!', 'but', 'because', 'although', 'while', 'which', 'who']);

/**
 * The index after an apposition that opens at i (", the president of the Family Division,"), or i:
 * the speaker's description, which holds no verb.
 */
function appositionEnd(tokens: readonly Token[], i: number, limit: number): number {
  if (tokens[i]?.lower !== ',') return i;
  for (let j = i + 1; j < Math.min(limit, i + APPOSITION_REACH); j++) {
    const token = tokens[j] as Token;
    if (token.lower === ',') return j + 1;
    if (token.pos === 'VERB' || token.pos === 'AUX' || CLAUSE_ENDS.has(token.lower)) return i;
  }
  return i;
}

/**
 * The verb of saying, thinking or judging between the two actors, whether it judges its object itself,
 * and the index of a wrong said to be done by the second actor as the agent of a passive ("claims he
 * has been betrayed by", wrongs.ts), else -1; or null.
 */
function reportingVerb(tokens: readonly Token[], first: TokenRange, second: TokenRange): { judging: boolean; wronged: number } | null {
  // "A Velan Party MP believes": the nouns after the speaker that name who speaks for it.
  let i = appositionEnd(tokens, afterAgents(tokens, first.last + 1), second.first);
  while (i < second.first && SPEAKER_GAP.has((tokens[i] as Token).pos)) i++;
  const verb = tokens[i];
  if (verb === undefined || i >= second.first || !(verb.pos === 'VERB' || presentTaggedNoun(tokens, first, i))) return null;
  const judging = JUDGING.has(verb.lower);
  const kind = CUE_FORMS.get(verb.lower)?.kind;
  if (!judging && kind !== 'speech' && kind !== 'belief') return null;
  for (let j = i + 1; j < second.first; j++) {
    const token = tokens[j] as Token;
    if (QUOTE_OPENERS.has(token.lower)) j = introEnd(tokens, j + 1, second.first) - 1;
    // 'said: "Don't let the Tories wreck it"': a warning not to let the one after it act.
    else if (letWarning(tokens, j)) continue;
    else if (!REPORT_GAP.has(token.pos) && !REPORT_MARKS.has(token.lower) && token.lower !== 'that') {
      const wronged = wrongedBy(tokens, j, second.first);
      return wronged < 0 ? null : { judging, wronged };
    }
  }
  return { judging, wronged: -1 };
}

/**
 * Whether the word at i, right after the speaker, is a verb of the present the tagger took for a noun
 * ("Lee claims she was misled": "claims" stands where the speaker's verb does), not the head of a
 * noun phrase: one a verb follows ("Lee claims were rejected"), or one the speaker's name opens after
 * a preposition or a determiner ("hit back at Labour claims that she had misled voters": rebuttal.ts).
 */
function presentTaggedNoun(tokens: readonly Token[], speaker: TokenRange, i: number): boolean {
  const word = tokens[i] as Token;
  const next = tokens[i + 1];
  const before = tokens[speaker.first - 1]?.pos;
  if (before === 'ADP' || before === 'DET') return false;
  return word.pos === 'NOUN' && word.lower.endsWith('s') && CUE_FORMS.has(word.lower) && next !== undefined && next.pos !== 'VERB' && next.pos !== 'AUX';
}

/**
 * The index after an introductory phrase that opens a quotation at i and ends with a comma before
 * the judged one ('said: "Taken together, Lee's comments are partial"', '"Frankly, Lee is a liar"'),
 * or i when there is none.
 */
function introEnd(tokens: readonly Token[], i: number, limit: number): number {
  for (let j = i; j < Math.min(limit, i + INTRO_REACH + 1); j++) {
    const token = tokens[j] as Token;
    if (token.lower === ',') return j + 1;
    if (CLAUSE_ENDS.has(token.lower) || QUOTE_OPENERS.has(token.lower)) return i;
  }
  return i;
}

/**
 * The index after the judged one and what of theirs is judged, a noun that stands for what they say
 * and do ("Tarn's policies", "Lee's comments"; not "Lee's resignation was a good opportunity"), or -1.
 */
function afterJudged(tokens: readonly Token[], second: TokenRange): number {
  const next = tokens[second.last + 1]?.lower;
  if (next !== "'s" && next !== '’s') return afterAgents(tokens, second.last + 1);
  let i = second.last + 2;
  while (i <= second.last + 1 + OWNED_REACH && (tokens[i]?.pos === 'NOUN' || tokens[i]?.pos === 'ADJ')) i++;
  return STANDS_FOR.has(tokens[i - 1]?.lower ?? '') ? i : -1;
}

/**
 * The index after the nouns that name who acts for the judged one ("UK security services were
 * involved": the agents act for the UK), or `at` when none follow.
 */
function afterAgents(tokens: readonly Token[], at: number): number {
  let i = at;
  // An agent written in capitals is one too ("A Velan Party MP believes").
  while (i < at + OWNED_REACH && (tokens[i]?.pos === 'NOUN' || tokens[i]?.pos === 'ADJ' || AGENT_NOUNS.has(tokens[i]?.lower ?? ''))) i++;
  return i > at && AGENT_NOUNS.has(tokens[i - 1]?.lower ?? '') ? i : at;
}

/**
 * The judgement a first actor says, thinks or finds of the second one, or null: "Lee said Kerr was a
 * decent servant", "Lee found Tarn's policies 'abhorrent'", "Lee described Kerr as a liar".
 */
export function judgement(tokens: readonly Token[], sentence: TokenRange, first: TokenRange, second: TokenRange): CodedEvent | null {
  const verb = reportingVerb(tokens, first, second);
  if (!verb) return null;
  if (verb.wronged >= 0) return judged('ACCUSE', 'disapprove', verb.wronged);
  let i = afterJudged(tokens, second);
  if (i < 0) return null;
  // "had been", "would be": auxiliaries before "be".
  while (tokens[i]?.pos === 'AUX' && !BE.has((tokens[i] as Token).lower) && i < second.last + 4) i++;
  // "said the Tories would wreck the economy": a wrong the judged one does.
  if (wrongAt(tokens, i)) return judged('ACCUSE', 'disapprove', i);
  const be = BE.has(tokens[i]?.lower ?? '');
  if (be) i++;
  else if (!verb.judging) return null;
  else if (tokens[i]?.lower === 'as') i++;
  for (let j = i; j <= Math.min(sentence.last, i + JUDGEMENT_REACH); j++) {
    const token = tokens[j] as Token;
    if (CLAUSE_ENDS.has(token.lower) || NOT.has(token.lower) || (token.pos === 'VERB' && !token.lower.endsWith('ed'))) return null;
    if (PRAISE_WORDS.has(token.lower)) return judged('SUPPORT', null, j);
    if (BLAME_WORDS.has(token.lower)) return judged('ACCUSE', 'disapprove', j);
    if (GUILT_WORDS.has(token.lower) || (PART_WORDS.has(token.lower) && partInWrong(tokens, j, sentence))) return judged('ACCUSE', 'allege', j);
  }
  return null;
}

/**
 * Whether an act of force or coercion follows a word of taking part ("was behind the bombings",
 * "responsible for the arrests"; not "was involved in the talks"): saying so accuses its doer.
 */
function partInWrong(tokens: readonly Token[], at: number, sentence: TokenRange): boolean {
  const last = Math.min(sentence.last, at + PART_REACH);
  return at < last && findTriggers(tokens, at + 1, last).some((t) => t.code !== null && WRONGS.has(t.code));
}

// A judgement is said, so asserted; a denied one is not read (see above). An event said at one word.
export function judged(code: PloverCode, mode: string | null, at: number): CodedEvent {
  const trigger = { first: at, last: at };
  return { code, mode, trigger, reciprocal: false, partnerObject: false, lightVerb: null, negated: false, modality: 'asserted', plover: code };
}
