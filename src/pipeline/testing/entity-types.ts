/**
 * The type of each entity of a short article, by name: what the entity typing tests compare, which two
 * of them wrote again.
 */
import type { EntityType } from '../../doc/record.js';
import { extract } from '../extract.js';

/** The entities extracted from `text` (one article dated 2024-03-01), each name with its type. */
export function entityTypes(text: string): Record<string, EntityType> {
  const out: Record<string, EntityType> = {};
  for (const e of extract({ id: 't', text, date: '2024-03-01' }).entities) out[e.name] = e.type;
  return out;
}
