/**
 * The stores every store test runs against: each dialect, opened fresh per test. A new dialect adds
 * its entry here, and the whole store suite runs against it.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openPostgresStore } from '../postgres/store.js';
import { openSqliteStore } from '../sqlite/store.js';
import type { Store } from '../store.js';

/** A dialect under test: its name and how to open an empty store of it. */
export interface DialectUnderTest {
  name: string;
  open: () => Promise<Store>;
}

/**
 * The PostgreSQL server the tests use, from ONRECORD_TEST_PG (`.ci/run` starts a throwaway one and sets
 * it; scripts/pg-throwaway.sh starts one by hand). Without it the PostgreSQL suite is skipped, except
 * in CI, where its absence fails the run.
 */
export const TEST_PG = process.env['ONRECORD_TEST_PG'];
if (TEST_PG === undefined && process.env['CI'] !== undefined) throw new Error('CI: ONRECORD_TEST_PG is not set; .ci/run starts a PostgreSQL server for the tests');

/** A fresh PostgreSQL store in a schema of its own on the test server. */
export function openTestPostgres(url: string): Store {
  return openPostgresStore(url, { schema: `test_${randomBytes(6).toString('hex')}`, connections: 4 });
}

/** The dialects the store suite runs against. */
export const DIALECTS: DialectUnderTest[] = [
  { name: 'sqlite, in memory', open: async () => openSqliteStore(':memory:') },
  { name: 'sqlite, file', open: async () => openSqliteStore(join(await mkdtemp(join(tmpdir(), 'onrecord-store-')), 'test.db')) },
  ...(TEST_PG === undefined ? [] : [{ name: 'postgres', open: async () => openTestPostgres(TEST_PG) }]),
];
