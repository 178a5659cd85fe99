/**
 * The actors of each sentence for event coding: the mentions of the document's entities (persons,
 * organisations, countries; never places, which are where things happen, not who does them). The
 * entity stage counts a quotation's "I" and "we" as its speaker's mentions, so "I met Secretary Lee"
 * inside a quote makes the speaker the source.
 */
import type { Doc, Mention, Token } from '../../doc/document.js';
import type { EntityType } from '../../doc/record.js';
import { spanAt, tokensIn } from '../../text/token-index.js';

/** Entity types that can act in an event. */
const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'country']);

/** An actor mention with the entity it belongs to. */
export interface ActorMention {
  mention: Mention;
  entity: number;
}

/** The quotation (index into doc.quotes) whose quoted pieces hold an offset, or -1. */
export function quoteAt(doc: Doc, offset: number): number {
  return doc.quotes.findIndex((q) => q.spans.some((s) => s.start <= offset && offset < s.end));
}

/**
 * The actor mentions of every sentence, in text order; a mention inside another one of the same
 * entity ("Margaret Ellory" in "council leader Margaret Ellory") is dropped.
 */
export function actorsBySentence(doc: Doc): ActorMention[][] {
  const all: ActorMention[] = [];
  doc.entities.forEach((entity, index) => {
    if (!ACTOR_TYPES.has(entity.type)) return;
    for (const mention of entity.mentions) all.push({ mention, entity: index });
  });
  all.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  const bySentence: ActorMention[][] = doc.sentences.map(() => []);
  let outer: ActorMention | null = null;
  for (const actor of all) {
    if (outer && actor.mention.end <= outer.mention.end) continue;
    outer = actor;
    const actors = bySentence[spanAt(doc.sentences, actor.mention.start)];
    if (actors === undefined) continue;
    // "his LSE counterpart Clara Furse": each actor before the name that only says whose it is goes.
    for (let previous = actors.at(-1); previous !== undefined && possessiveOfTitle(doc, previous, actor); previous = actors.at(-1)) actors.pop();
    actors.push(actor);
  }
  return bySentence;
}

const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
// The words of a title between a possessive and the name it describes ("his LSE counterpart").
const TITLE_WORDS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
/** How many words a title between a possessive and a name may have. */
const TITLE_REACH = 4;

/** Whether the words between two actors are a title of one to TITLE_REACH words ("LSE counterpart", "chief"). */
function titleBetween(doc: Doc, actor: ActorMention, next: ActorMention): boolean {
  const between = tokensIn(doc.tokens, { start: actor.mention.end, end: next.mention.start });
  if (!between || between.last - between.first + 1 > TITLE_REACH) return false;
  for (let i = between.first; i <= between.last; i++) if (!TITLE_WORDS.has((doc.tokens[i] as Token).pos)) return false;
  return true;
}

/**
 * Whether an actor only says whose title the next actor's name holds: a possessive ("met his LSE
 * counterpart Clara Furse": the name is who is met, not the possessive's owner), or an organisation
 * or a country before a title and a person's name ("Euronext chief Jean Theodore", "Tory leader
 * Michael Howard": the person named acts, the name before only says for whom).
 */
function possessiveOfTitle(doc: Doc, actor: ActorMention, next: ActorMention): boolean {
  if (actor.mention.kind === 'pronoun') return POSSESSIVES.has(doc.slice(actor.mention).toLowerCase()) && titleBetween(doc, actor, next);
  const type = doc.entities[actor.entity]?.type;
  if (type !== 'organization' && type !== 'country') return false;
  if (next.mention.kind !== 'name' || doc.entities[next.entity]?.type !== 'person') return false;
  // A title of at least one word: "Euronext Jean Theodore" is no title.
  return next.mention.start > actor.mention.end + 1 && titleBetween(doc, actor, next);
}
