/**
 * The rows of the store's tables as every dialect reads them, and their mapping to and from the
 * record's types: a column is named here once for the reader and the writer. Values are read through
 * `str`/`num` since drivers differ (a PostgreSQL COUNT is a string, a SQLite boolean a number).
 */
import type { ArticleRecord, AttributionRecord, EntityRecord, EntityType, EventActor, EventRecord, MessageRecord, QuoteRecord } from '../../doc/record.js';
import type { ActorHit, ActorRef, ArticleRef, InteractionEdge, StoredArticle } from '../store.js';
import { extrasOf, KNOWN, withExtras } from './extras.js';

/** A row as a driver returns it. */
export type Row = Record<string, unknown>;

/** A text column's value. */
export const str = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));
/** A nullable text column's value. */
export const strOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : str(value));
/** A number column's value (integers past 2⁵³ are not stored). */
export const num = (value: unknown): number => Number(value);
/** A boolean column's value, stored as 0/1 or as a boolean. */
export const bool = (value: unknown): boolean => value === true || Number(value) === 1;

/** The article columns of a row joined with `articles a`, as ARTICLE_COLUMNS names them. */
export const ARTICLE_COLUMNS = 'a.key AS a_key, a.ext_id AS a_ext_id, a.title AS a_title, a.date AS a_date, a.source AS a_source, a.url AS a_url';

/** The actor columns of a row joined with actors as `alias`, named with `prefix`. */
export const actorColumns = (alias: string, prefix: string): string =>
  ['key', 'name', 'type', 'kb_id', 'country'].map((column) => `${alias}.${column} AS ${prefix}${column}`).join(', ');

/** The article a row belongs to (ARTICLE_COLUMNS). */
export function articleRef(row: Row): ArticleRef {
  return { key: str(row['a_key']), id: str(row['a_ext_id']), title: strOrNull(row['a_title']), date: strOrNull(row['a_date']), source: strOrNull(row['a_source']), url: strOrNull(row['a_url']) };
}

/** The actor of a row (actorColumns with `prefix`), or null when the row has none. */
export function actorRef(row: Row, prefix: string): ActorRef | null {
  if (row[`${prefix}key`] === null || row[`${prefix}key`] === undefined) return null;
  return {
    key: str(row[`${prefix}key`]),
    name: str(row[`${prefix}name`]),
    type: str(row[`${prefix}type`]) as EntityType,
    kbId: strOrNull(row[`${prefix}kb_id`]),
    country: strOrNull(row[`${prefix}country`]),
  };
}

/** An actor of a list with its counts, from a row of actorColumns('ac', 'ac_') and n_articles, n_mentions, n_quotes. */
export function actorHit(row: Row): ActorHit {
  return { actor: actorRef(row, 'ac_') as ActorRef, articles: num(row['n_articles']), mentions: num(row['n_mentions']), quotes: num(row['n_quotes']) };
}

/** An edge of the interaction network from its row: both actors (`s_`, `t_`), the code, its sums and days. */
export function interactionEdge(row: Row): InteractionEdge {
  return {
    source: actorRef(row, 's_') as ActorRef,
    target: actorRef(row, 't_') as ActorRef,
    code: String(row['code']),
    events: num(row['n']),
    negated: num(row['negated']),
    firstDay: strOrNull(row['first']),
    lastDay: strOrNull(row['last']),
  };
}

/** A quote or attribution from its row in `quotes`. */
export function quoteRecord(row: Row): QuoteRecord | AttributionRecord {
  const span = (start: unknown, end: unknown, text: unknown): { start: number; end: number; text: string } | null =>
    start === null || start === undefined ? null : { start: num(start), end: num(end), text: str(text) };
  const speakerName = row['speaker_name'];
  return withExtras<QuoteRecord | AttributionRecord>({
    id: str(row['local_id']),
    kind: str(row['kind']) as QuoteRecord['kind'],
    start: num(row['start']),
    end: num(row['end_']),
    text: str(row['text']),
    spans: JSON.parse(str(row['spans'])) as Array<[number, number]>,
    cue: span(row['cue_start'], row['cue_end'], row['cue_text']),
    speaker:
      speakerName === null || speakerName === undefined
        ? null
        : { entityId: strOrNull(row['speaker_entity']), name: str(speakerName), mention: span(row['speaker_start'], row['speaker_end'], row['speaker_text']) },
  }, row['extra']);
}

/** An event from its row in `events`. */
export function eventRecord(row: Row): EventRecord {
  const end = (prefix: string): EventRecord['source'] => ({
    entityId: strOrNull(row[`${prefix}_entity`]),
    name: str(row[`${prefix}_name`]),
    country: strOrNull(row[`${prefix}_country`]),
    type: str(row[`${prefix}_type`]) as EntityType,
  });
  return withExtras<EventRecord>({
    id: str(row['local_id']),
    code: str(row['code']),
    mode: strOrNull(row['mode']),
    source: end('source'),
    target: end('target'),
    negated: bool(row['negated']),
    modality: str(row['modality']) as EventRecord['modality'],
    trigger: { start: num(row['trigger_start']), end: num(row['trigger_end']), text: str(row['trigger_text']) },
    sentence: { start: num(row['sentence_start']), end: num(row['sentence_end']) },
    quoteId: strOrNull(row['quote_id']),
  }, row['extra']);
}

/** An entity from its row in `entities`; mentions are stored as offsets and cut from the article's text. */
export function entityRecord(row: Row, text: string): EntityRecord {
  return withExtras<EntityRecord>({
    id: str(row['local_id']),
    name: str(row['name']),
    type: str(row['type']) as EntityType,
    kbId: strOrNull(row['kb_id']),
    role: strOrNull(row['role']),
    country: strOrNull(row['country']),
    mentions: (JSON.parse(str(row['mentions'])) as Array<[number, number]>).map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
  }, row['extra']);
}

/** A whole record from its article's row and the rows of its entities (by ord), quotes and events (by id). */
export function articleRecord(row: Row, entities: readonly Row[], quotes: readonly Row[], events: readonly Row[]): ArticleRecord & { byline?: string } {
  const text = str(row['text']);
  const optional = (name: string, value: unknown): Record<string, string> => (value === null || value === undefined ? {} : { [name]: str(value) });
  return withExtras<ArticleRecord & { byline?: string }>({
    id: str(row['ext_id']),
    ...optional('title', row['title']),
    ...optional('date', row['date']),
    ...optional('url', row['url']),
    ...optional('source', row['source']),
    text,
    entities: entities.map((entity) => entityRecord(entity, text)),
    quotes: quotes.filter((q) => q['layer'] === 'quote').map((q) => quoteRecord(q) as QuoteRecord),
    attributions: quotes.filter((q) => q['layer'] === 'attribution').map((q) => quoteRecord(q) as AttributionRecord),
    events: events.map(eventRecord),
    messages: JSON.parse(str(row['messages'])) as MessageRecord[],
    ...optional('byline', row['byline']),
  }, row['extra']);
}

/** The row of a quote or attribution in `quotes`, `actors` giving the actor id of each entity of its article. */
export function quoteRow(articleId: number, day: string | null, layer: 'quote' | 'attribution', quote: QuoteRecord | AttributionRecord, actors: ReadonlyMap<string, number>): Row {
  const speaker = quote.speaker;
  return {
    article_id: articleId,
    day,
    layer,
    local_id: quote.id,
    kind: quote.kind,
    start: quote.start,
    end_: quote.end,
    text: quote.text,
    spans: JSON.stringify(quote.spans),
    cue_start: quote.cue?.start ?? null,
    cue_end: quote.cue?.end ?? null,
    cue_text: quote.cue?.text ?? null,
    speaker_entity: speaker?.entityId ?? null,
    speaker_name: speaker?.name ?? null,
    speaker_start: speaker?.mention?.start ?? null,
    speaker_end: speaker?.mention?.end ?? null,
    speaker_text: speaker?.mention?.text ?? null,
    actor_id: speaker?.entityId ? (actors.get(speaker.entityId) ?? null) : null,
    extra: extrasOf(quote, KNOWN.quote, { speaker: KNOWN.speaker }),
  };
}

function side(prefix: 'source' | 'target', actor: EventActor, actors: ReadonlyMap<string, number>): Row {
  return {
    [`${prefix}_entity`]: actor.entityId,
    [`${prefix}_name`]: actor.name,
    [`${prefix}_country`]: actor.country,
    [`${prefix}_type`]: actor.type,
    [`${prefix}_actor_id`]: actor.entityId === null ? null : (actors.get(actor.entityId) ?? null),
  };
}

/** The row of an event in `events` (`negated` as 0/1, which both dialects take). */
export function eventRow(articleId: number, day: string | null, event: EventRecord, actors: ReadonlyMap<string, number>): Row {
  return {
    article_id: articleId,
    day,
    local_id: event.id,
    code: event.code,
    mode: event.mode,
    negated: event.negated ? 1 : 0,
    modality: event.modality,
    ...side('source', event.source, actors),
    ...side('target', event.target, actors),
    trigger_start: event.trigger.start,
    trigger_end: event.trigger.end,
    trigger_text: event.trigger.text,
    sentence_start: event.sentence.start,
    sentence_end: event.sentence.end,
    quote_id: event.quoteId,
    extra: extrasOf(event, KNOWN.event, { source: KNOWN.eventActor, target: KNOWN.eventActor }),
  };
}

/** The `extra` column of an entity's row. */
export const entityExtra = (entity: object): string | null => extrasOf(entity, KNOWN.entity);
/** The `extra` column of an article's row. */
export const articleExtra = (record: object): string | null => extrasOf(record, KNOWN.article);

/**
 * The columns of `quotes` and of `events` that quoteRecord and eventRecord read (and the row id), as
 * a reader selects them from `alias`: not the ids and days kept for the indexes (fewer values for the
 * driver to hand over, a list's rows being most of its cost).
 */
export const recordColumns = (table: 'quotes' | 'events', alias: string): string =>
  ['id', ...(table === 'quotes' ? QUOTE_COLUMNS : EVENT_COLUMNS).filter((column) => !['article_id', 'layer', 'actor_id', 'source_actor_id', 'target_actor_id', 'day'].includes(column))]
    .map((column) => `${alias}.${column}`)
    .join(', ');

/** The columns of `quotes` and of `events` a writer fills, in one order for every dialect. */
export const QUOTE_COLUMNS = ['article_id', 'layer', 'local_id', 'kind', 'start', 'end_', 'text', 'spans', 'cue_start', 'cue_end', 'cue_text', 'speaker_entity', 'speaker_name', 'speaker_start', 'speaker_end', 'speaker_text', 'actor_id', 'day', 'extra'] as const;
export const EVENT_COLUMNS = [
  'article_id', 'local_id', 'code', 'mode', 'negated', 'modality',
  'source_entity', 'source_name', 'source_country', 'source_type', 'source_actor_id',
  'target_entity', 'target_name', 'target_country', 'target_type', 'target_actor_id',
  'trigger_start', 'trigger_end', 'trigger_text', 'sentence_start', 'sentence_end', 'quote_id', 'day', 'extra',
] as const;

/** Articles' rows and their records as stored: key, hash, the record, and the byline kept beside it. */
export function storedEntries(rows: readonly Row[], records: ReadonlyArray<ArticleRecord & { byline?: string | string[] }>): StoredArticle[] {
  return records.map((full, i) => {
    const row = rows[i] ?? {};
    const byline = strOrNull(row['byline']);
    // The record's own byline (a list, kept as an extra) stays; the stored one beside it goes back beside it.
    const record = typeof full.byline === 'string' ? (({ byline: _dropped, ...rest }) => rest)(full) : full;
    return { key: str(row['key']), hash: str(row['hash']), record: record as ArticleRecord, ...(byline !== null && { byline }) };
  });
}
