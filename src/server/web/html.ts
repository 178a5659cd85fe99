/**
 * HTML built safely: `html` is a tagged template whose interpolated values are escaped unless they
 * are already `Html` (made by `html` itself or by `raw` for markup we wrote). Text from articles and
 * from extraction never reaches a page any other way.
 */

/** Markup that is safe to insert as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

/** Text escaped for element content and quoted attribute values. */
export function escape(text: string): string {
  // Most values (numbers, coordinates, plain words) need nothing: a test is cheaper than a replace.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : text;
}

const THOUSANDS = new Intl.NumberFormat('en-US');

/** A number with thousands separators ('12,345'), as toLocaleString('en-US') gives it, at a fraction of its cost for counts. */
export function count(value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return THOUSANDS.format(value);
  const digits = String(value);
  return value > -1000 && value < 1000 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A value as markup: Html as is, arrays joined, null/undefined/false as nothing, anything else escaped. */
function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escape(String(value));
}

/** The tagged template. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Markup we wrote ourselves (never from input). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** JSON for a `<script type="application/json">` block: `<` escaped so that no text can close the element. */
export function jsonData(value: unknown): Html {
  return new Html(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
}

/** A path with a query string built from the defined values. */
export function href(path: string, query: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** The page of an article and of an actor. */
export const articleHref = (key: string): string => `/articles/${encodeURIComponent(key)}`;
export const actorHref = (key: string): string => `/actors/${encodeURIComponent(key)}`;

/** One of twelve speaker colours, the same for the same key everywhere. */
export function colourClass(key: string): string {
  let hash = 0;
  for (let i = 0; i < key.length; i += 1) hash = (hash * 31 + key.charCodeAt(i)) >>> 0;
  return `c${hash % 12}`;
}
