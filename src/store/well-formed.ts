/**
 * Strings made storable: a lone surrogate (half of a UTF-16 pair, which an invalid input can leave)
 * has no UTF-8 form, so a database would give it back as replacement bytes of another length and move
 * every offset after it; and PostgreSQL's text cannot hold U+0000. Each one is replaced by U+FFFD, one
 * code unit for one, so offsets still hold, in every dialect alike.
 */

/** `value` with every string in it made well-formed (the same object when all already are). */
export function wellFormed<T>(value: T): T {
  return fix(value) as T;
}

// Without the `u` flag a regular expression reads code units, so it sees each half of a pair.
// eslint-disable-next-line no-control-regex -- U+0000 is what is looked for
const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

function fix(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(UNSTORABLE, '\uFFFD');
  if (Array.isArray(value)) {
    const items = value.map(fix);
    return items.every((item, i) => item === value[i]) ? value : items;
  }
  if (typeof value === 'object' && value !== null) {
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const fixed = fix(item);
      changed ||= fixed !== item;
      return [key, fixed] as const;
    });
    return changed ? Object.fromEntries(entries) : value;
  }
  return value;
}
