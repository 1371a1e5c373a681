// Hand-built documents and articles for tests, so store and app tests need not run extraction.

import { createHash } from 'node:crypto';
import {
  asDocumentId,
  EMPTY_METADATA,
  makeSpan,
  type ArticleMetadata,
  type ExtractedArticle,
  type RawDocument,
} from '../src/model/index.js';

export function rawTextDocument(source: string, path = 'fixture.txt'): RawDocument {
  const bytes = new TextEncoder().encode(source);
  return {
    id: asDocumentId(createHash('sha256').update(bytes).digest('hex')),
    label: path,
    bytes,
    format: 'text',
    source,
    encoding: { name: 'utf-8', guessed: false },
    origin: { kind: 'file', path },
    hints: {},
  };
}

/** An article whose clean text is the whole source, one paragraph per non-empty line. */
export function articleFromDocument(doc: RawDocument, metadata: Partial<ArticleMetadata> = {}): ExtractedArticle {
  const text = doc.source;
  const blocks = [];
  let cursor = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph' as const, span: makeSpan(cursor, cursor + line.length, text.length, doc.label) });
    cursor += line.length + 1;
  }
  return {
    documentId: doc.id,
    format: doc.format,
    text,
    blocks,
    removed: [],
    offsets: [{ textStart: 0, textLength: text.length, sourceStart: 0, sourceLength: text.length }],
    metadata: { ...EMPTY_METADATA, ...metadata },
    warnings: [],
  };
}
