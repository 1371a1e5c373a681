// One poll of a watched feed (`crosscheck watch`): a conditional GET with the validators from the
// previous poll, then documents for the items not seen before. The poll state is returned as data
// for the caller to store; nothing is kept here between calls.

import type { IngestItem, ReadOutcome } from './document.js';
import { parseFeed } from './feed.js';
import type { Fetcher } from './fetch.js';
import { createIngestContext, type IngestOverrides } from './options.js';
import { attachToFirstDocument, decodeReceived, feedItemDocument, fetchFor } from './read.js';
import { MAX_SEEN_ITEM_KEYS } from './rules.js';

export interface FeedPollState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Keys (guid, else link, else a hash of title and date) of items already yielded, newest feed order first. */
  readonly seenItemKeys: readonly string[];
}

export interface FeedPoll {
  readonly state: FeedPollState;
  /** New items only, in feed order; `inputIndex` is 0. */
  readonly items: readonly IngestItem[];
  /** The server answered 304: nothing changed since the last poll. */
  readonly notModified: boolean;
}

/**
 * Polls `url` once. A failed fetch comes back as one failure item with the state unchanged, so the
 * next poll retries. Pass the same `fetcher` across polls to keep per-host politeness.
 */
export async function pollFeed(url: string, state: FeedPollState | null, overrides: IngestOverrides = {}, fetcher?: Fetcher): Promise<FeedPoll> {
  const context = createIngestContext(overrides, fetcher);
  const previous: FeedPollState = state && state.url === url ? state : { url, etag: null, lastModified: null, seenItemKeys: [] };
  const hasValidators = previous.etag !== null || previous.lastModified !== null;
  const fetched = await fetchFor(url, context, hasValidators ? { etag: previous.etag, lastModified: previous.lastModified } : undefined);
  if (fetched.kind === 'not-modified') {
    return { state: { ...previous, etag: fetched.etag, lastModified: fetched.lastModified }, items: [], notModified: true };
  }
  if (fetched.kind === 'failed') return { state: previous, items: [{ kind: 'failure', inputIndex: 0, diagnostic: fetched.diagnostic }], notModified: false };
  const received = decodeReceived(fetched.bytes, { label: url, contentType: fetched.contentType }, context);
  if ('diagnostic' in received) return { state: previous, items: [{ kind: 'failure', inputIndex: 0, diagnostic: received.diagnostic }], notModified: false };
  const parsed = parseFeed({ location: url, baseUrl: fetched.finalUrl, bytes: received.bytes, text: received.decoded.text });
  if (!parsed.ok) return { state: previous, items: [{ kind: 'failure', inputIndex: 0, diagnostic: parsed.diagnostic }], notModified: false };

  const seen = new Set(previous.seenItemKeys);
  const shouldFetch = context.options.fetchFeedItems;
  const reads: ReadOutcome[] = [];
  for (const outcome of parsed.items) {
    const key = outcome.kind === 'item' ? outcome.item.key : outcome.key;
    if (seen.has(key)) continue;
    reads.push(outcome.kind === 'failure'
      ? { kind: 'failure', diagnostic: outcome.diagnostic }
      : await feedItemDocument(outcome.item, parsed.feed, received.decoded.encoding, shouldFetch, context));
  }
  const items: IngestItem[] = attachToFirstDocument(reads, received.decoded.warnings).map((read) => ({ ...read, inputIndex: 0 }));
  const currentKeys = parsed.items.map((o) => (o.kind === 'item' ? o.item.key : o.key));
  const seenItemKeys = [...new Set([...currentKeys, ...previous.seenItemKeys])].slice(0, MAX_SEEN_ITEM_KEYS);
  return {
    state: { url, etag: fetched.etag, lastModified: fetched.lastModified, seenItemKeys },
    items,
    notModified: false,
  };
}

