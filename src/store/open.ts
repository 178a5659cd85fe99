/** Opens a store by where it is: a file path for SQLite; other dialects by URL scheme when they exist. */
import { openSqliteStore } from './sqlite/store.js';
import { StoreError, type Store } from './store.js';

/** How to open a store. */
export interface OpenOptions {
  /** Only read: no migration, no write (queries and export). */
  readonly?: boolean;
}

/** The default database of the command line. */
export const DEFAULT_DB = 'onrecord.db';

/** Opens the store at `location`: a SQLite file (created when absent unless read-only), or `:memory:`. */
export function openStore(location: string, options: OpenOptions = {}): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) throw new StoreError(`${location.replace(/\/\/[^@/]*@/, '//…@')}: Postgres is not supported yet`, true);
  return openSqliteStore(location, options.readonly === true ? { readonly: true } : {});
}
