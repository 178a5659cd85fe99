/**
 * Events in POLECAT's file layout (docs/polecat-columns.md): its 40 columns in its order, then ours, so
 * that event-data code written for POLECAT reads our events by column name. What we do not know
 * (geocoding, intensity, contexts, COW codes) stays empty, never invented.
 */
import type { ArticleRecord, EntityRecord, EventActor, EventRecord } from '../doc/record.js';
import { actorKey } from '../store/actors.js';
import type { ColumnSpec, Layout, Row } from './rows.js';

/** POLECAT's 40 columns, named as its header row names them. */
export const POLECAT_COLUMNS = [
  'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Event Intensity', 'Quad Code', 'Contexts',
  'Actor Name', 'Actor Country', 'Actor COW', 'Primary Actor Sector', 'Actor Sectors', 'Actor Title', 'Actor Name Raw',
  'Wikipedia Actor ID',
  'Recipient Name', 'Recipient Country', 'Recipient COW', 'Primary Recipient Sector', 'Recipient Sectors',
  'Recipient Title', 'Recipient Name Raw', 'Wikipedia Recipient ID',
  'Placename', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename',
  'Feature Type', 'Source', 'Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language',
  'Version',
] as const;

/** Ours, after POLECAT's: the flags and where the event was read. */
export const OUR_COLUMNS = ['negated', 'modality', 'political', 'sentence', 'trigger', 'sentence_start', 'sentence_end', 'quote_id', 'article_id', 'url'] as const;

/** The layout of the POLECAT export (every column text, as in POLECAT's tab-separated files). */
export const POLECAT_LAYOUT: Layout = {
  columns: [...POLECAT_COLUMNS, ...OUR_COLUMNS].map((name): ColumnSpec => ({ name, type: 'string' })),
  table: [],
};

// The quad class of each category, from the "Quad category" of its section in the PLOVER manual.
const QUADS: Readonly<Record<string, string>> = {
  AGREE: 'VERBAL COOPERATION',
  CONSULT: 'VERBAL COOPERATION',
  SUPPORT: 'VERBAL COOPERATION',
  CONCEDE: 'VERBAL COOPERATION',
  COOPERATE: 'MATERIAL COOPERATION',
  AID: 'MATERIAL COOPERATION',
  RETREAT: 'MATERIAL COOPERATION',
  REQUEST: 'VERBAL CONFLICT',
  ACCUSE: 'VERBAL CONFLICT',
  REJECT: 'VERBAL CONFLICT',
  THREATEN: 'VERBAL CONFLICT',
  PROTEST: 'MATERIAL CONFLICT',
  SANCTION: 'MATERIAL CONFLICT',
  MOBILIZE: 'MATERIAL CONFLICT',
  COERCE: 'MATERIAL CONFLICT',
  ASSAULT: 'MATERIAL CONFLICT',
};

/** The PLOVER quad class of a category, or null for one the manual does not list. */
export function quadOf(code: string): string | null {
  return QUADS[code.toUpperCase()] ?? null;
}

const names = (entities: readonly EntityRecord[], types: ReadonlyArray<EntityRecord['type']>): string =>
  entities.filter((entity) => types.includes(entity.type)).map((entity) => entity.name.replace(/;/g, ',')).join(';');

// One end of the event as POLECAT's actor columns: the canonical name is the name across articles.
function end(record: ArticleRecord, actor: EventActor): Array<string | null> {
  const entity = record.entities.find((candidate) => candidate.id === actor.entityId);
  const sector = actor.kind ?? null;
  // POLECAT's Wikipedia ids are Wikidata items; a kbId imported from Wikidata is one ("Q567").
  const wikidata = entity?.kbId !== null && entity?.kbId !== undefined && /^Q\d+$/.test(entity.kbId) ? entity.kbId : null;
  const canonical = entity === undefined || actorKey(entity, record.source) === null ? actor.name : entity.name;
  return [canonical, actor.country, null, sector, sector, entity?.role ?? null, actor.name, wikidata];
}

/** The POLECAT row of one event of a record; `version` names the program that wrote it. */
export function polecatRow(record: ArticleRecord, event: EventRecord, version: string): Row {
  const values: Array<string | null> = [
    `${record.id}:${event.id}`,
    record.date ?? null,
    event.code,
    event.mode,
    null,
    quadOf(event.code),
    null,
    ...end(record, event.source),
    ...end(record, event.target),
    ...Array<null>(10).fill(null),
    record.source ?? null,
    record.date ?? null,
    names(record.entities, ['person']),
    names(record.entities, ['organization']),
    names(record.entities, ['country', 'place']),
    'en',
    version,
    String(event.negated),
    event.modality,
    event.political === undefined ? null : String(event.political),
    record.text.slice(event.sentence.start, event.sentence.end),
    event.trigger.text,
    String(event.sentence.start),
    String(event.sentence.end),
    event.quoteId,
    record.id,
    record.url ?? null,
  ];
  return Object.fromEntries(POLECAT_LAYOUT.columns.map((column, i) => [column.name, values[i] ?? null]));
}
