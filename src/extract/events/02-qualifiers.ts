/**
 * Step 2 of event coding: negation and modality of a trigger, from the lexicon's words in the
 * trigger's scope (the words between its subject and it), the complement and verb group after a
 * noun trigger ("no visit … has been planned"), and the sentence for conditions ("if … would")
 * and habits ("whenever").
 */
import { POSSESSIVE_S } from '../../lexicon/words.js';
import type { Token } from '../../doc/document.js';
import {
  CLAIM_VERBS, CONTENT_NOUNS, DENIALS, LEMMA_FORMS, MODALITY_PHRASES, POSSIBLE_CLAUSES, NEGATION_CANCELLERS, NEGATION_PHRASES, PLANNED_AFTER_NOUN, QUESTIONS, lemmasAndForms, matchesWord, phrases, tagFits,
  type Modality, type PatternWord, type Phrase,
} from '../../lexicon/plover.js';
import { wordList } from '../../lexicon/word-lists.js';
import type { Trigger } from './01-triggers.js';

/** A range of token indices, both ends included. */
export interface TokenRange {
  first: number;
  last: number;
}

/** Whether an event is negated, and how it is asserted. */
export interface Qualifiers {
  negated: boolean;
  modality: Modality;
}

/** Where to look for the words that qualify a trigger. */
export interface Scope {
  /** The words before the trigger that belong to its clause (after its subject). */
  before: TokenRange;
  /** The clause or sentence around the trigger. */
  clause: TokenRange;
  /** The words before the event's first actor, where a request for it may stand ("urged X to"). */
  lead: TokenRange;
}

/** How many words of a noun trigger's complement are read for its plan ("talks with … next week"). */
const COMPLEMENT_WINDOW = 12;
// The words of a noun's complement ("of the Club of Madrid", "between Berg and Lee"), and of a verb group.
const COMPLEMENT = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const VERB_GROUP = new Set(['AUX', 'ADV', 'PART', 'VERB']);
const ASIDE_CLOSE = new Map([['(', ')'], ['–', '–'], ['—', '—'], ['-', '-']]);
// "even if", "as if": no condition.
const CONCESSIVE = new Set(['even', 'as']);
const FOLLOWING_NOT = new Set(['only', 'just', 'merely', 'least']);

// Whether a phrase whose first word is the token at i (a form of its lemma) continues after it.
function phraseAt(tokens: readonly Token[], i: number, phrase: Phrase, last: number): boolean {
  if (i + phrase.length - 1 > last || !tagFits((tokens[i] as Token).pos, phrase[0] as PatternWord)) return false;
  for (let k = 1; k < phrase.length; k++) {
    const token = tokens[i + k] as Token;
    if (!matchesWord(token.lower, token.pos, phrase[k] as PatternWord)) return false;
  }
  return true;
}

/**
 * Phrases indexed by their first word, so a token is checked only against the phrases it can start;
 * and the word list (a bit) of those first words and their forms, which rules out most tokens.
 */
interface PhraseIndex {
  heads: ReadonlyMap<string, readonly Phrase[]>;
  starters: number;
}

function indexPhrases(phrases: readonly Phrase[]): PhraseIndex {
  const heads = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const head = phrase[0]?.lemma;
    if (head === undefined) continue;
    heads.set(head, [...(heads.get(head) ?? []), phrase]);
  }
  return { heads, starters: wordList(lemmasAndForms(new Set(heads.keys()))) };
}

const MODALITY_INDEX = new Map([...MODALITY_PHRASES].map(([modality, phrases]) => [modality, indexPhrases(phrases)]));
const NEGATION_INDEX = indexPhrases(NEGATION_PHRASES);
const CANCELLER_INDEX = indexPhrases(NEGATION_CANCELLERS);
// Auxiliaries that, with a condition in the sentence, make an event hypothetical.
const CONDITIONAL_INDEX = indexPhrases(phrases(['would', 'could', 'might', 'will', 'may', 'should']));

const AFTER_NOUN_INDEX = indexPhrases(PLANNED_AFTER_NOUN);
const QUESTION_INDEX = indexPhrases(QUESTIONS);
const DENIAL_INDEX = indexPhrases(DENIALS);
const NO_PHRASES: readonly Phrase[] = [];
const NO_INDEX: PhraseIndex = { heads: new Map(), starters: 0 };

// Whether a phrase of the index starting with `head` starts at token i (and, if `exact`, ends at `last`).
function startsWith(tokens: readonly Token[], i: number, head: string, index: PhraseIndex, last: number, exact: boolean): boolean {
  for (const phrase of index.heads.get(head) ?? NO_PHRASES) {
    if (phraseAt(tokens, i, phrase, last) && (!exact || i + phrase.length - 1 === last)) return true;
  }
  return false;
}

// Whether a phrase of the index starts at token i, in the word's own form or as a form of a lemma;
// with `exact`, one that ends at token `last`.
function phraseStartsAt(tokens: readonly Token[], i: number, index: PhraseIndex, last: number, exact = false): boolean {
  const token = tokens[i] as Token;
  if ((token.lists & index.starters) === 0 || hadNotWould(tokens, i)) return false;
  const lower = token.lower;
  if (startsWith(tokens, i, lower, index, last, exact)) return true;
  const heads = LEMMA_FORMS.get(lower);
  if (heads !== undefined) for (const head of heads) if (startsWith(tokens, i, head, index, last, exact)) return true;
  return false;
}

/** "he'd been spying": the "'d" before a past participle is "had", not "would". */
function hadNotWould(tokens: readonly Token[], i: number): boolean {
  const lower = (tokens[i] as Token).lower;
  if (lower !== "'d" && lower !== '’d') return false;
  const next = tokens[i + 1]?.lower ?? '';
  return next === 'been' || next.endsWith('ed') || next.endsWith('en');
}

/** The start indices of every phrase of an index in a range. */
function phraseStarts(tokens: readonly Token[], range: TokenRange, index: PhraseIndex): number[] {
  const found: number[] = [];
  for (let i = Math.max(0, range.first); i <= range.last; i++) if (phraseStartsAt(tokens, i, index, range.last)) found.push(i);
  return found;
}

function negated(tokens: readonly Token[], range: TokenRange): { negated: boolean; possible: boolean } {
  const negations = phraseStarts(tokens, range, NEGATION_INDEX).filter((i) => !FOLLOWING_NOT.has(tokens[i + 1]?.lower ?? ''));
  const cancellers = phraseStarts(tokens, range, CANCELLER_INDEX);
  let count = negations.length;
  let possible = false;
  for (const at of cancellers) {
    // "did not rule out a visit": a possible visit. "ruled out a visit": no visit.
    if (negations.some((n) => n < at)) {
      count--;
      possible = true;
    } else {
      count++;
    }
  }
  return { negated: count % 2 === 1, possible };
}

// Whether a phrase of a modality starts in a range.
function has(tokens: readonly Token[], range: TokenRange, modality: Exclude<Modality, 'asserted'>): boolean {
  const index = MODALITY_INDEX.get(modality) ?? NO_INDEX;
  for (let i = Math.max(0, range.first); i <= range.last; i++) if (phraseStartsAt(tokens, i, index, range.last)) return true;
  return false;
}

/**
 * Whether the event is what a request asks for: its trigger in the infinitive after the actor ("urged
 * Lee to visit", "called on Lee to hold talks") or in a that-clause of the request itself ("demanded
 * that Lee leave"; not "wants assurances that he will return"). "told reporters he had met Lee"
 * reports a meeting; it requests none.
 */
function askedFor(tokens: readonly Token[], trigger: Trigger, lead: TokenRange): boolean {
  if (tokens[lead.last]?.lower === 'that') return has(tokens, { first: lead.last - 1, last: lead.last }, 'requested');
  return tokens[trigger.first - 1]?.lower === 'to' || tokens[trigger.first - 2]?.lower === 'to';
}

// Whether a word continues a noun's complement: not "to" of an infinitive, and "and" only between names.
function inComplement(token: Token, next: Token | undefined): boolean {
  if (token.pos === 'CCONJ') return next?.pos === 'PROPN';
  return COMPLEMENT.has(token.pos) && !(token.lower === 'to' && VERB_GROUP.has(next?.pos ?? ''));
}

// The index of the token that closes an aside opened at token i ("– a group of leaders –"), or -1.
function asideEnd(tokens: readonly Token[], i: number, last: number): number {
  const open = tokens[i] as Token;
  const close = ASIDE_CLOSE.get(open.lower);
  // A hyphen opens an aside only with a space before it ("Kerr - the envoy -"), not inside a word.
  if (close === undefined || (open.lower === '-' && tokens[i - 1]?.end === open.start)) return -1;
  for (let j = i + 1; j <= last; j++) if ((tokens[j] as Token).lower === close) return j;
  return -1;
}

/**
 * Whether a noun trigger is a plan by the words after it: its complement and, past any aside, its
 * own verb group ("no visit to Ankara has been planned", "talks with Lee next week", "a meeting of
 * the Club – a group of leaders – to be held"); not a later clause ("contact with officials he would
 * meet").
 */
function plannedAfter(tokens: readonly Token[], trigger: Trigger, clause: TokenRange): boolean {
  let i = trigger.last + 1;
  while (i <= clause.last && i <= trigger.last + COMPLEMENT_WINDOW) {
    const token = tokens[i] as Token;
    const aside = asideEnd(tokens, i, clause.last);
    if (aside >= 0) i = aside + 1;
    else if (inComplement(token, tokens[i + 1])) i++;
    else break;
  }
  const complement: TokenRange = { first: trigger.last + 1, last: i - 1 };
  // "authorization for Kerr to be extradited": the infinitive is Kerr's, not the noun's.
  let own = true;
  for (let k = complement.first; k <= complement.last; k++) if ((tokens[k] as Token).lower === 'for') own = false;
  if (own && phraseStartsAt(tokens, i, AFTER_NOUN_INDEX, clause.last)) return true;
  if (has(tokens, complement, 'planned')) return true;
  // A phrase that starts in the verb group may run past it: "is due to take place".
  const planned = MODALITY_INDEX.get('planned') ?? NO_INDEX;
  for (let k = i; k <= clause.last && (VERB_GROUP.has((tokens[k] as Token).pos) || (tokens[k] as Token).lower === 'to'); k++) {
    if (phraseStartsAt(tokens, k, planned, clause.last)) return true;
  }
  return false;
}

/** How many words of the subject's own phrase may stand between a condition and the event's first actor ("if the European Commission"). */
const SUBJECT_REACH = 3;
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);

/** Whether the condition at i opens the clause whose subject is the event's first actor ("if the Commission ignored …"). */
function opensSubject(tokens: readonly Token[], i: number, lead: TokenRange): boolean {
  if (i > lead.last || lead.last - i > SUBJECT_REACH) return false;
  for (let k = i + 1; k <= lead.last; k++) if (!SUBJECT_WORDS.has((tokens[k] as Token).pos)) return false;
  return true;
}

/** Whether a word of likelihood opens the clause of the event's first actor ("it was highly unlikely (that) he would give"). */
function likelihoodBefore(tokens: readonly Token[], lead: TokenRange): boolean {
  const last = tokens[lead.last]?.lower === 'that' ? lead.last - 1 : lead.last;
  return last >= lead.first && POSSIBLE_CLAUSES.has((tokens[last] as Token).lower);
}

/** How many words of the first actor's own phrase may stand between a claim and it ("Labour's advertising agency"). */
const CLAIM_SUBJECT_REACH = 5;

/**
 * Whether a noun or a verb of claim opens the clause of the event's first actor ("investigated claims
 * (that) Velcor was blaming him", "rumours Tarn had met Lee", "alleged Tarn had met Lee"): what is
 * claimed is not asserted, only possible.
 */
function claimBefore(tokens: readonly Token[], lead: TokenRange): boolean {
  const sentence = tokens[lead.last + 1]?.sentence;
  // Back past the first actor's own phrase and a "that" ("claims that Labour's advertising agency Velcor").
  for (let i = lead.last; i >= 0 && lead.last - i <= CLAIM_SUBJECT_REACH; i--) {
    const token = tokens[i] as Token;
    if (token.sentence !== sentence) return false;
    // "the paper claimed (that) Tarn had met Lee": a verb of claim reports it.
    if (CONTENT_NOUNS.has(token.lower) || (CLAIM_VERBS.has(token.lower) && token.pos === 'VERB')) return true;
    if (token.lower !== 'that' && !SUBJECT_WORDS.has(token.pos) && !POSSESSIVE_S.has(token.lower)) return false;
  }
  return false;
}

/** How many words a reporting clause of claim at the sentence's end may have (", a new book about the envoy claims"). */
const CLAIM_TAIL = 10;
// The words of such a clause besides its verb: its subject's noun phrase.
const CLAIM_TAIL_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART']);

/**
 * Whether the clause ends in a reporting clause of claim set off by a comma after the trigger ("Tarn
 * met Lee, a new book claims", "…, claimed the Velan Times"): the verb of claim first or last in it.
 */
function claimAfter(tokens: readonly Token[], trigger: Trigger, clause: TokenRange): boolean {
  const last = clause.last;
  for (let i = last; i > trigger.last && last - i <= CLAIM_TAIL; i--) {
    const token = tokens[i] as Token;
    if (token.lower !== ',') continue;
    if (i === last) return false;
    const verbAt = [i + 1, last].find((k) => CLAIM_VERBS.has((tokens[k] as Token).lower));
    if (verbAt === undefined) return false;
    for (let k = i + 1; k <= last; k++) {
      const word = tokens[k] as Token;
      if (k !== verbAt && !CLAIM_TAIL_WORDS.has(word.pos) && !POSSESSIVE_S.has(word.lower)) return false;
    }
    return true;
  }
  return false;
}

/** How many words the passive verb group before an agent's "by" may have ("could not easily be used by"). */
const PASSIVE_GROUP = 5;

/**
 * Whether the event's first actor is the agent of a passive whose verb group holds a word of
 * possibility ("arms that could be used by Tarn to threaten Velan"): the act it is used for is possible.
 */
function agentOfPossible(tokens: readonly Token[], lead: TokenRange): boolean {
  if (tokens[lead.last]?.lower !== 'by') return false;
  let first = lead.last - 1;
  while (first > lead.first && first > lead.last - PASSIVE_GROUP && VERB_GROUP.has((tokens[first - 1] as Token).pos)) first--;
  return first < lead.last && has(tokens, { first, last: lead.last - 1 }, 'possible');
}

/** Negation and modality of a trigger in its scope. */
export function qualify(tokens: readonly Token[], trigger: Trigger, scope: Scope): Qualifiers {
  const noun = trigger.pos === 'NOUN';
  // "interested in Berg opposing Lee", "did not rule out Lee visiting Moscow": a gerund right after
  // its subject takes its negation and modality from the words before the subject.
  const gerund = scope.before.first === trigger.first && trigger.pos === 'VERB' && (tokens[trigger.first]?.lower.endsWith('ing') ?? false);
  const before: TokenRange = gerund ? scope.lead : { first: scope.before.first, last: trigger.first - 1 };
  const negation = negated(tokens, before);
  // "asked if he would meet Lee", "not known whether they would meet": a question, not a condition.
  const questions = phraseStarts(tokens, { first: scope.clause.first, last: trigger.first - 1 }, QUESTION_INDEX);
  const condition = (i: number): boolean => !CONCESSIVE.has(tokens[i - 1]?.lower ?? '') && !questions.includes(i - 1);
  const conditions = phraseStarts(tokens, scope.clause, MODALITY_INDEX.get('hypothetical') ?? NO_INDEX).filter(condition);
  // "should meet Lee if the talks fail": a modal before the act; "if the Commission ignored the
  // Parliament's request, it would be an insult": the act is itself the condition.
  const conditional = conditions.length > 0 && (phraseStarts(tokens, before, CONDITIONAL_INDEX).length > 0 || conditions.some((i) => opensSubject(tokens, i, scope.lead) || (i >= before.first && i < trigger.first)));
  // "rejected the idea Lee posed a threat": a claim denied is a negated act, asserted.
  const denial = denied(tokens, scope.lead);
  let modality: Modality = 'asserted';
  if (conditional) modality = 'hypothetical';
  else if (has(tokens, scope.lead, 'requested') && askedFor(tokens, trigger, scope.lead)) modality = 'requested';
  else if (negation.possible || questions.length > 0 || has(tokens, before, 'possible') || likelihoodBefore(tokens, scope.lead) || agentOfPossible(tokens, scope.lead) || (!denial && (claimBefore(tokens, scope.lead) || claimAfter(tokens, trigger, scope.clause)))) modality = 'possible';
  else if (has(tokens, before, 'planned') || (noun && plannedAfter(tokens, trigger, scope.clause))) modality = 'planned';
  else if (has(tokens, scope.clause, 'habitual')) modality = 'habitual';
  return { negated: negation.negated !== denial, modality };
}

/** Whether a denial ends right before the event's first actor: "rejected the idea Lee posed a threat". */
function denied(tokens: readonly Token[], lead: TokenRange): boolean {
  for (let i = Math.max(0, lead.first); i <= lead.last; i++) if (phraseStartsAt(tokens, i, DENIAL_INDEX, lead.last, true)) return true;
  return false;
}
