/**
 * A step of a dialect's schema. Each dialect keeps its own ordered list (versions 1, 2, 3…) and its
 * own runner, which applies the steps after the database's version, each in one transaction, records
 * it in `schema_migrations`, and refuses a database newer than the code.
 */

/** One step of a dialect's schema, `Db` being its connection. */
export interface Migration<Db> {
  version: number;
  name: string;
  sql: string;
  /** Work SQL cannot do (hashing), run after `sql` in the same transaction. */
  run?: (db: Db) => void | Promise<void>;
}

/** The message for a database whose schema is newer than this code knows. */
export function newerSchema(location: string, version: number, known: number): string {
  return `${location}: the database has schema version ${version}, newer than this onrecord knows (${known}); upgrade onrecord`;
}
