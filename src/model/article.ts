// ExtractedArticle: the clean text of one document, its block structure, what was removed and why,
// and its metadata, each field with where it came from. Produced by `extract`.

import type { Diagnostic } from './diagnostic.js';
import type { DocumentId } from './ids.js';
import type { OffsetMap } from './offset-map.js';
import type { DocumentFormat } from './raw-document.js';
import type { Span } from './span.js';

/** The role of a block of clean text. Header blocks are article metadata shown as content. */
export type BlockKind =
  | 'title'
  | 'standfirst'
  | 'byline'
  | 'dateline'
  | 'heading'
  | 'paragraph'
  | 'quote'
  | 'list-item';

export interface Block {
  readonly kind: BlockKind;
  /** Into ExtractedArticle.text. */
  readonly span: Span;
}

/** Why a piece of the source is not article text. */
export type BoilerplateCategory =
  | 'template' // repeated across one outlet's pages: its template, not news
  | 'donation'
  | 'subscription' // newsletters, notifications, sign-up, log-in
  | 'comments'
  | 'share'
  | 'advertisement'
  | 'navigation' // menus, section labels, "Trending", "Exit mobile version"
  | 'caption'
  | 'credit' // photo credits such as "( AP )"
  | 'related' // "Related:", read-more lists, video teasers
  | 'truncation' // "Read more", "Continue reading", "..." markers
  | 'metadata-fragment' // "Published", "on", a leading " date YYYY-MM-DD" line
  | 'page-chrome'; // HTML outside the main content (header, footer, sidebars)

export interface RemovedBlock {
  /** Into RawDocument.source. */
  readonly sourceSpan: Span;
  readonly category: BoilerplateCategory;
  /** The name of the rule in the stage's rules module that removed it. */
  readonly rule: string;
}

export type Reliability = 'high' | 'medium' | 'low';

/** Where a metadata value was read. */
export type MetadataSource =
  | 'json-ld'
  | 'microdata'
  | 'opengraph'
  | 'meta-tag'
  | 'time-element'
  | 'title-element'
  | 'heading'
  | 'dateline' // a visible dateline such as "Friday 25 October 2024 05:30 BST"
  | 'date-line' // a leading " date YYYY-MM-DD" line in a text dump
  | 'byline'
  | 'first-line'
  | 'text-mention' // the outlet named in the page's own words ("notifications from The Independent")
  | 'link-canonical'
  | 'url'
  | 'url-path' // a date inside the URL path
  | 'feed'
  | 'jsonl'
  | 'http-header'
  | 'language-guess'; // guessed from the words of the text when nothing declared the language

export interface Found<T> {
  readonly value: T;
  readonly from: MetadataSource;
  readonly reliability: Reliability;
  /** The raw string the value was read from, for the user to check. */
  readonly evidence: string;
  /** Where that evidence stands in RawDocument.source, when it is there. */
  readonly sourceSpan?: Span;
}

/**
 * A calendar date or instant. `iso` is `YYYY-MM-DD` for precision 'day', else a full ISO 8601
 * timestamp; `utcOffset` is the offset the source wrote (e.g. "+01:00"), null if it gave none.
 */
export interface DateValue {
  readonly iso: string;
  readonly precision: 'day' | 'minute' | 'second';
  readonly utcOffset: string | null;
}

export interface Outlet {
  /** Human name, e.g. "The Independent"; null when only the domain is known. */
  readonly name: string | null;
  /** Registrable domain, e.g. "independent.co.uk"; null for a dump with no URL. */
  readonly domain: string | null;
}

export interface ArticleMetadata {
  readonly title: Found<string> | null;
  readonly authors: Found<readonly string[]> | null;
  readonly outlet: Found<Outlet> | null;
  readonly canonicalUrl: Found<string> | null;
  /** BCP 47 primary language subtag, e.g. "en". */
  readonly language: Found<string> | null;
  readonly published: Found<DateValue> | null;
  readonly modified: Found<DateValue> | null;
  readonly description: Found<string> | null;
  readonly section: Found<string> | null;
}

export interface ExtractedArticle {
  readonly documentId: DocumentId;
  readonly format: DocumentFormat;
  /** The clean text: blocks joined by a blank line. Immutable; every later span indexes it. */
  readonly text: string;
  /** In text order, not overlapping. */
  readonly blocks: readonly Block[];
  /** In source order. */
  readonly removed: readonly RemovedBlock[];
  readonly offsets: OffsetMap;
  readonly metadata: ArticleMetadata;
  readonly warnings: readonly Diagnostic[];
}

export const EMPTY_METADATA: ArticleMetadata = {
  title: null,
  authors: null,
  outlet: null,
  canonicalUrl: null,
  language: null,
  published: null,
  modified: null,
  description: null,
  section: null,
};

/** Blocks that present the article (headline, standfirst, byline, dateline) rather than tell it. */
const HEADER_BLOCK_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'standfirst', 'byline', 'dateline']);

/**
 * The article's body: its blocks without the header, joined by blank lines. Two outlets running
 * one wire copy under their own headlines and bylines have the same body.
 */
export function articleBodyText(article: Pick<ExtractedArticle, 'text' | 'blocks'>): string {
  return article.blocks
    .filter((b) => !HEADER_BLOCK_KINDS.has(b.kind))
    .map((b) => article.text.slice(b.span.start, b.span.end))
    .join('\n\n');
}
