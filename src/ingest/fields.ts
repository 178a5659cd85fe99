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

type Field = keyof typeof FIELD_NAMES;

/** The article fields found in a JSON object; `text` absent when it has none. */
export type ArticleFields = Partial<ArticleInput>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(object: Record<string, unknown>, field: Field): string | undefined {
  for (const name of FIELD_NAMES[field]) {
    const value = object[name];
    if (typeof value === 'string') return value;
    // Numeric ids are common in dumps; keep them, as strings.
    if (field === 'id' && typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

/** The article fields of a JSON value, or null when it is not an object. */
export function articleFields(value: unknown): ArticleFields | null {
  if (!isObject(value)) return null;
  const fields: ArticleFields = {};
  for (const field of Object.keys(FIELD_NAMES) as Field[]) {
    const found = pick(value, field);
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
export function ignoredFields(value: unknown): string[] {
  if (!isObject(value)) return [];
  const problems: string[] = [];
  for (const field of Object.keys(FIELD_NAMES) as Field[]) {
    // null is how many dumps write a field they do not have.
    const name = FIELD_NAMES[field].find((candidate) => value[candidate] !== undefined && value[candidate] !== null);
    if (name === undefined || pick(value, field) !== undefined) continue;
    if (field !== 'text') problems.push(`"${name}" is ${kindOf(value[name])}, not text`);
  }
  const date = pick(value, 'date');
  if (date !== undefined && /^\d{4}-\d{2}-\d{2}/.test(date) && !isCalendarDay(date)) problems.push(`"date" ${JSON.stringify(date)} is not a day of the calendar`);
  return problems;
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
