// The pipeline: the ordered list of steps one document goes through after ingest. The runner
// times each step and, when one fails unexpectedly, wraps the failure with the step's name and
// the document, so a user (and the next engineer) knows which stage to look at.

import { extractArticle, type ExtractContext, type ExtractOptions } from './extract/index.js';
import { findClaims } from './claims/index.js';
import { analyzeLanguage, type LanguageOptions } from './language/index.js';
import {
  articleBodyText,
  CrosscheckError,
  diagnostic,
  type ArticleAnalysis,
  type ExtractedArticle,
  type RawDocument,
} from './model/index.js';
import { fingerprintText, type TextFingerprint } from './shared/text-fingerprint.js';

export interface PipelineOptions {
  readonly extract: ExtractOptions;
  readonly language: LanguageOptions;
}

export interface ProcessedDocument {
  readonly document: RawDocument;
  readonly article: ExtractedArticle;
  readonly fingerprint: TextFingerprint;
  readonly analysis: ArticleAnalysis;
  /** Milliseconds per step, for `--json` reports and benchmarks. */
  readonly timingsMs: Readonly<Record<PipelineStepName, number>>;
}

export type PipelineStepName = (typeof PIPELINE_STEPS)[number];

/**
 * Bump when a change to the language or claims stages changes their output, so stored articles
 * analysed by an older version can be found and reanalysed.
 */
export const ANALYSIS_VERSION = '3';

/** The steps, in order. */
export const PIPELINE_STEPS = ['extract', 'fingerprint', 'language', 'claims'] as const;

export function processDocument(
  document: RawDocument,
  context: ExtractContext,
  options: PipelineOptions,
): ProcessedDocument {
  const article = runStep('extract', document, () => extractArticle(document, context, options.extract));
  // Identity rests on the body: the same wire copy under another outlet's headline is one article.
  const fingerprint = runStep('fingerprint', document, () => fingerprintText(articleBodyText(article.value)));
  const analysed = analyzeArticle(article.value, document, options);
  return {
    document,
    article: article.value,
    fingerprint: fingerprint.value,
    analysis: analysed.analysis,
    timingsMs: { extract: article.ms, fingerprint: fingerprint.ms, ...analysed.timingsMs },
  };
}

/** The analysis steps alone, for an article already extracted (ingest, and reanalysis of stored articles). */
export function analyzeArticle(
  article: Pick<ExtractedArticle, 'documentId' | 'text' | 'blocks' | 'metadata'>,
  subject: StepSubject,
  options: Pick<PipelineOptions, 'language'>,
): { analysis: ArticleAnalysis; timingsMs: { language: number; claims: number } } {
  const language = runStep('language', subject, () => analyzeLanguage(article, options.language));
  const claims = runStep('claims', subject, () => findClaims(article, language.value));
  return {
    analysis: { version: ANALYSIS_VERSION, language: language.value, claims: claims.value },
    timingsMs: { language: language.ms, claims: claims.ms },
  };
}

/** What a failing step's message names: the input as the user gave it, and its id. */
export interface StepSubject {
  readonly label: string;
  readonly id: string;
}

function runStep<T>(name: PipelineStepName, document: StepSubject, step: () => T): { value: T; ms: number } {
  const started = performance.now();
  try {
    const value = step();
    return { value, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof CrosscheckError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CrosscheckError(
      diagnostic('pipeline/step-failed', document.label, `step "${name}" failed on document ${document.id.slice(0, 12)}: ${reason}`, {
        hint: 'This is a bug in Crosscheck; please report it with the input that caused it.',
      }),
    );
  }
}
