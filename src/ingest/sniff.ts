// Decides what an input is (HTML page, plain text, feed, JSONL) from its decoded content, with the
// file extension and HTTP content type as hints. Pure: called by ingest's readers after decoding.
//
// Content wins when it is sure (an XML feed root, an HTML doctype or root, JSON-object lines, many
// HTML tags); otherwise the content type, then the extension, decide; plain text is the default.

import { extname } from 'node:path';
import {
  CONTENT_TYPE_FORMATS,
  EXTENSION_FORMATS,
  FEED_ROOT_PATTERN,
  HTML_START_PATTERN,
  HTML_TAG_PATTERN,
  JSONL_SNIFF_LINES,
  MIN_HTML_TAGS_FOR_FRAGMENT,
  MIN_HTML_TAGS_FOR_PAGE,
  SNIFF_WINDOW_CHARS,
} from './rules.js';

export type InputFormat = 'html' | 'text' | 'feed' | 'jsonl';

export interface SniffHints {
  /** The file name or URL path, for its extension (a trailing `.gz` is looked through). */
  readonly name?: string | null;
  /** The HTTP Content-Type header value. */
  readonly contentType?: string | null;
}

export function sniffFormat(text: string, hints: SniffHints = {}): InputFormat {
  const head = text.slice(0, SNIFF_WINDOW_CHARS).replace(/^\uFEFF/, '').trimStart();
  const hinted = formatOfContentType(hints.contentType) ?? formatOfName(hints.name);
  if (head.startsWith('<?xml')) {
    if (FEED_ROOT_PATTERN.test(head)) return 'feed';
    return /<html[\s>]/i.test(head) ? 'html' : 'feed';
  }
  if (/^<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
  if (HTML_START_PATTERN.test(head)) return 'html';
  if (head.startsWith('{')) {
    if (hinted === 'jsonl' || leadingLinesAreJsonObjects(head)) return 'jsonl';
  }
  if (countHtmlTags(head) >= MIN_HTML_TAGS_FOR_PAGE) return 'html';
  return hinted ?? 'text';
}

/** Whether a content field (feed description, JSONL `content`) holds HTML markup rather than plain text. */
export function looksLikeHtmlFragment(text: string): boolean {
  return countHtmlTags(text.slice(0, SNIFF_WINDOW_CHARS)) >= MIN_HTML_TAGS_FOR_FRAGMENT;
}

/** The media type of a Content-Type value (lower-case, no parameters), or null. */
export function mediaTypeOf(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  return media.length > 0 ? media : null;
}

/** What a content type suggests, or null when it is absent or not one Crosscheck reads. */
export function formatOfContentType(contentType: string | null | undefined): InputFormat | null {
  const media = mediaTypeOf(contentType);
  if (!media) return null;
  return CONTENT_TYPE_FORMATS[media] ?? (media.endsWith('+xml') ? 'feed' : null);
}

/** What a file name's extension suggests, looking through a trailing `.gz`. */
export function formatOfName(name: string | null | undefined): InputFormat | null {
  if (!name) return null;
  const path = name.replace(/[?#].*$/, '').replace(/\.gz$/i, '');
  return EXTENSION_FORMATS[extname(path).toLowerCase()] ?? null;
}

function countHtmlTags(text: string): number {
  return text.match(HTML_TAG_PATTERN)?.length ?? 0;
}

function leadingLinesAreJsonObjects(head: string): boolean {
  const lines = head.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  // The last line of the window may be cut off; judge only whole lines, but at least the first.
  const whole = lines.slice(0, Math.max(1, Math.min(JSONL_SNIFF_LINES, lines.length - 1)));
  return whole.every((line) => {
    try {
      const value: unknown = JSON.parse(line);
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    } catch {
      return false;
    }
  });
}
