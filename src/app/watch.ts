// The `watch` use case: poll feeds with conditional GET, ingest only new items, remember each
// feed's state (ETag, Last-Modified, items seen) in the store between polls and between runs.

import { createFetcher, pollFeed, type Fetcher, type FeedPollState } from '../ingest/index.js';
import { diagnostic, type Diagnostic } from '../model/index.js';
import type { Store } from '../store/index.js';
import { ingestItems, type IngestRequest } from './ingest.js';

export interface WatchRequest extends Omit<IngestRequest, 'inputs'> {
  readonly feeds: readonly string[];
  readonly everyMs: number;
  readonly once: boolean;
}

export interface PollReport {
  readonly at: string;
  readonly feed: string;
  readonly notModified: boolean;
  readonly newItems: number;
  readonly newArticles: number;
  readonly failures: readonly Diagnostic[];
}

export interface WatchDependencies {
  readonly now: () => Date;
  readonly onPoll: (report: PollReport) => void;
  /** Resolves after `ms`, or early when the watch should stop; injected so tests need not wait. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Polls until stopped (or once); returns the number of failed polls and items. */
export async function watchFeeds(store: Store, request: WatchRequest, deps: WatchDependencies): Promise<number> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // One fetcher for the whole watch, so per-host politeness holds across polls.
  const fetcher = createFetcher(request.ingest.fetch ?? {});
  let failures = 0;
  for (;;) {
    for (const feed of request.feeds) {
      const report = await pollOnce(store, feed, request, deps, fetcher);
      failures += report.failures.length;
      deps.onPoll(report);
    }
    if (request.once) return failures;
    await sleep(request.everyMs);
  }
}

async function pollOnce(store: Store, feed: string, request: WatchRequest, deps: WatchDependencies, fetcher: Fetcher): Promise<PollReport> {
  const at = deps.now().toISOString();
  const previous = (await store.getFeedState(feed)) as FeedPollState | null;
  try {
    const poll = await pollFeed(feed, previous, { ...request.ingest, now: deps.now }, fetcher);
    const report = await ingestItems(store, poll.items, 'watch', { ...request, inputs: [feed] }, { now: deps.now });
    // The state is saved only after the items are stored, so a crash mid-poll re-reads them next time.
    await store.putFeedState(feed, poll.state, at);
    return {
      at,
      feed,
      notModified: poll.notModified,
      newItems: report.documents,
      newArticles: report.newArticles,
      failures: report.results.flatMap((r) => (r.status === 'failed' ? [r.diagnostic] : [])),
    };
  } catch (error) {
    const failure = diagnostic('fetch/unreachable', feed, `polling failed: ${(error as Error).message}`);
    return { at, feed, notModified: false, newItems: 0, newArticles: 0, failures: [failure] };
  }
}
