// JSONL (one JSON object per line, as news-please and news datasets write them) → one RawDocument
// per record. Pure: the reader hands over the decoded file; a bad line becomes a failure for that
// line and the other records go on. A record's bytes are its line's bytes (without the line break),
// its source is the value of its text or HTML field.

import { z } from 'zod';
import { diagnostic, type DocumentFormat, type DocumentHints, type TextEncodingInfo } from '../model/index.js';
import { makeRawDocument, type ReadOutcome } from './document.js';
import {
  JSONL_AUTHOR_FIELDS,
  JSONL_CONTENT_FIELDS,
  JSONL_LANGUAGE_FIELDS,
  JSONL_MODIFIED_FIELDS,
  JSONL_PUBLISHED_FIELDS,
  JSONL_SITE_FIELDS,
  JSONL_TITLE_FIELDS,
  JSONL_URL_FIELDS,
} from './rules.js';
import { looksLikeHtmlFragment } from './sniff.js';

export interface JsonlInput {
  /** The path as the user named it (`-` for stdin). */
  readonly path: string;
  /** The whole file as received (after gzip). */
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly encoding: TextEncodingInfo;
}

/** A JSON object of unknown fields: the only shape check before fields are picked one by one. */
const JsonlRecordSchema = z.record(z.string(), z.unknown());
type JsonlRecord = z.infer<typeof JsonlRecordSchema>;

export function readJsonlRecords(input: JsonlInput): ReadOutcome[] {
  const lines = splitLines(input);
  const wholeDocument = singleJsonDocument(input.text, lines);
  if (wholeDocument) {
    return [{
      kind: 'failure',
      diagnostic: diagnostic('ingest/jsonl-shape', input.path, `the file is one JSON document (${describeJsonValue(wholeDocument.value)}) spread over ${lines.length} lines, not JSON lines; expected one object per line.`, {
        place: { line: 1, column: 1 },
        hint: "Convert it to one record per line, e.g. `jq -c '.[]' file.json > file.jsonl`, and ingest that.",
      }),
    }];
  }
  const outcomes: ReadOutcome[] = [];
  for (const line of lines) {
    if (line.text.trim().length === 0) continue;
    outcomes.push(readRecord(input, line));
  }
  return outcomes;
}

interface Line {
  /** 1-based. */
  readonly number: number;
  readonly text: string;
  readonly bytes: Uint8Array;
}

/**
 * Splits into lines with each line's own bytes. In UTF-8 and single-byte encodings a 0x0A byte is
 * always a line feed, so the byte lines match the text lines exactly; for UTF-16 input each line's
 * bytes are its UTF-8 encoding instead.
 */
export function splitLines(input: JsonlInput): Line[] {
  const texts = input.text.split('\n').map((t) => t.replace(/\r$/, ''));
  const byteLines = input.encoding.name.startsWith('utf-16') ? null : splitBytesAtLineFeeds(input.bytes);
  const useBytes = byteLines !== null && byteLines.length === texts.length;
  const encoder = new TextEncoder();
  return texts.map((text, i) => ({ number: i + 1, text, bytes: useBytes ? byteLines[i]! : encoder.encode(text) }));
}

function splitBytesAtLineFeeds(bytes: Uint8Array): Uint8Array[] {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const lines: Uint8Array[] = [];
  let from = start;
  for (let i = start; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const end = i > from && bytes[i - 1] === 0x0d ? i - 1 : i;
      lines.push(bytes.subarray(from, end));
      from = i + 1;
    }
  }
  return lines;
}

function readRecord(input: JsonlInput, line: Line): ReadOutcome {
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (error) {
    const column = jsonErrorColumn(error, line.text);
    const found = line.text.slice(Math.max(0, column - 1), column + 19);
    return {
      kind: 'failure',
      diagnostic: diagnostic('ingest/jsonl-syntax', input.path, `line ${line.number} is not valid JSON (${(error as Error).message}); expected one JSON object per line, found ${JSON.stringify(found)} at column ${column}. Line skipped, the other lines go on.`, {
        place: { line: line.number, column },
        hint: 'Fix or remove that line and re-run; each record must sit on a single line.',
      }),
    };
  }
  const parsed = JsonlRecordSchema.safeParse(value);
  if (!parsed.success) {
    return {
      kind: 'failure',
      diagnostic: diagnostic('ingest/jsonl-shape', input.path, `line ${line.number}: expected a JSON object with a text or HTML field, found ${describeJsonValue(value)}. Line skipped.`, {
        place: { line: line.number, column: 1 },
        hint: 'Write one object per line, e.g. {"url": "...", "title": "...", "text": "..."}.',
      }),
    };
  }
  const record = parsed.data;
  const content = pickContent(record);
  if (!content) {
    const fields = Object.entries(record).map(([k, v]) => `${k} (${describeJsonValue(v)})`);
    const expected = JSONL_CONTENT_FIELDS.map((f) => `"${f.name}"`).join(', ');
    return {
      kind: 'failure',
      diagnostic: diagnostic('ingest/jsonl-shape', input.path, `line ${line.number}: the record has no non-empty text field; expected one of ${expected}, found ${fields.length > 0 ? fields.join(', ') : 'an empty object'}. Line skipped.`, {
        place: { line: line.number, column: 1 },
        hint: 'Add the article text under "text" (or its HTML under "html") and re-run.',
      }),
    };
  }
  return {
    kind: 'document',
    document: makeRawDocument({
      label: `${input.path}:${line.number}`,
      bytes: line.bytes,
      format: content.format,
      source: content.value,
      encoding: input.encoding,
      origin: { kind: 'jsonl-record', path: input.path, line: line.number },
      hints: recordHints(record),
    }),
    warnings: [],
  };
}

/** A pretty-printed JSON file: its first line is not JSON on its own, but the whole text is. */
function singleJsonDocument(text: string, lines: readonly Line[]): { value: unknown } | null {
  const first = lines.find((l) => l.text.trim().length > 0);
  if (!first || lines.length < 2) return null;
  try {
    JSON.parse(first.text);
    return null;
  } catch {
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return null;
    }
  }
}

function pickContent(record: JsonlRecord): { value: string; format: DocumentFormat } | null {
  for (const field of JSONL_CONTENT_FIELDS) {
    const value = record[field.name];
    if (typeof value !== 'string' || value.trim().length === 0) continue;
    const format = field.format === 'sniff' ? (looksLikeHtmlFragment(value) ? 'html' : 'text') : field.format;
    return { value, format };
  }
  return null;
}

function recordHints(record: JsonlRecord): DocumentHints {
  const hints: { -readonly [K in keyof DocumentHints]: DocumentHints[K] } = {};
  const title = firstString(record, JSONL_TITLE_FIELDS);
  if (title) hints.title = title.value;
  const url = firstString(record, JSONL_URL_FIELDS);
  if (url) hints.url = url.value;
  const published = firstString(record, JSONL_PUBLISHED_FIELDS);
  if (published) hints.published = { raw: published.value, field: published.field, from: 'jsonl' };
  const modified = firstString(record, JSONL_MODIFIED_FIELDS);
  if (modified) hints.modified = { raw: modified.value, field: modified.field, from: 'jsonl' };
  const authors = firstAuthors(record);
  if (authors.length > 0) hints.authors = authors;
  const site = firstString(record, JSONL_SITE_FIELDS);
  if (site) hints.siteName = site.value;
  const language = firstString(record, JSONL_LANGUAGE_FIELDS);
  if (language) hints.language = language.value;
  return hints;
}

/** The first field holding a non-empty string (a number, e.g. a Unix timestamp, is kept as its text). */
function firstString(record: JsonlRecord, fields: readonly string[]): { value: string; field: string } | null {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string' && value.trim().length > 0) return { value: value.trim(), field };
    if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value), field };
  }
  return null;
}

function firstAuthors(record: JsonlRecord): string[] {
  for (const field of JSONL_AUTHOR_FIELDS) {
    const names = authorNames(record[field]);
    if (names.length > 0) return names;
  }
  return [];
}

/** Authors as a string, a list of strings, or objects with a `name` (schema.org style). */
function authorNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const entry of list) {
    const name = typeof entry === 'string' ? entry : typeof entry === 'object' && entry !== null && 'name' in entry ? (entry as { name: unknown }).name : null;
    if (typeof name === 'string' && name.trim().length > 0) names.push(name.trim());
  }
  return names;
}

function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.trim().length === 0 ? 'an empty string' : 'a string';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** 1-based column of a JSON.parse error, read from V8's message; the line's end when it gives none. */
function jsonErrorColumn(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : '';
  const column = /column (\d+)/.exec(message);
  if (column) return Number(column[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]) + 1;
  return text.length + 1;
}
