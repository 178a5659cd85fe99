/** How many connections the server holds at once: below the open-file limit, so the database and workers still open. */
import { readFileSync } from 'node:fs';

/** Open files kept for what is not a connection: the database and its journal, worker threads, logs. */
const RESERVED_FILES = 64;

/** The cap where the open-file limit cannot be read. */
const FALLBACK_CONNECTIONS = 1000;

/** The soft limit of open files in a /proc/self/limits text, or undefined when it is absent or unlimited. */
export function openFileLimit(limits: string): number | undefined {
  const match = /^Max open files\s+(\d+|unlimited)/m.exec(limits);
  if (!match || match[1] === 'unlimited') return undefined;
  return Number(match[1]);
}

/**
 * The default cap on concurrent connections: the open-file limit less a reserve (at least 16). At the
 * limit itself, accepting fails and so does every file the server must open; above the cap, a new
 * connection is closed at once and the others go on.
 */
export function defaultMaxConnections(read: () => string = () => readFileSync('/proc/self/limits', 'utf8')): number {
  let limit: number | undefined;
  try {
    limit = openFileLimit(read());
  } catch {
    limit = undefined;
  }
  return limit === undefined ? FALLBACK_CONNECTIONS : Math.max(16, limit - RESERVED_FILES);
}
