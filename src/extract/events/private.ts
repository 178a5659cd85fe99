/**
 * Private life and business are no event. PLOVER codes political interaction: its economic context
 * excludes "news solely about individual companies" and "mundane business activities", and its
 * cooperative categories are the dealings of states, governments, parties and their people. So
 * between actors none of whom acts in politics (persons, companies and other organisations of no
 * public office), a meeting, talks, a call, praise, thanks, a tribute, an offer, a request, a
 * refusal, aid or a concession is their private or commercial life ("Dam met Kerr to discuss the
 * script", "Velder Holdings is in talks with Marto Group about an alliance", "paid tribute to the
 * late actor", "Velder Airways suspended her without pay"). What stays between them has a public
 * reading PLOVER codes whoever does it: an accusation or a lawsuit, a threat, a protest, coercion and
 * force ("Dam sued Kerr for libel", "Dam attacked Kerr in the street"). Between two organisations, a
 * battle, a fight or a challenge with no word of the law around it is rivalry in the market ("EA could
 * challenge Disney", "the on-going battle between Microsoft and Google"), no event; a legal one stays
 * ("legal battles with record label Sony").
 */
import type { Doc, Event, Token } from '../../doc/document.js';
import { LEGAL_WORDS, RIVALRY_WORDS, isFormOf } from '../../lexicon/plover.js';
import { tokensIn } from '../../text/token-index.js';

/** The categories that are coded between actors of no politics: conflict, which the law and the public take up. */
const PUBLIC: ReadonlySet<string> = new Set(['ACCUSE', 'THREATEN', 'PROTEST', 'COERCE', 'ASSAULT', 'MOBILIZE']);
/** How many words before the trigger a word of the law may stand ("a High Court battle"). */
const LEGAL_BEFORE = 3;
/** How many after it ("challenged the right of Yukos to claim bankruptcy protection"). */
const LEGAL_AFTER = 8;

/** Whether a battle, fight or challenge between two organisations is rivalry: no word of the law near it. */
function rivalry(doc: Doc, event: Event): boolean {
  if (event.code !== 'ACCUSE' && event.code !== 'ASSAULT') return false;
  const both = [event.source, event.target].every((m) => doc.entities[m.entity ?? -1]?.type === 'organization');
  const range = tokensIn(doc.tokens, event.trigger);
  if (!both || !range) return false;
  const word = (doc.tokens[range.first] as Token).lower;
  if (!RIVALRY_WORDS.some((lemma) => isFormOf(word, lemma))) return false;
  for (let i = Math.max(0, range.first - LEGAL_BEFORE); i <= range.last + LEGAL_AFTER; i++) if (LEGAL_WORDS.has(doc.tokens[i]?.lower ?? '')) return false;
  return true;
}

/** Whether an event between actors none of whom acts in politics is private or commercial life, no event. */
export function privateDealing(doc: Doc, event: Event): boolean {
  return !PUBLIC.has(event.code) || rivalry(doc, event);
}
