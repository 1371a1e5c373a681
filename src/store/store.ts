// The Store interface: everything the rest of Crosscheck may ask of persistence. One
// implementation over Kysely serves SQLite (default, embedded) and PostgreSQL (teams); only
// connection set-up differs. Each save is one transaction, so a failure leaves no partial rows.

import type {
  ArticleAnalysis,
  ArticleId,
  ArticleMetadata,
  Block,
  Claim,
  LanguageAnnotations,
  Diagnostic,
  DocumentFormat,
  DocumentId,
  DocumentOrigin,
  ExtractedArticle,
  OffsetSegment,
  RawDocument,
  RemovedBlock,
  Stance,
  StoryName,
} from '../model/index.js';
import type { TextFingerprint } from '../shared/text-fingerprint.js';
import type { SqlDialect } from './migrations.js';

export interface StoredAnalysis {
  readonly version: string;
  readonly analyzedAt: string;
  readonly language: LanguageAnnotations;
  readonly claims: readonly Claim[];
}

export interface ArticleToSave {
  readonly document: RawDocument;
  readonly article: ExtractedArticle;
  readonly fingerprint: TextFingerprint;
  readonly analysis: ArticleAnalysis;
  readonly stories: readonly StoryName[];
  /** ISO instant; supplied by the caller so the store has no clock of its own. */
  readonly receivedAt: string;
}

export interface DuplicatePolicy {
  /** Estimated Jaccard of word shingles at or above which two texts are one article. */
  readonly nearDuplicateJaccard: number;
}

export type DuplicateMatch = 'canonical-url' | 'exact-text' | 'near-duplicate';

export type SaveOutcome =
  /** A new article, from this document. */
  | { readonly kind: 'new-article'; readonly articleId: ArticleId }
  /** The same article reached another way: the document is recorded as another source of it. */
  | { readonly kind: 'new-source'; readonly articleId: ArticleId; readonly matchedBy: DuplicateMatch; readonly similarity: number }
  /** These exact bytes were stored before; at most a story membership was added. */
  | { readonly kind: 'unchanged'; readonly articleId: ArticleId; readonly addedToStories: readonly StoryName[] };

export interface ArticleSummary {
  readonly id: ArticleId;
  readonly title: string | null;
  readonly outletName: string | null;
  readonly outletDomain: string | null;
  readonly published: string | null;
  readonly publishedFrom: string | null;
  readonly language: string | null;
  readonly words: number;
  readonly sources: number;
  readonly ingestedAt: string;
}

export interface StoredSource {
  readonly documentId: DocumentId;
  readonly label: string;
  readonly file: string | null;
  readonly url: string | null;
  readonly format: DocumentFormat;
  readonly origin: DocumentOrigin;
  readonly encoding: string;
  readonly encodingGuessed: boolean;
  readonly receivedAt: string;
}

export interface StoredArticle {
  readonly id: ArticleId;
  readonly format: DocumentFormat;
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly removed: readonly RemovedBlock[];
  readonly offsets: readonly OffsetSegment[];
  readonly metadata: ArticleMetadata;
  readonly warnings: readonly Diagnostic[];
  /** The document the text was extracted from; removed spans and offsets index its source. */
  readonly primarySource: StoredSource & { readonly source: string };
  /** Every document that is this article, the primary one first. */
  readonly sources: readonly StoredSource[];
  readonly stories: readonly string[];
  readonly ingestedAt: string;
}

export interface ArticleFilter {
  readonly story?: StoryName;
  readonly limit?: number;
  readonly offset?: number;
}

export type ArticleLookup =
  | { readonly kind: 'found'; readonly article: StoredArticle }
  | { readonly kind: 'missing' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly ArticleId[] };

export interface StorySummary {
  readonly name: string;
  readonly articles: number;
  readonly createdAt: string;
}

export interface BriefSnapshot {
  readonly id: number;
  readonly story: string;
  readonly createdAt: string;
  /** The brief's JSON form as it was generated. */
  readonly brief: unknown;
}

/** A snapshot by its number, or the latest one taken at or before an ISO date or instant. */
export type SnapshotSelector = { readonly id: number } | { readonly atOrBefore: string };

export interface ArticleSearchHit {
  readonly article: ArticleSummary;
  /** Higher is a better match; comparable only within one result list (the dialects rank differently). */
  readonly score: number;
  /** The article's clean text, for a snippet around the matched words. */
  readonly text: string;
}

export interface ArticleSearchResult {
  /** The folded words searched for (letters and digits only), each matched as a word prefix. */
  readonly words: readonly string[];
  /** All matching articles, however many the page shows. */
  readonly total: number;
  /** Best match first; ties by article id. */
  readonly hits: readonly ArticleSearchHit[];
}

/** One claim of one article: `ordinal` is its position in the article's analysis, from 0. */
export interface ClaimKey {
  readonly article: ArticleId;
  readonly ordinal: number;
}

export interface ClaimFilter {
  readonly story?: StoryName;
  readonly article?: ArticleId;
  /** Part of the speaker's name, any case. */
  readonly speaker?: string;
  readonly stance?: Stance;
  /** The article's outlet name (its domain when it has no name), exactly. */
  readonly outlet?: string;
  /** Inclusive ISO dates (`YYYY-MM-DD`) on the article's publication date; undated articles fall outside any range. */
  readonly publishedFrom?: string;
  readonly publishedTo?: string;
  /** Every word must begin a word of the claim's own words (source, cue and content, and what lies between). */
  readonly text?: string;
  /** Only these claims (a proposition's members, say). */
  readonly claims?: readonly ClaimKey[];
  readonly limit?: number;
  readonly offset?: number;
}

export interface StoredClaim extends ClaimKey {
  readonly claim: Claim;
}

export interface ClaimPage {
  /** Every claim the filter matches, however many the page shows. */
  readonly total: number;
  /** In article order (publication date, undated last, then id), then by ordinal. */
  readonly claims: readonly StoredClaim[];
}

export interface ClaimFacets {
  /** Most claims first, at most `MAX_FACET_SPEAKERS`. */
  readonly speakers: readonly { readonly name: string; readonly type: string; readonly claims: number }[];
  readonly stances: readonly { readonly stance: string; readonly claims: number }[];
  readonly outlets: readonly { readonly name: string; readonly claims: number }[];
}

export interface Store {
  readonly dialect: SqlDialect;
  /** Where the store lives, for messages (a path or a redacted connection string). */
  readonly location: string;
  saveArticle(item: ArticleToSave, policy: DuplicatePolicy): Promise<SaveOutcome>;
  hasDocument(id: DocumentId): Promise<boolean>;
  /**
   * For bytes stored before: adds the article to any of `stories` it is not in yet and returns the
   * 'unchanged' outcome; returns null when the document is new (extract and save it instead).
   */
  touchDocument(id: DocumentId, stories: readonly StoryName[], at: string): Promise<SaveOutcome | null>;
  listArticles(filter?: ArticleFilter): Promise<ArticleSummary[]>;
  countArticles(filter?: ArticleFilter): Promise<number>;
  /** By full id or a unique prefix of at least 6 hex characters. */
  findArticle(idOrPrefix: string): Promise<ArticleLookup>;
  listStories(): Promise<StorySummary[]>;
  /** The stored analysis of an article, or null when it was stored before analysis existed. */
  getAnalysis(articleId: ArticleId): Promise<StoredAnalysis | null>;
  /** Replaces an article's analysis (language annotations and claims) in one transaction. */
  replaceAnalysis(articleId: ArticleId, analysis: ArticleAnalysis, at: string): Promise<void>;
  saveSnapshot(story: StoryName, brief: unknown, at: string): Promise<number>;
  findSnapshot(story: StoryName, selector: SnapshotSelector): Promise<BriefSnapshot | null>;
  listSnapshots(story: StoryName): Promise<Omit<BriefSnapshot, 'brief'>[]>;
  /**
   * Articles whose title or clean text holds every word of `query` (as word prefixes, any case,
   * diacritics ignored): SQLite FTS5, PostgreSQL full-text search. A query with no letter or digit
   * matches nothing.
   */
  searchArticles(query: string, filter?: ArticleFilter): Promise<ArticleSearchResult>;
  /**
   * The figures and times of an article's analysis, without the rest (tokens above all): what a
   * claim record needs beside the claim, read in a fraction of getAnalysis's time. Null when the
   * article has no analysis.
   */
  getQuantitiesAndTimes(articleId: ArticleId): Promise<Pick<LanguageAnnotations, 'quantities' | 'times'> | null>;
  /** Stored claims matching every given filter, a page of them and the total. */
  listClaims(filter?: ClaimFilter): Promise<ClaimPage>;
  /** What the claims of a story (or the store) can be filtered by, with counts. */
  claimFacets(filter?: { readonly story?: StoryName }): Promise<ClaimFacets>;
  /**
   * A value that changes whenever an article joins the story or one of its articles gets a new
   * analysis: a cache key for what is derived from the story (its ledger and brief).
   */
  storyRevision(story: StoryName): Promise<string>;
  getFeedState(url: string): Promise<unknown | null>;
  putFeedState(url: string, state: unknown, polledAt: string): Promise<void>;
  startRun(command: string, config: unknown, startedAt: string): Promise<number>;
  finishRun(id: number, summary: unknown, finishedAt: string): Promise<void>;
  close(): Promise<void>;
}
