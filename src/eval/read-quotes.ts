/**
 * Reads one line of the per-quote gold format:
 * `{id, text, date?, quotes: [{start, end, speaker?, speaker_start?, speaker_end?, verb?, reference?}]}`.
 * Only `start` and `end` are required; the file is a set of quotations, so an item without a verb
 * counts as speech, and one with a verb is classified like any other cue.
 */
import type { GoldDocument, GoldItem } from './gold.js';
import { GoldLineError, isObject, optionalString, range, requiredString, type JsonObject } from './json-fields.js';
import { isSpeechCue } from './speech-cue.js';

function item(value: unknown, text: string, i: number): GoldItem {
  const where = `quotes[${i}]`;
  if (!isObject(value)) throw new GoldLineError(`${where} must be an object`);
  const content = range(value['start'], value['end'], text.length, where);
  const hasSourceOffsets = value['speaker_start'] !== undefined && value['speaker_start'] !== null
    && value['speaker_end'] !== undefined && value['speaker_end'] !== null;
  const source = hasSourceOffsets ? [range(value['speaker_start'], value['speaker_end'], text.length, `${where}.speaker`)] : null;
  const verb = optionalString(value, 'verb');
  return {
    content: [content],
    source,
    sourceText: optionalString(value, 'speaker') ?? '',
    cue: null,
    cueText: verb ?? '',
    reference: optionalString(value, 'reference') ?? null,
    speech: verb === undefined || isSpeechCue(verb),
  };
}

/** The gold document of a per-quote line. */
export function fromQuoteFormat(line: JsonObject): GoldDocument {
  const text = requiredString(line, 'text');
  const quotes = line['quotes'];
  if (!Array.isArray(quotes)) throw new GoldLineError('"quotes" must be a list');
  const date = optionalString(line, 'date');
  const split = optionalString(line, 'gum_split') ?? optionalString(line, 'split');
  return {
    id: requiredString(line, 'id'),
    text,
    ...(date !== undefined && { date }),
    ...(split !== undefined && { split }),
    items: quotes.map((q: unknown, i) => item(q, text, i)),
  };
}
