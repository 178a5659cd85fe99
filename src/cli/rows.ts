/** The flat rows of quotes, actors and events: the columns of the table and CSV outputs. */
import type { ArticleRecord } from '../doc/record.js';
import type { ActorHit, ArticleRef, EventHit, QuoteHit } from '../store/store.js';
import type { Column } from './table.js';

/** A kind of row: its columns in CSV, the subset shown in a table, and how a hit becomes cells. */
export interface RowKind<T> {
  csv: readonly string[];
  table: ReadonlyArray<Column & { field: string }>;
  cells(hit: T): Record<string, string>;
}

const text = (value: string | number | boolean | null | undefined): string => (value === null || value === undefined ? '' : String(value));

function articleCells(article: ArticleRef): Record<string, string> {
  return { date: text(article.date), source: text(article.source), article_id: article.id, article_url: text(article.url), title: text(article.title) };
}

/** Quotes. */
export const QUOTE_ROWS: RowKind<QuoteHit> = {
  csv: ['date', 'source', 'article_id', 'article_url', 'title', 'quote_id', 'kind', 'speaker', 'actor', 'kb_id', 'cue', 'start', 'end', 'text'],
  table: [
    { field: 'date', title: 'date', width: 10 },
    { field: 'source', title: 'source', width: 18 },
    { field: 'speaker', title: 'speaker', width: 24 },
    { field: 'kind', title: 'kind' },
    { field: 'text', title: 'quote', width: 90 },
  ],
  cells: ({ article, quote, actor }) => ({
    ...articleCells(article),
    quote_id: quote.id,
    kind: quote.kind,
    speaker: text(quote.speaker?.name),
    actor: text(actor?.key),
    kb_id: text(actor?.kbId),
    cue: text(quote.cue?.text),
    start: text(quote.start),
    end: text(quote.end),
    text: quote.text,
  }),
};

/** Actors across articles. */
export const ACTOR_ROWS: RowKind<ActorHit> = {
  csv: ['actor', 'name', 'type', 'kb_id', 'country', 'articles', 'mentions', 'quotes'],
  table: [
    { field: 'name', title: 'name', width: 32 },
    { field: 'type', title: 'type' },
    { field: 'kb_id', title: 'kbId', width: 14 },
    { field: 'country', title: 'country' },
    { field: 'articles', title: 'articles' },
    { field: 'mentions', title: 'mentions' },
    { field: 'quotes', title: 'quotes' },
  ],
  cells: ({ actor, articles, mentions, quotes }) => ({
    actor: actor.key,
    name: actor.name,
    type: actor.type,
    kb_id: text(actor.kbId),
    country: text(actor.country),
    articles: text(articles),
    mentions: text(mentions),
    quotes: text(quotes),
  }),
};

/** Events. */
export const EVENT_ROWS: RowKind<EventHit> = {
  csv: ['date', 'source', 'article_id', 'article_url', 'title', 'event_id', 'code', 'mode', 'negated', 'modality', 'source_name', 'source_actor', 'target_name', 'target_actor', 'trigger', 'quote_id'],
  table: [
    { field: 'date', title: 'date', width: 10 },
    { field: 'source_name', title: 'source actor', width: 24 },
    { field: 'code', title: 'code' },
    { field: 'target_name', title: 'target actor', width: 24 },
    { field: 'negated', title: 'negated' },
    { field: 'modality', title: 'modality' },
    { field: 'trigger', title: 'trigger', width: 24 },
  ],
  cells: ({ article, event, sourceActor, targetActor }) => ({
    ...articleCells(article),
    event_id: event.id,
    code: event.code,
    mode: text(event.mode),
    negated: text(event.negated),
    modality: event.modality,
    source_name: event.source.name,
    source_actor: text(sourceActor?.key),
    target_name: event.target.name,
    target_actor: text(targetActor?.key),
    trigger: event.trigger.text,
    quote_id: text(event.quoteId),
  }),
};

function ref(record: ArticleRecord): ArticleRef {
  return { key: '', id: record.id, title: record.title ?? null, date: record.date ?? null, source: record.source ?? null, url: record.url ?? null };
}

/** The quote hits of one record (for CSV export), without actors: a record knows its entities only. */
export function recordQuotes(record: ArticleRecord): QuoteHit[] {
  return record.quotes.map((quote) => ({ article: ref(record), quote, actor: null }));
}

/** The event hits of one record (for CSV export). */
export function recordEvents(record: ArticleRecord): EventHit[] {
  return record.events.map((event) => ({ article: ref(record), event, sourceActor: null, targetActor: null }));
}
