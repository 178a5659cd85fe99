/**
 * The actors of each sentence for event coding: the mentions of the document's entities (persons,
 * organisations, countries; never places, which are where things happen, not who does them). The
 * entity stage counts a quotation's "I" and "we" as its speaker's mentions, so "I met Secretary Lee"
 * inside a quote makes the speaker the source.
 */
import type { Doc, Mention } from '../../doc/document.js';
import type { EntityType } from '../../doc/record.js';
import { spanAt } from '../../text/token-index.js';

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
    const sentence = spanAt(doc.sentences, actor.mention.start);
    if (sentence >= 0) bySentence[sentence]?.push(actor);
  }
  return bySentence;
}
