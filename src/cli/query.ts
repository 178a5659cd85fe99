/** `onrecord query quotes|entities|events`: what the store holds, filtered, as a table, JSON lines or CSV. */
import { isPostgresUrl } from '../store/postgres/store.js';
import { existsSync } from 'node:fs';
import { openStore } from '../store/open.js';
import { StoreError, type Store } from '../store/store.js';
import { printable, UsageError } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';
import type { ArticleRecord } from '../doc/record.js';
import { ACTOR_LAYOUT, actorRow, articleRow, cellText, type Layout, type Row } from './rows.js';
import { QUERY_USAGE, settings, type Settings } from './query-options.js';
import { renderTable } from './table.js';
import { fileOut } from './sink.js';
import { layoutOf, openRows, recordRows, writeFailure, type LayerName, type TabularFormat } from './tabular.js';

// Every actor a filter names must be one the store knows: an unknown name is an error, not an empty answer.
async function checkActors(store: Store, run: Settings): Promise<void> {
  const { filter } = run;
  const named = [filter.speaker, filter.actor, ...(filter.between ?? []), filter.sourceActor, filter.targetActor].filter((term): term is string => term !== undefined);
  for (const term of named) {
    if ((await store.entities({ actor: term, limit: 1 })).length === 0) throw new UsageError(`no actor in the store is named "${term}" (try onrecord query entities --actor PART)`);
  }
}

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
  if (run.what === 'articles') {
    const byKey = await records(store, (await articleEntries(store, run)).map((entry) => entry.key));
    return { rows: [...byKey.values()].map(articleRow), layout };
  }
  const hits = run.what === 'quotes' ? (await store.quotes(run.filter)).map((hit) => ({ key: hit.article.key, id: hit.quote.id })) : (await store.events(run.filter)).map((hit) => ({ key: hit.article.key, id: hit.event.id }));
  const byKey = await records(store, hits.map((hit) => hit.key));
  const rows = hits.flatMap((hit) => {
    const record = byKey.get(hit.key);
    return record === undefined ? [] : recordRows(record, run.what as LayerName, tabular, (id) => id === hit.id);
  });
  return { rows, layout };
}

// The articles a query names: by their input's id (one per source that used it), else by the filters.
async function articleEntries(store: Store, run: Settings): Promise<Array<{ key: string }>> {
  if (run.id !== undefined) return store.articlesWithId(run.id, run.filter.source);
  return (await store.articles(run.filter)).map((hit) => ({ key: hit.article.key }));
}

async function write(store: Store, run: Settings, io: CommandIO): Promise<void> {
  if (run.format === 'jsonl' && run.what === 'articles') {
    // Articles as whole records, one per line: what extract and export write.
    const byKey = await records(store, (await articleEntries(store, run)).map((entry) => entry.key));
    const lines = [...byKey.values()].map((record) => `${JSON.stringify(record)}\n`).join('');
    if (run.out === undefined) io.stdout.write(lines);
    else {
      const out = await fileOut(run.out);
      await out.write(lines).then(() => out.commit(), async (error: unknown) => {
        await out.abort();
        throw error;
      });
    }
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
  if (!isPostgresUrl(db) && !existsSync(db)) {
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
    await checkActors(store, run);
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
