/** `onrecord code`: the PLOVER event between two given actors of each sentence, JSON lines in and out. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { codeSentences, type CodeResult } from '../extract/events/code.js';
import { isUsageError, processIO, type CommandIO } from './io.js';

/** The help text of `onrecord code`. */
export const CODE_USAGE = `Usage: onrecord code [FILE...]

Codes the interaction between two given actors of a sentence in PLOVER, the way event coders are
compared. Reads JSON lines from the files, or from standard input when there are none (or "-"):
  {"id": "s1", "text": "Berg did not rule out a visit to Moscow.", "source": "Berg", "target": "Moscow"}
and writes one JSON line per input line, in order:
  {"id": "s1", "code": "CONSULT", "mode": "visit", "negated": false, "modality": "possible",
   "plover": "AGREE", "trigger": {"start": 24, "end": 29, "text": "visit"}}

"code" is the act (one of the 16 PLOVER categories), "negated" and "modality" (asserted, possible,
planned, habitual, hypothetical, requested) qualify it. "plover" is the category under PLOVER's
annotation conventions, which code an announced act of cooperation as AGREE, of force as THREATEN,
and a negated one as REJECT. A null "source" or "target" is an actor the sentence leaves implicit.
When there is no event, "code" is null and "reason" says why: no-text, no-actors, same-actor,
actor-not-found, no-trigger, or bad-json for a line that is not a JSON object with a "text".

Options:
  -h, --help   show this help

Exit status: 0 when every line was read, 1 when a line or a file could not be read, 2 for a bad
command line.`;

interface CodeLine {
  id: unknown;
  text: string;
  source: string | null;
  target: string | null;
}

function actorField(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function parseLine(line: string): CodeLine | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return null;
  return { id: record.id ?? null, text: record.text, source: actorField(record.source), target: actorField(record.target) };
}

/** The output line of one coded sentence. */
export function codeRecord(id: unknown, text: string, result: CodeResult): Record<string, unknown> {
  if (result.event === null) return { id, code: null, mode: null, negated: null, modality: null, reason: result.reason };
  const { code, mode, negated, modality, plover } = result.event;
  const trigger = { ...result.trigger, text: text.slice(result.trigger.start, result.trigger.end) };
  return { id, code, mode, negated, modality, plover, trigger };
}

const CHUNK = 256;

/** Codes a chunk of parsed lines (null for a bad line) and returns their output lines, in order. */
function codeChunk(lines: ReadonlyArray<CodeLine | null>): string[] {
  const good = lines.filter((l): l is CodeLine => l !== null);
  const results = codeSentences(good);
  let k = 0;
  return lines.map((line) => {
    if (line === null) return JSON.stringify({ id: null, code: null, mode: null, negated: null, modality: null, reason: 'bad-json' });
    return JSON.stringify(codeRecord(line.id, line.text, results[k++] as CodeResult));
  });
}

async function codeStream(input: Readable, name: string, io: CommandIO): Promise<boolean> {
  let ok = true;
  let number = 0;
  let chunk: Array<CodeLine | null> = [];
  // Sentences are coded a chunk at a time: one tokenizer call per chunk is much faster than one per sentence.
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    number++;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (parsed === null) {
      ok = false;
      io.stderr.write(`${name}:${number}: not a JSON object with a "text" string (line coded as bad-json)\n`);
    }
    chunk.push(parsed);
    if (chunk.length >= CHUNK) {
      io.stdout.write(`${codeChunk(chunk).join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length > 0) io.stdout.write(`${codeChunk(chunk).join('\n')}\n`);
  return ok;
}

/** Runs `onrecord code` with its arguments (after `code`); resolves to the exit status. */
export async function runCode(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let files: string[];
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
    if (values.help === true) {
      io.stdout.write(`${CODE_USAGE}\n`);
      return 0;
    }
    files = positionals.length > 0 ? positionals : ['-'];
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.stderr.write(`onrecord code: ${error.message}\n\n${CODE_USAGE}\n`);
    return 2;
  }
  let ok = true;
  for (const file of files) {
    try {
      const input = file === '-' ? io.stdin : createReadStream(file, { encoding: 'utf8' });
      ok = (await codeStream(input, file === '-' ? 'stdin' : file, io)) && ok;
    } catch (error) {
      ok = false;
      const code = error instanceof Error && 'code' in error ? String(error.code) : '';
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error instanceof Error ? error.message : String(error);
      io.stderr.write(`onrecord code: cannot read ${file}: ${reason}\n`);
    }
  }
  return ok ? 0 : 1;
}
