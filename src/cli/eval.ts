/** `onrecord eval quotes --gold FILE`: scores the library's quotations against gold annotations. */
import { parseArgs } from 'node:util';
import { evaluate, evaluateEvents, formatEventReport, formatReport, isDev, readEventGold, readGold, type GoldFile, type EventGold } from '../index.js';
import { isUsageError, processIO, type CommandIO } from './io.js';
import { runNameEval } from './eval-names.js';

/** The help text of `onrecord eval`. */
export const EVAL_USAGE = `Usage: onrecord eval quotes --gold FILE [--split S] [--json] [--limit N]
       onrecord eval events --gold FILE [--split train|dev|all] [--json]
       onrecord eval entities --gold FILE [--split S] [--json] [--limit N]
       onrecord eval coref --gold FILE [--split S] [--json] [--limit N]

Scores extracted quotations against gold annotations: precision, recall and F1 at content overlap
> 0.3 and > 0.8, speaker and cue accuracy on matched pairs, and recall of direct, mixed and indirect gold.
Rows: quotes against speech-cue gold, quotes against all gold attributions, and quotes plus
attributions against all gold.

FILE has JSON lines, each either PolNeAR ({article, annotator, text, attributions: [...]}) or
per-quote ({id, text, quotes: [{start, end, speaker?, speaker_start?, speaker_end?, verb?, reference?}]}).
A line that cannot be read is reported and skipped.

The "person" column scores the resolved speaker against a gold "reference" full name (GUM's
attributions): the person, not the mention.

Entities: names found (titles left out) against gold names, {id, text, entities: [{start, end, type}]}
with types person, organisation, place, other (CoNLL-2003, GUM): exact and overlap P/R/F1 per type.
Coref: third-person pronouns (he, his, she, her, …) of gold chains that have a name, {id, text, chains:
[{type, name, link, mentions: [{start, end, kind}]}]} (GUM): how many are resolved to that person.
For quotes, entities and coref, --split S keeps the documents whose "gum_split" (or "split") is S
(several as train,dev); all keeps every one.

Events: codes each gold dyad with \`onrecord code\` and scores the category under PLOVER's annotation
conventions (the "plover" field): accuracy, macro-F1 over the gold classes (CONCEDE and RETREAT count
as YIELD), per-class precision, recall and F1, and the most frequent confusions. FILE is PLOVER dyad
data (.tsv: sentence_id, gold_root, sentence, source, target, …) or PLOVER gold-standard records
(.json; pre-2.0 names mapped: DEMAND→REQUEST, DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT).
--split dev scores the sentences whose id is a multiple of 5, --split train the others.

Options:
  --gold FILE   the gold annotations (required)
  --split S     events in a .tsv: train, dev or all (default all); others: the corpus's own split
  --json        print the scores as JSON instead of a table
  --limit N     score only the first N documents
  -h, --help    show this help

Exit status: 0 when scored, 1 when the gold file gives nothing to score, 2 for a bad command line.`;

const OPTIONS = {
  gold: { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  split: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

interface Settings {
  task: string;
  gold: string;
  json: boolean;
  limit?: number;
  split: string;
}

function settings(argv: string[]): Settings | 'help' {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (values.help === true) return 'help';
  const [task, ...extra] = positionals;
  if (task === undefined) throw new UsageError('say what to score: eval quotes or eval events');
  if (task !== 'quotes' && task !== 'events' && task !== 'entities' && task !== 'coref') {
    throw new UsageError(`unknown evaluation "${task}" (quotes, events, entities or coref)`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra.join(' ')}"`);
  if (values.gold === undefined) throw new UsageError('--gold FILE is required');
  const split = values.split ?? 'all';
  if (task === 'events' && split !== 'train' && split !== 'dev' && split !== 'all') throw new UsageError(`--split must be train, dev or all; got "${split}"`);
  let limit: number | undefined;
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit) || Number(values.limit) === 0) throw new UsageError(`--limit must be a whole number ≥ 1; got "${values.limit}"`);
    limit = Number(values.limit);
  }
  return { task, gold: values.gold, json: values.json === true, split, ...(limit !== undefined && { limit }) };
}

function readFailure(path: string, error: unknown, io: CommandIO): void {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error instanceof Error ? error.message : String(error);
  io.stderr.write(`onrecord eval: cannot read gold file ${path}: ${reason}\n`);
}

async function runEvents(settings: Settings, io: CommandIO): Promise<number> {
  let gold: EventGold;
  try {
    gold = await readEventGold(settings.gold);
  } catch (error) {
    readFailure(settings.gold, error, io);
    return 1;
  }
  let items = gold.items;
  if (settings.split !== 'all') items = items.filter((item) => isDev(item) === (settings.split === 'dev'));
  if (settings.limit !== undefined) items = items.slice(0, settings.limit);
  if (items.length === 0) {
    io.stderr.write(`onrecord eval: ${settings.gold} has no usable event dyads\n`);
    return 1;
  }
  const scores = evaluateEvents(items);
  const title = `events on ${settings.gold}${settings.split === 'all' ? '' : ` (${settings.split} split)`}`;
  const skipped = gold.skipped.length > 0 ? `\n  ${gold.skipped.length} records skipped (${[...new Set(gold.skipped.map((s) => s.reason))].join('; ')})` : '';
  io.stdout.write(settings.json ? `${JSON.stringify(scores, null, 2)}\n` : `${formatEventReport(scores, title)}${skipped}\n`);
  return 0;
}

async function load(path: string, limit: number | undefined, io: CommandIO): Promise<GoldFile | null> {
  try {
    return await readGold(path, limit === undefined ? {} : { limit });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error instanceof Error ? error.message : String(error);
    io.stderr.write(`onrecord eval: cannot read gold file ${path}: ${reason}\n`);
    return null;
  }
}

/** Runs `onrecord eval` with its arguments (after `eval`); resolves to the exit status. */
export async function runEval(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let parsed: Settings | 'help';
  try {
    parsed = settings(argv);
  } catch (error) {
    if (!(error instanceof UsageError) && !isUsageError(error)) throw error;
    io.stderr.write(`onrecord eval: ${error.message}\n\n${EVAL_USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') {
    io.stdout.write(`${EVAL_USAGE}\n`);
    return 0;
  }
  if (parsed.task === 'events') return runEvents(parsed, io);
  if (parsed.task === 'entities' || parsed.task === 'coref') return runNameEval({ ...parsed, task: parsed.task }, io);
  const gold = await load(parsed.gold, parsed.split === 'all' ? parsed.limit : undefined, io);
  if (gold === null) return 1;
  for (const problem of gold.problems) io.stderr.write(`${parsed.gold}:${problem.line}: ${problem.message} (line skipped)\n`);
  if (parsed.split !== 'all') {
    const wanted = parsed.split.split(',');
    gold.documents = gold.documents.filter((d) => d.split !== undefined && wanted.includes(d.split)).slice(0, parsed.limit);
  }
  if (gold.documents.length === 0) {
    io.stderr.write(`onrecord eval: ${parsed.gold} has no usable gold documents\n`);
    return 1;
  }
  const report = evaluate(gold.documents);
  io.stdout.write(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, parsed.gold)}\n`);
  return 0;
}
