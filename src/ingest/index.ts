// The ingest stage: files, directories, globs, stdin, http(s) URLs, URL lists, RSS/Atom feeds and
// JSONL → RawDocument. The first stage of the pipeline and the only one that reads files or the
// network; what it yields goes to `extract`.
//
// Public surface:
//   expandInputs(args)              what the user typed → ordered concrete inputs (count them for a progress bar)
//   readInputs(args | inputs, opts) → AsyncIterable<IngestItem>: a document (with warnings) or a failure,
//                                   each tagged with the index of the concrete input it came from
//   pollFeed(url, state, opts)      one conditional poll of a watched feed → new items and the next state
//   defaultIngestOptions, IngestOptions, IngestOverrides (a partial, merged over the defaults)
//   createFetcher / FetchOptions    the safe fetcher, to share politeness state across calls
//
// Guarantees: deterministic order (arguments in order; directories sorted by name, depth first;
// glob matches sorted; feed items and JSONL records in file order). Nothing throws for a bad input:
// it becomes a failure item and the batch goes on. A document's id is the sha256 of its bytes:
// a file's bytes after gzip is undone (gzip is treated like HTTP Content-Encoding), a response's
// body after Content-Encoding, a JSONL record's line, a feed item's own XML element (see feed.ts).
// Hidden files and files with non-news extensions are skipped silently in directory walks and
// glob matches (see inputs.ts); named explicitly they are read and fail with a diagnostic.
// Labels: a path, a URL, `-`, `path:line` for a JSONL record, `feed#item-N` for a feed item. A feed
// item whose teaser led to fetching its link becomes a document of that page (origin 'url', label
// the link) that keeps the feed's hints (title, date, authors, site name).

import type { IngestItem } from './document.js';
import type { Fetcher } from './fetch.js';
import { expandInputs, type ConcreteInput } from './inputs.js';
import { createIngestContext, type IngestOverrides } from './options.js';
import { readConcreteInputs } from './read.js';

export type { IngestItem } from './document.js';
export { expandInputs, inputLabel, type ConcreteInput } from './inputs.js';
export { defaultIngestOptions, resolveIngestOptions, type IngestOptions, type IngestOverrides } from './options.js';
export { pollFeed, type FeedPoll, type FeedPollState } from './watch.js';
export {
  createFetcher,
  CROSSCHECK_USER_AGENT,
  defaultFetchOptions,
  type Fetcher,
  type FetchOptions,
  type FetchOutcome,
  type FetchRequest,
  type ResolveHost,
} from './fetch.js';
export type { InputFormat } from './sniff.js';

/**
 * Reads every input in order. Pass the strings the user typed, or the list `expandInputs` already
 * returned (so the CLI expands once and counts). Pass a `fetcher` to share politeness state.
 */
export async function* readInputs(
  inputs: readonly string[] | readonly ConcreteInput[],
  overrides: IngestOverrides = {},
  fetcher?: Fetcher,
): AsyncGenerator<IngestItem> {
  const context = createIngestContext(overrides, fetcher);
  const concrete = inputs.every((i): i is string => typeof i === 'string') ? await expandInputs(inputs) : (inputs as readonly ConcreteInput[]);
  yield* readConcreteInputs(concrete, context);
}
