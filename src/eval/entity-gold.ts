/**
 * Reads named-entity gold: JSON lines `{id, text, split?|gum_split?, entities: [{start, end, type, nested?}]}`
 * (the CoNLL-2003 and GUM files of the shared data). Types are person | organisation | place | other;
 * spans nested inside another name are left out (flat NER scores the outermost name).
 */
import { GoldLineError, isObject, optionalString, range, requiredString } from './json-fields.js';
import type { Range } from './gold.js';

/** The entity types gold NER data uses. */
export const GOLD_TYPES = ['person', 'organisation', 'place', 'other'] as const;

/** One gold entity type. */
export type GoldType = (typeof GOLD_TYPES)[number];

/** One gold name: where it is and what it names. */
export interface GoldName {
  span: Range;
  type: GoldType;
}

/** One gold document of named entities. */
export interface EntityGoldDocument {
  id: string;
  text: string;
  /** The corpus's own partition (GUM's train/dev/test, CoNLL's testa), when the line says it. */
  split?: string;
  names: GoldName[];
}

function goldType(value: unknown, where: string): GoldType {
  const type = GOLD_TYPES.find((t) => t === value || (t === 'organisation' && value === 'organization'));
  if (type === undefined) throw new GoldLineError(`${where}.type must be one of ${GOLD_TYPES.join(', ')}, got ${JSON.stringify(value)}`);
  return type;
}

/** The entity gold document of one JSON line; throws GoldLineError with the reason when it is unusable. */
export function parseEntityLine(line: string): EntityGoldDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new GoldLineError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(value) || !Array.isArray(value['entities'])) throw new GoldLineError('no "entities" list');
  const text = requiredString(value, 'text');
  const names: GoldName[] = [];
  value['entities'].forEach((e: unknown, i) => {
    const where = `entities[${i}]`;
    if (!isObject(e)) throw new GoldLineError(`${where} must be an object`);
    if (e['nested'] === true) return;
    names.push({ span: range(e['start'], e['end'], text.length, where), type: goldType(e['type'], where) });
  });
  const split = optionalString(value, 'gum_split') ?? optionalString(value, 'split');
  return { id: requiredString(value, 'id'), text, ...(split !== undefined && { split }), names };
}
