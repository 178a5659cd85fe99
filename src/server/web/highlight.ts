/**
 * An article's text with its annotations drawn from the record's offsets: quoted pieces coloured by
 * speaker (each a link to the speaker's page), cues underlined, speaker mentions in bold, event
 * triggers marked. The text is cut at every annotation boundary and each piece escaped on its own.
 */
import type { ArticleRecord, EventRecord, QuoteRecord } from '../../doc/record.js';
import { actorKey } from '../../store/actors.js';
import { actorHref, html, type Html } from './html.js';

/** The actor key of an entity of this record (as the store merges them), or null. */
export function entityActorKey(record: ArticleRecord, entityId: string | null, articleKey: string | null): string | null {
  if (entityId === null || articleKey === null) return null;
  const entity = record.entities.find((e) => e.id === entityId);
  return entity === undefined ? null : actorKey(entity, record.source);
}

type Layer = 'quote' | 'cue' | 'speaker' | 'event';

interface Mark {
  start: number;
  end: number;
  layer: Layer;
  quote?: QuoteRecord;
  event?: EventRecord;
}

function marks(record: ArticleRecord): Mark[] {
  const out: Mark[] = [];
  const length = record.text.length;
  const add = (start: number, end: number, mark: Omit<Mark, 'start' | 'end'>): void => {
    // A span outside the text (a damaged record) is left out rather than drawn wrong.
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= length && start < end) out.push({ start, end, ...mark });
  };
  for (const quote of record.quotes) {
    for (const [start, end] of quote.spans) add(start, end, { layer: 'quote', quote });
    if (quote.cue) add(quote.cue.start, quote.cue.end, { layer: 'cue', quote });
    if (quote.speaker?.mention) add(quote.speaker.mention.start, quote.speaker.mention.end, { layer: 'speaker', quote });
  }
  for (const event of record.events) add(event.trigger.start, event.trigger.end, { layer: 'event', event });
  return out;
}

/** Options of `highlightText`. */
export interface HighlightOptions {
  /** The article's key in the store: quotes link to their speaker's page. Null for a record not stored. */
  articleKey: string | null;
}

function eventTitle(event: EventRecord): string {
  const flags = [event.negated ? 'negated' : '', event.modality !== 'asserted' ? event.modality : ''].filter((f) => f !== '').join(', ');
  return `${event.code}${flags === '' ? '' : ` (${flags})`}: ${event.source.name} → ${event.target.name}`;
}

/** Speakers of an article told apart in this many colours; their numbers tell apart any more. */
export const SPEAKER_COLOURS = 11;

// Who a quote is by, within the article: its actor, else its name.
const speakerId = (record: ArticleRecord, quote: QuoteRecord, options: HighlightOptions): string | null =>
  quote.speaker === null ? null : (entityActorKey(record, quote.speaker.entityId, options.articleKey) ?? `name:${quote.speaker.name}`);

/**
 * Each speaker's number in the article (1, 2, …, in the order they are first quoted): their colour is
 * chosen by it, so the speakers of one article never share one (up to SPEAKER_COLOURS), and the number is
 * shown beside each quote, so that colour is never the only thing tying a quote to its speaker.
 */
export function speakerNumbers(record: ArticleRecord, options: HighlightOptions): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const quote of record.quotes) {
    const id = speakerId(record, quote, options);
    if (id !== null && !numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return numbers;
}

/** The colour class of a speaker's number. */
export const speakerColour = (number: number): string => `c${(number - 1) % SPEAKER_COLOURS}`;

/** The article's text as markup, with its annotations. */
export function highlightText(record: ArticleRecord, options: HighlightOptions): Html {
  const numbers = speakerNumbers(record, options);
  const spanStarts = new Set(record.quotes.flatMap((quote) => quote.spans.map(([start]) => `${quote.id}@${start}`)));
  const all = marks(record);
  const cuts = new Set<number>([0, record.text.length]);
  for (const mark of all) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Html[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const covering = all.filter((mark) => mark.start <= start && mark.end >= end);
    let piece: Html = html`${record.text.slice(start, end)}`;
    for (const mark of covering.filter((m) => m.layer === 'event')) {
      if (mark.event) piece = html`<mark class="event${mark.event.negated ? ' negated' : ''}" title="${eventTitle(mark.event)}" data-event="${mark.event.id}">${piece}</mark>`;
    }
    if (covering.some((m) => m.layer === 'cue')) piece = html`<span class="cue">${piece}</span>`;
    if (covering.some((m) => m.layer === 'speaker')) piece = html`<strong class="speaker">${piece}</strong>`;
    const quote = covering.find((m) => m.layer === 'quote')?.quote;
    if (quote) {
      const key = entityActorKey(record, quote.speaker?.entityId ?? null, options.articleKey);
      const number = numbers.get(speakerId(record, quote, options) ?? '');
      const title = `${quote.kind} quote${quote.speaker ? ` by ${quote.speaker.name}` : ', speaker unknown'}`;
      const colour = number === undefined ? 'unknown' : speakerColour(number);
      // The speaker's number opens each quoted piece, for readers who do not see the colours; drawn by
      // the stylesheet from data-who, so the text itself stays exactly the article's.
      const who = number !== undefined && spanStarts.has(`${quote.id}@${start}`) ? String(number) : undefined;
      piece =
        key === null
          ? html`<span class="q ${colour}" title="${title}"${who === undefined ? '' : html` data-who="${who}"`} data-quote="${quote.id}">${piece}</span>`
          : html`<a class="q ${colour}" href="${actorHref(key)}" title="${title}"${who === undefined ? '' : html` data-who="${who}"`} data-quote="${quote.id}">${piece}</a>`;
    }
    pieces.push(piece);
  }
  return html`<div class="article-text">${pieces}</div>`;
}

/** The speakers of the record with their colours, links when stored, and how many quotes each has. */
export function speakerLegend(record: ArticleRecord, options: HighlightOptions): Html {
  const seen = new Map<string, { name: string; key: string | null; quotes: number }>();
  for (const quote of record.quotes) {
    if (!quote.speaker) continue;
    const key = entityActorKey(record, quote.speaker.entityId, options.articleKey);
    const id = key ?? `name:${quote.speaker.name}`;
    const entry = seen.get(id) ?? { name: quote.speaker.name, key, quotes: 0 };
    entry.quotes += 1;
    seen.set(id, entry);
  }
  if (seen.size === 0) return html`<p class="muted">No attributed quotes.</p>`;
  const numbers = speakerNumbers(record, options);
  return html`<ul class="legend">${[...seen.entries()].map(([id, { name, key, quotes }]) => {
    const number = numbers.get(id) ?? 0;
    return html`<li><span class="swatch q ${speakerColour(number)}">${number}</span>${key === null ? name : html`<a href="${actorHref(key)}">${name}</a>`} <span class="muted">(${quotes})</span></li>`;
  })}</ul>`;
}
