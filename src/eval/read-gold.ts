/**
 * Reads a gold file of JSON lines, detecting the format of each line (PolNeAR attributions or
 * per-quote). A line that cannot be used is reported with its number and skipped; the rest is read.
 */
import { readFile } from 'node:fs/promises';
import type { GoldDocument, GoldFormat } from './gold.js';
import { GoldLineError, isObject } from './json-fields.js';
import { fromPolnear } from './read-polnear.js';
import { fromQuoteFormat } from './read-quotes.js';

/** A gold line that was skipped, and why. */
export interface GoldProblem {
  line: number;
  message: string;
}

/** What a gold file held: the usable documents, and the lines that were skipped. */
export interface GoldFile {
  documents: GoldDocument[];
  problems: GoldProblem[];
}

/** Options for reading gold. */
export interface ReadGoldOptions {
  /** Stop after this many documents. */
  limit?: number;
}

/** The format of a parsed gold line, or null when it is neither. */
export function goldFormat(value: unknown): GoldFormat | null {
  if (!isObject(value)) return null;
  if (Array.isArray(value['attributions'])) return 'polnear';
  if (Array.isArray(value['quotes'])) return 'quotes';
  return null;
}

/** The gold document of one line of JSON; throws GoldLineError with the reason when it is unusable. */
export function parseGoldLine(line: string): GoldDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new GoldLineError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const format = goldFormat(value);
  if (format === null || !isObject(value)) {
    throw new GoldLineError('neither PolNeAR ("attributions" list) nor per-quote ("quotes" list) format');
  }
  return format === 'polnear' ? fromPolnear(value) : fromQuoteFormat(value);
}

/** Reads gold documents from JSON-lines text. Blank lines are ignored. */
export function parseGold(content: string, options: ReadGoldOptions = {}): GoldFile {
  const documents: GoldDocument[] = [];
  const problems: GoldProblem[] = [];
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  for (const [i, raw] of lines.entries()) {
    if (options.limit !== undefined && documents.length >= options.limit) break;
    const line = raw.trim();
    if (line === '') continue;
    try {
      documents.push(parseGoldLine(line));
    } catch (error) {
      if (!(error instanceof GoldLineError)) throw error;
      problems.push({ line: i + 1, message: error.message });
    }
  }
  return { documents, problems };
}

/** Reads a gold file. A missing or unreadable file rejects with the file system's error. */
export async function readGold(path: string, options: ReadGoldOptions = {}): Promise<GoldFile> {
  return parseGold(await readFile(path, 'utf8'), options);
}
