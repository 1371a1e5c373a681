// The reconcile stage: many articles' evidence (text, language annotations, claims) → one story
// ledger: propositions with figure series, relations, stances and independence, a merged timeline
// and the denials. Pure and deterministic; the caller passes "now" (generatedAt) as data.
// Batch (reconcileStory) and incremental (createStoryIndex / addArticle / ledgerOf) give equal
// ledgers for the same articles in any order.

import type { ArticleEvidence, StoryLedger } from '../model/index.js';
import { addArticle, createStoryIndex, ledgerOf } from './story-index.js';

export interface ReconcileOptions {
  /** When the ledger was made, as the caller's clock says (ISO 8601); null to leave it out. */
  readonly generatedAt: string | null;
}

export const defaultReconcileOptions: ReconcileOptions = { generatedAt: null };

/** The ledger of `story` over all of `evidence`. Throws reconcile/duplicate-article when an article id repeats. */
export function reconcileStory(story: string, evidence: readonly ArticleEvidence[], options: Partial<ReconcileOptions> = {}): StoryLedger {
  const { generatedAt } = { ...defaultReconcileOptions, ...options };
  const index = createStoryIndex(story);
  for (const article of evidence) addArticle(index, article);
  return ledgerOf(index, generatedAt);
}

export { addArticle, createStoryIndex, ledgerOf, type StoryIndex } from './story-index.js';
export { explainMatch, type MatchExplanation, type MatchReason, type MatchFeatureName } from './match.js';
export { incomparableRatio } from './relations.js';
export { isUnmeasuredProposition } from './proposition.js';
