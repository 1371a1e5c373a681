// Search results as the UI lists them: each matching article with a snippet of its clean text around
// the first matched word, the matched words marked by range (the UI wraps them, as text).

import { matchedWordRanges, type ArticleFilter, type Store } from '../store/index.js';
import type { SearchResponse } from './api-types.js';

/** Characters of text shown before the first match and in all. */
const SNIPPET_LEAD_CHARS = 80;
const SNIPPET_CHARS = 280;

export async function searchHits(store: Store, query: string, filter: ArticleFilter): Promise<SearchResponse> {
  const result = await store.searchArticles(query, filter);
  return {
    words: result.words,
    total: result.total,
    hits: result.hits.map((hit) => {
      const all = matchedWordRanges(hit.text, result.words);
      // Title-only matches have no range in the text: the snippet is the text's opening then.
      const first = all[0]?.start ?? 0;
      const start = notInsidePair(hit.text, Math.max(0, first - SNIPPET_LEAD_CHARS), 1);
      const end = notInsidePair(hit.text, Math.min(hit.text.length, start + SNIPPET_CHARS), -1);
      const marks = all.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start - start, end: r.end - start }));
      return { article: hit.article, score: hit.score, snippet: { text: hit.text.slice(start, end), offset: start, marks } };
    }),
  };
}

/** Moves a cut off the middle of a surrogate pair (an astral character), forward or back. */
function notInsidePair(text: string, at: number, direction: 1 | -1): number {
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at + direction : at;
}
