// Opens (and migrates) the embedded SQLite store: the default, one file on the analyst's laptop.

import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { KyselyStore } from '../kysely-store.js';
import { migrateToLatest } from '../migrations.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';

export async function openSqliteStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const connection = new BetterSqlite3(path);
  // WAL keeps readers unblocked during an ingest; synchronous=NORMAL is durable in WAL mode
  // up to the last committed transaction, which is the promise we make (no partial articles).
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  await migrateToLatest(db, 'sqlite');
  return new KyselyStore(db, 'sqlite', path);
}
