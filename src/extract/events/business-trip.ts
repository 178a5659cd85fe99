/**
 * A trip made for a firm's business is no visit to the country it goes to. In the manual's CONSULT
 * 'visit' the visitor is the actor and the host the recipient; a trip to a country "to address
 * executives of Velder Media" or "to open a Marto Group plant" is hosted by the firm, and the country is
 * only where it went. The infinitive of purpose right after the country names the host: a company or
 * another body of no politics, or a firm's people (the lexicon's `firmPeople`). A trip "to meet the
 * president" or "to attend a Nato summit" stays a visit.
 */
import type { Doc, Event, Token } from '../../doc/document.js';
import { FIRM_PEOPLE } from '../../lexicon/plover.js';
import { tokensIn } from '../../text/token-index.js';
import { actorKind, politicalKind } from './kind.js';

/** How many words may stand between the country and its purpose's "to" ("last year", "this week"). */
const PURPOSE_REACH = 4;
/** How many words the purpose's object may have before its host ("executives of the Velder Media group"). */
const OBJECT_REACH = 6;
// The words of a time phrase between the country and the purpose.
const TIME_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'DET', 'NUM', 'ADP', 'PROPN']);
// The words of the purpose's object phrase.
const OBJECT_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'DET', 'NUM', 'ADP', 'PROPN', 'PRON']);

/** The index of the verb of the infinitive of purpose after token `from` ("last year to address"), or -1. */
function purposeVerb(tokens: readonly Token[], from: number): number {
  for (let i = from; i <= from + PURPOSE_REACH; i++) {
    const token = tokens[i];
    if (token === undefined) return -1;
    if (token.lower === 'to') return tokens[i + 1]?.pos === 'VERB' ? i + 1 : -1;
    if (!TIME_TAGS.has(token.pos)) return -1;
  }
  return -1;
}

/** Whether an organisation of no politics (a company, a club, a charity) is named in the character span [start, end). */
function firmNamedIn(doc: Doc, start: number, end: number): boolean {
  return doc.entities.some((entity) => {
    if (entity.type !== 'organization' || !entity.mentions.some((m) => m.start >= start && m.start < end)) return false;
    return !politicalKind(actorKind(doc, entity));
  });
}

/** Whether a visit to a country was made for a firm's business ("a trip to Tarn to address executives of Velder Media"). */
export function tripForBusiness(doc: Doc, event: Event): boolean {
  if (event.code !== 'CONSULT' || event.mode !== 'visit' || doc.entities[event.target.entity ?? -1]?.type !== 'country') return false;
  const tokens = doc.tokens;
  const range = tokensIn(tokens, event.target);
  if (!range) return false;
  const verb = purposeVerb(tokens, range.last + 1);
  if (verb < 0) return false;
  let last = verb;
  let people = false;
  while (last < verb + OBJECT_REACH && OBJECT_TAGS.has(tokens[last + 1]?.pos ?? '')) {
    last++;
    if (FIRM_PEOPLE.has((tokens[last] as Token).lower)) people = true;
  }
  if (last === verb) return false;
  return people || firmNamedIn(doc, (tokens[verb + 1] as Token).start, (tokens[last] as Token).end);
}
