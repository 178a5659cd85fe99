/**
 * An order that coerces. PLOVER's REQUEST covers "all requests, demands, and orders", while COERCE is
 * "repression, restrictions on rights, or coercive uses of power falling short of violence": an order
 * whose content detains, expels or confines the one it is given to is the coercion itself ("ordered
 * the two journalists jailed", "ordered 3,000 refugees to leave the camps"); an order to do something
 * else stays a request ("ordered Lee to appear in court").
 */
import type { Token } from '../../doc/document.js';
import { COERCED_BY_ORDER, ORDER_VERBS, UNDERGONE_BY_DOER, isFormOf } from '../../lexicon/plover.js';
import type { Trigger } from './01-triggers.js';
import type { TokenRange } from './02-qualifiers.js';

/**
 * Words that may stand between the one ordered and the act: "to", "to be", "be", "immediately", and
 * an aside that says who they are ("ordered 300 refugees, including nearly 50 children, to leave").
 */
const LINKS = new Set(['to', 'be', 'immediately', 'promptly', 'also', 'including', 'among', 'them']);
/** How many words after the one ordered its act may stand ("ordered nine ex-ministers in Tarn jailed"). */
const ACT_REACH = 10;
/** Words that open a relative clause set off by commas ("ordered the daily, which backs the opposition, to close"). */
const RELATIVES = new Set(['which', 'who', 'whose']);
/** How many words such a relative clause may have. */
const RELATIVE_REACH = 16;

/** The comma that closes a relative clause opened at i (", which …,"), or -1. */
function relativeClauseEnd(tokens: readonly Token[], i: number, sentence: number): number {
  if ((tokens[i] as Token).lower !== ',' || !RELATIVES.has(tokens[i + 1]?.lower ?? '')) return -1;
  for (let j = i + 2; j < tokens.length && j <= i + RELATIVE_REACH; j++) {
    const token = tokens[j] as Token;
    if (token.sentence !== sentence || token.lower === '.' || token.lower === ';') return -1;
    if (token.lower === ',') return j;
  }
  return -1;
}
/** Words that may complete the one ordered before the act: "nine ex-members of the government in Tarn". */
const COMPLEMENTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PUNCT', 'CCONJ', 'PART', 'ADV']);

/** The lemma of a coercive act a token is a form of, or undefined. */
function coercedLemma(lower: string): string | undefined {
  for (const lemma of COERCED_BY_ORDER.keys()) if (isFormOf(lower, lemma)) return lemma;
  return undefined;
}

/**
 * The mode of a coercive act the one ordered undergoes, standing after it and its complements, or
 * null: a participle or passive ("jailed", "to be deported"), or an infinitive of an act its doer
 * undergoes ("to leave"); not one it does to others ("to detain the suspects").
 */
function actAfter(tokens: readonly Token[], ordered: TokenRange): string | null {
  const sentence = (tokens[ordered.first] as Token).sentence;
  let infinitive = false;
  let reach = ordered.last + ACT_REACH;
  for (let i = ordered.last + 1; i < tokens.length && i <= reach; i++) {
    // A relative clause that says who the one ordered is does not count ("the daily, which backs the opposition, to").
    const aside = relativeClauseEnd(tokens, i, sentence);
    if (aside >= 0) {
      reach += aside - i + 1;
      i = aside;
      continue;
    }
    const token = tokens[i] as Token;
    if (token.sentence !== sentence || token.lower === '.' || token.lower === ';') return null;
    const lemma = coercedLemma(token.lower);
    if (lemma !== undefined && token.pos !== 'NOUN') return infinitive && !UNDERGONE_BY_DOER.has(lemma) ? null : (COERCED_BY_ORDER.get(lemma) ?? null);
    if (token.lower === 'to') infinitive = true;
    else if (token.lower === 'be') infinitive = false;
    if (!LINKS.has(token.lower) && !COMPLEMENTS.has(token.pos)) return null;
  }
  return null;
}

/** Whether an actor is the subject of a passive verb right after it ("the journalists were later ordered"). */
function subjectOfPassive(tokens: readonly Token[], actor: TokenRange, verb: TokenRange): boolean {
  if (actor.last >= verb.first || verb.first - actor.last > 4) return false;
  let be = false;
  for (let i = actor.last + 1; i < verb.first; i++) {
    const token = tokens[i] as Token;
    if (isFormOf(token.lower, 'be')) be = true;
    else if (token.pos !== 'ADV' && token.pos !== 'AUX') return false;
  }
  return be;
}

/**
 * The COERCE mode of an order that coerces `later`, the actor after it, or null: the one ordered
 * is to be detained, expelled or confined ("ordered the journalists jailed"), or the order tells
 * someone else to coerce them ("ordered the police to detain the journalists", "issued an order to
 * the court to implement an arrest warrant for Lee").
 */
export function coerciveOrder(tokens: readonly Token[], triggers: readonly Trigger[], trigger: Trigger, later: TokenRange): string | null {
  if (trigger.code !== 'REQUEST') return null;
  const head = (tokens[trigger.first] as Token).lower;
  if (!ORDER_VERBS.some((lemma) => isFormOf(head, lemma))) return null;
  // "Two newspapers were ordered to suspend publication": the subject of the passive is the one ordered.
  if (later.first <= trigger.first) return subjectOfPassive(tokens, later, trigger) ? actAfter(tokens, { first: trigger.first, last: trigger.first }) : null;
  const carried = triggers.find((t) => t.first > trigger.last && t.last < later.first && !t.light && t.code === 'COERCE');
  if (carried) return carried.mode ?? 'restrict';
  return later.first <= trigger.last + 4 ? actAfter(tokens, later) : null;
}
