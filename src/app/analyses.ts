// Reading and refreshing stored analyses: the articles of a story with what the language and
// claims stages read in them (for `claims`, exports, the brief), and `reanalyze`, which runs the
// current analysis steps again over stored articles, one transaction per article.

import { analyzeArticle, ANALYSIS_VERSION, type PipelineOptions } from '../pipeline.js';
import type { StoryName } from '../model/index.js';
import type { Store, StoredAnalysis, StoredArticle } from '../store/index.js';

export interface AnalysedArticle {
  readonly article: StoredArticle;
  readonly analysis: StoredAnalysis;
}

/** Stored articles (of one story, or all) in publication order, with their analyses; unanalysed ones are skipped and counted. */
export async function loadAnalysedArticles(
  store: Store,
  story: StoryName | undefined,
): Promise<{ articles: AnalysedArticle[]; unanalysed: number }> {
  const summaries = await store.listArticles(story === undefined ? {} : { story });
  const articles: AnalysedArticle[] = [];
  let unanalysed = 0;
  for (const summary of summaries) {
    const lookup = await store.findArticle(summary.id);
    if (lookup.kind !== 'found') continue;
    const analysis = await store.getAnalysis(summary.id);
    if (!analysis) {
      unanalysed++;
      continue;
    }
    articles.push({ article: lookup.article, analysis });
  }
  return { articles, unanalysed };
}

export interface ReanalyzeReport {
  readonly articles: number;
  readonly reanalysed: number;
  readonly upToDate: number;
}

/** Runs the analysis steps again on stored articles whose analysis is missing or older (all of them with `force`). */
export async function reanalyzeArticles(
  store: Store,
  request: { readonly story: StoryName | undefined; readonly force: boolean; readonly pipeline: Pick<PipelineOptions, 'language'> },
  deps: { readonly now: () => Date; readonly onProgress?: (done: number, total: number) => void },
): Promise<ReanalyzeReport> {
  const summaries = await store.listArticles(request.story === undefined ? {} : { story: request.story });
  let reanalysed = 0;
  let upToDate = 0;
  for (const [index, summary] of summaries.entries()) {
    const existing = await store.getAnalysis(summary.id);
    if (existing && existing.version === ANALYSIS_VERSION && !request.force) {
      upToDate++;
    } else {
      const lookup = await store.findArticle(summary.id);
      if (lookup.kind === 'found') {
        const { article } = lookup;
        const subject = { label: article.primarySource.label, id: article.primarySource.documentId };
        const { analysis } = analyzeArticle({ ...article, documentId: article.primarySource.documentId }, subject, request.pipeline);
        await store.replaceAnalysis(summary.id, analysis, deps.now().toISOString());
        reanalysed++;
      }
    }
    deps.onProgress?.(index + 1, summaries.length);
  }
  return { articles: summaries.length, reanalysed, upToDate };
}
