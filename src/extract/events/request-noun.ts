/**
 * A request told by a noun whose requester is named after it. The manual's REQUEST holds requests,
 * demands and appeals made to another actor; a noun of request ("a call for", "a request", "a demand",
 * "an appeal") names who is asked with "for … to" ("a call for Lee to resign") or "to" ("an appeal to
 * Lee"), and who asks with "from" or "by": right after the noun ("a request by Tarn to Velan to
 * extradite the men", "a demand from Tarn for Velan to withdraw") or after the words the asked one is
 * to act on, once a quotation mark has closed them ('a call for her to "think again" from Kerr': the
 * quoted words are what is asked, so the "from" after them is the noun's). An unquoted "from" after the
 * infinitive is the infinitive's own ("a call for Lee to withdraw troops from Tarn"), and "by" there is
 * the agent of a passive ("a call for Lee to be sacked by Kerr"): neither names the requester.
 *
 * The actor before such a noun asks only when the noun is its act; one that the noun is brought to
 * with "with" is the one asked ("MPs bombarded Lee with requests for him to read the letter").
 */
import type { Token } from '../../doc/document.js';
import type { Trigger } from './01-triggers.js';
import { qualify, type TokenRange } from './02-qualifiers.js';
import type { CodedEvent } from './code.js';
import { ploverAnnotation } from './convention.js';

/** Words of the requester's "from" or "by". */
const BY_WORDS: ReadonlySet<string> = new Set(['from', 'by']);
const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['"', '”', "'", '’']);
/** How many words what is asked may have before the quotation that closes it ("to 'pause for thought'"). */
const ASKED_REACH = 10;
/** Words that end the noun's phrase: what is asked never runs past them. */
const PHRASE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–']);
/** The words of a noun phrase before its head ("a barrage of", "the latest", "no"). */
const PHRASE_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'ADP']);
/** How many such words may stand between "with" and the noun ("with a barrage of requests"). */
const WITH_REACH = 4;

/** A request found: the indices of its requester and of the one asked among the sentence's actors. */
export interface NounRequest {
  trigger: Trigger;
  source: number;
  target: number;
}

/** Whether a trigger is a request named by a noun ("a call for", "requests", "an appeal"). */
function requestNoun(tokens: readonly Token[], trigger: TokenRange, code: string | null): boolean {
  return code === 'REQUEST' && (tokens[trigger.first] as Token).pos === 'NOUN';
}

/** The index of the actor whose range starts at token i (past a determiner), or -1. */
function actorAt(ranges: ReadonlyArray<TokenRange | null>, tokens: readonly Token[], i: number): number {
  const at = tokens[i]?.pos === 'DET' ? i + 1 : i;
  return ranges.findIndex((r) => r !== null && r.first === at);
}

/** The actor after "from" or "by" at token i, and the index after it; or null. */
function byActor(tokens: readonly Token[], ranges: ReadonlyArray<TokenRange | null>, i: number): { actor: number; after: number } | null {
  if (!BY_WORDS.has(tokens[i]?.lower ?? '')) return null;
  const actor = actorAt(ranges, tokens, i + 1);
  return actor < 0 ? null : { actor, after: (ranges[actor] as TokenRange).last + 1 };
}

/** The actor asked at token i ("for Lee to", "to Lee"), and the index after it; or null. */
function askedActor(tokens: readonly Token[], ranges: ReadonlyArray<TokenRange | null>, i: number, forDone: boolean): { actor: number; after: number } | null {
  const word = tokens[i]?.lower;
  // "a call for" ends in its "for": the asked one is right after it.
  const at = forDone ? i : word === 'for' || word === 'to' ? i + 1 : -1;
  if (at < 0) return null;
  const actor = actorAt(ranges, tokens, at);
  if (actor < 0) return null;
  const after = (ranges[actor] as TokenRange).last + 1;
  // "for Lee to resign": after "for" the asked one must have its infinitive.
  if ((forDone || word === 'for') && tokens[after]?.lower !== 'to') return null;
  return { actor, after };
}

/**
 * The requester named after what is asked, once a quotation mark has closed it ('to "think again"
 * from Kerr'), or null.
 */
function requesterAfterQuote(tokens: readonly Token[], ranges: ReadonlyArray<TokenRange | null>, from: number, last: number): number | null {
  for (let i = from; i <= Math.min(last, from + ASKED_REACH); i++) {
    const lower = (tokens[i] as Token).lower;
    if (PHRASE_ENDS.has(lower)) return null;
    if (QUOTE_CLOSERS.has(lower) && i > from) return byActor(tokens, ranges, i + 1)?.actor ?? null;
  }
  return null;
}

/** The requests of a sentence told by nouns whose requester is named after them. */
export function requestsByNoun(tokens: readonly Token[], sentence: TokenRange, triggers: readonly Trigger[], ranges: ReadonlyArray<TokenRange | null>): NounRequest[] {
  const found: NounRequest[] = [];
  for (const trigger of triggers) {
    if (!requestNoun(tokens, trigger, trigger.code)) continue;
    const forDone = tokens[trigger.last]?.lower === 'for';
    const early = forDone ? null : byActor(tokens, ranges, trigger.last + 1);
    const asked = askedActor(tokens, ranges, early?.after ?? trigger.last + 1, forDone);
    if (!asked) continue;
    const source = early?.actor ?? requesterAfterQuote(tokens, ranges, asked.after + 1, sentence.last);
    if (source !== null && source !== asked.actor) found.push({ trigger, source, target: asked.actor });
  }
  return found;
}

/**
 * Whether a request noun is brought to the first actor with "with" ("bombarded Lee with a barrage
 * of requests", "presented Tarn with a demand"): the actor is the one asked, not the requester.
 */
export function requestBroughtTo(tokens: readonly Token[], first: TokenRange, trigger: TokenRange, code: string): boolean {
  if (!requestNoun(tokens, trigger, code) || tokens[first.last + 1]?.lower !== 'with') return false;
  if (trigger.first - first.last - 2 > WITH_REACH) return false;
  for (let i = first.last + 2; i < trigger.first; i++) if (!PHRASE_WORDS.has((tokens[i] as Token).pos)) return false;
  return true;
}

/** The words of the noun's own phrase before it ("no", "a fresh"), where its negation and modality are read. */
const OWN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/**
 * The request coded at its noun: negated and qualified by the words of its own phrase ("no request
 * from Tarn") and the sentence's conditions and habits, not by the verbs of the clause around it
 * ("vowed to press on despite a call for her to …" plans nothing of the call).
 */
export function codedRequest(tokens: readonly Token[], sentence: TokenRange, trigger: Trigger): CodedEvent {
  let start = trigger.first;
  while (start > sentence.first && OWN_PHRASE.has((tokens[start - 1] as Token).pos)) start--;
  const scope = { before: { first: start, last: trigger.first - 1 }, clause: sentence, lead: { first: start, last: start - 1 } };
  const { negated, modality } = qualify(tokens, trigger, scope);
  const code = 'REQUEST' as const;
  return { code, mode: trigger.mode, trigger: { first: trigger.first, last: trigger.last }, reciprocal: false, partnerObject: false, lightVerb: null, negated, modality, plover: ploverAnnotation({ code, negated, modality }) };
}
