/**
 * The sentence coder: the PLOVER event between two given actors of a sentence, or null with a
 * reason. The sentence is read by the pipeline's own text stages (paragraphs, tokens, proper nouns),
 * so `onrecord code` and `onrecord extract` see the same tokens.
 */
import { Doc, type Span, type Token } from '../../doc/document.js';
import { CUE_FORMS } from '../../lexicon/cues.js';
import { AGENT_NOUNS, COMMODITIES, CONVICTIONS, LENDERS, MATERIAL_KINDS, MATERIAL_WORDS, VERBAL_ADVERBS, VERBAL_ATTACKS, isFormOf, type Modality, type PloverCode } from '../../lexicon/plover.js';
import { paragraphsStage } from '../../text/01-paragraphs.js';
import { tokensStage } from '../../text/02-tokens.js';
import { properNounsStage } from '../../text/03-proper-nouns.js';
import { tokensIn } from '../../text/token-index.js';
import { findTriggers, type Trigger } from './01-triggers.js';
import { qualify, type TokenRange } from './02-qualifiers.js';
import { selectTrigger, type Selection } from './03-select.js';
import { ploverAnnotation } from './convention.js';
import { coerciveOrder } from './order.js';
import { warningOfDanger } from './warning.js';
import { demonstratedThing } from './showing.js';
import { metStandard } from './met-standard.js';
import { namedAs } from './named-as.js';
import { singleSideExercise } from './exercise.js';
import { riot } from './crowd.js';
import { givenAsTheme } from './theme.js';
import { beatenInRace } from './contest.js';

/** The act found between two actors, before its negation and modality are read. */
export interface CandidateEvent {
  code: PloverCode;
  mode: string | null;
  /** The trigger's tokens. */
  trigger: TokenRange;
  /** An act done together, and whether its object is the partner: see EventPattern. */
  reciprocal: boolean;
  partnerObject: boolean;
  /** The light verb whose meaning the trigger gives ("received IMF support"), or null. */
  lightVerb: TokenRange | null;
  /** The trigger chosen and the words its qualifiers are read in. */
  selection: Selection;
}

/** An event coded between two actors. */
export interface CodedEvent extends Omit<CandidateEvent, 'selection'> {
  negated: boolean;
  modality: Modality;
  /** The code under PLOVER's annotation conventions (an announced visit is AGREE): see convention.ts. */
  plover: PloverCode;
}

/** Why no event was coded. */
export type NoEventReason = 'no-text' | 'no-actors' | 'same-actor' | 'actor-not-found' | 'no-trigger';

/** The coder's answer: an event, or the reason there is none. */
export type CodeResult = { event: CodedEvent; trigger: Span } | { event: null; reason: NoEventReason };

/** What to code: a sentence and the words of its two actors; null for an actor the sentence leaves implicit. */
export interface CodeInput {
  text: string;
  source: string | null;
  target: string | null;
}

/** How many words after the "with" of support its money or goods may stand ("with a further contribution"). */
const WITH_REACH = 4;

/** Whether a word of `words` stands among tokens first..last ("money or goods", "commodities"). */
function wordAmong(words: ReadonlySet<string>, tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (words.has((tokens[i] as Token).lower)) return true;
  return false;
}

/** How many words before a support word its kind may stand ("logistics and financial support"). */
const KIND_REACH = 3;

/** Whether words of a material kind stand right before a support noun ("financial and logistical support"). */
function materialKindBefore(tokens: readonly Token[], trigger: Trigger): boolean {
  if ((tokens[trigger.first] as Token).pos !== 'NOUN') return false;
  for (let i = trigger.first - 1; i >= Math.max(0, trigger.first - KIND_REACH); i--) {
    const lower = (tokens[i] as Token).lower;
    // "IMF support", "the World Bank's assistance": a lender's support is a loan.
    if (MATERIAL_KINDS.has(lower) || LENDERS.has(lower)) return true;
    if (lower !== 'and' && lower !== ',' && lower !== "'s" && lower !== '’s' && (tokens[i] as Token).pos !== 'ADJ') return false;
  }
  return false;
}

/** How many words after a support word its money or goods may stand ("a contribution of €56 million"). */
const MATERIAL_REACH = 6;

/**
 * Whether support is given as money or goods: PLOVER's SUPPORT is only political, diplomatic and
 * non-material support, and material aid is AID ("supported the refugees with €56 million").
 */
function materialSupport(tokens: readonly Token[], trigger: Trigger, clause: TokenRange): boolean {
  if (trigger.code !== 'SUPPORT') return false;
  if (materialKindBefore(tokens, trigger)) return true;
  for (let i = trigger.last + 1; i <= clause.last; i++) {
    const lower = (tokens[i] as Token).lower;
    if (i <= trigger.last + MATERIAL_REACH && MATERIAL_WORDS.has(lower)) return true;
    // "support from the IMF": a lender's.
    if (lower === 'from' && i === trigger.last + 1 && wordAmong(LENDERS, tokens, i + 1, Math.min(clause.last, i + WITH_REACH))) return true;
    // "reinforced its commitment to Tarn's refugees with a contribution of €56 million".
    if (lower === 'with' && wordAmong(MATERIAL_WORDS, tokens, i + 1, Math.min(clause.last, i + WITH_REACH))) return true;
  }
  return false;
}

/** How many words after a supply its goods may stand ("to supply 120,000 barrels of fuel oil"). */
const GOODS_REACH = 6;

/** Whether aid is the supply of goods that are sold: trade, COOPERATE's economic exchange. */
function tradeOfCommodity(tokens: readonly Token[], trigger: Trigger, clause: TokenRange): boolean {
  return trigger.code === 'AID' && wordAmong(COMMODITIES, tokens, trigger.last + 1, Math.min(clause.last, trigger.last + GOODS_REACH));
}

/** How many words after a conviction its sentence may stand ("convicted Lee of belonging to a banned group and sentenced him"). */
const SENTENCE_REACH = 25;

/**
 * Whether a conviction is told with a sentence of prison after it: the manual codes court sentences
 * that include imprisonment COERCE 'arrest', and an allegation proven by a conviction is no ACCUSE.
 */
function convictionWithPrison(tokens: readonly Token[], triggers: readonly Trigger[], trigger: Trigger): boolean {
  if (trigger.code !== 'ACCUSE') return false;
  const words = [trigger.first, trigger.last].map((i) => (tokens[i] as Token).lower);
  if (!words.some((word) => CONVICTIONS.some((lemma) => isFormOf(word, lemma)))) return false;
  const sentence = (tokens[trigger.first] as Token).sentence;
  return triggers.some((t) => t.first > trigger.last && t.first <= trigger.last + SENTENCE_REACH && t.code === 'COERCE' && t.mode === 'arrest' && (tokens[t.first] as Token).sentence === sentence);
}

/** How many words after an attack its words of saying or its reason may stand. */
const VERBAL_REACH = 12;

/**
 * Whether an attack is made with words: a verb of saying in its clause after it, an adverb that says
 * so, or "for" and a gerund ("launched an attack on Lee, calling him a liar", "attacked Lee
 * politically", "attacked Lee for failing to act").
 * PLOVER's ASSAULT is the use of force; criticism is ACCUSE.
 */
function verbalAttack(tokens: readonly Token[], trigger: Trigger, clause: TokenRange): boolean {
  if (trigger.code !== 'ASSAULT' || !VERBAL_ATTACKS.some((lemma) => isFormOf((tokens[trigger.first] as Token).lower, lemma))) return false;
  for (let i = trigger.last + 1; i <= Math.min(clause.last, trigger.last + VERBAL_REACH); i++) {
    const token = tokens[i] as Token;
    if (token.pos === 'VERB' && CUE_FORMS.get(token.lower)?.kind === 'speech') return true;
    if (VERBAL_ADVERBS.has(token.lower)) return true;
    if (token.lower === 'for' && tokens[i + 1]?.lower.endsWith('ing') === true) return true;
  }
  return false;
}

/**
 * Whether an actor is dismissed as something ("dismissed the Conservatives as a 'fading' force"):
 * not a refusal but the manual's denigration, ACCUSE/disapprove.
 */
function dismissedAs(tokens: readonly Token[], trigger: Trigger, later: TokenRange): boolean {
  return trigger.code === 'REJECT' && later.first > trigger.last && isFormOf((tokens[trigger.first] as Token).lower, 'dismiss') && tokens[later.last + 1]?.lower === 'as';
}

/**
 * Whether a challenge dares its object to act ("challenged Kerr to stand down as an MEP"): a demand,
 * the manual's REQUEST, not criticism.
 */
function challengedTo(tokens: readonly Token[], trigger: Trigger, later: TokenRange): boolean {
  if (trigger.code !== 'ACCUSE' || later.first <= trigger.last || (tokens[trigger.first] as Token).pos !== 'VERB') return false;
  if (!isFormOf((tokens[trigger.first] as Token).lower, 'challenge')) return false;
  // The one dared is the verb's object ("challenged Mr Kerr to"), not a noun's ("challenged the right of Tarn to").
  for (let i = trigger.last + 1; i < later.first; i++) if ((tokens[i] as Token).pos === 'ADP') return false;
  // A name, a pronoun or a body that acts ("the government"); not a noun the infinitive completes ("a plan to arrest").
  const head = tokens[later.last] as Token;
  if (head.pos !== 'PROPN' && head.pos !== 'PRON' && !AGENT_NOUNS.has(head.lower)) return false;
  return tokens[later.last + 1]?.lower === 'to' && tokens[later.last + 2]?.pos === 'VERB';
}

/**
 * The category and mode of a trigger, read as the manual distinguishes them (material support, verbal
 * attacks, coercive orders, trade, convictions with prison, denigration); `later` is the actor after the other one, `triggers` the sentence's.
 */
function refinedCode(tokens: readonly Token[], triggers: readonly Trigger[], trigger: Trigger, clause: TokenRange, later: TokenRange): { code: PloverCode; mode: string | null } {
  if (materialSupport(tokens, trigger, clause)) return { code: 'AID', mode: null };
  if (tradeOfCommodity(tokens, trigger, clause)) return { code: 'COOPERATE', mode: 'economic' };
  if (convictionWithPrison(tokens, triggers, trigger)) return { code: 'COERCE', mode: 'arrest' };
  const coerced = coerciveOrder(tokens, triggers, trigger, later);
  if (coerced !== null) return { code: 'COERCE', mode: coerced };
  if (verbalAttack(tokens, trigger, clause) || dismissedAs(tokens, trigger, later)) return { code: 'ACCUSE', mode: 'disapprove' };
  if (challengedTo(tokens, trigger, later)) return { code: 'REQUEST', mode: null };
  const named = namedAs(tokens, trigger, later);
  if (named) return named;
  return { code: trigger.code as PloverCode, mode: trigger.mode };
}

/**
 * The act between two actors given as token ranges of a tokenised sentence, or null. The
 * sentence's triggers may be passed in when several pairs of one sentence are coded.
 */
export function candidateEvent(
  tokens: readonly Token[],
  sentence: TokenRange,
  source: TokenRange,
  target: TokenRange,
  triggers: readonly Trigger[] = findTriggers(tokens, sentence.first, sentence.last),
): CandidateEvent | null {
  const selection = selectTrigger(tokens, triggers, sentence, source, target);
  if (!selection || selection.trigger.code === null) return null;
  const { trigger, lightVerb } = selection;
  // Senses the manual does not code: a warning of a danger, a thing shown, a standard met.
  if (warningOfDanger(tokens, trigger) || demonstratedThing(tokens, trigger) || metStandard(tokens, trigger)) return null;
  // What is sent, offered or raced against is no party: "would send him into the army", "beat Lee to buy it".
  const later = source.first <= target.first ? target : source;
  if (givenAsTheme(tokens, lightVerb ?? trigger, later) || beatenInRace(tokens, trigger, later)) return null;
  // An exercise one side holds shows force to the other: MOBILIZE, the manual's single-country exercise.
  const refined = singleSideExercise(tokens, trigger, source, target)
    ? { code: 'MOBILIZE' as const, mode: 'troops' }
    : riot(tokens, trigger, source, target)
      ? { code: 'PROTEST' as const, mode: 'riot' }
      : refinedCode(tokens, triggers, trigger, selection.scope.clause, later);
  // A literal of one shape: a spread that adds keys ({ ...refined, trigger }) gives each object a hidden class of its own in V8.
  return {
    code: refined.code,
    mode: refined.mode,
    trigger: { first: trigger.first, last: trigger.last },
    reciprocal: trigger.reciprocal,
    partnerObject: trigger.partnerObject,
    lightVerb: lightVerb && { first: lightVerb.first, last: lightVerb.last },
    selection,
  };
}

/** A candidate with its negation and modality read. */
export function qualifyCandidate(tokens: readonly Token[], candidate: CandidateEvent): CodedEvent {
  const { selection, code, mode, trigger, reciprocal, partnerObject, lightVerb } = candidate;
  const { negated, modality } = qualify(tokens, selection.trigger, selection.scope);
  return { code, mode, trigger, reciprocal, partnerObject, lightVerb, negated, modality, plover: ploverAnnotation({ code, negated, modality }) };
}

/** The event between two actors given as token ranges of a tokenised sentence, or null. */
export function codeTokens(
  tokens: readonly Token[],
  sentence: TokenRange,
  source: TokenRange,
  target: TokenRange,
  triggers: readonly Trigger[] = findTriggers(tokens, sentence.first, sentence.last),
): CodedEvent | null {
  const candidate = candidateEvent(tokens, sentence, source, target, triggers);
  return candidate && qualifyCandidate(tokens, candidate);
}

/** Every start offset of `needle` in `text`: exact case first, then ignoring case. */
function occurrences(text: string, needle: string): number[] {
  const find = (hay: string, what: string): number[] => {
    const found: number[] = [];
    for (let at = hay.indexOf(what); at >= 0; at = hay.indexOf(what, at + 1)) found.push(at);
    return found;
  };
  const exact = find(text, needle);
  return exact.length > 0 ? exact : find(text.toLowerCase(), needle.toLowerCase());
}

/**
 * The source and target spans in the text, closest pair first and not overlapping if possible. An
 * implicit actor (null) gets no span; null when a given actor is not in the text.
 */
export function locateActors(text: string, source: string | null, target: string | null): { source: Span | null; target: Span | null } | null {
  const sources: Array<Span | null> = source === null ? [null] : occurrences(text, source).map((s) => ({ start: s, end: s + source.length }));
  const targets: Array<Span | null> = target === null ? [null] : occurrences(text, target).map((t) => ({ start: t, end: t + target.length }));
  let best: { source: Span | null; target: Span | null; cost: number } | null = null;
  for (const s of sources) {
    for (const t of targets) {
      const overlap = s !== null && t !== null && s.start < t.end && t.start < s.end;
      const cost = (overlap ? 1e6 : 0) + (s && t ? Math.abs(s.start - t.start) : 0);
      if (!best || cost < best.cost) best = { source: s, target: t, cost };
    }
  }
  return best ? { source: best.source, target: best.target } : null;
}

/** Tokens of a single sentence, by the pipeline's text stages. */
export function sentenceTokens(text: string): Token[] {
  const doc = new Doc(text, { id: 'sentence' });
  for (const stage of [paragraphsStage, tokensStage, properNounsStage]) stage.run(doc);
  return doc.tokens;
}

/** The actors' spans in a sentence, or the reason the sentence cannot be coded. */
function actorSpans(input: CodeInput): { source: Span | null; target: Span | null } | NoEventReason {
  const source = input.source?.trim() || null;
  const target = input.target?.trim() || null;
  if (input.text.trim() === '') return 'no-text';
  if (source === null && target === null) return 'no-actors';
  if (source !== null && source.toLowerCase() === target?.toLowerCase()) return 'same-actor';
  return locateActors(input.text, source, target) ?? 'actor-not-found';
}

/** Codes a sentence from its tokens; offsets in `tokens` are `base` past those of the sentence. */
function codeWithTokens(tokens: readonly Token[], base: number, spans: { source: Span | null; target: Span | null }): CodeResult {
  const shift = (span: Span): Span => ({ start: span.start + base, end: span.end + base });
  // An implicit actor stands just outside the sentence: the source before it, the target after it.
  const s = spans.source ? tokensIn(tokens, shift(spans.source)) : { first: -1, last: -1 };
  const t = spans.target ? tokensIn(tokens, shift(spans.target)) : { first: tokens.length, last: tokens.length };
  if (!s || !t) return { event: null, reason: 'actor-not-found' };
  const event = codeTokens(tokens, { first: 0, last: tokens.length - 1 }, s, t);
  if (!event) return { event: null, reason: 'no-trigger' };
  const first = tokens[event.trigger.first] as Token;
  const last = tokens[event.trigger.last] as Token;
  return { event, trigger: { start: first.start - base, end: last.end - base } };
}

/** Codes the event between two actors named in a sentence. */
export function codeSentence(input: CodeInput): CodeResult {
  const spans = actorSpans(input);
  if (typeof spans === 'string') return { event: null, reason: spans };
  return codeWithTokens(sentenceTokens(input.text), 0, spans);
}

/**
 * Codes many sentences at once, as codeSentence does one by one: the sentences are read as the
 * paragraphs of one text, which spares the tokenizer's cost per call.
 */
export function codeSentences(inputs: readonly CodeInput[]): CodeResult[] {
  const results: CodeResult[] = [];
  const pending: Array<{ index: number; base: number; spans: { source: Span | null; target: Span | null } }> = [];
  let text = '';
  inputs.forEach((input, index) => {
    const spans = actorSpans(input);
    if (typeof spans === 'string') results[index] = { event: null, reason: spans };
    else {
      pending.push({ index, base: text.length, spans });
      // A blank line keeps each sentence a paragraph of its own.
      text += `${input.text}\n\n`;
    }
  });
  const tokens = pending.length > 0 ? sentenceTokens(text) : [];
  let k = 0;
  for (const { index, base, spans } of pending) {
    const end = base + (inputs[index] as CodeInput).text.length;
    while (k < tokens.length && (tokens[k] as Token).start < base) k++;
    let j = k;
    while (j < tokens.length && (tokens[j] as Token).end <= end) j++;
    results[index] = codeWithTokens(tokens.slice(k, j), base, spans);
    k = j;
  }
  return results;
}
