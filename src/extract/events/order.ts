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
  for (let i = ordered.last + 1; i < tokens.length && i <= ordered.last + ACT_REACH; i++) {
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

/**
 * The COERCE mode of an order that coerces `later`, the actor after it, or null: the one ordered
 * is to be detained, expelled or confined ("ordered the journalists jailed"), or the order tells
 * someone else to coerce them ("ordered the police to detain the journalists", "issued an order to
 * the court to implement an arrest warrant for Lee").
 */
export function coerciveOrder(tokens: readonly Token[], triggers: readonly Trigger[], trigger: Trigger, later: TokenRange): string | null {
  if (trigger.code !== 'REQUEST' || later.first <= trigger.first) return null;
  const head = (tokens[trigger.first] as Token).lower;
  if (!ORDER_VERBS.some((lemma) => isFormOf(head, lemma))) return null;
  const carried = triggers.find((t) => t.first > trigger.last && t.last < later.first && !t.light && t.code === 'COERCE');
  if (carried) return carried.mode ?? 'restrict';
  return later.first <= trigger.last + 4 ? actAfter(tokens, later) : null;
}
