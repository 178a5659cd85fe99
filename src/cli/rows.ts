/**
 * The flat rows of quotes and events (one per finding) and of actors: the columns every tabular output
 * shares — `query` and `export`, as a table, CSV, JSON lines or Parquet. Quote and event rows are made
 * from the article's record, so that a row says the same whichever command wrote it.
 */
import type { ArticleRecord, EntityRecord, EventActor, EventRecord, QuoteRecord } from '../doc/record.js';
import { actorKey } from '../store/actors.js';
import type { ActorHit } from '../store/store.js';
import type { Column } from './table.js';

/** A cell's value: typed, so that Parquet keeps numbers and booleans as such; CSV writes null as empty. */
export type Cell = string | number | boolean | null;
/** One row: a value per column name. */
export type Row = Record<string, Cell>;

/** A column of a layout and the type of its values. */
export interface ColumnSpec {
  name: string;
  type: 'string' | 'int' | 'boolean';
}

/** A kind of row: its columns (CSV, JSON lines, Parquet) and the subset shown in a table. */
export interface Layout {
  columns: readonly ColumnSpec[];
  table: ReadonlyArray<Column & { field: string }>;
}

const strings = (...names: string[]): ColumnSpec[] => names.map((name) => ({ name, type: 'string' }));
const ints = (...names: string[]): ColumnSpec[] => names.map((name) => ({ name, type: 'int' }));
const booleans = (...names: string[]): ColumnSpec[] => names.map((name) => ({ name, type: 'boolean' }));

const ARTICLE_COLUMNS = strings('date', 'source', 'article_id', 'article_url', 'title');

function articleCells(record: ArticleRecord): Row {
  return { date: record.date ?? null, source: record.source ?? null, article_id: record.id, article_url: record.url ?? null, title: record.title ?? null };
}

// The entity a finding names, by its id within the article.
function entityOf(record: ArticleRecord, id: string | null | undefined): EntityRecord | undefined {
  return id === null || id === undefined ? undefined : record.entities.find((entity) => entity.id === id);
}

/** Quotes: who said it (name, actor across articles, kbId, role on the day, gender, how found), where. */
export const QUOTE_LAYOUT: Layout = {
  columns: [
    ...ARTICLE_COLUMNS,
    ...strings('quote_id', 'kind', 'speaker', 'actor', 'kb_id', 'speaker_type', 'role', 'gender', 'basis', 'cue'),
    ...ints('start', 'end'),
    ...strings('text'),
  ],
  table: [
    { field: 'date', title: 'date', width: 10 },
    { field: 'source', title: 'source', width: 18 },
    { field: 'speaker', title: 'speaker', width: 24 },
    { field: 'kind', title: 'kind' },
    { field: 'text', title: 'quote', width: 90 },
  ],
};

/** The row of one quote of a record. */
export function quoteRow(record: ArticleRecord, quote: QuoteRecord): Row {
  const entity = entityOf(record, quote.speaker?.entityId);
  return {
    ...articleCells(record),
    quote_id: quote.id,
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
    actor: entity === undefined ? null : actorKey(entity, record.source),
    kb_id: entity?.kbId ?? null,
    speaker_type: entity?.type ?? null,
    role: entity?.role ?? null,
    gender: entity?.gender ?? null,
    basis: quote.speaker?.basis ?? null,
    cue: quote.cue?.text ?? null,
    start: quote.start,
    end: quote.end,
    text: quote.text,
  };
}

const END_COLUMNS = (end: string): ColumnSpec[] => strings(`${end}_name`, `${end}_actor`, `${end}_kb_id`, `${end}_country`, `${end}_type`, `${end}_kind`, `${end}_role`);

/** Events: the act (code, mode, flags), each end's actor, kind and role, and where it was read. */
export const EVENT_LAYOUT: Layout = {
  columns: [
    ...ARTICLE_COLUMNS,
    ...strings('event_id', 'code', 'mode'),
    ...booleans('negated'),
    ...strings('modality'),
    ...booleans('political'),
    ...END_COLUMNS('source'),
    ...END_COLUMNS('target'),
    ...strings('trigger'),
    ...ints('trigger_start', 'trigger_end', 'sentence_start', 'sentence_end'),
    ...strings('quote_id'),
  ],
  table: [
    { field: 'date', title: 'date', width: 10 },
    { field: 'source_name', title: 'source actor', width: 24 },
    { field: 'code', title: 'code' },
    { field: 'target_name', title: 'target actor', width: 24 },
    { field: 'negated', title: 'negated' },
    { field: 'modality', title: 'modality' },
    { field: 'trigger', title: 'trigger', width: 24 },
  ],
};

function endCells(record: ArticleRecord, end: 'source' | 'target', actor: EventActor): Row {
  const entity = entityOf(record, actor.entityId);
  return {
    [`${end}_name`]: actor.name,
    [`${end}_actor`]: entity === undefined ? null : actorKey(entity, record.source),
    [`${end}_kb_id`]: entity?.kbId ?? null,
    [`${end}_country`]: actor.country,
    [`${end}_type`]: actor.type,
    [`${end}_kind`]: actor.kind ?? null,
    [`${end}_role`]: entity?.role ?? null,
  };
}

/** The row of one event of a record. */
export function eventRow(record: ArticleRecord, event: EventRecord): Row {
  return {
    ...articleCells(record),
    event_id: event.id,
    code: event.code,
    mode: event.mode,
    negated: event.negated,
    modality: event.modality,
    political: event.political ?? null,
    ...endCells(record, 'source', event.source),
    ...endCells(record, 'target', event.target),
    trigger: event.trigger.text,
    trigger_start: event.trigger.start,
    trigger_end: event.trigger.end,
    sentence_start: event.sentence.start,
    sentence_end: event.sentence.end,
    quote_id: event.quoteId,
  };
}

/** Actors across articles, with their counts. */
export const ACTOR_LAYOUT: Layout = {
  columns: [...strings('actor', 'name', 'type', 'kb_id', 'country'), ...ints('articles', 'mentions', 'quotes')],
  table: [
    { field: 'name', title: 'name', width: 32 },
    { field: 'type', title: 'type' },
    { field: 'kb_id', title: 'kbId', width: 14 },
    { field: 'country', title: 'country' },
    { field: 'articles', title: 'articles' },
    { field: 'mentions', title: 'mentions' },
    { field: 'quotes', title: 'quotes' },
  ],
};

/** The row of one actor. */
export function actorRow({ actor, articles, mentions, quotes }: ActorHit): Row {
  return { actor: actor.key, name: actor.name, type: actor.type, kb_id: actor.kbId, country: actor.country, articles, mentions, quotes };
}

/** Articles: their metadata and how much was found in each. */
export const ARTICLE_LAYOUT: Layout = {
  columns: [...strings('id', 'date', 'source', 'url', 'title'), ...ints('entities', 'quotes', 'attributions', 'events', 'messages')],
  table: [
    { field: 'id', title: 'id', width: 24 },
    { field: 'date', title: 'date', width: 10 },
    { field: 'source', title: 'source', width: 18 },
    { field: 'title', title: 'title', width: 60 },
    { field: 'quotes', title: 'quotes' },
    { field: 'events', title: 'events' },
  ],
};

/** The row of one article. */
export function articleRow(record: ArticleRecord): Row {
  const { entities, quotes, attributions, events, messages } = record;
  return {
    id: record.id,
    date: record.date ?? null,
    source: record.source ?? null,
    url: record.url ?? null,
    title: record.title ?? null,
    entities: entities.length,
    quotes: quotes.length,
    attributions: attributions.length,
    events: events.length,
    messages: messages.length,
  };
}

/** A cell as text: empty for null. */
export function cellText(value: Cell | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
