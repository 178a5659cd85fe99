/**
 * The stores every store test runs against: each dialect, opened fresh per test. A new dialect adds
 * its entry here, and the whole store suite runs against it.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../sqlite/store.js';
import type { Store } from '../store.js';

/** A dialect under test: its name and how to open an empty store of it. */
export interface DialectUnderTest {
  name: string;
  open: () => Promise<Store>;
}

/** The dialects the store suite runs against. */
export const DIALECTS: DialectUnderTest[] = [
  { name: 'sqlite, in memory', open: async () => openSqliteStore(':memory:') },
  { name: 'sqlite, file', open: async () => openSqliteStore(join(await mkdtemp(join(tmpdir(), 'onrecord-store-')), 'test.db')) },
];
