/**
 * The public JSON record: one object per article. Field names are a public contract
 * (see product.md); offsets are UTF-16 code-unit offsets into `text`.
 */

/** A piece of the article's text: `text === record.text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Entity types the record knows. */
export type EntityType = 'person' | 'organization' | 'country' | 'place' | 'other';

/** One real-world actor named in the article, with every mention of it. */
export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  kbId: string | null;
  role: string | null;
  country: string | null;
  mentions: TextSpan[];
  /** A person's gender when the article (pronouns, titles) or the knowledge base says it; never guessed from nothing. */
  gender?: Gender | null;
}

/** A person's gender, as the article or the knowledge base states it. */
export type Gender = 'male' | 'female';

/** How a quotation is reported. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** Who a quotation belongs to: the entity, its fullest name, and the local mention that names it. */
export interface SpeakerRecord {
  entityId: string | null;
  name: string;
  mention: TextSpan | null;
  /** How the person was found: named in the sentence, through a pronoun, a nominal, continued from the quote before, a role. */
  basis?: SpeakerBasis;
}

/** How a quote's speaker was resolved (users filter on it). */
export type SpeakerBasis = 'named' | 'pronoun' | 'nominal' | 'continued' | 'role' | 'unresolved';

/** One quotation, verbatim, with its cue and speaker. */
export interface QuoteRecord {
  id: string;
  kind: QuoteKind;
  start: number;
  end: number;
  text: string;
  spans: Array<[number, number]>;
  cue: TextSpan | null;
  speaker: SpeakerRecord | null;
}

/** Kinds of attributed positions that are not acts of saying. */
export type AttributionKind = 'belief' | 'intention' | 'finding' | 'other';

/** A position attributed to someone (belief, intention, finding): same shape as a quote, never a quote. */
export interface AttributionRecord extends Omit<QuoteRecord, 'kind'> {
  kind: AttributionKind;
}

/** An actor at one end of an event. */
export interface EventActor {
  entityId: string | null;
  name: string;
  country: string | null;
  type: EntityType;
  /** What kind of actor it is, for the political scope of events. */
  kind?: ActorKind;
}

/** Kinds of event actors. */
export type ActorKind = 'state' | 'government' | 'igo' | 'party' | 'armed-group' | 'politician' | 'company' | 'person' | 'other';

/** An interaction between two actors, coded in PLOVER. */
export interface EventRecord {
  id: string;
  code: string;
  mode: string | null;
  source: EventActor;
  target: EventActor;
  negated: boolean;
  modality: 'asserted' | 'possible' | 'planned' | 'habitual' | 'hypothetical' | 'requested';
  trigger: TextSpan;
  sentence: { start: number; end: number };
  quoteId: string | null;
  /** Whether both actors are political (states, governments, IGOs, parties, armed groups, politicians). */
  political?: boolean;
  /** The id of the construction that produced the event. */
  rule?: string;
}

/** A finding about the content of one article (not a programming error). */
export interface MessageRecord {
  level: 'warning' | 'error';
  code: string;
  message: string;
}

/** The whole record of one article. */
export interface ArticleRecord {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  text: string;
  /** Names credited for the article or its pictures: not people of the story. */
  byline?: string[];
  entities: EntityRecord[];
  quotes: QuoteRecord[];
  attributions: AttributionRecord[];
  events: EventRecord[];
  messages: MessageRecord[];
}

/** What goes in: one article. Only `text` is required. */
export interface ArticleInput {
  id?: string;
  text: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
}
