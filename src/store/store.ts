/**
 * The store: one interface over a database of articles and what was extracted from them. Callers
 * see plain record objects (src/doc/record.ts); each dialect (SQLite now) keeps its SQL to itself.
 */
import type { ArticleRecord, EntityType, EventRecord, QuoteKind, QuoteRecord } from '../doc/record.js';

/** An article to store: its record, the key that identifies it, and the hash of what it was made from. */
export interface StoredArticle {
  /** Identifies the article across runs: its input's id within its source, else its URL, else its text (see `articleKey`). */
  key: string;
  /** Hash of the article's input (text and metadata): the same key and hash is the same article. */
  hash: string;
  record: ArticleRecord;
  /** Who wrote it, when the input said: kept beside the record. */
  byline?: string;
}

/**
 * What `put` did with one article: stored new; stored new though another article has the same text
 * (`republished`: a wire story run by a second outlet); replaced a changed one; left one unchanged.
 */
export type PutOutcome = 'stored' | 'republished' | 'replaced' | 'unchanged' | { error: string };

/** Filters shared by every query; dates are compared by day (YYYY-MM-DD), both ends included. */
export interface CommonFilter {
  from?: string;
  to?: string;
  /** The article's source, without regard to case. */
  source?: string;
  /** At most this many rows (default 50; 0 for all). */
  limit?: number;
  /** Rows skipped before the first one returned (default 0): pages of a long list. */
  offset?: number;
  /**
   * The rows after this one (of articles, quotes, events, actors or interactions), found by index
   * however deep the page for the first three, after the row's place in the same count for the others:
   * `offset` is then not used, unless that row is no longer in the list (then `offset` places the page).
   */
  after?: PagePosition;
}

/** A row of a list of articles, quotes, events, actors or interactions, named by what its hit shows (see `positionOf`). */
export interface PagePosition {
  /** The article's key; for a row of a list of actors, the actor's key; of interactions, the source actor's. */
  article: string;
  /** The quote's or the event's id within its article; of an interaction, its code, a space and the target actor's key; absent for an article or an actor. */
  id?: string;
}

/** Filters of `quotes`. */
export interface QuoteFilter extends CommonFilter {
  /** The speaker's actor: a kbId, an actor key, or a name (whole name first, else a part of one). */
  speaker?: string;
  /** Full-text search over the quote's text: words (all must occur), "a phrase", prefix*. */
  search?: string;
  kind?: QuoteKind;
}

/** Filters of `entities` (actors across articles). */
export interface EntityFilter extends CommonFilter {
  actor?: string;
  type?: EntityType;
}

/** Filters of `events`. */
export interface EventFilter extends CommonFilter, FlagFilter {
  /** An actor at either end of the event. */
  actor?: string;
  /** Events between two actors, in either direction (each a kbId, an actor key or a name). */
  between?: readonly [string, string];
  /** The actor who acts (the event's source). */
  sourceActor?: string;
  /** The actor acted upon (the event's target). */
  targetActor?: string;
  /** The PLOVER code, without regard to case. */
  code?: string;
}

/** Filters on how an event is asserted, shared by events and interactions. */
export interface FlagFilter {
  negated?: boolean;
  /** Only events of these modalities ("asserted", "requested", …). */
  modality?: readonly EventRecord['modality'][];
  /** Only events between political actors (true), or only others (false); events stored without the flag count as political (unknown, not dropped). */
  political?: boolean;
}

/** The article a row belongs to. */
export interface ArticleRef {
  key: string;
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
}

/** An actor across articles: one per kbId, per merged full name, or per unmerged entity. */
export interface ActorRef {
  key: string;
  name: string;
  type: EntityType;
  kbId: string | null;
  country: string | null;
}

/** A quotation found by `quotes`. */
export interface QuoteHit {
  article: ArticleRef;
  quote: QuoteRecord;
  actor: ActorRef | null;
}

/** An actor found by `entities`, with how often it appears (in the filtered articles). */
export interface ActorHit {
  actor: ActorRef;
  articles: number;
  mentions: number;
  quotes: number;
}

/** An event found by `events`. */
export interface EventHit {
  article: ArticleRef;
  event: EventRecord;
  sourceActor: ActorRef | null;
  targetActor: ActorRef | null;
}

/** How many of each thing the store holds. */
export interface StoreCounts {
  articles: number;
  actors: number;
  entities: number;
  quotes: number;
  attributions: number;
  events: number;
}

/** An article found by `articles`, with how much was extracted from it. */
export interface ArticleHit {
  article: ArticleRef;
  quotes: number;
  events: number;
}

/** One stored article: its key and its whole record. */
export interface ArticleEntry {
  key: string;
  record: ArticleRecord & { byline?: string };
}

/** A role an actor held, in how many articles, and the first and last day it was seen. */
export interface ActorRole {
  role: string;
  articles: number;
  first: string | null;
  last: string | null;
}

/** One actor with its counts, its roles and its quotes per month. */
export interface ActorDetail extends ActorHit {
  /** Most frequent first, at most 20. */
  roles: ActorRole[];
  /** Quotes per month (YYYY-MM), oldest first; articles without a date are left out. */
  timeline: Array<{ month: string; quotes: number }>;
}

/** The lists an actor's page shows beside its detail, each filtered so; the actor is the page's. */
export interface ActorLists {
  quotes: Omit<QuoteFilter, 'speaker'>;
  events: Omit<EventFilter, 'actor'>;
  interactions: Omit<InteractionFilter, 'actor'>;
}

/** An actor's detail and the first page of each of its lists. */
export interface ActorPage {
  detail: ActorDetail;
  /** Its quotes, as `quotes` with the actor as speaker. */
  quotes: QuoteHit[];
  /** The events at either end of which it stands, as `events` with the actor. */
  events: EventHit[];
  /** Its interactions, as `interactions` with the actor. */
  interactions: InteractionEdge[];
}

/** Filters of `interactions`. */
export interface InteractionFilter extends CommonFilter, FlagFilter {
  /** The PLOVER code, without regard to case. */
  code?: string;
  /** An actor at either end. */
  actor?: string;
}

/** The events between two actors with one code, summed: an edge of the interaction network. */
export interface InteractionEdge {
  source: ActorRef;
  target: ActorRef;
  code: string;
  events: number;
  /** How many of those events are negated ("did not meet"). */
  negated: number;
  firstDay: string | null;
  lastDay: string | null;
}

/** A count under a label ("person", "Kelmouth Herald", "2024-03"). */
export interface LabelCount {
  label: string;
  count: number;
}

/** Counts for the dashboard: who gets quoted, where, and when; events by category and month. */
export interface StoreStats {
  /** Quotes by the speaker's gender, or null when this store does not keep it. */
  quotesByGender: LabelCount[] | null;
  /** Quotes by the type of the speaking actor ("unknown": no actor). */
  quotesByType: LabelCount[];
  /** Quotes by the article's source, most first (at most 20; the rest summed as "other sources"). */
  quotesBySource: LabelCount[];
  /** Quotes per month (YYYY-MM), oldest first; undated articles left out. */
  quotesByMonth: LabelCount[];
  /** The people quoted most, most first (at most 20), with their actor keys. */
  mostQuoted: Array<LabelCount & { key: string }>;
  /** Events per month and PLOVER category. */
  eventsByMonth: Array<{ month: string; code: string; count: number }>;
}

/** A failure of the database itself (read-only, disk full, corrupt), as opposed to one article's. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    message: string,
    /** True when no further write can succeed (read-only, full, corrupt): the caller should stop. */
    readonly fatal: boolean,
  ) {
    super(message);
  }
}

/** A database of articles, entities, quotes and events. Every method may reject with a StoreError. */
export interface Store {
  /** The dialect's name (`sqlite`). */
  readonly dialect: string;
  /** Where the store is, for messages (a path or a URL without its password). */
  readonly location: string;
  /** The schema version in force. */
  schemaVersion(): Promise<number>;
  /** The content hashes stored under these keys (keys absent from the store are absent from the map). */
  hashes(keys: readonly string[]): Promise<Map<string, string>>;
  /**
   * Stores a batch of articles in one transaction. An article whose key holds the same hash is left
   * alone; a different hash replaces all its records. One article failing leaves the others stored.
   */
  put(articles: readonly StoredArticle[]): Promise<PutOutcome[]>;
  /** Removes an article and its records; false when there was none. */
  remove(key: string): Promise<boolean>;
  quotes(filter?: QuoteFilter): Promise<QuoteHit[]>;
  entities(filter?: EntityFilter): Promise<ActorHit[]>;
  events(filter?: EventFilter): Promise<EventHit[]>;
  /** Articles, newest first, with their counts of quotes and events. */
  articles(filter?: CommonFilter): Promise<ArticleHit[]>;
  /** One article by its key, or null. */
  article(key: string): Promise<ArticleEntry | null>;
  /** The articles whose input gave them this id (one per source that used it), oldest first; `source` narrows to one (any case). */
  articlesWithId(id: string, source?: string): Promise<ArticleEntry[]>;
  /** One actor by its key, or null. */
  actor(key: string): Promise<ActorDetail | null>;
  /**
   * One actor by its key with the first page of each of its lists, or null: its key read once, and
   * its lists read by that actor alone (not by another whose name or kbId the key spells).
   */
  actorPage(key: string, lists: ActorLists): Promise<ActorPage | null>;
  /** Events between actors (both ends known) summed by pair and code, most events first. */
  interactions(filter?: InteractionFilter): Promise<InteractionEdge[]>;
  /** Every article's record, in the order they were first stored, read a page at a time. */
  records(): AsyncGenerator<ArticleRecord & { byline?: string }>;
  /** Every article as stored, with its key and hash, in the order first stored: what `copy` moves to another store. */
  entries(): AsyncGenerator<StoredArticle>;
  counts(): Promise<StoreCounts>;
  /** The dashboard's counts; absent in a dialect that does not give them yet. */
  stats?(): Promise<StoreStats>;
  /**
   * A token that differs whenever what the store holds may have changed since it was last asked: a write
   * through this handle or a commit by any other connection or process. Cheap enough to ask on every
   * request, so that answers computed from the store can be kept until it changes.
   */
  dataVersion(): Promise<string>;
  /** Ends the store, once the calls under way have finished (PostgreSQL refuses a call made after it with a StoreError). */
  close(): Promise<void>;
}

/** What names a hit's row in its list: the `after` of the page that follows it. */
export function positionOf(hit: QuoteHit | EventHit | ArticleHit | ActorHit | InteractionEdge): PagePosition {
  if ('target' in hit) return { article: hit.source.key, id: `${hit.code} ${hit.target.key}` };
  if ('mentions' in hit) return { article: hit.actor.key };
  if ('quote' in hit) return { article: hit.article.key, id: hit.quote.id };
  if ('event' in hit) return { article: hit.article.key, id: hit.event.id };
  return { article: hit.article.key };
}

/** Rows returned when a filter sets no limit. */
export const DEFAULT_LIMIT = 50;
