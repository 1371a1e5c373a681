// Full-text search over article titles and clean text, the one place the dialects differ in SQL:
// SQLite reads the FTS5 table `article_search` (migration 0004, kept current by triggers) and
// ranks with bm25; PostgreSQL matches `to_tsvector('simple', …)` through its expression index and
// ranks with ts_rank. Both take the words of search-words.ts, each a word prefix, all required.

import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { StoryName } from '../model/index.js';
import type { SqlDialect } from './migrations.js';
import type { Database } from './schema.js';
import { fts5Query, tsQuery } from './search-words.js';

/** bm25 column weights (article_id, title, text): a word in the title counts as much as four in the text. */
const BM25_WEIGHTS = sql.raw('0.0, 4.0, 1.0');
/** The expression PostgreSQL's index is built on; queries must repeat it exactly to use the index. */
const PG_DOCUMENT = sql.raw(`to_tsvector('simple', coalesce(articles.title, '') || ' ' || articles.text)`);

export interface RankedIds {
  readonly total: number;
  readonly ranked: readonly { readonly id: string; readonly score: number }[];
}

/** The page of matching article ids, best first (ties by id), and how many match in all. */
export async function rankArticles(
  db: Kysely<Database>,
  dialect: SqlDialect,
  words: readonly string[],
  filter: { readonly story?: StoryName; readonly limit: number; readonly offset: number },
): Promise<RankedIds> {
  const inStory = (column: RawBuilder<unknown>) =>
    filter.story === undefined
      ? sql``
      : sql`AND ${column} IN (SELECT article_id FROM story_articles WHERE story_name = ${filter.story})`;
  if (dialect === 'sqlite') {
    const match = fts5Query(words);
    const rows = await sql<{ id: string; rank: number }>`
      SELECT article_search.article_id AS id, bm25(article_search, ${BM25_WEIGHTS}) AS rank
      FROM article_search
      WHERE article_search MATCH ${match} ${inStory(sql.ref('article_search.article_id'))}
      ORDER BY rank, id
      LIMIT ${filter.limit} OFFSET ${filter.offset}`.execute(db);
    const count = await sql<{ n: number }>`
      SELECT count(*) AS n FROM article_search
      WHERE article_search MATCH ${match} ${inStory(sql.ref('article_search.article_id'))}`.execute(db);
    // bm25 is lower-is-better; negate it so a higher score is a better match in both dialects.
    return { total: Number(count.rows[0]?.n ?? 0), ranked: rows.rows.map((r) => ({ id: r.id, score: -Number(r.rank) })) };
  }
  const query = tsQuery(words);
  const rows = await sql<{ id: string; score: number }>`
    SELECT articles.id AS id, ts_rank(${PG_DOCUMENT}, to_tsquery('simple', ${query})) AS score
    FROM articles
    WHERE ${PG_DOCUMENT} @@ to_tsquery('simple', ${query}) ${inStory(sql.ref('articles.id'))}
    ORDER BY score DESC, id
    LIMIT ${filter.limit} OFFSET ${filter.offset}`.execute(db);
  const count = await sql<{ n: string | number }>`
    SELECT count(*) AS n FROM articles
    WHERE ${PG_DOCUMENT} @@ to_tsquery('simple', ${query}) ${inStory(sql.ref('articles.id'))}`.execute(db);
  return { total: Number(count.rows[0]?.n ?? 0), ranked: rows.rows.map((r) => ({ id: r.id, score: Number(r.score) })) };
}

/** A parenthesised sub-query of the ids of articles holding every word, for `… IN (…)`. */
export function articlesMatching(dialect: SqlDialect, words: readonly string[]): RawBuilder<string> {
  return dialect === 'sqlite'
    ? sql<string>`(SELECT article_id FROM article_search WHERE article_search MATCH ${fts5Query(words)})`
    : sql<string>`(SELECT articles.id FROM articles WHERE ${PG_DOCUMENT} @@ to_tsquery('simple', ${tsQuery(words)}))`;
}
