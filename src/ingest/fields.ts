/** Reads an article out of a parsed JSON value, accepting the common variants of field names. */
import type { ArticleInput } from '../doc/record.js';
import { isCalendarDay } from './dates.js';

/** Field names accepted for each article field, in order of preference. */
export const FIELD_NAMES = {
  id: ['id'],
  text: ['text', 'body', 'content'],
  title: ['title', 'headline'],
  date: ['date', 'published'],
  url: ['url'],
  source: ['source'],
} as const;

/** An article field that JSON input provides. */
export type Field = keyof typeof FIELD_NAMES;

/** The article fields a corpus names its own way (`--field source=outlet`): each read from that name alone. */
export type FieldMap = Partial<Record<Field, string>>;

// The names each field is read from: a field's own name in the map replaces the accepted variants.
function namesOf(field: Field, map: FieldMap): readonly string[] {
  const own = map[field];
  return own === undefined ? FIELD_NAMES[field] : [own];
}

/** The article fields found in a JSON object; `text` absent when it has none. */
export type ArticleFields = Partial<ArticleInput>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(object: Record<string, unknown>, field: Field, map: FieldMap): string | undefined {
  for (const name of namesOf(field, map)) {
    const value = object[name];
    if (typeof value === 'string') return value;
    // Numeric ids are common in dumps; keep them, as strings.
    if (field === 'id' && typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

/** The article fields of a JSON value (named as `map` says, else by FIELD_NAMES), or null when it is not an object. */
export function articleFields(value: unknown, map: FieldMap = {}): ArticleFields | null {
  if (!isObject(value)) return null;
  const fields: ArticleFields = {};
  for (const field of Object.keys(FIELD_NAMES) as Field[]) {
    const found = pick(value, field, map);
    if (found !== undefined) fields[field] = found;
  }
  // A date that names no real day ("2024-02-30", which JavaScript reads as 1 March) is no date.
  if (fields.date !== undefined && /^\d{4}-\d{2}-\d{2}/.test(fields.date) && !isCalendarDay(fields.date)) delete fields.date;
  return fields;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * What `articleFields` ignored, one line each: a field whose value is not text (`"title": 42`), a date
 * that is no calendar day. Empty when nothing was.
 */
export function ignoredFields(value: unknown, map: FieldMap = {}): string[] {
  if (!isObject(value)) return [];
  const problems: string[] = [];
  for (const field of Object.keys(FIELD_NAMES) as Field[]) {
    // null is how many dumps write a field they do not have.
    const name = namesOf(field, map).find((candidate) => value[candidate] !== undefined && value[candidate] !== null);
    if (name === undefined || pick(value, field, map) !== undefined) continue;
    if (field !== 'text') problems.push(`"${name}" is ${kindOf(value[name])}, not text`);
  }
  const date = pick(value, 'date', map);
  if (date !== undefined && /^\d{4}-\d{2}-\d{2}/.test(date) && !isCalendarDay(date)) problems.push(`"date" ${JSON.stringify(date)} is not a day of the calendar`);
  return problems;
}

/**
 * The fields of the map that a JSON object lacks (absent or null), as `--field source=outlet` names
 * them: a mapping is what the user says every record holds, so a record without it is not guessed at.
 */
export function missingFields(value: unknown, map: FieldMap): string[] {
  if (!isObject(value)) return [];
  return (Object.entries(map) as Array<[Field, string]>)
    .filter(([, name]) => value[name] === undefined || value[name] === null)
    .map(([field, name]) => `--field ${field}=${name}`);
}

/** The accepted names of a field, quoted, for messages: `"text", "body" or "content"`. */
export function fieldNamesText(field: Field, map: FieldMap = {}): string {
  const names = namesOf(field, map).map((name) => `"${name}"`);
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

const ID_IN_BROKEN_JSON = /"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(\d+))/;

/** The id of a line that is not valid JSON, when one can still be seen in it. */
export function salvageId(line: string): string | undefined {
  const match = ID_IN_BROKEN_JSON.exec(line);
  if (!match) return undefined;
  if (match[2] !== undefined) return match[2];
  try {
    return JSON.parse(`"${match[1] ?? ''}"`) as string;
  } catch {
    return undefined;
  }
}
