/** `onrecord eval entities|coref --gold FILE`: names and pronoun resolution scored against gold. */
import {
  evaluateCoref, evaluateEntities, formatCorefReport, formatEntityReport, parseCorefLine, parseEntityLine, readLines,
} from '../index.js';
import type { CommandIO } from './io.js';

/** What the two commands take from the command line. */
export interface NameEvalSettings {
  task: 'entities' | 'coref';
  gold: string;
  json: boolean;
  limit?: number;
  /** Keep only documents of this partition of the corpus (GUM's train, dev, test); 'all' keeps every one. */
  split: string;
}

function inSplit(split: string): (doc: { split?: string }) => boolean {
  const wanted = split.split(',');
  return (doc) => split === 'all' || (doc.split !== undefined && wanted.includes(doc.split));
}

async function documentsOf<T extends { split?: string }>(
  settings: NameEvalSettings, parse: (line: string) => T, io: CommandIO,
): Promise<T[] | null> {
  let read;
  try {
    read = await readLines(settings.gold, parse);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error instanceof Error ? error.message : String(error);
    io.stderr.write(`onrecord eval: cannot read gold file ${settings.gold}: ${reason}\n`);
    return null;
  }
  for (const problem of read.problems) io.stderr.write(`${settings.gold}:${problem.line}: ${problem.message} (line skipped)\n`);
  let documents = read.documents.filter(inSplit(settings.split));
  if (settings.limit !== undefined) documents = documents.slice(0, settings.limit);
  if (documents.length === 0) {
    io.stderr.write(`onrecord eval: ${settings.gold} has no usable ${settings.task} gold${settings.split === 'all' ? '' : ` in split ${settings.split}`}\n`);
    return null;
  }
  return documents;
}

/** Runs one name evaluation; resolves to the exit status (1 when the file gives nothing to score). */
export async function runNameEval(settings: NameEvalSettings, io: CommandIO): Promise<number> {
  const title = `${settings.gold}${settings.split === 'all' ? '' : ` (${settings.split})`}`;
  if (settings.task === 'entities') {
    const documents = await documentsOf(settings, parseEntityLine, io);
    if (documents === null) return 1;
    const report = evaluateEntities(documents);
    io.stdout.write(settings.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEntityReport(report, title)}\n`);
  } else {
    const documents = await documentsOf(settings, parseCorefLine, io);
    if (documents === null) return 1;
    const report = evaluateCoref(documents);
    io.stdout.write(settings.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatCorefReport(report, title)}\n`);
  }
  return 0;
}
