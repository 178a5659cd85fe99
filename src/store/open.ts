/** Opens a store by where it is: a `postgres://` URL for PostgreSQL, else a file path for SQLite. */
import { isPostgresUrl, openPostgresStore } from './postgres/store.js';
import { openSqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

/** How to open a store. */
export interface OpenOptions {
  /** Only read: no migration, no write (queries and export). */
  readonly?: boolean;
}

/** The default database of the command line. */
export const DEFAULT_DB = 'onrecord.db';

/**
 * Opens the store at `location`: a PostgreSQL database (`postgres://user:password@host:port/db`;
 * connected and migrated on first use), or a SQLite file (created when absent unless read-only), or
 * `:memory:`.
 */
export function openStore(location: string, options: OpenOptions = {}): Store {
  const readonly = options.readonly === true ? { readonly: true } : {};
  return isPostgresUrl(location) ? openPostgresStore(location, readonly) : openSqliteStore(location, readonly);
}

/** As `openStore`, but resolves once the store is reachable and migrated (a PostgreSQL server down rejects here, with a StoreError). */
export async function connectStore(location: string, options: OpenOptions = {}): Promise<Store> {
  const store = openStore(location, options);
  try {
    await store.schemaVersion();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
