// ArticleAnalysis: what the analysis stages (language, claims) read in one article, as the
// pipeline hands it to the store. Every span indexes ExtractedArticle.text.

import type { Claim } from './claim.js';
import type { LanguageAnnotations } from './language.js';

export interface ArticleAnalysis {
  /** The pipeline's analysis version, so a store can tell which articles an upgrade should reanalyse. */
  readonly version: string;
  readonly language: LanguageAnnotations;
  readonly claims: readonly Claim[];
}
