/** `onrecord query quotes|entities|events`: what the store holds, filtered, as a table, JSON lines or CSV. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_DB, openStore } from '../store/open.js';
import { StoreError, type CommonFilter, type Store } from '../store/store.js';
import { isIsoDate, oneOf, printable, UsageError } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';
import type { ArticleRecord } from '../doc/record.js';
import { ACTOR_LAYOUT, actorRow, cellText, type Layout, type Row } from './rows.js';
import { renderTable } from './table.js';
import { checkTabular, layoutOf, openRows, recordRows, writeFailure, type LayerName, type TabularFormat } from './tabular.js';

/** The help text of `onrecord query`. */
export const QUERY_USAGE = `Usage: onrecord query quotes|entities|events [options]

Finds quotes, actors (entities merged across articles) or events in the store, newest article first
(actors: most written-about first).

Options:
  --db FILE                the database (default: ./${DEFAULT_DB})
  --speaker NAME|KBID      quotes of this speaker: a kbId, a whole name, or part of one (quotes)
  --actor NAME|KBID        this actor (entities), or an actor at either end (events)
  --from YYYY-MM-DD        articles of this day or later
  --to YYYY-MM-DD          articles of this day or earlier
  --source NAME            articles of this source (case ignored)
  --code CODE              events of this PLOVER code (events)
  --negated / --asserted   only negated / only not negated events (events)
  --search WORDS           quotes whose text has all these words; "a phrase", prefix* (quotes)
  --limit N                at most N rows (default 50; 0 for all)
  --to FORMAT              table, jsonl (the hits as objects), csv, parquet, or polecat (events in
                           POLECAT's layout); default: table on a terminal, jsonl otherwise. csv,
                           parquet and polecat have the columns of onrecord export
  --out FILE               write to FILE (needed for parquet): it appears only once complete
  -h, --help               show this help

--to takes a date or a format, told apart by its value; give it twice for both.`;

const OPTIONS = {
  db: { type: 'string' },
  speaker: { type: 'string' },
  actor: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string', multiple: true },
  source: { type: 'string' },
  code: { type: 'string' },
  negated: { type: 'boolean' },
  asserted: { type: 'boolean' },
  search: { type: 'string' },
  limit: { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const WHAT = ['quotes', 'entities', 'events'] as const;
const FORMATS = ['table', 'jsonl', 'csv', 'parquet', 'polecat'] as const;
type Format = (typeof FORMATS)[number];

// Which options make sense for which query.
const ONLY: Record<string, ReadonlyArray<(typeof WHAT)[number]>> = {
  speaker: ['quotes'],
  search: ['quotes'],
  actor: ['entities', 'events'],
  code: ['events'],
  negated: ['events'],
  asserted: ['events'],
};

interface Settings {
  what: (typeof WHAT)[number];
  db: string;
  format: Format;
  out: string | undefined;
  filter: CommonFilter & { speaker?: string; actor?: string; code?: string; negated?: boolean; search?: string };
}

function date(value: string, option: string): string {
  if (!isIsoDate(value)) throw new UsageError(`--${option} must be a date such as 2024-12-31 (or, for --to, one of ${FORMATS.join(', ')}); got "${value}"`);
  return value;
}

function settings(argv: string[], io: CommandIO): Settings | 'help' {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (values.help === true) return 'help';
  if (positionals.length !== 1) throw new UsageError(`say what to query: ${WHAT.join(', ')}`);
  const what = oneOf(positionals[0] ?? '', WHAT, 'query');
  for (const [option, allowed] of Object.entries(ONLY)) {
    if (values[option as keyof typeof values] !== undefined && !allowed.includes(what)) throw new UsageError(`--${option} does not apply to ${what}`);
  }
  if (values.negated === true && values.asserted === true) throw new UsageError('--negated and --asserted exclude each other');
  let format: Format | undefined;
  let to: string | undefined;
  for (const value of values.to ?? []) {
    const asFormat = FORMATS.find((candidate) => candidate === value);
    if (asFormat !== undefined) format = asFormat;
    else to = date(value, 'to');
  }
  let limit: number | undefined;
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit)) throw new UsageError(`--limit must be a whole number ≥ 0; got "${values.limit}"`);
    limit = Number(values.limit);
  }
  const filter: Settings['filter'] = {
    ...(values.from !== undefined && { from: date(values.from, 'from') }),
    ...(to !== undefined && { to }),
    ...(values.source !== undefined && { source: values.source }),
    ...(values.speaker !== undefined && { speaker: values.speaker }),
    ...(values.actor !== undefined && { actor: values.actor }),
    ...(values.code !== undefined && { code: values.code }),
    ...(values.search !== undefined && { search: values.search }),
    ...(values.negated === true && { negated: true }),
    ...(values.asserted === true && { negated: false }),
    ...(limit !== undefined && { limit }),
  };
  const chosen = format ?? (io.stdout.isTTY === true ? 'table' : 'jsonl');
  if (chosen !== 'table' && chosen !== 'jsonl') checkTabular(layer(what), chosen, values.out);
  else if (values.out !== undefined) throw new UsageError('--out applies to --to csv, parquet or polecat');
  return { what, db: values.db ?? DEFAULT_DB, format: chosen, out: values.out, filter };
}

const layer = (what: Settings['what']): LayerName => (what === 'entities' ? 'articles' : what);

/** The hits as a table on a terminal. */
export function renderRows(rows: readonly Row[], layout: Layout): string {
  return renderTable(layout.table, rows.map((row) => layout.table.map((column) => cellText(row[column.field]))));
}

// The records of the hits' articles, each read once: rows are made from records, as export makes them.
async function records(store: Store, keys: readonly string[]): Promise<Map<string, ArticleRecord>> {
  const found = new Map<string, ArticleRecord>();
  for (const key of keys) {
    if (found.has(key)) continue;
    const entry = await store.article(key);
    if (entry !== null) found.set(key, entry.record);
  }
  return found;
}

// The hits of the query as rows of its layout (actors have no record: theirs come from the hit).
async function hitRows(store: Store, run: Settings, format: TabularFormat | 'table'): Promise<{ rows: Row[]; layout: Layout }> {
  if (run.what === 'entities') {
    if (format === 'polecat') throw new UsageError('--to polecat writes events');
    return { rows: (await store.entities(run.filter)).map(actorRow), layout: ACTOR_LAYOUT };
  }
  const tabular: TabularFormat = format === 'table' ? 'csv' : format;
  const layout = layoutOf(run.what, tabular);
  const hits = run.what === 'quotes' ? (await store.quotes(run.filter)).map((hit) => ({ key: hit.article.key, id: hit.quote.id })) : (await store.events(run.filter)).map((hit) => ({ key: hit.article.key, id: hit.event.id }));
  const byKey = await records(store, hits.map((hit) => hit.key));
  const rows = hits.flatMap((hit) => {
    const record = byKey.get(hit.key);
    return record === undefined ? [] : recordRows(record, run.what as LayerName, tabular, (id) => id === hit.id);
  });
  return { rows, layout };
}

async function write(store: Store, run: Settings, io: CommandIO): Promise<void> {
  if (run.format === 'jsonl') {
    const hits = run.what === 'quotes' ? await store.quotes(run.filter) : run.what === 'entities' ? await store.entities(run.filter) : await store.events(run.filter);
    io.stdout.write(hits.map((hit) => `${JSON.stringify(hit)}\n`).join(''));
    return;
  }
  const { rows, layout } = await hitRows(store, run, run.format);
  if (run.format === 'table') {
    io.stdout.write(renderRows(rows, layout));
    return;
  }
  const writer = await openRows(layout, run.format, run.out, io.stdout);
  try {
    for (const row of rows) await writer.write(row);
    await writer.close();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** Opens the store for reading, with a message naming it when it cannot be. */
export function openForReading(db: string, io: CommandIO, command: string): Store | null {
  if (!existsSync(db)) {
    io.stderr.write(`onrecord ${command}: no database at ${printable(db)} (create one with onrecord ingest, or name it with --db)\n`);
    return null;
  }
  try {
    return openStore(db, { readonly: true });
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`onrecord ${command}: ${printable(error.message)}\n`);
    return null;
  }
}

/** Runs `onrecord query`; resolves to the exit status. */
export async function runQuery(argv: string[], io: CommandIO = processIO()): Promise<number> {
  let run: Settings | 'help';
  try {
    run = settings(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError) && !isUsageError(error)) throw error;
    io.stderr.write(`onrecord query: ${error.message}\nRun 'onrecord query --help' for usage.\n`);
    return 2;
  }
  if (run === 'help') {
    io.stdout.write(`${QUERY_USAGE}\n`);
    return 0;
  }
  const store = openForReading(run.db, io, 'query');
  if (!store) return 1;
  try {
    await write(store, run, io);
    return 0;
  } catch (error) {
    const reason = error instanceof StoreError || error instanceof UsageError ? error.message : writeFailure(error, run.out);
    if (reason === null) throw error;
    io.stderr.write(`onrecord query: ${printable(reason)}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
