/** Reads a gold file of JSON lines with a parser per line: unusable lines are reported by number and skipped. */
import { readFile } from 'node:fs/promises';
import { GoldLineError } from './json-fields.js';
import type { GoldProblem } from './read-gold.js';

/** The documents a file held, and the lines that were skipped. */
export interface GoldLines<T> {
  documents: T[];
  problems: GoldProblem[];
}

/** Parses JSON-lines text; a parser's GoldLineError becomes a problem, any other error is a bug and throws. */
export function parseLines<T>(content: string, parse: (line: string) => T): GoldLines<T> {
  const documents: T[] = [];
  const problems: GoldProblem[] = [];
  content.replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    try {
      documents.push(parse(line));
    } catch (error) {
      if (!(error instanceof GoldLineError)) throw error;
      problems.push({ line: i + 1, message: error.message });
    }
  });
  return { documents, problems };
}

/** Reads and parses a file; a missing or unreadable file rejects with the file system's error. */
export async function readLines<T>(path: string, parse: (line: string) => T): Promise<GoldLines<T>> {
  return parseLines(await readFile(path, 'utf8'), parse);
}
