// The database schema as Kysely types: one description both dialects share. JSON columns are
// stored as text in both dialects so the same code reads them; their shapes are checked on read
// (see rows.ts).

import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: string; // sha256 of bytes
  article_id: string;
  label: string;
  format: string;
  bytes: Buffer;
  source: string;
  encoding: string;
  encoding_guessed: number; // 0/1: booleans as integers in both dialects
  origin_kind: string;
  origin: string; // JSON DocumentOrigin
  hints: string; // JSON DocumentHints
  file: string | null;
  url: string | null;
  received_at: string; // ISO instant of the first ingest
}

export interface ArticlesTable {
  id: string;
  primary_document_id: string;
  format: string;
  text: string;
  blocks: string; // JSON Block[]
  removed: string; // JSON RemovedBlock[]
  offsets: string; // JSON OffsetSegment[]
  metadata: string; // JSON ArticleMetadata
  warnings: string; // JSON Diagnostic[]
  title: string | null;
  outlet_name: string | null;
  outlet_domain: string | null;
  canonical_url: string | null;
  language: string | null;
  published: string | null;
  published_from: string | null;
  word_count: number;
  exact_key: string;
  minhash: string; // JSON number[]
  ingested_at: string;
}

export interface ArticleBandsTable {
  article_id: string;
  band_key: string;
}

export interface StoriesTable {
  name: string;
  created_at: string;
}

export interface StoryArticlesTable {
  story_name: string;
  article_id: string;
  added_at: string;
}

export interface RunsTable {
  id: Generated<number>;
  command: string;
  started_at: string;
  finished_at: string | null;
  config: string; // JSON: the resolved options the run used
  summary: string | null; // JSON counts
}

export interface FeedStatesTable {
  url: string;
  state: string; // JSON FeedPollState
  polled_at: string;
}

export interface ArticleAnalysesTable {
  article_id: string;
  analysis_version: string;
  tokens: string; // JSON compact tokens, see token-codec.ts
  sentences: string; // JSON Sentence[]
  entities: string; // JSON Entity[]
  mentions: string; // JSON EntityMention[]
  quantities: string; // JSON Quantity[]
  times: string; // JSON TimeExpression[]
  analyzed_at: string;
}

export interface ArticleEntitiesTable {
  article_id: string;
  entity_key: string;
  canonical: string;
  type: string;
  mentions: number;
}

export interface ClaimsTable {
  article_id: string;
  ordinal: number; // position of the claim in its article, from 0
  sentence: number;
  kind: string;
  stance: string;
  speaker_name: string;
  speaker_type: string;
  speaker_entity: string | null;
  speaker_role: string | null;
  speaker_affiliation: string | null;
  relayed_by: string; // JSON Speaker[]
  source_span: string | null; // JSON Span
  cue_span: string | null; // JSON Span
  content_spans: string; // JSON Span[]
  hedges: string; // JSON Hedge[]
  quantities: string; // JSON number[] (indices into the analysis's quantities)
  times: string; // JSON number[]
  statement_time: number | null;
}

export interface BriefSnapshotsTable {
  id: Generated<number>;
  story_name: string;
  created_at: string;
  brief: string; // JSON: the brief exactly as it was shown
}

/** SQLite only (migration 0004): the FTS5 index over article titles and text, filled by triggers on `articles`. PostgreSQL indexes the same words with an expression index instead. */
export interface ArticleSearchTable {
  article_id: string;
  title: string;
  text: string;
}

export interface Database {
  documents: DocumentsTable;
  articles: ArticlesTable;
  article_bands: ArticleBandsTable;
  stories: StoriesTable;
  story_articles: StoryArticlesTable;
  runs: RunsTable;
  feed_states: FeedStatesTable;
  article_analyses: ArticleAnalysesTable;
  article_entities: ArticleEntitiesTable;
  claims: ClaimsTable;
  brief_snapshots: BriefSnapshotsTable;
  article_search: ArticleSearchTable;
}
