/** Reads one PolNeAR line (one article as seen by one annotator) into a gold document. */
import type { GoldDocument, GoldItem, Range } from './gold.js';
import { GoldLineError, isObject, optionalString, rangeList, requiredString, type JsonObject } from './json-fields.js';
import { isSpeechCue } from './speech-cue.js';

function joined(text: string, ranges: Range[]): string {
  return ranges.map(([s, e]) => text.slice(s, e)).join(' ');
}

function nonEmpty(ranges: Range[]): boolean {
  return ranges.some(([s, e]) => e > s);
}

function item(value: unknown, text: string, i: number): GoldItem {
  if (!isObject(value)) throw new GoldLineError(`attributions[${i}] must be an object`);
  const where = `attributions[${i}]`;
  const content = rangeList(value['content'], text.length, `${where}.content`);
  const source = rangeList(value['source'], text.length, `${where}.source`);
  const cue = rangeList(value['cue'], text.length, `${where}.cue`);
  const hasSource = value['type'] !== 'Attribution-no-source' && nonEmpty(source);
  const cueText = optionalString(value, 'cue_text') ?? joined(text, cue);
  return {
    content,
    source: hasSource ? source : null,
    sourceText: hasSource ? (optionalString(value, 'source_text') ?? joined(text, source)) : '',
    cue: nonEmpty(cue) ? cue : null,
    cueText,
    reference: null,
    speech: isSpeechCue(cueText),
  };
}

/** The gold document of a PolNeAR line: `{article, annotator, date, text, attributions: [...]}`. */
export function fromPolnear(line: JsonObject): GoldDocument {
  const text = requiredString(line, 'text');
  const attributions = line['attributions'];
  if (!Array.isArray(attributions)) throw new GoldLineError('"attributions" must be a list');
  const id = optionalString(line, 'article') ?? requiredString(line, 'id');
  const annotator = optionalString(line, 'annotator');
  const date = optionalString(line, 'date');
  return {
    id,
    ...(annotator !== undefined && { annotator }),
    text,
    ...(date !== undefined && { date }),
    items: attributions.map((a: unknown, i) => item(a, text, i)),
  };
}
