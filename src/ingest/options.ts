// IngestOptions: everything the ingest stage can be told, with defaults; callers pass a partial
// object that is merged over them once (fetch options merge one level deeper).

import { createFetcher, defaultFetchOptions, type Fetcher, type FetchOptions } from './fetch.js';
import { DEFAULT_MAX_INPUT_BYTES } from './rules.js';
import type { InputFormat } from './sniff.js';

export interface IngestOptions {
  /** Fetch from private, loopback and link-local addresses too (a trusted local server). */
  readonly allowPrivate: boolean;
  /** Cap on one input in bytes: file, stdin, decompressed gzip, HTTP body. */
  readonly maxBytes: number;
  readonly fetch: FetchOptions;
  /** The clock fetchedAt is read from. */
  readonly now: () => Date;
  /** Where `-` reads from; process.stdin when absent. */
  readonly stdin: NodeJS.ReadableStream | null;
  /** Skip sniffing and read every input as this format. */
  readonly formatOverride: InputFormat | null;
  /** Decode every input with this charset (a WHATWG label such as "iso-8859-2"); a BOM still wins. */
  readonly encoding: string | null;
  /**
   * For a feed read from a URL (or watched), fetch the linked page of each item that carries only a
   * teaser. A feed read from a file or stdin never leads to fetching: it is often a saved export
   * meant to be read offline, and a file input should not touch the network.
   */
  readonly fetchFeedItems: boolean;
}

export type IngestOverrides = Partial<Omit<IngestOptions, 'fetch'>> & { readonly fetch?: Partial<FetchOptions> };

export const defaultIngestOptions: IngestOptions = {
  allowPrivate: false,
  maxBytes: DEFAULT_MAX_INPUT_BYTES,
  fetch: defaultFetchOptions,
  now: () => new Date(),
  stdin: null,
  formatOverride: null,
  encoding: null,
  fetchFeedItems: true,
};

export function resolveIngestOptions(overrides: IngestOverrides = {}): IngestOptions {
  return { ...defaultIngestOptions, ...overrides, fetch: { ...defaultFetchOptions, ...overrides.fetch } };
}

/** The options plus the fetcher that carries per-host politeness state for one batch. */
export interface IngestContext {
  readonly options: IngestOptions;
  readonly fetcher: Fetcher;
}

export function createIngestContext(overrides: IngestOverrides = {}, fetcher?: Fetcher): IngestContext {
  const options = resolveIngestOptions(overrides);
  return { options, fetcher: fetcher ?? createFetcher(options.fetch) };
}
