/** One step of the SQLite schema. */
import type Database from 'better-sqlite3';
import type { Migration as DialectMigration } from '../sql/migration.js';

/** One step of the SQLite schema; its `run` is synchronous, as SQLite's transactions are. */
export type Migration = DialectMigration<Database.Database> & { run?: (db: Database.Database) => void };
