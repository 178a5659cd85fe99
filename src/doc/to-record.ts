/** Turns an analysed Doc into the public JSON record. */
import type { Doc, Span, Mention, Quote, Event, Entity } from './document.js';
import type { ActorKind, ArticleRecord, QuoteRecord, TextSpan, SpeakerRecord, SpeakerBasis, AttributionRecord, EntityRecord, EventActor, EventRecord } from './record.js';

function textSpan(doc: Doc, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

function entityId(index: number): string {
  return `e${index + 1}`;
}

// The record's objects are written as literals of fixed shapes, an optional field by a second
// literal, not spread together: a spread made an object more per quote and copied its fields (or,
// after other fields, called into the runtime), for the same keys in the same order.

function speakerRecord(entityId: string | null, name: string, mention: TextSpan | null, basis: SpeakerBasis | undefined): SpeakerRecord {
  return basis === undefined ? { entityId, name, mention } : { entityId, name, mention, basis };
}

function speaker(doc: Doc, quote: Omit<Quote, 'kind'>): SpeakerRecord | null {
  const mention = quote.speaker;
  // A quotation that continues the one before has a speaker but no mention of it here.
  const continued = quote.continues === undefined ? undefined : doc.entities[quote.continues];
  if (!mention && quote.continuesDescription) return speakerRecord(null, doc.slice(quote.continuesDescription), null, quote.basis);
  if (!mention) return continued && quote.continues !== undefined ? speakerRecord(entityId(quote.continues), continued.name, null, quote.basis) : null;
  const entity = mention.entity === null ? undefined : doc.entities[mention.entity];
  // "who" names no one by itself: an unresolved relative pronoun is named by its antecedent.
  const named = mention.antecedent ?? mention;
  const id = entity && mention.entity !== null ? entityId(mention.entity) : null;
  return speakerRecord(id, entity ? entity.name : doc.slice(named.name ?? named), textSpan(doc, mention), quote.basis);
}

function spanPairs(spans: readonly Span[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (const s of spans) pairs.push([s.start, s.end]);
  return pairs;
}

function quoteRecord<K extends string>(doc: Doc, quote: Omit<Quote, 'kind'>, id: string, kind: K): Omit<QuoteRecord, 'kind'> & { kind: K } {
  return {
    id,
    start: quote.start,
    end: quote.end,
    text: doc.text.slice(quote.start, quote.end),
    spans: spanPairs(quote.spans),
    cue: quote.cue ? textSpan(doc, quote.cue) : null,
    speaker: speaker(doc, quote),
    kind,
  };
}

function eventActor(doc: Doc, mention: Mention, kind: ActorKind | undefined): EventActor {
  const entity = mention.entity === null ? undefined : doc.entities[mention.entity];
  const id = entity && mention.entity !== null ? entityId(mention.entity) : null;
  const name = entity ? entity.name : doc.slice(mention.name ?? mention);
  const country = entity ? entity.country : mention.country;
  const type = entity ? entity.type : mention.type;
  return kind === undefined ? { entityId: id, name, country, type } : { entityId: id, name, country, type, kind };
}

function eventRecord(doc: Doc, event: Event, index: number): EventRecord {
  const sentence = doc.sentences[event.sentence] ?? event.trigger;
  const kinds = event.kinds;
  const id = `ev${index + 1}`;
  const source = eventActor(doc, event.source, kinds?.source);
  const target = eventActor(doc, event.target, kinds?.target);
  const trigger = textSpan(doc, event.trigger);
  const span = { start: sentence.start, end: sentence.end };
  const quoteId = event.quote === null ? null : `q${event.quote + 1}`;
  const { code, mode, negated, modality } = event;
  return kinds === undefined
    ? { id, code, mode, source, target, negated, modality, trigger, sentence: span, quoteId }
    : { id, code, mode, source, target, negated, modality, trigger, sentence: span, quoteId, political: kinds.political };
}

function entityRecord(doc: Doc, entity: Entity, i: number): EntityRecord {
  const mentions: TextSpan[] = [];
  for (const m of entity.mentions) mentions.push(textSpan(doc, m));
  const { name, type, kbId, role, country } = entity;
  const id = entityId(i);
  return type === 'person' && entity.gender !== undefined ? { id, name, type, kbId, role, country, mentions, gender: entity.gender } : { id, name, type, kbId, role, country, mentions };
}

/** The record of a Doc: metadata, text, entities, quotes, attributions, events and messages. */
export function toRecord(doc: Doc): ArticleRecord {
  const { id, title, date, url, source } = doc.meta;
  const entities = doc.entities.map((entity, i) => entityRecord(doc, entity, i));
  const quotes: QuoteRecord[] = doc.quotes.map((q, i) => quoteRecord(doc, q, `q${i + 1}`, q.kind));
  const attributions: AttributionRecord[] = doc.attributions.map((a, i) => quoteRecord(doc, a, `a${i + 1}`, a.kind));
  return {
    id,
    ...(title !== undefined && { title }),
    ...(date !== undefined && { date }),
    ...(url !== undefined && { url }),
    ...(source !== undefined && { source }),
    text: doc.text,
    ...(doc.credits.length > 0 && { byline: [...new Set(doc.credits.map((c) => doc.slice(c)))] }),
    entities,
    quotes,
    attributions,
    events: doc.events.map((event, i) => eventRecord(doc, event, i)),
    messages: doc.messages.map(({ level, code, message }) => ({ level, code, message })),
  };
}
