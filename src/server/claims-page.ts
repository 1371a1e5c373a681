// A page of the claims table: the store filters and pages the claims, then each claim becomes the
// public claim record (the same one `crosscheck claims` prints) plus the range of its words in the
// clean text, so the table can link every row to its evidence.

import type { ArticleId, Span } from '../model/index.js';
import { claimRecords } from '../present/records/claim-record.js';
import type { ClaimFilter, Store, StoredAnalysis, StoredArticle } from '../store/index.js';
import type { ApiClaim, ClaimsResponse } from './api-types.js';
import type { ArticleCache } from './article-cache.js';

export async function claimsPage(store: Store, articleCache: ArticleCache, filter: ClaimFilter & { readonly limit: number; readonly offset: number }): Promise<ClaimsResponse> {
  const page = await store.listClaims(filter);
  // A page shows at most `limit` claims, from as many articles; each is read once.
  const articles = new Map<ArticleId, Promise<{ article: StoredArticle; analysis: StoredAnalysis } | null>>();
  const load = (id: ArticleId) => {
    let pending = articles.get(id);
    if (!pending) {
      pending = (async () => {
        const article = await articleCache.get(id);
        // Claim records read the figures and times beside each claim; the tokens are not needed.
        const language = await store.getQuantitiesAndTimes(id);
        if (!article || !language) return null;
        const analysis: StoredAnalysis = { version: '', analyzedAt: '', claims: [], language: { tokens: [], sentences: [], entities: [], mentions: [], ...language } };
        return { article, analysis };
      })();
      articles.set(id, pending);
    }
    return pending;
  };
  const claims: ApiClaim[] = [];
  for (const stored of page.claims) {
    const loaded = await load(stored.article);
    if (!loaded) continue;
    // The stored claim and the analysis are read from the same rows, so ordinals agree.
    const record = claimRecords(loaded.article, { ...loaded.analysis, claims: [stored.claim] })[0]!;
    const spans = [stored.claim.source, stored.claim.cue, ...stored.claim.content].filter((s): s is Span => s !== null);
    claims.push({
      ...record,
      id: `${stored.article}#${stored.ordinal}`,
      ordinal: stored.ordinal,
      title: loaded.article.metadata.title?.value ?? null,
      link: { article: stored.article, start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
    });
  }
  return { total: page.total, offset: filter.offset, limit: filter.limit, claims };
}
