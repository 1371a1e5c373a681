// The store stage's public surface: one Store interface, opened from a path or a postgres:// URL.

import { openPostgresStore } from './postgres/open.js';
import { openSqliteStore } from './sqlite/open.js';
import type { Store } from './store.js';

export type * from './store.js';
export type { SqlDialect } from './migrations.js';
export { matchedWordRanges, searchWords } from './search-words.js';

/** `postgres://…` or `postgresql://…` opens PostgreSQL; anything else is a SQLite file path. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) return openPostgresStore(location);
  return openSqliteStore(location);
}
