// The `extract` use case: documents to clean text and metadata, nothing stored (the
// trafilatura-style command). Yields one record per input document, or a failure.

import { extractArticle, prepareExtractContext, type ExtractOptions } from '../extract/index.js';
import { readInputs, type IngestOptions } from '../ingest/index.js';
import {
  CrosscheckError,
  diagnostic,
  originFile,
  originUrl,
  type ArticleMetadata,
  type Diagnostic,
  type ExtractedArticle,
  type RawDocument,
} from '../model/index.js';

/** The flat record `crosscheck extract` prints: the fields users of extraction tools expect first. */
export interface ExtractionRecord {
  readonly file: string | null;
  readonly url: string | null;
  readonly documentId: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly publishedFrom: string | null;
  readonly modified: string | null;
  readonly outlet: string | null;
  readonly domain: string | null;
  readonly authors: readonly string[];
  readonly language: string | null;
  readonly canonicalUrl: string | null;
  readonly text: string;
  readonly words: number;
  readonly removedBlocks: number;
  readonly metadata: ArticleMetadata;
  readonly warnings: readonly Diagnostic[];
}

export type ExtractionResult =
  | { readonly kind: 'record'; readonly record: ExtractionRecord }
  | { readonly kind: 'failure'; readonly diagnostic: Diagnostic };

export async function* extractInputs(
  inputs: readonly string[],
  ingest: Partial<IngestOptions>,
  extract: ExtractOptions,
  now: () => Date,
): AsyncGenerator<ExtractionResult> {
  const documents: RawDocument[] = [];
  for await (const item of readInputs(inputs, { ...ingest, now })) {
    if (item.kind === 'failure') yield { kind: 'failure', diagnostic: item.diagnostic };
    else documents.push(item.document);
  }
  const context = prepareExtractContext(documents);
  for (const document of documents) {
    try {
      yield { kind: 'record', record: toRecord(document, extractArticle(document, context, extract)) };
    } catch (error) {
      if (error instanceof CrosscheckError) yield { kind: 'failure', diagnostic: error.diagnostic };
      else yield { kind: 'failure', diagnostic: diagnostic('pipeline/step-failed', document.label, String(error)) };
    }
  }
}

export function toRecord(document: RawDocument, article: ExtractedArticle): ExtractionRecord {
  const m = article.metadata;
  return {
    file: originFile(document.origin),
    url: originUrl(document.origin, document.hints),
    documentId: document.id,
    title: m.title?.value ?? null,
    published: m.published?.value.iso ?? null,
    publishedFrom: m.published?.from ?? null,
    modified: m.modified?.value.iso ?? null,
    outlet: m.outlet?.value.name ?? m.outlet?.value.domain ?? null,
    domain: m.outlet?.value.domain ?? null,
    authors: m.authors?.value ?? [],
    language: m.language?.value ?? null,
    canonicalUrl: m.canonicalUrl?.value ?? null,
    text: article.text,
    words: article.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0,
    removedBlocks: article.removed.length,
    metadata: m,
    warnings: article.warnings,
  };
}
