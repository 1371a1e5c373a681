// Opens (and migrates) a PostgreSQL store, for teams and large corpora.

import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselyStore } from '../kysely-store.js';
import { migrateToLatest } from '../migrations.js';
import type { Database } from '../schema.js';
import type { Store } from '../store.js';

export async function openPostgresStore(connectionString: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: 4 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db, 'postgres');
  return new KyselyStore(db, 'postgres', redact(connectionString));
}

/** The connection string without its password, for messages. */
function redact(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres';
  }
}
