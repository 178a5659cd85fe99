/**
 * Whether the actor after an event word is no party to it, though it stands where the act's other
 * party would: the subject of what is said ("denied Lee said"), a topic ("talks about Tarn"), a name
 * given ("called Lee a liar"), the one who does what a noun names ("the resignation of Lee"), the one
 * a request is about ("appealed for the release of Lee"), the one asked a question, the owner of the
 * act's reason ("apologised for his comment"), or a noun in what is reported. Used by placement.ts.
 */
import type { Token } from '../../doc/document.js';
import { CUE_FORMS } from '../../lexicon/cues.js';
import { OF_SOURCE_NOUNS, QUESTION_WORDS, REPORTING_VERBS, REQUESTED_PATIENTS, TOPIC_OBJECT, isFormOf, lemmasAndForms } from '../../lexicon/plover.js';
import { TIME_WORDS } from '../../lexicon/words.js';
import type { TokenRange } from './02-qualifiers.js';
import type { CandidateEvent } from './code.js';

/**
 * Words that open a topic, not the target: "attacked the government over Tarn", "talks about Tarn";
 * after a consultation "on" too ("talks on Tarn's future"), which elsewhere names the target ("an attack on").
 */
export const TOPIC_WORDS = ['about', 'over', 'regarding', 'concerning'];
const CONSULT_TOPIC_WORDS = [...TOPIC_WORDS, 'on'];
// "called the plan 'unjustified'", "called Lee a liar": naming, not a phone call ("called Lee last week").
const NAMING_NEXT = new Set(['DET', 'ADJ']);
const QUOTE_MARKS = new Set(['"', '“', "'", '‘']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '’']);
// Words that may describe the reason's noun after its owner ("his offensive 'Nazi' comment").
const REASON_MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NUM']);
/** How many words after the owner the reason's noun may stand. */
const REASON_REACH = 4;
// How far after the named one the name may start ("called the UK's rebate from the EU 'unjustified'").
const NAMED_WITHIN = 10;
const OF_SOURCE: ReadonlySet<string> = new Set(lemmasAndForms(new Set(OF_SOURCE_NOUNS)));

/** Possessive determiners: the owner of what follows. */
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** How far an apposition after an actor may run (", his transport spokesman,"). */
export const APPOSITION = 8;

/** Whether a word stands between the trigger and the second actor. */
export function wordBetween(tokens: readonly Token[], trigger: TokenRange, second: TokenRange, word: string): boolean {
  for (let i = trigger.last + 1; i < second.first; i++) if (tokens[i]?.lower === word) return true;
  return false;
}

// Who is asked or accused may be the subject of the clause that says what of: "demanded Lee quit".
const CLAUSE_TARGETS: ReadonlySet<string> = new Set(['REQUEST', 'ACCUSE']);

/**
 * Whether the actor after a verb of saying is the subject of what is said, not its target: it has
 * its own verb, maybe past an apposition ("denied Lee, his spokesman, said the plans stink",
 * "rejected the idea Lee posed a threat"; not "promised Lee he would", "urged Lee to", "demanded
 * Lee quit").
 */
export function subjectOfReport(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  if (CLAUSE_TARGETS.has(act.code) || !CUE_FORMS.has((tokens[act.trigger.first] as Token).lower)) return false;
  let i = second.last + 1;
  if (tokens[i]?.lower === ',') {
    for (let j = i + 1; j <= i + APPOSITION && j < tokens.length; j++) {
      if ((tokens[j] as Token).lower === ',') {
        i = j + 1;
        break;
      }
    }
  }
  const next = tokens[i];
  return next !== undefined && next.sentence === (tokens[second.last] as Token).sentence && (next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * Whether the second actor is the topic after the trigger ("attacked the government over Tarn",
 * "talks on Tarn"), not the owner of the topic, whom the act concerns ("a complaint over Tarn's
 * support", "over US support").
 */
export function topic(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  // "discussed Tarn's plans": the object of "discuss" is the topic; the partner comes with "with".
  const verb = tokens[act.trigger.first] as Token;
  if (verb.pos === 'VERB' && TOPIC_OBJECT.some((lemma) => isFormOf(verb.lower, lemma)) && !wordBetween(tokens, act.trigger, second, 'with')) return true;
  const words = act.code === 'CONSULT' ? CONSULT_TOPIC_WORDS : TOPIC_WORDS;
  if (!words.some((w) => wordBetween(tokens, act.trigger, second, w))) return false;
  // "talks about whether to allow Tarn to fly": an infinitive's "to" after the topic is no owner's noun.
  const next = tokens[second.last + 1];
  return next === undefined || next.lower === 'to' || !(next.pos === 'NOUN' || next.pos === 'PART' || next.lower === "'s" || next.lower === '’s');
}

/**
 * Whether the second actor is the one who does what the noun names ("the resignation of Lee", "a
 * withdrawal of Tarn's troops"): the lexicon's `ofSource` nouns; the actor before is not its target
 * unless it receives the act ("accepted the resignation of Lee").
 */
export function actorOf(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  const noun = tokens[act.trigger.last] as Token;
  return noun.pos === 'NOUN' && OF_SOURCE.has(noun.lower) && tokens[act.trigger.last + 1]?.lower === 'of' && act.trigger.last + 1 < second.first;
}

/** Whether "call" names its object rather than phones it: a description or a quotation follows ("called Lee a liar"). */
export function naming(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  if (act.mode !== 'phone' || !isFormOf((tokens[act.trigger.first] as Token).lower, 'call')) return false;
  const next = tokens[second.last + 1];
  if (next === undefined || TIME_WORDS.has(tokens[second.last + 2]?.lower ?? '')) return false;
  if (NAMING_NEXT.has(next.pos)) return true;
  // "called the UK's rebate from the EU 'unjustified'": a quotation before the next verb.
  for (let i = second.last + 1; i <= second.last + NAMED_WITHIN; i++) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== next.sentence) return false;
    if (QUOTE_MARKS.has(token.lower)) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return false;
  }
  return false;
}

const PATIENT_NOUNS: ReadonlySet<string> = new Set(lemmasAndForms(new Set(REQUESTED_PATIENTS)));

/**
 * Whether the second actor would undergo what a request asks ("appealed for the release of Lee",
 * "called for the extradition of Lee"): the request is made of whoever holds them, not of them.
 */
export function patientOfRequest(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  if (act.code !== 'REQUEST') return false;
  for (let i = act.trigger.first + 1; i < second.first; i++) {
    if ((tokens[i] as Token).lower === 'of' && PATIENT_NOUNS.has(tokens[i - 1]?.lower ?? '')) return true;
  }
  return false;
}

// The cue lexicon knows every form of these verbs ("said", "told", "thought").
const REPORTING: ReadonlySet<string> = new Set(REPORTING_VERBS);

/** How many words after the one asked a question word may stand ("asked Lee's lawyer, Dan Mo, what …"). */
const QUESTION_REACH = 10;

/**
 * Whether "ask" puts a question to the second actor rather than a request: a question word follows
 * it before any verb ("asked Lee's lawyer what had happened", "asked Lee whether"; not "asked Lee to
 * explain why"), or stands between it and the actor ("asked whether Lee would come"). PLOVER's REQUEST is requests, demands and orders.
 */
export function question(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  if (act.code !== 'REQUEST' || !isFormOf((tokens[act.trigger.first] as Token).lower, 'ask')) return false;
  // "asked whether the Velan Party would match the pledge": the actor is the question's subject, not the one asked.
  for (let i = act.trigger.last + 1; i < second.first; i++) if (QUESTION_WORDS.has((tokens[i] as Token).lower)) return true;
  const sentence = (tokens[second.last] as Token).sentence;
  for (let i = second.last + 1; i <= second.last + QUESTION_REACH; i++) {
    const token = tokens[i];
    if (token === undefined || token.sentence !== sentence || token.pos === 'VERB' || token.pos === 'AUX' || token.lower === 'to') return false;
    if (QUESTION_WORDS.has(token.lower)) return true;
  }
  return false;
}

/**
 * Whether a verb of reporting stands between the first actor and a noun trigger: the noun is in what
 * is reported, not the actor's own act ("She said a meeting of the Club would discuss it"; not "did
 * not rule out a visit").
 */
export function reported(tokens: readonly Token[], from: number, trigger: TokenRange): boolean {
  for (let i = from; i < trigger.first; i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' && REPORTING.has(CUE_FORMS.get(token.lower)?.lemma ?? '')) return true;
  }
  return false;
}

/**
 * "apologised for his comment", "praised Lee for her work": a possessive right after the act's "for"
 * owns the reason for the act, the act's doer or the one it is done to, and is no other party.
 */
export function reasonOfAct(tokens: readonly Token[], trigger: TokenRange, second: TokenRange): boolean {
  const owner = tokens[second.first] as Token;
  if (second.first !== trigger.last + 2 || tokens[trigger.last + 1]?.lower !== 'for' || !POSSESSIVE_DETERMINERS.has(owner.lower)) return false;
  // Its noun may follow words that describe it, quoted or not ('for his "Nazi" comment'); a word
  // tagged as a verb there heads the phrase a possessive opens, so it is a noun too.
  for (let i = second.first + 1; i <= second.first + REASON_REACH; i++) {
    const token = tokens[i];
    if (token?.pos === 'NOUN' || token?.pos === 'VERB') return true;
    if (token === undefined || (!REASON_MODIFIERS.has(token.pos) && !QUOTE_MARKS.has(token.lower) && !CLOSING_QUOTES.has(token.lower))) return false;
  }
  return false;
}


/**
 * Whether a request is made of someone named before its infinitive, not of the actor after it
 * ("urged the men to step down from the Assembly", "called on its members to back Lee").
 */
export function askedOfAnother(tokens: readonly Token[], second: TokenRange, act: CandidateEvent): boolean {
  if (act.code !== 'REQUEST') return false;
  for (let i = act.trigger.last + 1; i < second.first; i++) {
    const before = tokens[i - 1] as Token;
    if ((tokens[i] as Token).lower === 'to' && i > act.trigger.last + 1 && (before.pos === 'NOUN' || before.pos === 'PRON')) return true;
  }
  return false;
}
