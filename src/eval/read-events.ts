/**
 * Readers of event gold data: the PLOVER dyad sentences (plv-train.tsv: a sentence, its source and
 * target, the gold root code) and the PLOVER gold-standard records (gsr-cameo.json), whose pre-2.0
 * category names are mapped to PLOVER 2.0.
 */
import { readFile } from 'node:fs/promises';

/** One gold dyad: a sentence, its two actors and the gold category. */
export interface EventGoldItem {
  id: string;
  text: string;
  /** The source's words; null when the sentence leaves the actor implicit. */
  source: string | null;
  target: string | null;
  /** The gold category, in PLOVER 2.0 names. */
  gold: string;
}

/** A gold file's usable items, and how many records were skipped and why. */
export interface EventGold {
  items: EventGoldItem[];
  skipped: Array<{ id: string; reason: string }>;
}

/** Pre-2.0 PLOVER names and their 2.0 categories. */
export const OLD_NAMES: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

// The dyad data writes an actor that the sentence leaves implicit with these placeholders.
const IMPLICIT_ACTORS = new Set(['a recipient', 'an actor']);

function actorIn(text: string, words: string): string | null {
  const trimmed = words.trim();
  return IMPLICIT_ACTORS.has(trimmed.toLowerCase()) && !text.toLowerCase().includes(trimmed.toLowerCase()) ? null : trimmed;
}

/** Parses plv-train.tsv (header: sentence_id, gold_penta, gold_root, sentence, marked_sentence, source, target). */
export function parsePloverTsv(content: string): EventGold {
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split('\t');
  const column = (name: string): number => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`plover gold: no "${name}" column in the header`);
    return at;
  };
  const [id, root, sentence, source, target] = ['sentence_id', 'gold_root', 'sentence', 'source', 'target'].map(column) as [number, number, number, number, number];
  const gold: EventGold = { items: [], skipped: [] };
  for (const line of lines) {
    const cells = line.split('\t');
    const text = cells[sentence] ?? '';
    const item = { id: cells[id] ?? '', text, source: actorIn(text, cells[source] ?? ''), target: actorIn(text, cells[target] ?? ''), gold: cells[root] ?? '' };
    if (item.text === '' || item.gold === '') gold.skipped.push({ id: item.id, reason: 'missing sentence or code' });
    else gold.items.push({ ...item, gold: OLD_NAMES[item.gold] ?? item.gold });
  }
  return gold;
}

interface GsrActor {
  actorText?: unknown;
}

function firstActor(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  const first = (value as GsrActor[])[0];
  return first && typeof first.actorText === 'string' ? first.actorText : null;
}

/**
 * Parses the gold-standard records: the first source and first target actor of each record. Records
 * with no actor on one side (a target that is a context word) or no event cannot be scored as dyads.
 */
export function parseGsr(content: string): EventGold {
  const records = JSON.parse(content) as unknown;
  if (!Array.isArray(records)) throw new Error('gold-standard records: expected a JSON array');
  const gold: EventGold = { items: [], skipped: [] };
  for (const record of records as Array<Record<string, unknown>>) {
    const id = String(record.id ?? '');
    const text = typeof record.text === 'string' ? record.text : '';
    const event = typeof record.event === 'string' ? record.event : '';
    const source = firstActor(record.source);
    const target = firstActor(record.target);
    if (text === '' || event === '' || event === 'DOCUMENT') gold.skipped.push({ id, reason: 'no sentence or no event' });
    else if (source === null || target === null) gold.skipped.push({ id, reason: 'no source or no target actor' });
    else gold.items.push({ id, text, source, target, gold: OLD_NAMES[event] ?? event });
  }
  return gold;
}

/** Reads an event gold file, by its extension: .tsv for dyads, .json for gold-standard records. */
export async function readEventGold(path: string): Promise<EventGold> {
  const content = await readFile(path, 'utf8');
  return path.endsWith('.json') ? parseGsr(content) : parsePloverTsv(content);
}

/** The development split of plv-train: sentence ids divisible by 5. The rest is for writing rules. */
export function isDev(item: EventGoldItem): boolean {
  return Number(item.id) % 5 === 0;
}
