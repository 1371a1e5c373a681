// RawDocument: one input document exactly as received, decoded, with where it came from.
// Produced by `ingest`, consumed by `extract`. Nothing here is interpreted yet.

import type { DocumentId } from './ids.js';

/** What the content is, decided by ingest from content type, extension and sniffing. */
export type DocumentFormat = 'html' | 'text';

export interface FeedReference {
  /** The feed as the user named it: a path or a URL. */
  readonly location: string;
  readonly title: string | null;
  readonly link: string | null;
}

export interface FeedItemReference {
  readonly title: string | null;
  readonly link: string | null;
  readonly guid: string | null;
  /** The item's date exactly as the feed wrote it (pubDate, published, updated, dc:date). */
  readonly date: string | null;
}

/** Where a document came from. `kind` decides which fields exist. */
export type DocumentOrigin =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin' }
  | {
      readonly kind: 'url';
      readonly requestedUrl: string;
      readonly finalUrl: string;
      /** ISO instant the response arrived: when we fetched it, never when it was published. */
      readonly fetchedAt: string;
      readonly contentType: string | null;
      readonly httpLastModified: string | null;
    }
  | { readonly kind: 'feed-item'; readonly feed: FeedReference; readonly item: FeedItemReference }
  | { readonly kind: 'jsonl-record'; readonly path: string; readonly line: number };

/**
 * Metadata that arrived beside the content (a feed item's fields, a JSONL record's fields).
 * Extraction weighs these against what the document itself says.
 */
export interface DocumentHints {
  readonly title?: string;
  readonly url?: string;
  /** A date string as given, with the field it came from (e.g. `pubDate`, `date_publish`). */
  readonly published?: { readonly raw: string; readonly field: string; readonly from: 'feed' | 'jsonl' };
  readonly modified?: { readonly raw: string; readonly field: string; readonly from: 'feed' | 'jsonl' };
  readonly authors?: readonly string[];
  readonly siteName?: string;
  readonly language?: string;
}

export interface TextEncodingInfo {
  /** WHATWG encoding label used to decode the bytes, e.g. `utf-8`, `windows-1252`. */
  readonly name: string;
  /** True when the encoding was inferred because the bytes were not valid UTF-8 and nothing declared one. */
  readonly guessed: boolean;
}

export interface RawDocument {
  /** sha256 of `bytes`. */
  readonly id: DocumentId;
  /** The input as the user named it, for messages: a path, a URL, `-`, or `path:line`. */
  readonly label: string;
  /** Exactly what was received: the whole file or response, the JSONL line, the feed item's XML. */
  readonly bytes: Uint8Array;
  readonly format: DocumentFormat;
  /**
   * The decoded content that extraction reads and that source offsets index: the whole decoded
   * file or response, or for a JSONL record / feed item the value of its text or HTML field.
   */
  readonly source: string;
  readonly encoding: TextEncodingInfo;
  readonly origin: DocumentOrigin;
  readonly hints: DocumentHints;
}

/** The path as ingested, or null: the `file` field of outputs. */
export function originFile(origin: DocumentOrigin): string | null {
  switch (origin.kind) {
    case 'file':
    case 'jsonl-record':
      return origin.path;
    case 'feed-item':
      return /^https?:/i.test(origin.feed.location) ? null : origin.feed.location;
    case 'stdin':
    case 'url':
      return null;
  }
}

/** The URL the document was reached at or claims, if any. */
export function originUrl(origin: DocumentOrigin, hints: DocumentHints): string | null {
  switch (origin.kind) {
    case 'url':
      return origin.finalUrl;
    case 'feed-item':
      return origin.item.link ?? hints.url ?? null;
    default:
      return hints.url ?? null;
  }
}
