/**
 * An act named in the topic of talks or of a complaint is no act of the one they are held with or
 * addressed to. In "held talks with Germany about military aid to Ukraine" and "lodged a complaint
 * with the UN over attacks on Lebanon" the topic ("about …", "over …") says what was discussed or
 * complained of; Germany and the UN complete "with", and give no aid and make no attack. A doer named
 * inside the topic stays its doer ("over US subsidies to Boeing"), and so does one the topic is said
 * of directly ("criticised Tarn over attacks on Lomia", where no preposition takes Tarn).
 */
import type { Token } from '../../doc/document.js';
import type { TokenRange } from './02-qualifiers.js';
import { NOUN_PHRASE_TAGS } from './03-select.js';
import { TOPIC_WORDS } from './no-party.js';

// Prepositions whose object is whom talks or a complaint are with, to, against or from.
const PARTNER_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'against', 'from']);

/** Whether the event noun at `trigger` heads the topic phrase right after the first actor, a preposition's object. */
export function topicAfterPartner(tokens: readonly Token[], first: TokenRange, trigger: TokenRange): boolean {
  let opener = trigger.first - 1;
  while (opener > first.last && NOUN_PHRASE_TAGS.has((tokens[opener] as Token).pos)) opener--;
  if (opener !== first.last + 1 || !TOPIC_WORDS.includes((tokens[opener] as Token).lower)) return false;
  const before = tokens[first.first - 1]?.pos === 'DET' ? first.first - 2 : first.first - 1;
  return PARTNER_PREPOSITIONS.has(tokens[before]?.lower ?? '');
}
