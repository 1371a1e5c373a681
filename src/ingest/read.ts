// Reads concrete inputs (files, stdin, URLs) and turns their bytes into IngestItems: gzip is
// undone, the bytes decoded, the format sniffed, and feeds and JSONL split into one document per
// item or record. This is where ingest does its I/O; the parsing it calls is pure.
//
// Nothing throws out of here for a bad input: each problem is a failure item and the batch goes on.
// A file-level warning (a guessed encoding) is attached to the first document the file yields; the
// others carry the same `encoding.guessed` flag.

import { promises as fs } from 'node:fs';
import zlib from 'node:zlib';
import { diagnostic, type Diagnostic, type DocumentOrigin, type RawDocument } from '../model/index.js';
import { charsetOfContentType, decodeBytes, tooLarge } from './decode.js';
import { makeRawDocument, type IngestItem, type ReadOutcome } from './document.js';
import { parseFeed, visibleTextLength, type ParsedFeedItem } from './feed.js';
import type { FetchOutcome } from './fetch.js';
import { inputLabel, type ConcreteInput } from './inputs.js';
import { readJsonlRecords } from './jsonl.js';
import type { IngestContext } from './options.js';
import { FEED_SUMMARY_MAX_TEXT_CHARS, GZIP_MAGIC } from './rules.js';
import { sniffFormat } from './sniff.js';

export async function* readConcreteInputs(inputs: readonly ConcreteInput[], context: IngestContext): AsyncGenerator<IngestItem> {
  for (const [inputIndex, input] of inputs.entries()) {
    let outcomes: ReadOutcome[];
    try {
      outcomes = await readInput(input, context);
    } catch (error) {
      // A bug or an I/O fault nobody foresaw: still one input's failure, never the batch's.
      outcomes = [failure(diagnostic('ingest/unreadable', inputLabel(input), `reading failed unexpectedly: ${(error as Error).message}.`, { hint: 'Re-run; if it happens again, report it with this input.' }))];
    }
    for (const outcome of outcomes) yield { ...outcome, inputIndex };
  }
}

async function readInput(input: ConcreteInput, context: IngestContext): Promise<ReadOutcome[]> {
  switch (input.kind) {
    case 'unusable':
      return [failure(input.diagnostic)];
    case 'file':
      return readFileInput(input.path, context);
    case 'stdin':
      return readStdin(context);
    case 'url':
      return readUrl(input.url, context);
  }
}

async function readFileInput(path: string, context: IngestContext): Promise<ReadOutcome[]> {
  const { maxBytes } = context.options;
  let bytes: Uint8Array;
  try {
    const stats = await fs.stat(path);
    if (stats.size > maxBytes) return [failure(tooLarge(path, `${stats.size} bytes`, maxBytes))];
    bytes = new Uint8Array(await fs.readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return [failure(code === 'ENOENT'
      ? diagnostic('ingest/not-found', path, `no file at ${path} any more; it was listed but has gone.`, { hint: 'Re-run once the file is back.' })
      : diagnostic('ingest/unreadable', path, `${path} cannot be read (${code}).`, { hint: 'Check that it is a file and that you may read it.' }))];
  }
  return readBytes(bytes, { label: path, name: path, contentType: null, origin: { kind: 'file', path }, feedBaseUrl: null }, context);
}

async function readStdin(context: IngestContext): Promise<ReadOutcome[]> {
  const { maxBytes } = context.options;
  const stream = context.options.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      total += buffer.length;
      if (total > maxBytes) return [failure(tooLarge('-', `more than ${maxBytes} bytes (stopped reading at ${total})`, maxBytes))];
      chunks.push(buffer);
    }
  } catch (error) {
    return [failure(diagnostic('ingest/unreadable', '-', `standard input could not be read: ${(error as Error).message}.`, { hint: 'Pipe a file into the command, e.g. `cat page.html | crosscheck ingest -`.' }))];
  }
  return readBytes(new Uint8Array(Buffer.concat(chunks)), { label: '-', name: null, contentType: null, origin: { kind: 'stdin' }, feedBaseUrl: null }, context);
}

async function readUrl(url: string, context: IngestContext): Promise<ReadOutcome[]> {
  const fetched = await fetchFor(url, context);
  if (fetched.kind !== 'ok') return [failure(fetchedFailure(fetched, url))];
  const origin: DocumentOrigin = {
    kind: 'url',
    requestedUrl: url,
    finalUrl: fetched.finalUrl,
    fetchedAt: fetched.fetchedAt,
    contentType: fetched.contentType,
    httpLastModified: fetched.lastModified,
  };
  return readBytes(fetched.bytes, { label: url, name: new URL(fetched.finalUrl).pathname, contentType: fetched.contentType, origin, feedBaseUrl: fetched.finalUrl }, context);
}

export function fetchFor(url: string, context: IngestContext, conditional?: { etag: string | null; lastModified: string | null }): Promise<FetchOutcome> {
  const { allowPrivate, maxBytes, now } = context.options;
  return context.fetcher.fetch({ url, allowPrivate, maxBytes, now, ...(conditional ? { conditional } : {}) });
}

function fetchedFailure(outcome: FetchOutcome, url: string): Diagnostic {
  if (outcome.kind === 'failed') return outcome.diagnostic;
  return diagnostic('fetch/http-status', url, `${url} answered 304 Not Modified to a request that sent no validators.`, { hint: 'Re-run; the server is misbehaving.' });
}

interface BytesContext {
  /** For messages and document labels. */
  readonly label: string;
  /** File name or URL path, for the extension hint. */
  readonly name: string | null;
  readonly contentType: string | null;
  readonly origin: DocumentOrigin;
  /** A fetched feed's final URL, against which relative item links resolve. */
  readonly feedBaseUrl: string | null;
}

/** Bytes of one file, stdin or response → its documents. */
async function readBytes(received: Uint8Array, where: BytesContext, context: IngestContext): Promise<ReadOutcome[]> {
  const decodedInput = decodeReceived(received, where, context);
  if ('diagnostic' in decodedInput) return [failure(decodedInput.diagnostic)];
  const { bytes, decoded } = decodedInput;
  const format = context.options.formatOverride ?? sniffFormat(decoded.text, { name: where.name, contentType: where.contentType });
  let outcomes: ReadOutcome[];
  switch (format) {
    case 'html':
    case 'text':
      return [{
        kind: 'document',
        document: makeRawDocument({ label: where.label, bytes, format, source: decoded.text, encoding: decoded.encoding, origin: where.origin, hints: {} }),
        warnings: decoded.warnings,
      }];
    case 'jsonl':
      outcomes = readJsonlRecords({ path: where.label, bytes, text: decoded.text, encoding: decoded.encoding });
      break;
    case 'feed': {
      const shouldFetch = context.options.fetchFeedItems && where.origin.kind === 'url';
      const parsed = parseFeed({ location: where.label, baseUrl: where.feedBaseUrl, bytes, text: decoded.text });
      if (!parsed.ok) return [failure(parsed.diagnostic)];
      outcomes = [];
      for (const item of parsed.items) {
        outcomes.push(item.kind === 'failure' ? failure(item.diagnostic) : await feedItemDocument(item.item, parsed.feed, decoded.encoding, shouldFetch, context));
      }
      break;
    }
  }
  return attachToFirstDocument(outcomes, decoded.warnings);
}

/** One feed item → a document from its content, or from the page its link leads to when the content is only a teaser. */
export async function feedItemDocument(
  item: ParsedFeedItem,
  feed: { readonly location: string; readonly title: string | null; readonly link: string | null },
  encoding: RawDocument['encoding'],
  shouldFetch: boolean,
  context: IngestContext,
): Promise<ReadOutcome> {
  const label = `${feed.location}#item-${item.position}`;
  const link = item.reference.link;
  const isTeaser = item.content === null || visibleTextLength(item.content.value) < FEED_SUMMARY_MAX_TEXT_CHARS;
  const fromContent = (warnings: readonly Diagnostic[]): ReadOutcome =>
    item.content
      ? {
          kind: 'document',
          document: makeRawDocument({
            label,
            bytes: item.bytes,
            format: item.content.format,
            source: item.content.value,
            encoding,
            origin: { kind: 'feed-item', feed: { location: feed.location, title: feed.title, link: feed.link }, item: item.reference },
            hints: item.hints,
          }),
          warnings,
        }
      : failure(diagnostic('ingest/feed-item', feed.location, `item ${item.position}${item.reference.title ? ` ("${item.reference.title}")` : ''} has no content, only a link (${link}), and fetching item links is off for this feed.`, {
          hint: 'Ingest the feed by its URL with item fetching on, or ingest the link itself as a URL.',
        }));
  if (!link || !isTeaser || !shouldFetch) return fromContent([]);
  const fetched = await fetchFor(link, context);
  if (fetched.kind !== 'ok') {
    const problem = fetchedFailure(fetched, link);
    if (!item.content) return failure(problem);
    // The teaser is still something: keep it, and say why the full page is missing.
    return fromContent([{ ...problem, severity: 'warning', message: `${problem.message} Kept the feed's own summary instead.` }]);
  }
  const origin: DocumentOrigin = {
    kind: 'url',
    requestedUrl: link,
    finalUrl: fetched.finalUrl,
    fetchedAt: fetched.fetchedAt,
    contentType: fetched.contentType,
    httpLastModified: fetched.lastModified,
  };
  const decoded = decodeBytes({ bytes: fetched.bytes, label: link, headerCharset: charsetOfContentType(fetched.contentType), forcedCharset: null });
  if (!decoded.ok) return item.content ? fromContent([{ ...decoded.diagnostic, severity: 'warning' }]) : failure(decoded.diagnostic);
  const sniffed = sniffFormat(decoded.text, { name: new URL(fetched.finalUrl).pathname, contentType: fetched.contentType });
  return {
    kind: 'document',
    document: makeRawDocument({
      label: link,
      bytes: fetched.bytes,
      format: sniffed === 'text' ? 'text' : 'html',
      source: decoded.text,
      encoding: decoded.encoding,
      origin,
      hints: item.hints,
    }),
    warnings: decoded.warnings,
  };
}

/** Undoes gzip and decodes: the bytes a document keeps and the text it reads. */
export function decodeReceived(
  received: Uint8Array,
  where: { readonly label: string; readonly contentType: string | null },
  context: IngestContext,
): { bytes: Uint8Array; decoded: Extract<ReturnType<typeof decodeBytes>, { ok: true }> } | { diagnostic: Diagnostic } {
  const unzipped = gunzipIfCompressed(received, where.label, context.options.maxBytes);
  if ('diagnostic' in unzipped) return unzipped;
  const decoded = decodeBytes({ bytes: unzipped.bytes, label: where.label, headerCharset: charsetOfContentType(where.contentType), forcedCharset: context.options.encoding });
  if (!decoded.ok) return { diagnostic: decoded.diagnostic };
  return { bytes: unzipped.bytes, decoded };
}

function gunzipIfCompressed(bytes: Uint8Array, label: string, maxBytes: number): { bytes: Uint8Array } | { diagnostic: Diagnostic } {
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return { bytes };
  try {
    return { bytes: new Uint8Array(zlib.gunzipSync(bytes, { maxOutputLength: maxBytes })) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      return { diagnostic: tooLarge(label, `more than ${maxBytes} bytes once decompressed (${bytes.length} bytes compressed)`, maxBytes) };
    }
    return {
      diagnostic: diagnostic('ingest/undecodable', label, `the input starts like gzip data but does not decompress: ${(error as Error).message}.`, {
        hint: 'The file may be truncated; download or copy it again.',
      }),
    };
  }
}

export function attachToFirstDocument(outcomes: ReadOutcome[], warnings: readonly Diagnostic[]): ReadOutcome[] {
  if (warnings.length === 0) return outcomes;
  const first = outcomes.findIndex((o) => o.kind === 'document');
  if (first === -1) return outcomes;
  const target = outcomes[first] as Extract<ReadOutcome, { kind: 'document' }>;
  const copy = [...outcomes];
  copy[first] = { ...target, warnings: [...warnings, ...target.warnings] };
  return copy;
}

export function failure(d: Diagnostic): ReadOutcome {
  return { kind: 'failure', diagnostic: d };
}
