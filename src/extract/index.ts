// The extract stage's public surface: RawDocument → ExtractedArticle, and the batch context
// (outlet templates) that cleaning one document learns from its siblings.
export {
  defaultExtractOptions,
  extractArticle,
  prepareExtractContext,
  type ExtractContext,
  type ExtractOptions,
} from './extract-article.js';
export { parseDateString } from './dates.js';
