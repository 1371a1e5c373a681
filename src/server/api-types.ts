// The HTTP API's response shapes: what the server sends and what the web UI reads (it imports
// these types, so the two cannot drift). Offsets named `start`/`end` are UTF-16 code units into the
// article's clean text, half-open, the same units the browser's strings use.

import type { Brief, BriefEvidence, BriefFigure, BriefInterval, BriefProposition } from '../present/brief/brief-data.js';
import type { BriefDiff } from '../present/brief/diff.js';
import type { ClaimRecord } from '../present/records/claim-record.js';
import type { ArticleSummary, BriefSnapshot, ClaimFacets, StorySummary } from '../store/index.js';
import type { Diagnostic } from '../model/index.js';

export type { Brief, BriefDiff, BriefEvidence, BriefFigure, BriefInterval, BriefProposition, ClaimFacets, StorySummary, ArticleSummary, Diagnostic };

export interface HealthResponse {
  readonly ok: true;
  readonly version: string;
  readonly store: string;
  /** True when API requests need `Authorization: Bearer <token>`. */
  readonly tokenRequired: boolean;
}

export interface BriefResponse {
  readonly brief: Brief;
  /** Set when `since` was given and named a snapshot. */
  readonly changes: BriefDiff | null;
  /** The `since` value that named no snapshot, else null. */
  readonly sinceNotFound: string | null;
  /** Articles of the story stored without an analysis (run `crosscheck reanalyze`). */
  readonly unanalysed: number;
}

/** A denial drawn on a figure chart: from the proposition itself or a claim proposition about the same subject and action. */
export interface SeriesDenial {
  readonly speaker: { readonly name: string; readonly type: string };
  readonly when: BriefInterval | null;
  /** The proposition whose stances carry it. */
  readonly proposition: string;
  readonly propositionLabel: string;
  readonly evidence: readonly BriefEvidence[];
}

/** One count proposition as a chart reads it: figures (indexed as in the brief) and the denials that bear on them. */
export interface FigureSeries {
  readonly id: string;
  readonly label: string;
  readonly unit: string | null;
  readonly figures: readonly BriefFigure[];
  readonly relations: BriefProposition['relations'];
  readonly denials: readonly SeriesDenial[];
}

export interface PropositionSummary {
  readonly id: string;
  readonly label: string;
  readonly measure: string;
  readonly unit: string | null;
  readonly figures: number;
  readonly stances: number;
  readonly denials: number;
  readonly articles: number;
  readonly outlets: number;
  readonly originalSources: number;
}

export interface PropositionDetail {
  readonly proposition: BriefProposition;
  /** The claims grouped here (`claim` is the claim's ordinal in its article), and the words that grouped them. */
  readonly members: readonly { readonly article: string; readonly claim: number; readonly subject: string; readonly family: string; readonly unit: string | null }[];
}

export interface IndependenceView {
  readonly id: string;
  readonly label: string;
  readonly measure: string;
  readonly articles: number;
  readonly outlets: readonly string[];
  readonly unknownOutletArticles: number;
  readonly reports: number;
  readonly originalSources: readonly { readonly name: string; readonly claimants: readonly string[]; readonly articles: readonly string[] }[];
  readonly chains: BriefProposition['independence']['chains'];
}

export interface SnapshotsResponse {
  readonly snapshots: readonly Omit<BriefSnapshot, 'brief'>[];
}

export interface ArticlesResponse {
  readonly total: number;
  readonly articles: readonly ArticleSummary[];
}

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface ArticleView {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly domain: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly authors: readonly string[];
  readonly stories: readonly string[];
  readonly format: string;
  readonly sources: readonly { readonly label: string; readonly file: string | null; readonly url: string | null; readonly format: string; readonly receivedAt: string }[];
  /** Each metadata field found, with where it was read and how reliable that is. */
  readonly metadata: readonly { readonly field: string; readonly value: string; readonly from: string; readonly reliability: string; readonly evidence: string }[];
  readonly text: string;
  readonly blocks: readonly (TextRange & { readonly kind: string })[];
  /** What extraction removed, placed before the block it preceded in the source (`before` = blocks.length: after the last). */
  readonly removed: readonly { readonly before: number; readonly category: string; readonly rule: string; readonly text: string; readonly truncated: boolean }[];
  /** Null when the article was stored before analysis existed. */
  readonly annotations: ArticleAnnotations | null;
  readonly warnings: readonly Diagnostic[];
}

export interface ArticleAnnotations {
  readonly analysisVersion: string;
  readonly entities: readonly { readonly key: string; readonly canonical: string; readonly type: string }[];
  readonly mentions: readonly (TextRange & { readonly entity: number; readonly kind: string })[];
  readonly quantities: readonly (TextRange & { readonly value: number | null; readonly low: number | null; readonly high: number | null; readonly unit: string | null; readonly qualifier: string | null })[];
  readonly times: readonly (TextRange & { readonly resolved: { readonly start: string; readonly end: string; readonly precision: string } | null })[];
  readonly claims: readonly {
    readonly ordinal: number;
    readonly speaker: { readonly name: string; readonly type: string; readonly role: string | null };
    readonly relayedBy: readonly string[];
    readonly stance: string;
    readonly kind: string;
    readonly source: TextRange | null;
    readonly cue: TextRange | null;
    readonly content: readonly TextRange[];
    readonly hedges: readonly (TextRange & { readonly kind: string })[];
  }[];
}

/** A claim as the claims table shows it: the public record plus where its words stand in the clean text. */
export interface ApiClaim extends ClaimRecord {
  readonly ordinal: number;
  readonly title: string | null;
  /** From the first of source, cue and content to the last, in the clean text: what "show the evidence" highlights. */
  readonly link: { readonly article: string } & TextRange;
}

export interface ClaimsResponse {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly claims: readonly ApiClaim[];
}

export interface SearchResponse {
  readonly words: readonly string[];
  readonly total: number;
  readonly hits: readonly {
    readonly article: ArticleSummary;
    readonly score: number;
    /** A stretch of the clean text around the first match; `marks` are the matched words in it, relative to `text`. */
    readonly snippet: { readonly text: string; readonly offset: number; readonly marks: readonly TextRange[] };
  }[];
}

export type IngestJobState = 'queued' | 'running' | 'done' | 'failed';

export interface IngestJobView {
  readonly id: string;
  readonly state: IngestJobState;
  readonly story: string | null;
  readonly inputs: number;
  readonly createdAt: string;
  readonly progress: { readonly phase: 'reading' | 'processing'; readonly done: number; readonly total: number | null; readonly label: string } | null;
  /** Each document as it was stored or failed, in order. */
  readonly results: readonly ({ readonly label: string; readonly status: 'stored'; readonly outcome: string; readonly articleId: string; readonly title: string | null } | { readonly label: string; readonly status: 'failed'; readonly diagnostic: Diagnostic })[];
  readonly summary: { readonly documents: number; readonly newArticles: number; readonly newSources: number; readonly unchanged: number; readonly failed: number } | null;
  readonly error: string | null;
}
