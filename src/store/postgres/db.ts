/**
 * The PostgreSQL wiring: a connection pool from a `postgres://` URL, queries written with `?`
 * placeholders (as the shared filter builder makes them) numbered for PostgreSQL, transactions, and
 * the driver's failures turned into one-line StoreErrors that name the cause.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { StoreError } from '../store.js';
import type { Row } from '../sql/rows.js';

/** Something queries can run on: the pool, or one client inside a transaction. */
export interface Queryable {
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** The URL without its password, for messages. */
export function safeLocation(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');
}

/** `?` placeholders numbered `$1, $2…` (a `?` inside a quoted string is left alone). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (match) => (match === '?' ? `$${++n}` : match));
}

/** A statement as sent: its numbered text, and the name it is prepared under on each connection (none past the first few hundred texts). */
interface Statement {
  text: string;
  name: string | undefined;
}

/**
 * Statement texts prepared by name at most, per process and so per connection: a named statement is
 * parsed once on each connection and, after a few runs, planned once (PostgreSQL keeps a generic plan
 * when it costs no more than the custom ones); a text past these is sent unnamed, parsed and planned
 * at each run, so that a connection holds a bounded number of plans.
 */
const NAMED_MAX = 300;
/**
 * Parameters of a statement prepared by name, at most: a longer list is a writer's rows or a list of
 * ids, a new text for each length, which would take the places of the readers' few statements.
 */
const NAMED_PARAMS = 32;
const statements = new Map<string, Statement>();
const named = new Set<string>();

function prepared(sql: string, params: number): Statement {
  let statement = statements.get(sql);
  if (statement === undefined) {
    if (statements.size > 2000) statements.clear();
    const text = numbered(sql);
    // One statement only: a text of several (a migration's) runs by the simple protocol alone, unnamed.
    const name = text.includes(';') || params > NAMED_PARAMS ? undefined : `onrecord_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    if (name !== undefined && !named.has(name) && named.size < NAMED_MAX) named.add(name);
    statement = { text, name: name !== undefined && named.has(name) ? name : undefined };
    statements.set(sql, statement);
  }
  return statement;
}

// Failures of the connection or the server, as opposed to one statement's: the caller should stop.
const FATAL_CODES = /^(08|28|3D|53|57P|58|XX)/;
const NETWORK = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE)$/;

/** A driver error as a StoreError naming the cause in one line; other errors as they are. */
export function storeFailure(location: string, error: unknown): unknown {
  if (error instanceof StoreError || !(error instanceof Error)) return error;
  const code = 'code' in error ? String(error.code) : '';
  const where = safeLocation(location);
  if (NETWORK.test(code)) return new StoreError(`${where}: cannot reach the PostgreSQL server (${code}: ${error.message})`, true);
  if (code === '28P01' || code === '28000') return new StoreError(`${where}: PostgreSQL refused the login (${error.message})`, true);
  if (code === '3D000') return new StoreError(`${where}: ${error.message}`, true);
  if (FATAL_CODES.test(code)) return new StoreError(`${where}: ${error.message}`, true);
  if (/Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(error.message)) return new StoreError(`${where}: the connection to PostgreSQL was lost (${error.message})`, true);
  return error;
}

/** A client's query as rows. */
export function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query(sql, params = []) {
      const { text, name } = prepared(sql, params.length);
      const values = params as unknown[];
      try {
        return (await client.query(name === undefined ? { text, values } : { name, text, values })).rows as Row[];
      } catch (error) {
        // A statement prepared before a migration changed the columns it returns ('SELECT q.*'): sent
        // unnamed from now on (outside a transaction; inside one the error ends it).
        if (name === undefined || !(error instanceof Error) || !/cached plan must not change result type/.test(error.message)) throw error;
        named.delete(name);
        statements.set(sql, { text, name: undefined });
        return (await client.query({ text, values })).rows as Row[];
      }
    },
  };
}

/** Options of a pool. */
export interface PoolOptions {
  /** Connections at most (default 10). */
  max?: number;
  /** The schema the store lives in (default: the user's search path). */
  schema?: string;
}

/** A pool for `url`; throws a StoreError when the URL cannot be read. */
export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  try {
    const parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error(`not a postgres:// URL`);
  } catch (error) {
    throw new StoreError(`${safeLocation(url)}: not a database URL that can be read (${error instanceof Error ? error.message : String(error)})`, true);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 15_000,
    // An idle connection is kept, and with it the statements it has prepared and their plans: closed
    // after the driver's default of 10 s idle, a server between bursts of requests connected again and
    // planned each statement afresh for its next five runs. Idle connections do not keep a process alive.
    idleTimeoutMillis: 0,
    allowExitOnIdle: true,
    ...(options.schema !== undefined && { options: `-c search_path=${options.schema}` }),
  });
  // An idle client's error (the server went away) is reported by the next query; here it must not crash.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction on one client of the pool: committed when it resolves, rolled back when it throws. */
export async function transaction<T>(pool: pg.Pool, work: (db: Queryable, client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  // A connection cut while checked out is reported by the query in flight; unheard, the client's own
  // 'error' event would end the process with a stack trace.
  const lost = (): void => {
    broken = true;
  };
  client.on('error', lost);
  try {
    await client.query('BEGIN');
    const result = await work(queryable(client), client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw error;
  } finally {
    client.off('error', lost);
    client.release(broken);
  }
}

/** True for a transaction PostgreSQL gave up so that another could go on (deadlock, serialisation): run it again. */
export function isRetryable(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === '40P01' || error.code === '40001');
}

/** Transactions tried again after a deadlock, at most. */
const RETRIES = 8;

/** Runs `work` (a whole transaction), again after a short random pause when PostgreSQL chose it as a deadlock's victim. */
export async function retried<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isRetryable(error) || attempt >= RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
