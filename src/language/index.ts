// The language stage: reads one extracted article into tokens and sentences, entities with every
// mention linked, quantities and time expressions, all as spans into the article text. A pure
// function of the article and the options; the pipeline runner calls it after extract.

import type { ExtractedArticle } from '../model/article.js';
import type { LanguageAnnotations } from '../model/language.js';
import { findEntities } from './entities/index.js';
import { loadGazetteer } from './gazetteer/index.js';
import { findQuantities } from './quantities/index.js';
import { defaultTimeOptions, findTimeExpressions, timeAnchorFromDate } from './times/index.js';
import { tokenizeText } from './tokens/index.js';

export interface LanguageOptions {
  /**
   * The latest year a year-less date may fall in when the article has no publication date: the
   * year the document was retrieved, so "Wednesday, October 23" is never placed in the future.
   */
  readonly latestYear: number;
}

export const defaultLanguageOptions: LanguageOptions = { latestYear: defaultTimeOptions.latestYear };

export function analyzeLanguage(
  article: Pick<ExtractedArticle, 'text' | 'blocks' | 'metadata' | 'documentId'>,
  options: LanguageOptions = defaultLanguageOptions,
): LanguageAnnotations {
  const { text } = article;
  const { tokens, sentences } = tokenizeText(text, article.blocks);
  const published = article.metadata.published;
  const anchor = published ? timeAnchorFromDate(published.value) : null;
  const { entities, mentions } = findEntities(text, article.blocks, tokens, sentences, loadGazetteer());
  return {
    tokens,
    sentences,
    entities,
    mentions,
    quantities: findQuantities(text, { context: `article ${article.documentId.slice(0, 12)}` }),
    times: findTimeExpressions(text, anchor, { latestYear: options.latestYear }),
  };
}

export { foldForLookup } from './tokens/index.js';
export { formatResolvedTime } from './times/index.js';
