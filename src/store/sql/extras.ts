/**
 * Fields of a record that have no column of their own (round two's gender, speaker basis, actor kind,
 * political, rule, byline, and whatever is added later) kept as JSON in one `extra` column per row, so
 * that a record comes back from the store whole, in every dialect.
 */

/** The fields of `value` outside `known`, and of its objects under `nested` outside theirs, as JSON; null when there are none. */
export function extrasOf(value: object, known: readonly string[], nested: Readonly<Record<string, readonly string[]>> = {}): string | null {
  const extra: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const inner = nested[key];
    if (inner !== undefined) {
      if (typeof item === 'object' && item !== null) {
        const innerExtra = extrasOf(item, inner);
        if (innerExtra !== null) extra[key] = JSON.parse(innerExtra) as unknown;
      }
    } else if (!known.includes(key)) extra[key] = item;
  }
  return Object.keys(extra).length === 0 ? null : JSON.stringify(extra);
}

/** `base` with the fields of its `extra` column put back (objects under a key merged into base's object there). */
export function withExtras<T extends object>(base: T, extra: unknown): T {
  if (typeof extra !== 'string' || extra === '') return base;
  const fields = JSON.parse(extra) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, item] of Object.entries(fields)) {
    const inner = merged[key];
    merged[key] = typeof inner === 'object' && inner !== null && !Array.isArray(inner) && typeof item === 'object' && item !== null ? { ...inner, ...item } : item;
  }
  return merged as T;
}

/** The record fields each table has columns for. */
export const KNOWN = {
  article: ['id', 'title', 'date', 'url', 'source', 'text', 'entities', 'quotes', 'attributions', 'events', 'messages'],
  entity: ['id', 'name', 'type', 'kbId', 'role', 'country', 'mentions'],
  quote: ['id', 'kind', 'start', 'end', 'text', 'spans', 'cue'],
  speaker: ['entityId', 'name', 'mention'],
  event: ['id', 'code', 'mode', 'negated', 'modality', 'trigger', 'sentence', 'quoteId'],
  eventActor: ['entityId', 'name', 'country', 'type'],
} as const;
