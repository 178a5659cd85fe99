/** Small readers for untrusted JSON values: each returns the typed value or throws a GoldLineError. */
import type { Range } from './gold.js';

/** A gold line that cannot be used; the message says which field is wrong and why. */
export class GoldLineError extends Error {
  override name = 'GoldLineError';
}

/** A parsed JSON object. */
export type JsonObject = Record<string, unknown>;

/** Whether a JSON value is an object (not an array or null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A required string field (a number is accepted for ids and turned into a string). */
export function requiredString(object: JsonObject, field: string): string {
  const value = object[field];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new GoldLineError(`"${field}" must be a string, got ${describe(value)}`);
}

/** An optional string field: missing, null or empty gives undefined. */
export function optionalString(object: JsonObject, field: string): string | undefined {
  const value = object[field];
  if (typeof value === 'string' && value !== '') return value;
  if (value === undefined || value === null || value === '') return undefined;
  throw new GoldLineError(`"${field}" must be a string or null, got ${describe(value)}`);
}

/** An offset into `text`: an integer in 0..length. */
export function offset(value: unknown, length: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > length) {
    throw new GoldLineError(`${what} must be an integer offset in 0..${length}, got ${describe(value)}`);
  }
  return value;
}

/** A range `[start, end]` with 0 <= start <= end <= length. */
export function range(start: unknown, end: unknown, length: number, what: string): Range {
  const s = offset(start, length, `${what} start`);
  const e = offset(end, length, `${what} end`);
  if (e < s) throw new GoldLineError(`${what} ends (${e}) before it starts (${s})`);
  return [s, e];
}

/** A list of `[start, end]` pairs; missing or null gives an empty list. */
export function rangeList(value: unknown, length: number, what: string): Range[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new GoldLineError(`${what} must be a list of [start, end] pairs`);
  return value.map((pair: unknown, i) => {
    if (!Array.isArray(pair) || pair.length !== 2) {
      throw new GoldLineError(`${what}[${i}] must be a [start, end] pair, got ${describe(pair)}`);
    }
    return range(pair[0], pair[1], length, `${what}[${i}]`);
  });
}

function describe(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 40 ? `${json.slice(0, 40)}…` : json;
}
