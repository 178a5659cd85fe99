/** Brings a PostgreSQL database up to the latest schema, one migration per transaction, one migrator at a time. */
import type pg from 'pg';
import { newerSchema, type Migration } from '../sql/migration.js';
import { StoreError } from '../store.js';
import { transaction, type Queryable } from './db.js';
import { PG_MIGRATIONS } from './migrations.js';

// The advisory lock's key: any number no other program on the database uses ("onrecord" in ASCII).
const MIGRATION_LOCK = 0x6f6e7265636f7264n;

/** The schema version of the database (0 for one without onrecord's tables). */
export async function pgVersion(db: Queryable): Promise<number> {
  const [exists] = await db.query("SELECT to_regclass('schema_migrations') IS NOT NULL AS found");
  if (exists?.['found'] !== true) return 0;
  const [row] = await db.query('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations');
  return Number(row?.['v'] ?? 0);
}

/**
 * Applies the migrations after the database's version (in `schema`, created when absent, when given). Workers starting together
 * take turns (an advisory lock held by each migration's transaction); a database newer than this
 * code is refused.
 */
export async function migratePg(pool: pg.Pool, location: string, schema?: string, migrations: ReadonlyArray<Migration<unknown>> = PG_MIGRATIONS): Promise<number> {
  for (const migration of migrations) {
    await transaction(pool, async (db) => {
      await db.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      // Under the lock: two processes creating one schema at once would otherwise collide.
      if (schema !== undefined) await db.query(`CREATE SCHEMA IF NOT EXISTS ${JSON.stringify(schema)}`);
      await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const version = await pgVersion(db);
      if (version > migrations.length) throw new StoreError(newerSchema(location, version, migrations.length), true);
      if (version >= migration.version) return;
      await db.query(migration.sql);
      await migration.run?.(db);
      await db.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, new Date().toISOString()]);
    });
  }
  return transaction(pool, pgVersion);
}
