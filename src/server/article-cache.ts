// Stored articles kept in memory for the claims table, which reads the same few hundred articles
// page after page. What a claim record reads of an article (its text, offsets, metadata and
// primary source) never changes once stored, so an entry never goes stale; the least recently
// used ones are dropped past the capacity.

import type { ArticleId } from '../model/index.js';
import type { Store, StoredArticle } from '../store/index.js';

/** Articles kept: a few pages of claims from different articles (about 10 KiB each). */
const CACHED_ARTICLES = 1000;

export class ArticleCache {
  private readonly entries = new Map<ArticleId, Promise<StoredArticle | null>>();

  constructor(private readonly store: Store) {}

  get(id: ArticleId): Promise<StoredArticle | null> {
    let entry = this.entries.get(id);
    if (entry) {
      this.entries.delete(id);
    } else {
      entry = this.store.findArticle(id).then((lookup) => (lookup.kind === 'found' ? lookup.article : null));
      entry.catch(() => this.entries.delete(id));
    }
    this.entries.set(id, entry);
    while (this.entries.size > CACHED_ARTICLES) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}
