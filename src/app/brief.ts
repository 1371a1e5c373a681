// The brief use case: the story's stored articles and analyses → the reconcile stage's ledger →
// the brief, stored as a snapshot so a later `brief --since` can say what changed.

import type { ArticleEvidence, StoryName } from '../model/index.js';
import { reconcileStory } from '../reconcile/index.js';
import type { BriefSnapshot, Store } from '../store/index.js';
import { briefFromLedger, type Brief } from '../present/brief/brief-data.js';
import { diffBriefs, type BriefDiff } from '../present/brief/diff.js';
import { loadAnalysedArticles, type AnalysedArticle } from './analyses.js';

export interface BriefRequest {
  readonly story: StoryName;
  /** A snapshot number, or a date / instant: compare with the latest snapshot at or before it. */
  readonly since: string | null;
  /** Store this brief as a new snapshot (the default; off for previews). */
  readonly snapshot: boolean;
}

export interface BriefResult {
  readonly brief: Brief;
  readonly snapshotId: number | null;
  readonly diff: BriefDiff | null;
  /** Set when `since` named no snapshot: the caller says so and shows the brief alone. */
  readonly sinceNotFound: string | null;
  readonly unanalysed: number;
}

/** What reconcile reads of one stored article. */
export function evidenceOf({ article, analysis }: AnalysedArticle): ArticleEvidence {
  return {
    article: {
      id: article.id,
      outlet: article.metadata.outlet?.value.name ?? article.metadata.outlet?.value.domain ?? null,
      published: article.metadata.published?.value ?? null,
      file: article.primarySource.file,
      url: article.metadata.canonicalUrl?.value ?? article.primarySource.url,
    },
    text: article.text,
    language: analysis.language,
    claims: analysis.claims,
  };
}

export async function makeBrief(store: Store, request: BriefRequest, deps: { readonly now: () => Date }): Promise<BriefResult> {
  const { articles, unanalysed } = await loadAnalysedArticles(store, request.story);
  const evidence = articles.map(evidenceOf);
  const generatedAt = deps.now().toISOString();
  const ledger = reconcileStory(request.story, evidence, { generatedAt });
  const brief = briefFromLedger(ledger, evidence);

  let diff: BriefDiff | null = null;
  let sinceNotFound: string | null = null;
  if (request.since !== null) {
    const selector = /^\d+$/.test(request.since) ? { id: Number(request.since) } : { atOrBefore: request.since };
    const previous: BriefSnapshot | null = await store.findSnapshot(request.story, selector);
    if (previous) diff = diffBriefs(previous.brief as Brief, brief, `snapshot ${previous.id} (${previous.createdAt})`);
    else sinceNotFound = request.since;
  }
  const snapshotId = request.snapshot ? await store.saveSnapshot(request.story, brief, generatedAt) : null;
  return { brief, snapshotId, diff, sinceNotFound, unanalysed };
}
