/**
 * Strings made storable: a lone surrogate (half of a UTF-16 pair, which an invalid input can leave)
 * has no UTF-8 form, so a database would give it back as replacement bytes of another length and move
 * every offset after it. Each one is replaced by U+FFFD, one code unit for one, so offsets still hold.
 */

/** `value` with every string in it made well-formed (the same object when all already are). */
export function wellFormed<T>(value: T): T {
  return fix(value) as T;
}

// Without the `u` flag a regular expression reads code units, so it sees each half of a pair.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function fix(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD');
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
