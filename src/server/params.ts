/** Query parameters read and checked: a bad one is a 400 that says which and why. */
import type { QuoteKind } from '../doc/record.js';
import type { PagePosition } from '../store/store.js';
import { decodeCursor, isTracking, MAX_CURSOR } from './cursor.js';
import { HttpError } from './http.js';

/** The most rows one request may ask for, and the deepest page: every query stays bounded. */
export const MAX_LIMIT = 200;
export const MAX_OFFSET = 10_000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];

/** How a request's parameters are read. */
export interface ParamsOptions {
  /** Unknown parameters are ignored (HTML pages: a link with extra parameters still opens), not a 400. */
  lenient?: boolean;
  /** The list's path, which an `after` cursor must belong to. */
  path?: string;
}

/** Reads the parameters of one request; each getter throws 400 on a bad value. Tracking parameters (utm_*, fbclid, gclid) are ignored. */
export class Params {
  constructor(
    private readonly search: URLSearchParams,
    allowed: readonly string[],
    private readonly options: ParamsOptions = {},
  ) {
    if (options.lenient === true) return;
    for (const name of search.keys()) {
      if (!allowed.includes(name) && !isTracking(name)) throw new HttpError(400, `unknown parameter "${name}" (allowed: ${allowed.join(', ') || 'none'})`);
    }
  }

  /** A non-empty text, trimmed, or undefined. */
  text(name: string, max = 500): string | undefined {
    const values = this.search.getAll(name);
    if (values.length > 1) throw new HttpError(400, `"${name}" given more than once`);
    const value = values[0]?.trim();
    if (value === undefined || value === '') return undefined;
    if (value.length > max) throw new HttpError(400, `"${name}" is longer than ${max} characters`);
    // A NUL ends a string in SQLite's query parsers ('unterminated string'); no control character but
    // white space (tab, line breaks) is ever meant.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) throw new HttpError(400, `"${name}" contains a control character`);
    return value;
  }

  /** Every value given for `name` (repeated, or comma-separated), trimmed, at most `max` of them. */
  list(name: string, max: number): string[] {
    const values = this.search.getAll(name).flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
    if (values.length > max) throw new HttpError(400, `"${name}" takes at most ${max} value${max === 1 ? '' : 's'}; got ${values.length}`);
    for (const value of values) if (value.length > 500) throw new HttpError(400, `"${name}" is longer than 500 characters`);
    return values;
  }

  /** One of `allowed`, for each value given (repeated or comma-separated). */
  choices<T extends string>(name: string, allowed: readonly T[]): T[] | undefined {
    const values = this.list(name, allowed.length);
    if (values.length === 0) return undefined;
    return values.map((value) => {
      const found = allowed.find((choice) => choice === value);
      if (found === undefined) throw new HttpError(400, `"${name}" must be one of ${allowed.join(', ')}; got "${value}"`);
      return found;
    });
  }

  /** A day YYYY-MM-DD. */
  date(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (!DATE.test(value) || Number.isNaN(Date.parse(value))) throw new HttpError(400, `"${name}" must be a date such as 2024-12-31; got "${value}"`);
    return value;
  }

  /** A whole number in [min, max]. */
  integer(name: string, min: number, max: number): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(number >= min && number <= max)) throw new HttpError(400, `"${name}" must be a whole number from ${min} to ${max}; got "${value}"`);
    return number;
  }

  /** true or false. */
  boolean(name: string): boolean | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') throw new HttpError(400, `"${name}" must be true or false; got "${value}"`);
    return value === 'true';
  }

  /** A quote kind. */
  kind(name: string): QuoteKind | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const kind = KINDS.find((k) => k === value);
    if (kind === undefined) throw new HttpError(400, `"${name}" must be one of ${KINDS.join(', ')}; got "${value}"`);
    return kind;
  }

  /** A PLOVER code: letters and underscores. */
  code(name: string): string | undefined {
    const value = this.text(name, 40);
    if (value !== undefined && !/^[A-Za-z_]+$/.test(value)) throw new HttpError(400, `"${name}" must be a PLOVER code such as CONSULT; got "${value}"`);
    return value?.toUpperCase();
  }

  /**
   * The page: limit (1..MAX_LIMIT, default `fallback`) and where it starts — an `after` cursor, at any
   * depth, or an offset (0..MAX_OFFSET).
   */
  page(fallback = 50): { limit: number; offset: number; after?: PagePosition } {
    const limit = this.integer('limit', 1, MAX_LIMIT) ?? fallback;
    const after = this.text('after', MAX_CURSOR);
    if (after === undefined) return { limit, offset: this.integer('offset', 0, MAX_OFFSET) ?? 0 };
    if (this.search.has('offset')) throw new HttpError(400, '"after" and "offset" exclude each other');
    return { limit, ...decodeCursor(after, this.options.path ?? '', this.search) };
  }

  /** The common filters: from, to, source, limit, offset; from must not be after to. */
  common(fallback = 50): { from?: string; to?: string; source?: string; limit: number; offset: number; after?: PagePosition } {
    const from = this.date('from');
    const to = this.date('to');
    if (from !== undefined && to !== undefined && from > to) throw new HttpError(400, `"from" (${from}) is after "to" (${to})`);
    const source = this.text('source');
    return { ...(from !== undefined && { from }), ...(to !== undefined && { to }), ...(source !== undefined && { source }), ...this.page(fallback) };
  }
}

/** The parameters every list takes. */
export const COMMON = ['from', 'to', 'source', 'limit', 'offset', 'after'] as const;
