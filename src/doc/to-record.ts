/** Turns an analysed Doc into the public JSON record. */
import type { Doc, Span, Mention, Quote, Event } from './document.js';
import type { ArticleRecord, QuoteRecord, TextSpan, SpeakerRecord, AttributionRecord, EntityRecord, EventActor, EventRecord } from './record.js';

function textSpan(doc: Doc, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

function entityId(index: number): string {
  return `e${index + 1}`;
}

function speaker(doc: Doc, quote: Omit<Quote, 'kind'>): SpeakerRecord | null {
  const mention = quote.speaker;
  const basis = quote.basis !== undefined ? { basis: quote.basis } : {};
  // A quotation that continues the one before has a speaker but no mention of it here.
  const continued = quote.continues === undefined ? undefined : doc.entities[quote.continues];
  if (!mention) return continued && quote.continues !== undefined ? { entityId: entityId(quote.continues), name: continued.name, mention: null, ...basis } : null;
  const entity = mention.entity === null ? undefined : doc.entities[mention.entity];
  // "who" names no one by itself: an unresolved relative pronoun is named by its antecedent.
  const named = mention.antecedent ?? mention;
  return {
    entityId: entity && mention.entity !== null ? entityId(mention.entity) : null,
    name: entity ? entity.name : doc.slice(named.name ?? named),
    mention: textSpan(doc, mention),
    ...basis,
  };
}

function quoteFields(doc: Doc, quote: Omit<Quote, 'kind'>, id: string): Omit<QuoteRecord, 'kind'> {
  return {
    id,
    start: quote.start,
    end: quote.end,
    text: doc.text.slice(quote.start, quote.end),
    spans: quote.spans.map((s): [number, number] => [s.start, s.end]),
    cue: quote.cue ? textSpan(doc, quote.cue) : null,
    speaker: speaker(doc, quote),
  };
}

function eventActor(doc: Doc, mention: Mention): EventActor {
  const entity = mention.entity === null ? undefined : doc.entities[mention.entity];
  return {
    entityId: entity && mention.entity !== null ? entityId(mention.entity) : null,
    name: entity ? entity.name : doc.slice(mention.name ?? mention),
    country: entity ? entity.country : mention.country,
    type: entity ? entity.type : mention.type,
  };
}

function eventRecord(doc: Doc, event: Event, index: number): EventRecord {
  const sentence = doc.sentences[event.sentence] ?? event.trigger;
  return {
    id: `ev${index + 1}`,
    code: event.code,
    mode: event.mode,
    source: { ...eventActor(doc, event.source), ...(event.kinds && { kind: event.kinds.source }) },
    target: { ...eventActor(doc, event.target), ...(event.kinds && { kind: event.kinds.target }) },
    negated: event.negated,
    modality: event.modality,
    trigger: textSpan(doc, event.trigger),
    sentence: { start: sentence.start, end: sentence.end },
    quoteId: event.quote === null ? null : `q${event.quote + 1}`,
    ...(event.kinds && { political: event.kinds.political }),
  };
}

/** The record of a Doc: metadata, text, entities, quotes, attributions, events and messages. */
export function toRecord(doc: Doc): ArticleRecord {
  const { id, title, date, url, source } = doc.meta;
  const entities: EntityRecord[] = doc.entities.map((entity, i) => ({
    id: entityId(i),
    name: entity.name,
    type: entity.type,
    kbId: entity.kbId,
    role: entity.role,
    country: entity.country,
    mentions: entity.mentions.map((m) => textSpan(doc, m)),
    ...(entity.type === 'person' && entity.gender !== undefined && { gender: entity.gender }),
  }));
  const quotes: QuoteRecord[] = doc.quotes.map((q, i) => ({ ...quoteFields(doc, q, `q${i + 1}`), kind: q.kind }));
  const attributions: AttributionRecord[] = doc.attributions.map((a, i) => ({
    ...quoteFields(doc, a, `a${i + 1}`),
    kind: a.kind,
  }));
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
