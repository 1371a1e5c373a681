// Schema migrations for both dialects, in order. Each migration is written once with Kysely's
// schema builder; where the dialects differ (binary and auto-increment types) `dialect` decides.
// Never edit a migration that has shipped: add a new one.

import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export type SqlDialect = 'sqlite' | 'postgres';

function migrations(dialect: SqlDialect): Record<string, Migration> {
  const binary = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    '0001_articles_and_documents': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('articles')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('primary_document_id', 'text', (c) => c.notNull())
          .addColumn('format', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('blocks', 'text', (c) => c.notNull())
          .addColumn('removed', 'text', (c) => c.notNull())
          .addColumn('offsets', 'text', (c) => c.notNull())
          .addColumn('metadata', 'text', (c) => c.notNull())
          .addColumn('warnings', 'text', (c) => c.notNull())
          .addColumn('title', 'text')
          .addColumn('outlet_name', 'text')
          .addColumn('outlet_domain', 'text')
          .addColumn('canonical_url', 'text')
          .addColumn('language', 'text')
          .addColumn('published', 'text')
          .addColumn('published_from', 'text')
          .addColumn('word_count', 'integer', (c) => c.notNull())
          .addColumn('exact_key', 'text', (c) => c.notNull())
          .addColumn('minhash', 'text', (c) => c.notNull())
          .addColumn('ingested_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('articles_canonical_url').on('articles').column('canonical_url').execute();
        await db.schema.createIndex('articles_exact_key').on('articles').column('exact_key').execute();
        await db.schema.createIndex('articles_published').on('articles').column('published').execute();

        await db.schema
          .createTable('documents')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
          .addColumn('label', 'text', (c) => c.notNull())
          .addColumn('format', 'text', (c) => c.notNull())
          .addColumn('bytes', sql.raw(binary), (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull())
          .addColumn('encoding', 'text', (c) => c.notNull())
          .addColumn('encoding_guessed', 'integer', (c) => c.notNull())
          .addColumn('origin_kind', 'text', (c) => c.notNull())
          .addColumn('origin', 'text', (c) => c.notNull())
          .addColumn('hints', 'text', (c) => c.notNull())
          .addColumn('file', 'text')
          .addColumn('url', 'text')
          .addColumn('received_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('documents_article').on('documents').column('article_id').execute();

        await db.schema
          .createTable('article_bands')
          .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
          .addColumn('band_key', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('article_bands_pk', ['band_key', 'article_id'])
          .execute();

        await db.schema
          .createTable('stories')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('story_articles')
          .addColumn('story_name', 'text', (c) => c.notNull().references('stories.name'))
          .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
          .addColumn('added_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('story_articles_pk', ['story_name', 'article_id'])
          .execute();
      },
    },
    '0002_runs_and_feeds': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('runs')
          .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('command', 'text', (c) => c.notNull())
          .addColumn('started_at', 'text', (c) => c.notNull())
          .addColumn('finished_at', 'text')
          .addColumn('config', 'text', (c) => c.notNull())
          .addColumn('summary', 'text')
          .execute();
        await db.schema
          .createTable('feed_states')
          .addColumn('url', 'text', (c) => c.primaryKey())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('polled_at', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0003_language_and_claims': {
      async up(db: Kysely<any>) {
        // What the language stage read in each article, tokens included (compactly: reconcile
        // reads them, and re-tagging a 10,000-article story on every brief would take seconds).
        // One row per article, replaced on reanalysis.
        await db.schema
          .createTable('article_analyses')
          .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id'))
          .addColumn('analysis_version', 'text', (c) => c.notNull())
          .addColumn('tokens', 'text', (c) => c.notNull())
          .addColumn('sentences', 'text', (c) => c.notNull())
          .addColumn('entities', 'text', (c) => c.notNull())
          .addColumn('mentions', 'text', (c) => c.notNull())
          .addColumn('quantities', 'text', (c) => c.notNull())
          .addColumn('times', 'text', (c) => c.notNull())
          .addColumn('analyzed_at', 'text', (c) => c.notNull())
          .execute();
        // Entities by canonical key across the store: "every article that mentions NATO".
        await db.schema
          .createTable('article_entities')
          .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
          .addColumn('entity_key', 'text', (c) => c.notNull())
          .addColumn('canonical', 'text', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('mentions', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_key'])
          .execute();
        await db.schema.createIndex('article_entities_key').on('article_entities').column('entity_key').execute();
        // Claims get their own rows so they can be filtered by speaker, stance and kind in SQL.
        await db.schema
          .createTable('claims')
          .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
          .addColumn('ordinal', 'integer', (c) => c.notNull())
          .addColumn('sentence', 'integer', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('stance', 'text', (c) => c.notNull())
          .addColumn('speaker_name', 'text', (c) => c.notNull())
          .addColumn('speaker_type', 'text', (c) => c.notNull())
          .addColumn('speaker_entity', 'text')
          .addColumn('speaker_role', 'text')
          .addColumn('speaker_affiliation', 'text')
          .addColumn('relayed_by', 'text', (c) => c.notNull())
          .addColumn('source_span', 'text')
          .addColumn('cue_span', 'text')
          .addColumn('content_spans', 'text', (c) => c.notNull())
          .addColumn('hedges', 'text', (c) => c.notNull())
          .addColumn('quantities', 'text', (c) => c.notNull())
          .addColumn('times', 'text', (c) => c.notNull())
          .addColumn('statement_time', 'integer')
          .addPrimaryKeyConstraint('claims_pk', ['article_id', 'ordinal'])
          .execute();
        await db.schema.createIndex('claims_speaker').on('claims').column('speaker_name').execute();
        await db.schema.createIndex('claims_stance').on('claims').column('stance').execute();
        // Each brief as it was generated, so "what changed since" compares against what the analyst saw.
        await db.schema
          .createTable('brief_snapshots')
          .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('story_name', 'text', (c) => c.notNull().references('stories.name'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('brief', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('brief_snapshots_story').on('brief_snapshots').columns(['story_name', 'created_at']).execute();
      },
    },
    '0004_article_search': {
      async up(db: Kysely<any>) {
        if (dialect === 'sqlite') {
          // An FTS5 index over each article's title and clean text, kept in step with `articles`
          // by triggers, so every save (and its transaction) updates it with no code of its own.
          // Articles stored before this migration are indexed here once.
          await sql`CREATE VIRTUAL TABLE article_search USING fts5(article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
          await sql`CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
            INSERT INTO article_search (article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
          END`.execute(db);
          await sql`CREATE TRIGGER article_search_update AFTER UPDATE OF title, text ON articles BEGIN
            DELETE FROM article_search WHERE article_id = old.id;
            INSERT INTO article_search (article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
          END`.execute(db);
          await sql`CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
            DELETE FROM article_search WHERE article_id = old.id;
          END`.execute(db);
          await sql`INSERT INTO article_search (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles`.execute(db);
        } else {
          // PostgreSQL: an expression index; queries repeat the expression (see article-search.ts)
          // so the planner uses it. It covers existing rows and stays current by itself.
          await sql`CREATE INDEX articles_search ON articles USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text))`.execute(db);
        }
        // Articles (and their claims) are listed in publication order, undated last, then by id;
        // an index on exactly that order lets a page of them be read without sorting them all
        // (a page of claims over 2,225 articles: 7 ms → 0.4 ms in SQLite).
        await sql`CREATE INDEX articles_publication_order ON articles ((CASE WHEN published IS NULL THEN 1 ELSE 0 END), published, id)`.execute(db);
      },
    },
  };
}

class InlineMigrations implements MigrationProvider {
  constructor(private readonly dialect: SqlDialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}

/** Brings the schema up to date; throws with the failing migration's name if one fails. */
export async function migrateToLatest(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const migrator = new Migrator({ db, provider: new InlineMigrations(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
