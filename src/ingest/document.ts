// Builds RawDocuments (the id is the sha256 of the bytes) and the IngestItem union every reader
// yields. Pure: shared by the file, URL, feed and JSONL readers.

import { createHash } from 'node:crypto';
import {
  asDocumentId,
  type Diagnostic,
  type DocumentFormat,
  type DocumentHints,
  type DocumentOrigin,
  type RawDocument,
  type TextEncodingInfo,
} from '../model/index.js';

/**
 * One result of reading inputs. `inputIndex` is the position of the concrete input it came from in
 * the list `expandInputs` returned, so a progress bar can advance per input while a feed or JSONL
 * file yields many items.
 */
export type IngestItem =
  | { readonly kind: 'document'; readonly inputIndex: number; readonly document: RawDocument; readonly warnings: readonly Diagnostic[] }
  /** One input or record is unusable; the batch goes on. */
  | { readonly kind: 'failure'; readonly inputIndex: number; readonly diagnostic: Diagnostic };

export interface DocumentParts {
  readonly label: string;
  readonly bytes: Uint8Array;
  readonly format: DocumentFormat;
  readonly source: string;
  readonly encoding: TextEncodingInfo;
  readonly origin: DocumentOrigin;
  readonly hints: DocumentHints;
}

export function makeRawDocument(parts: DocumentParts): RawDocument {
  return { id: asDocumentId(sha256Hex(parts.bytes)), ...parts };
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export const UTF8_ENCODING: TextEncodingInfo = { name: 'utf-8', guessed: false };

/** What a reader produces for one document or record, before the runner tags it with its input. */
export type ReadOutcome =
  | { readonly kind: 'document'; readonly document: RawDocument; readonly warnings: readonly Diagnostic[] }
  | { readonly kind: 'failure'; readonly diagnostic: Diagnostic };
