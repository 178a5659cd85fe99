/**
 * The central document: text that never changes, and named layers of annotations that are
 * character offsets into it. Every stage of the pipeline reads and adds layers of one Doc.
 */
import type { ActorKind, ArticleInput, EntityType, EventRecord, MessageRecord, QuoteKind, AttributionKind, Gender, SpeakerBasis } from './record.js';
import { MESSAGE_CODES, type MessageCode } from './messages.js';

/** A half-open range [start, end) of UTF-16 offsets into the document's text. */
export interface Span {
  start: number;
  end: number;
}

/** A token with its part-of-speech tag (Universal Dependencies tags; see src/text/tagger.ts). */
export interface Token extends Span {
  /** The token's text, lower-cased. */
  lower: string;
  pos: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** The word lists of src/lexicon/word-lists.ts that hold the lower-cased word, as bits (set by the tagger). */
  lists: number;
}

/** A span between quotation marks; `start`/`end` include the marks, `inner` excludes them. */
export interface QuotedSpan extends Span {
  inner: Span;
  /** The paragraphs it runs over (a multi-paragraph quotation reopens each paragraph). */
  paragraphs: number;
  /** False when the closing mark was missing and the span was closed at its paragraph's end. */
  closed: boolean;
}

/** A speech cue ("said", "told", "according to", a colon) found in the text. */
export interface Cue extends Span {
  /** The cue's base form ("say" for "said"), or ":" for a colon. */
  lemma: string;
  /** 'speech' for an act of saying, else the kind of position it attributes. */
  kind: 'speech' | AttributionKind;
  /** True when the verb counts as a cue only next to a quotation. */
  directOnly: boolean;
  /** Index of the first token of the cue. */
  token: number;
  /** Index of the last token of the cue. */
  lastToken: number;
}

/** How a mention refers: by name, by pronoun, or by a description ("the minister"). */
export type MentionKind = 'name' | 'pronoun' | 'nominal';

/** A mention of an actor: the noun phrase that names or refers to a speaker. */
export interface Mention extends Span {
  kind: MentionKind;
  type: EntityType;
  /** For names: the name without its title ("Anna Berg" in "Foreign Minister Anna Berg"). */
  name: Span | null;
  /** Lower-cased words that describe the actor: titles, demonyms, nouns ("dutch", "minister"). */
  descriptors: string[];
  /** True when something in the text or a lexicon says what `type` it is, not a default guess. */
  sure: boolean;
  /** The knowledge-base id its name alone establishes ("country/RUS", "gov/RUS", "org/nato"), or null. */
  ref: string | null;
  /** ISO3 of the country its name places it in ("Moscow" → RUS), or null. */
  country: string | null;
  /** The entity this mention was resolved to, an index into `doc.entities`. */
  entity: number | null;
  /** For a relative pronoun ("who"), the phrase it stands for. */
  antecedent: Mention | null;
}

/** A quotation or an attribution: the content pieces, the cue and the speaker mention. */
export interface Quote extends Span {
  kind: QuoteKind;
  spans: Span[];
  cue: Cue | null;
  speaker: Mention | null;
  /** How the speaker was found (set by the speaker stage). */
  basis?: SpeakerBasis;
  /** The entity that speaks when no mention names it here: a quotation continuing the one before. */
  continues?: number;
  /** The description that speaks when no entity does: a quotation continuing one by "a spokesman". */
  continuesDescription?: Mention;
}

/** A position attributed to someone that is not an act of saying. */
export interface Attribution extends Omit<Quote, 'kind'> {
  kind: AttributionKind;
}

/** One real-world actor in the document. */
export interface Entity {
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** The knowledge-base id it is linked to, or null when unknown or ambiguous. */
  kbId: string | null;
  /** The role it held on the article's date ("President-elect of the United States"), or null. */
  role: string | null;
  /** ISO 3166-1 alpha-3 code of its country, or null. */
  country: string | null;
  /** A person's gender as the article (titles, given name, pronouns) or the knowledge base states it. */
  gender?: Gender | null;
}

/** An interaction between two actor mentions of one sentence, coded in PLOVER. */
export interface Event {
  /** The PLOVER category. */
  code: string;
  mode: string | null;
  source: Mention;
  target: Mention;
  negated: boolean;
  modality: EventRecord['modality'];
  trigger: Span;
  /** Index of the sentence in `doc.sentences`. */
  sentence: number;
  /** Index of the quotation the event is told in (`doc.quotes`), or null. */
  quote: number | null;
  /** What kind of actor the source and the target are, and whether both are political. */
  kinds?: { source: ActorKind; target: ActorKind; political: boolean };
}

/** A message with a registered code. */
export interface Message extends MessageRecord {
  code: MessageCode;
}

/** The layers a stage may read or write; the pipeline checks their order when it is built. */
export interface Layers {
  paragraphs: Span[];
  tokens: Token[];
  sentences: Span[];
  quoted: QuotedSpan[];
  cues: Cue[];
  mentions: Mention[];
  /** Names credited for the article or its pictures ("By Anna Berg"): no people of the story. */
  credits: Span[];
  quotes: Quote[];
  attributions: Attribution[];
  entities: Entity[];
  events: Event[];
}

/** A layer's name. */
export type LayerName = keyof Layers;

/** The article's metadata, as it came in. */
export type ArticleMeta = Omit<ArticleInput, 'text'> & { id: string };

/** One article under analysis. */
export class Doc implements Layers {
  readonly text: string;
  readonly meta: ArticleMeta;
  paragraphs: Span[] = [];
  tokens: Token[] = [];
  sentences: Span[] = [];
  quoted: QuotedSpan[] = [];
  cues: Cue[] = [];
  mentions: Mention[] = [];
  credits: Span[] = [];
  quotes: Quote[] = [];
  attributions: Attribution[] = [];
  entities: Entity[] = [];
  events: Event[] = [];
  readonly messages: Message[] = [];

  constructor(text: string, meta: ArticleMeta) {
    this.text = text;
    this.meta = meta;
  }

  /** The text a span covers. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Records a finding about the content, with the registry's wording unless a specific one is given. */
  warn(code: MessageCode, message: string = MESSAGE_CODES[code], level: Message['level'] = 'warning'): void {
    this.messages.push({ level, code, message });
  }
}
