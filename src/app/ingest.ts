// The ingest use case: read inputs, run the pipeline on each document, store the results.
// One transaction per document, so a failure (or a kill) never leaves half an article; a failed
// input is reported and the batch goes on.

import { prepareExtractContext } from '../extract/index.js';
import { readInputs, type IngestItem, type IngestOptions } from '../ingest/index.js';
import {
  CrosscheckError,
  diagnostic,
  type ArticleId,
  type Diagnostic,
  type RawDocument,
  type StoryName,
} from '../model/index.js';
import { processDocument, type PipelineOptions } from '../pipeline.js';
import type { DuplicatePolicy, SaveOutcome, Store } from '../store/index.js';

export interface IngestRequest {
  readonly inputs: readonly string[];
  readonly stories: readonly StoryName[];
  readonly ingest: Partial<IngestOptions>;
  readonly pipeline: PipelineOptions;
  readonly duplicates: DuplicatePolicy;
}

export type DocumentResult =
  | { readonly label: string; readonly status: 'stored'; readonly outcome: SaveOutcome; readonly title: string | null; readonly warnings: readonly Diagnostic[] }
  | { readonly label: string; readonly status: 'failed'; readonly diagnostic: Diagnostic };

export interface IngestReport {
  readonly documents: number;
  readonly newArticles: number;
  readonly newSources: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly warnings: number;
  readonly results: readonly DocumentResult[];
}

export interface IngestProgress {
  readonly phase: 'reading' | 'processing';
  readonly done: number;
  /** Known once reading has finished; null while inputs are still being read. */
  readonly total: number | null;
  readonly label: string;
}

export interface IngestDependencies {
  readonly now: () => Date;
  readonly onProgress?: (progress: IngestProgress) => void;
  readonly onResult?: (result: DocumentResult) => void;
}

/** Documents are read, then extracted and stored in chunks so outlet templates learn from a whole chunk. */
const DOCUMENTS_PER_CHUNK = 500;

export async function ingestInputs(store: Store, request: IngestRequest, deps: IngestDependencies): Promise<IngestReport> {
  return ingestItems(store, readInputs(request.inputs, { ...request.ingest, now: deps.now }), 'ingest', request, deps);
}

/** Stores what an input reader yields; `ingest` and `watch` share it. */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  command: string,
  request: IngestRequest,
  deps: IngestDependencies,
): Promise<IngestReport> {
  const startedAt = deps.now().toISOString();
  const runId = await store.startRun(command, { inputs: request.inputs, stories: request.stories, ...request.pipeline, duplicates: request.duplicates }, startedAt);
  const results: DocumentResult[] = [];
  const record = (result: DocumentResult) => {
    results.push(result);
    deps.onResult?.(result);
  };

  const pending: { document: RawDocument; warnings: readonly Diagnostic[] }[] = [];
  let read = 0;
  let processed = 0;
  const flush = async (total: number | null) => {
    const chunk = pending.splice(0, pending.length);
    const context = prepareExtractContext(chunk.map((c) => c.document));
    for (const { document, warnings } of chunk) {
      record(await storeDocument(store, document, warnings, context, request, deps));
      processed++;
      deps.onProgress?.({ phase: 'processing', done: processed, total, label: document.label });
    }
  };

  for await (const item of items) {
    if (item.kind === 'failure') {
      record({ label: item.diagnostic.input, status: 'failed', diagnostic: item.diagnostic });
      continue;
    }
    pending.push({ document: item.document, warnings: item.warnings });
    read++;
    deps.onProgress?.({ phase: 'reading', done: read, total: null, label: item.document.label });
    if (pending.length >= DOCUMENTS_PER_CHUNK) await flush(null);
  }
  await flush(read);

  const report = summarise(results);
  await store.finishRun(runId, { ...report, results: undefined }, deps.now().toISOString());
  return report;
}

async function storeDocument(
  store: Store,
  document: RawDocument,
  ingestWarnings: readonly Diagnostic[],
  context: ReturnType<typeof prepareExtractContext>,
  request: IngestRequest,
  deps: IngestDependencies,
): Promise<DocumentResult> {
  try {
    // Bytes already stored need no extraction: only story membership can change.
    const known = await store.touchDocument(document.id, request.stories, deps.now().toISOString());
    if (known) {
      return { label: document.label, status: 'stored', outcome: known, title: null, warnings: ingestWarnings };
    }
    const processed = processDocument(document, context, request.pipeline);
    // How the bytes were read (a guessed encoding, a feed summary kept) belongs with the article too.
    const article = { ...processed.article, warnings: [...ingestWarnings, ...processed.article.warnings] };
    const outcome = await store.saveArticle(
      { ...processed, article, stories: request.stories, receivedAt: deps.now().toISOString() },
      request.duplicates,
    );
    return {
      label: document.label,
      status: 'stored',
      outcome,
      title: processed.article.metadata.title?.value ?? null,
      warnings: article.warnings,
    };
  } catch (error) {
    if (error instanceof CrosscheckError) return { label: document.label, status: 'failed', diagnostic: error.diagnostic };
    const reason = error instanceof Error ? error.message : String(error);
    return {
      label: document.label,
      status: 'failed',
      diagnostic: diagnostic('store/failed', document.label, `could not store the article: ${reason}. Nothing of it was kept.`),
    };
  }
}

function summarise(results: readonly DocumentResult[]): IngestReport {
  let newArticles = 0;
  let newSources = 0;
  let unchanged = 0;
  let failed = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.status === 'failed') {
      failed++;
      continue;
    }
    warnings += r.warnings.length;
    if (r.outcome.kind === 'new-article') newArticles++;
    else if (r.outcome.kind === 'new-source') newSources++;
    else unchanged++;
  }
  return { documents: results.length, newArticles, newSources, unchanged, failed, warnings, results };
}

export type { ArticleId };
