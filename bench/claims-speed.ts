// Claims throughput: raw text → extract → language → claims on the 2,225 BBC News 2005 articles
// (../shared/corpora/bbc-news-2005), one process, one core. Prints articles/s end to end and for
// the claims stage alone, the share of time per stage, peak RSS, and a baseline (tokenising
// alone) timed in the same run so the ratio survives a noisy machine.
// Run: npx tsc -p . && node dist/bench/claims-speed.js

import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findClaims } from '../src/claims/index.js';
import { extractArticle, prepareExtractContext } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import { analyzeLanguage } from '../src/language/index.js';
import type { ExtractedArticle, LanguageAnnotations, RawDocument } from '../src/model/index.js';
import { fixed, memorySampler, sharedDir } from './lib/shared.js';

const TARGET_ARTICLES_PER_SECOND = 200;

async function main(): Promise<void> {
  const corpus = join(sharedDir(), 'corpora', 'bbc-news-2005');
  const memory = memorySampler();
  let t = performance.now();
  const documents: RawDocument[] = [];
  // The corpus's README.TXT is not an article.
  for await (const item of readInputs([corpus])) if (item.kind === 'document' && /\/\d+\.txt$/.test(item.document.label)) documents.push(item.document);
  const ingestMs = performance.now() - t;

  // Warm the tagger (model load) outside the timed loop, as a long-running process would.
  const context = prepareExtractContext(documents);
  analyzeLanguage(extractArticle(documents[0]!, context));

  // One article at a time through every stage, as the pipeline runs: only one article's annotations live at once.
  let extractMs = 0;
  let languageMs = 0;
  let claimsMs = 0;
  let claimCount = 0;
  t = performance.now();
  const contextAgain = prepareExtractContext(documents);
  extractMs += performance.now() - t;
  for (const doc of documents) {
    t = performance.now();
    const article: ExtractedArticle = extractArticle(doc, contextAgain);
    const t1 = performance.now();
    const language: LanguageAnnotations = analyzeLanguage(article);
    const t2 = performance.now();
    claimCount += findClaims(article, language).length;
    const t3 = performance.now();
    extractMs += t1 - t;
    languageMs += t2 - t1;
    claimsMs += t3 - t2;
  }
  const articles = documents;

  const n = articles.length;
  const pipelineMs = extractMs + languageMs + claimsMs;
  const share = (ms: number): string => `${fixed((100 * ms) / pipelineMs, 1)}%`;
  console.log(`BBC News 2005: ${n} articles, ${claimCount} claims (${fixed(claimCount / n, 1)} per article)`);
  console.log(`ingest (file reading, not timed in the pipeline) ${fixed(ingestMs, 0)} ms`);
  console.log(`extract   ${fixed(extractMs, 0).padStart(6)} ms  ${share(extractMs)}`);
  console.log(`language  ${fixed(languageMs, 0).padStart(6)} ms  ${share(languageMs)}`);
  console.log(`claims    ${fixed(claimsMs, 0).padStart(6)} ms  ${share(claimsMs)}  (${fixed(n / (claimsMs / 1000), 0)} articles/s for the claims stage alone)`);
  console.log(`raw text → claims: ${fixed(n / (pipelineMs / 1000), 0)} articles/s on one core (target ${TARGET_ARTICLES_PER_SECOND}), peak RSS ${fixed(memory.peakMiB(), 0)} MiB`);
  console.log(`claims stage / language stage time in this run: ${fixed(claimsMs / languageMs, 3)} (the language stage is the baseline)`);
  memory.stop();
}

await main();
