/** The SQLite dialect of the store: better-sqlite3 in WAL mode, wired to the writer, the readers and the migrations. */
import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreError, type Store, type StoreCounts } from '../store.js';
import { migrate } from './migrate.js';
import { LATEST_VERSION } from './migrations.js';
import { findActor, findArticle, findArticles, findArticlesWithId, findInteractions } from './browse.js';
import { isBusy, whenFree, whenFreeSync, WRITE_WAIT_MS } from './busy.js';
import { findActorPage } from './actor-page.js';
import { readTransactions } from './read-transaction.js';
import { findActors, findEvents, findQuotes, recordPage } from './read.js';
import { storeStats } from './stats.js';
import { createWriter, isDatabaseFailure } from './write.js';

/** How to open a SQLite store. */
export interface SqliteOptions {
  /** Open for reading only: no migration, no write. */
  readonly?: boolean;
  /** Migrate only up to this version (tests of migrations). */
  schemaVersion?: number;
}

function failure(location: string, error: unknown): unknown {
  if (error instanceof StoreError) return error;
  if (isBusy(error)) return new StoreError(`${location}: another process kept the database locked for over ${WRITE_WAIT_MS / 1000} s`, true);
  if (isDatabaseFailure(error)) return new StoreError(`${location}: ${error instanceof Error ? error.message : String(error)}`, true);
  return error;
}

// Runs a synchronous database call as the interface's promise, waiting its turn while another writer
// holds the database, and turning database failures into StoreErrors.
async function call<T>(location: string, work: () => T): Promise<T> {
  try {
    return await whenFree(work);
  } catch (error) {
    throw failure(location, error);
  }
}

/** How long SQLite itself waits for a lock while opening and migrating (ms); later calls wait in `whenFree`. */
const OPEN_WAIT_MS = 60_000;
/** SQLite's own wait per try after opening: short, so the thread is never held long. */
const CALL_WAIT_MS = 20;

const EXPORT_PAGE = 200;
/** How much of the file is mapped into memory for reading (address space, not memory taken). */
const MMAP_BYTES = 1024 * 1024 * 1024;

// A read-only store whose schema is not this code's: older ones are migrated by a writer, newer ones need a newer onrecord.
function schemaMismatch(location: string, version: number): string {
  if (version > LATEST_VERSION) return `${location}: the database has schema version ${version}, and this onrecord (schema ${LATEST_VERSION}) is older than the store; upgrade onrecord to read it`;
  return `${location}: the database has schema version ${version}, this onrecord reads ${LATEST_VERSION}; run \`onrecord ingest\` on it to migrate it`;
}

// Why a read-only open may fail where the file is readable: a database in WAL mode needs its -shm file
// beside it, which a read-only directory cannot hold. A store closed by onrecord is left in rollback mode.
function walHint(path: string, options: SqliteOptions): string {
  if (options.readonly !== true || path === ':memory:') return '';
  try {
    const header = Buffer.alloc(20);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, header, 0, 20, 0);
    } finally {
      closeSync(fd);
    }
    // Bytes 18 and 19 of the header are 2 for a database in WAL mode.
    if (header[18] !== 2) return '';
  } catch {
    return '';
  }
  return ' (it was left in WAL mode, which cannot be read where its directory is read-only: open it once where it can be written, with `onrecord ingest` or `onrecord serve --token`, and close it)';
}

/**
 * Puts the database back in rollback-journal mode when this is its last connection, so that a store
 * copied to read-only media (or mounted read-only) can still be opened: WAL mode needs a -shm file
 * beside the database even to read. Another connection still open keeps WAL mode (and it stays busy:
 * no waiting here). The next writer turns WAL mode on again.
 */
function leaveInRollbackMode(db: Database.Database): void {
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
  } catch {
    // Busy: another connection has the database open, and will close it in its turn.
  }
}

/**
 * Opens, sets up and migrates the database. SQLite's busy handler covers most waits, but not all: a
 * second process opening a new database while the first turns WAL mode on, or while the last one to
 * close turns it off, may be told "database is locked" at once. Such an open is tried again, after a
 * pause with jitter, until OPEN_WAIT_MS has passed.
 */
function openWhenFree(path: string, options: SqliteOptions): Database.Database {
  try {
    return whenFreeSync(() => {
      const db = new Database(path, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
      try {
        setUp(db, path, options);
        return db;
      } catch (error) {
        db.close();
        throw error;
      }
    }, OPEN_WAIT_MS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw error instanceof StoreError ? error : new StoreError(`${path}: cannot open the database: ${reason}${walHint(path, options)}`, true);
  }
}

function setUp(db: Database.Database, location: string, options: SqliteOptions): void {
  db.pragma(`busy_timeout = ${OPEN_WAIT_MS}`);
  db.pragma('foreign_keys = ON');
  // A larger page cache keeps the indexes of a big store in memory, for writing and for serving (64 MB),
  // and reads go through a memory map of the file rather than a copy per page read.
  db.pragma('cache_size = -65536');
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
  // Statement journals (one per statement inside an article's savepoint) and the temporary B-trees of an
  // ORDER BY or GROUP BY in memory, not temporary files: a reader's sort of a few rows took twice as long.
  db.pragma('temp_store = MEMORY');
  if (options.readonly !== true) {
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL keeps every committed transaction through a crash of the process.
    db.pragma('synchronous = NORMAL');
    migrate(db, location, options.schemaVersion ?? LATEST_VERSION);
  } else {
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version !== LATEST_VERSION) throw new StoreError(schemaMismatch(location, version), true);
  }
  db.pragma(`busy_timeout = ${CALL_WAIT_MS}`);
}

/** Opens (creating and migrating it when needed) the SQLite store in the file `path` (`:memory:` for one in memory). */
export function openSqliteStore(path: string, options: SqliteOptions = {}): Store {
  const location = path;
  const db = openWhenFree(path, options);
  const writer = options.readonly === true ? null : createWriter(db);
  const writable = (): NonNullable<typeof writer> => {
    if (writer === null) throw new StoreError(`${location}: opened read-only`, true);
    return writer;
  };
  let findHash: Database.Statement<[string], { hash: string }> | undefined;
  let totals: Database.Statement<[], { name: string; n: number }> | undefined;
  let dataVersion: Database.Statement<[], number> | undefined;
  // Writes through this handle, for dataVersion (one that throws was rolled back: nothing changed).
  let writes = 0;
  const inRead = readTransactions(db);
  const read = <T>(work: () => T): Promise<T> => call(location, inRead(work));
  let seen: string | null = null;
  const wrote = <T>(result: T): T => {
    writes += 1;
    seen = null;
    return result;
  };
  return {
    dialect: 'sqlite',
    location,
    schemaVersion: () => call(location, () => Number(db.pragma('user_version', { simple: true }))),
    hashes: (keys) =>
      call(location, () => {
        // Prepared once: ingest asks for one key per article.
        findHash ??= db.prepare<[string], { hash: string }>('SELECT hash FROM articles WHERE key = ?');
        const find = findHash;
        const found = new Map<string, string>();
        for (const key of keys) {
          const row = find.get(key);
          if (row) found.set(key, row.hash);
        }
        return found;
      }),
    put: (articles) => call(location, () => wrote(writable().put(articles))),
    remove: (key) => call(location, () => wrote(writable().remove(key))),
    quotes: (filter = {}) => read(() => findQuotes(db, filter)),
    entities: (filter = {}) => read(() => findActors(db, filter)),
    events: (filter = {}) => read(() => findEvents(db, filter)),
    articles: (filter = {}) => read(() => findArticles(db, filter)),
    article: (key) => read(() => findArticle(db, key)),
    articlesWithId: (id, source) => read(() => findArticlesWithId(db, id, source)),
    actor: (key) => read(() => findActor(db, key)),
    actorPage: (key, lists) => read(() => findActorPage(db, key, lists)),
    interactions: (filter = {}) => read(() => findInteractions(db, filter)),
    async *records() {
      let after = 0;
      for (;;) {
        const page = await read(() => recordPage(db, after, EXPORT_PAGE));
        yield* page.records;
        if (page.records.length < EXPORT_PAGE) return;
        after = page.last;
      }
    },
    async *entries() {
      let after = 0;
      for (;;) {
        const page = await read(() => recordPage(db, after, EXPORT_PAGE));
        yield* page.entries;
        if (page.entries.length < EXPORT_PAGE) return;
        after = page.last;
      }
    },
    stats: () => read(() => storeStats(db)),
    counts: () =>
      call(location, (): StoreCounts => {
        // Kept by triggers (migration 5): one small read, however large the store.
        totals ??= db.prepare<[], { name: string; n: number }>('SELECT name, n FROM store_totals');
        const found = new Map(totals.all().map((row) => [row.name, Number(row.n)]));
        const get = (name: string): number => found.get(name) ?? 0;
        return { articles: get('articles'), actors: get('actors'), entities: get('entities'), quotes: get('quotes'), attributions: get('attributions'), events: get('events') };
      }),
    dataVersion: () =>
      call(location, () => {
        // SQLite's data_version moves when another connection commits; this handle's own writes are counted
        // here. Reading it takes the WAL's read lock (some microseconds): it is read once per turn of the
        // event loop, which sees another process's commit one turn later at most, and its own at once.
        if (seen === null) {
          dataVersion ??= db.prepare<[], number>('PRAGMA data_version').pluck();
          seen = `${writes}.${dataVersion.get() ?? 0}`;
          setImmediate(() => (seen = null));
        }
        return seen;
      }),
    close: () =>
      call(location, () => {
        if (db.open && writer !== null) leaveInRollbackMode(db);
        if (db.open) db.close();
      }),
  };
}
