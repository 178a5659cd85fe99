/** A short human-readable rendering of a record, for a terminal. */
import type { ArticleRecord, EventRecord, QuoteRecord } from '../doc/record.js';

const QUOTE_WIDTH = 160;

function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const OPENS_WITH_MARK = /^["'\u2018\u201c\u00ab\u2039]/;

// The quoted pieces, without the attribution between the halves of a split quote.
function quoted(text: string, quote: QuoteRecord): string {
  const pieces = quote.spans.length > 0 ? quote.spans.map(([start, end]) => text.slice(start, end)) : [quote.text];
  const shown = oneLine(pieces.join(' … '), QUOTE_WIDTH);
  return OPENS_WITH_MARK.test(shown) ? shown : `"${shown}"`;
}

// How the speaker was found, when not named on the spot: "Anna Berg ‹pronoun: she›", "he ‹unresolved›".
function basisNote(speaker: QuoteRecord['speaker']): string {
  const basis = speaker?.basis;
  if (basis === undefined || basis === 'named') return '';
  const through = speaker?.mention && basis !== 'unresolved' ? `: ${speaker.mention.text.trim()}` : '';
  return ` ‹${basis}${through}›`;
}

function quoteLine(text: string, quote: QuoteRecord, index: number): string {
  const speaker = `${quote.speaker?.name ?? '(no speaker)'}${basisNote(quote.speaker)}`;
  const cue = quote.cue ? ` [${quote.cue.text}]` : '';
  return `  ${index + 1}. ${speaker} → ${quoted(text, quote)}${cue} (${quote.kind})`;
}

function eventLine(event: EventRecord): string {
  const code = event.mode === null ? event.code : `${event.code}/${event.mode}`;
  const flags = [event.negated ? 'negated' : null, event.modality === 'asserted' ? null : event.modality].filter((f) => f !== null);
  return `  ⇄ ${code} ${event.source.name} → ${event.target.name}${flags.length > 0 ? ` (${flags.join(', ')})` : ''} [${event.trigger.text}]`;
}

/** Renders one record: a heading, one line per quote and per event, the counts of each layer, and the messages. */
export function renderPretty(record: ArticleRecord): string {
  const about = [record.date, record.source].filter((part) => part !== undefined).join(' · ');
  const heading = record.title === undefined ? record.id : `${record.title} (${record.id})`;
  const lines = [`== ${heading}${about === '' ? '' : ` — ${about}`}`];
  lines.push(...record.quotes.map((quote, index) => quoteLine(record.text, quote, index)));
  lines.push(...record.events.map(eventLine));
  lines.push(
    `  ${[
      plural(record.entities.length, 'entity', 'entities'),
      plural(record.quotes.length, 'quote'),
      plural(record.attributions.length, 'attribution'),
      plural(record.events.length, 'event'),
      plural(record.messages.length, 'message'),
    ].join(' · ')}`,
  );
  for (const message of record.messages) lines.push(`  ${message.level} ${message.code}: ${message.message}`);
  return `${lines.join('\n')}\n\n`;
}
