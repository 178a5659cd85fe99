/** Reads from SQLite as one read transaction each. */
import type Database from 'better-sqlite3';

/**
 * Runs reads of several statements as one read transaction each: without it each statement takes and
 * drops the database's shared lock itself (two fcntl calls and a stat of the journal each, ~7% of the
 * CPU of an actor's page of nine statements), and the statements could see two states of a store being
 * written. Inside a writer's transaction the work runs as it is.
 */
export function readTransactions(db: Database.Database): <T>(work: () => T) => () => T {
  let begin: Database.Statement | undefined;
  let commit: Database.Statement | undefined;
  return (work) => () => {
    if (db.inTransaction) return work();
    (begin ??= db.prepare('BEGIN')).run();
    try {
      return work();
    } finally {
      if (db.inTransaction) (commit ??= db.prepare('COMMIT')).run();
    }
  };
}
