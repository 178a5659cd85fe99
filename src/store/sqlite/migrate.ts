/** Brings a SQLite database up to the latest schema, one migration per transaction. */
import type Database from 'better-sqlite3';
import { StoreError } from '../store.js';
import { newerSchema } from '../sql/migration.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations.js';

/** The schema version of the database (0 for a new one). */
export function currentVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies the migrations after the database's version, up to `target` (the latest by default).
 * A database newer than this code is refused rather than written with an older schema's idea of it.
 */
export function migrate(db: Database.Database, location: string, target: number = LATEST_VERSION, migrations: readonly Migration[] = MIGRATIONS): number {
  const version = currentVersion(db);
  if (version > migrations.length) {
    throw new StoreError(newerSchema(location, version, migrations.length), true);
  }
  for (const migration of migrations) {
    if (migration.version <= version || migration.version > target) continue;
    db.transaction(() => {
      // Another process may have migrated since the version was read: its migration is not run twice.
      if (currentVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      migration.run?.(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return currentVersion(db);
}
