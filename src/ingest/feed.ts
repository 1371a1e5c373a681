// RSS 2.0, RSS 1.0 and Atom feeds → one parsed item each (content, link, dates, authors, the
// item's own XML). Pure: the reader decides per item whether to make a document from its content
// or fetch its link. A malformed feed is one failure; a broken item is a failure for that item only.
//
// Item bytes: fast-xml-parser gives no positions, so `locateItemElements` scans the text for the
// `<item>`/`<entry>` element boundaries itself (skipping comments, CDATA and processing
// instructions). When the scan finds as many elements as the parser found items, an item's bytes
// are its element's bytes exactly as received (UTF-8 and single-byte feeds; a UTF-16 feed's slice is
// re-encoded as UTF-8). When the counts differ, the bytes fall back to the UTF-8 of the content field.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  diagnostic,
  type Diagnostic,
  type DocumentFormat,
  type DocumentHints,
  type FeedItemReference,
  type FeedReference,
} from '../model/index.js';
import { sha256Hex } from './document.js';
import { looksLikeHtmlFragment } from './sniff.js';

export interface FeedInput {
  /** The feed as the user named it: a path or a URL. */
  readonly location: string;
  /** The feed's final URL when it was fetched, for resolving relative item links. */
  readonly baseUrl: string | null;
  readonly bytes: Uint8Array;
  readonly text: string;
}

export interface ParsedFeedItem {
  /** 1-based position of the item in the feed. */
  readonly position: number;
  readonly reference: FeedItemReference;
  /** Stable identity for watching: guid, else link, else a hash of title and date. */
  readonly key: string;
  readonly content: { readonly value: string; readonly format: DocumentFormat } | null;
  /** The item's XML bytes (see the module note), or the content's UTF-8 bytes. */
  readonly bytes: Uint8Array;
  readonly hints: DocumentHints;
}

export type FeedItemOutcome =
  | { readonly kind: 'item'; readonly item: ParsedFeedItem }
  | { readonly kind: 'failure'; readonly key: string; readonly diagnostic: Diagnostic };

export type ParsedFeed =
  | { readonly ok: true; readonly feed: FeedReference; readonly language: string | null; readonly items: readonly FeedItemOutcome[] }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

type XmlNode = Record<string, unknown>;

const REPEATABLE_ELEMENTS = new Set(['item', 'entry', 'link', 'author', 'category', 'dc:creator', 'contributor']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // RSS descriptions carry HTML entities (&nbsp;, &eacute;) that plain XML does not define.
  htmlEntities: true,
  isArray: (name) => REPEATABLE_ELEMENTS.has(name),
});

export function parseFeed(input: FeedInput): ParsedFeed {
  const valid = XMLValidator.validate(input.text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return {
      ok: false,
      diagnostic: diagnostic('ingest/feed-syntax', input.location, `the feed is not well-formed XML at line ${line}, column ${col}: ${msg} Expected an RSS or Atom document; no item of it was read.`, {
        place: { line, column: col },
        hint: 'Fix the XML there (often an unescaped "&" or a tag left open), or ingest the items as files.',
      }),
    };
  }
  const root = parser.parse(input.text) as XmlNode;
  const shape = feedShape(root);
  if (!shape) {
    const found = Object.keys(root).filter((k) => !k.startsWith('?')).map((k) => `<${k}>`).join(', ') || 'no element';
    return {
      ok: false,
      diagnostic: diagnostic('ingest/feed-shape', input.location, `the XML is not a feed: expected an <rss>, <feed> (Atom) or <rdf:RDF> root, found ${found}.`, {
        hint: 'Pass the feed URL itself, not a page or a sitemap; or give the format explicitly if this is HTML.',
      }),
    };
  }
  const feed: FeedReference = {
    location: input.location,
    title: textOf(shape.channel['title']),
    link: linkOf(shape.channel['link']),
  };
  const language = textOf(shape.channel['language']) ?? textOf(shape.channel['dc:language']) ?? attributeOf(shape.root, '@_xml:lang');
  const slices = locateItemElements(input.text, shape.itemTag);
  const useSlices = slices.length === shape.items.length;
  const items = shape.items.map((node, i) => {
    const slice = useSlices ? slices[i]! : null;
    return readItem(input, feed, language, shape.itemTag, node, i + 1, slice);
  });
  return { ok: true, feed, language, items };
}

interface FeedShape {
  readonly root: XmlNode;
  readonly channel: XmlNode;
  readonly items: readonly XmlNode[];
  readonly itemTag: 'item' | 'entry';
}

function feedShape(document: XmlNode): FeedShape | null {
  const rss = asNode(document['rss']);
  if (rss) {
    const channel = asNode(rss['channel']) ?? {};
    return { root: rss, channel, items: nodes(channel['item'] ?? rss['item']), itemTag: 'item' };
  }
  const rdf = asNode(document['rdf:RDF']);
  if (rdf) return { root: rdf, channel: asNode(rdf['channel']) ?? {}, items: nodes(rdf['item']), itemTag: 'item' };
  const atom = asNode(document['feed']);
  if (atom) return { root: atom, channel: atom, items: nodes(atom['entry']), itemTag: 'entry' };
  return null;
}

function readItem(
  input: FeedInput,
  feed: FeedReference,
  language: string | null,
  itemTag: 'item' | 'entry',
  node: XmlNode,
  position: number,
  slice: ElementSlice | null,
): FeedItemOutcome {
  const title = textOf(node['title']);
  const guidNode = node['guid'] ?? node['id'];
  const guid = textOf(guidNode);
  const permalinkGuid = guid && /^https?:\/\//i.test(guid) && attributeOf(guidNode, '@_isPermaLink') !== 'false' ? guid : null;
  const link = absoluteUrl(linkOf(node['link']) ?? permalinkGuid, input.baseUrl ?? feed.link);
  const published = firstDate(node, ['pubDate', 'published', 'dc:date', 'updated']);
  const modified = published && published.field !== 'updated' ? firstDate(node, ['updated', 'dcterms:modified']) : null;
  const reference: FeedItemReference = { title, link, guid, date: published?.raw ?? null };
  const key = guid ?? link ?? `sha256:${sha256Hex(`${title ?? ''}\n${published?.raw ?? ''}`)}`;
  const place = slice ? { ...lineAndColumn(input.text, slice.start), jsonPath: `${itemTag}[${position}]` } : { jsonPath: `${itemTag}[${position}]` };
  const content = itemContent(node, slice ? input.text.slice(slice.start, slice.end) : null);
  if (!content && !link) {
    const fields = Object.keys(node).filter((k) => !k.startsWith('@_')).map((k) => `<${k}>`).join(', ') || 'no child elements';
    return {
      kind: 'failure',
      key,
      diagnostic: diagnostic('ingest/feed-item', input.location, `item ${position}${title ? ` ("${title}")` : ''} has neither content nor a link; expected <content:encoded>, <description>, <content>, <summary> or <link>, found ${fields}. Item skipped, the other items go on.`, {
        place,
        hint: 'Nothing to read for this item; if the feed should carry it, tell its publisher.',
      }),
    };
  }
  const hints: { -readonly [K in keyof DocumentHints]: DocumentHints[K] } = {};
  if (title) hints.title = title;
  if (link) hints.url = link;
  if (published) hints.published = { raw: published.raw, field: published.field, from: 'feed' };
  if (modified) hints.modified = { raw: modified.raw, field: modified.field, from: 'feed' };
  const authors = itemAuthors(node);
  if (authors.length > 0) hints.authors = authors;
  if (feed.title) hints.siteName = feed.title;
  if (language) hints.language = language;
  const bytes = slice ? sliceBytes(input, slice) : new TextEncoder().encode(content?.value ?? '');
  return { kind: 'item', item: { position, reference, key, content, bytes, hints } };
}

/** Content by preference: full content (content:encoded, Atom content) before teasers (description, summary). */
function itemContent(node: XmlNode, itemXml: string | null): { value: string; format: DocumentFormat } | null {
  const encoded = textOf(node['content:encoded']);
  if (encoded) return { value: encoded, format: 'html' };
  for (const name of ['content', 'summary'] as const) {
    const value = atomText(node[name], name, itemXml);
    if (value) return value;
  }
  const description = textOf(node['description']);
  if (description) return { value: description, format: looksLikeHtmlFragment(description) ? 'html' : 'text' };
  return null;
}

/** An Atom text construct: type="html" is escaped HTML, "xhtml" is inline markup (read from the item's XML), "text" or none is text. */
function atomText(value: unknown, element: string, itemXml: string | null): { value: string; format: DocumentFormat } | null {
  if (value === undefined) return null;
  const type = attributeOf(value, '@_type')?.toLowerCase() ?? 'text';
  if (type === 'xhtml') {
    const inner = itemXml ? new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`).exec(itemXml)?.[1]?.trim() : null;
    return inner ? { value: inner, format: 'html' } : null;
  }
  const text = textOf(value);
  if (!text) return null;
  const isHtml = type === 'html' || type === 'text/html' || looksLikeHtmlFragment(text);
  return { value: text, format: isHtml ? 'html' : 'text' };
}

function firstDate(node: XmlNode, fields: readonly string[]): { raw: string; field: string } | null {
  for (const field of fields) {
    const raw = textOf(node[field]);
    if (raw) return { raw, field };
  }
  return null;
}

function itemAuthors(node: XmlNode): string[] {
  const names: string[] = [];
  for (const entry of [...asArray(node['author']), ...asArray(node['dc:creator'])]) {
    const name = textOf(asNode(entry)?.['name'] ?? entry);
    if (!name) continue;
    // RSS <author> is "email (Name)"; the name is what a reader knows.
    const named = /^\S+@\S+\s*\((.+)\)$/.exec(name);
    names.push(named ? named[1]!.trim() : name);
  }
  return names;
}

/** A link element's URL: RSS text, or the Atom `href` of the alternate (or only) link. */
function linkOf(value: unknown): string | null {
  const links = asArray(value);
  const atomLinks = links.filter((l): l is XmlNode => asNode(l) !== null && typeof (l as XmlNode)['@_href'] === 'string');
  if (atomLinks.length > 0) {
    const alternate = atomLinks.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? atomLinks[0]!;
    return (alternate['@_href'] as string).trim() || null;
  }
  for (const link of links) {
    const text = textOf(link);
    if (text) return text;
  }
  return null;
}

function absoluteUrl(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base && /^https?:/i.test(base) ? base : undefined).href;
  } catch {
    return link;
  }
}

/** A text value: a string, or the `#text` of an element with attributes; the first of repeated elements. */
function textOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim() || null;
  if (typeof first === 'number') return String(first);
  const node = asNode(first);
  if (node && typeof node['#text'] === 'string') return node['#text'].trim() || null;
  return null;
}

function attributeOf(value: unknown, attribute: string): string | null {
  const node = asNode(Array.isArray(value) ? value[0] : value);
  const attr = node?.[attribute];
  return typeof attr === 'string' ? attr : null;
}

function asNode(value: unknown): XmlNode | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : null;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function nodes(value: unknown): XmlNode[] {
  // An empty <item/> parses as "", which is still an item (one with nothing in it).
  return asArray(value).map((v) => asNode(v) ?? {});
}

/** The visible text length of HTML or text content: tags dropped, whitespace collapsed. */
export function visibleTextLength(content: string): number {
  return content.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, 'x').replace(/\s+/g, ' ').trim().length;
}

export interface ElementSlice {
  /** Offset of `<`, in UTF-16 code units of the text. */
  readonly start: number;
  /** Offset just past the closing `>`. */
  readonly end: number;
}

/** The outermost `<tag>…</tag>` elements of one name, in document order, found by a tag scanner. */
export function locateItemElements(text: string, tag: string): ElementSlice[] {
  const slices: ElementSlice[] = [];
  let depth = 0;
  let start = -1;
  let i = text.indexOf('<');
  while (i !== -1 && i < text.length) {
    let next: number;
    if (text.startsWith('<!--', i)) next = endAfter(text, '-->', i + 4);
    else if (text.startsWith('<![CDATA[', i)) next = endAfter(text, ']]>', i + 9);
    else if (text.startsWith('<?', i)) next = endAfter(text, '?>', i + 2);
    else if (text.startsWith('<!', i)) next = endAfter(text, '>', i + 2);
    else {
      const end = tagEnd(text, i);
      if (end === -1) break;
      const match = /^<(\/?)([A-Za-z_][\w.:-]*)/.exec(text.slice(i, Math.min(end, i + 200)));
      if (match && match[2] === tag) {
        const closing = match[1] === '/';
        const selfClosing = text[end - 1] === '/';
        if (!closing) {
          if (depth === 0) start = i;
          if (selfClosing) {
            if (depth === 0) slices.push({ start, end: end + 1 });
          } else depth++;
        } else if (depth > 0) {
          depth--;
          if (depth === 0) slices.push({ start, end: end + 1 });
        }
      }
      next = end + 1;
    }
    if (next <= i) break;
    i = text.indexOf('<', next);
  }
  return slices;
}

function endAfter(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? text.length : at + marker.length;
}

/** Index of the `>` closing the tag opened at `from`, skipping quoted attribute values. */
function tagEnd(text: string, from: number): number {
  let quote: string | null = null;
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

function sliceBytes(input: FeedInput, slice: ElementSlice): Uint8Array {
  // A single-byte encoding maps each character to one byte, so text offsets are byte offsets.
  if (input.bytes.length === input.text.length) return input.bytes.slice(slice.start, slice.end);
  // Valid UTF-8 re-encodes to exactly the bytes it was decoded from.
  return new TextEncoder().encode(input.text.slice(slice.start, slice.end));
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
