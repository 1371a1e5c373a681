// The safe fetcher: http(s) GET with the checks a tool fetching URLs from other people's feeds
// needs. Every hop's host is resolved, every resolved address classified, and the connection goes
// only to the address that was checked (no second DNS lookup to rebind); redirects are followed by
// hand and re-checked; private and special-purpose addresses are refused unless allowed. Timeouts
// (connect, per hop total), a size cap enforced while streaming (compressed and decoded), a
// content-type check, an honest User-Agent, per-host politeness, gzip/deflate/br decoding and
// conditional GET. Failures come back as diagnostics, never as exceptions.
//
// `bytes` of a response are the entity body after Content-Encoding is undone: that is what the
// server sent as the document, and what a browser's "save page" would store.

import { promises as dns } from 'node:dns';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { diagnostic, type Diagnostic } from '../model/index.js';
import { classifyAddress } from './address.js';
import { tooLarge } from './decode.js';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_MIN_HOST_INTERVAL_MS,
  DEFAULT_TOTAL_TIMEOUT_MS,
  REDIRECT_STATUSES,
} from './rules.js';
import { formatOfContentType, mediaTypeOf } from './sniff.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Every address a host name resolves to. */
export type ResolveHost = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface TransportRequest {
  readonly url: URL;
  /** The checked address: the transport must connect here and nowhere else. */
  readonly address: ResolvedAddress;
  readonly headers: Readonly<Record<string, string>>;
  readonly connectTimeoutMs: number;
  readonly totalTimeoutMs: number;
  readonly maxBytes: number;
  /** Called with the status and headers; 'skip' means the body is not wanted (redirect, error, refused type). */
  readonly wantsBody: (status: number, headers: ResponseHeaders) => boolean;
}

export type ResponseHeaders = Readonly<Record<string, string | undefined>>;

export type TransportResult =
  | { readonly kind: 'response'; readonly status: number; readonly headers: ResponseHeaders; readonly body: Uint8Array | null }
  | { readonly kind: 'timeout'; readonly phase: 'connect' | 'response' }
  | { readonly kind: 'unreachable'; readonly code: string; readonly detail: string }
  | { readonly kind: 'too-large'; readonly sizeText: string }
  | { readonly kind: 'bad-encoding'; readonly detail: string };

/** Performs one HTTP exchange with one checked address. */
export type Transport = (request: TransportRequest) => Promise<TransportResult>;

export interface FetchOptions {
  readonly connectTimeoutMs: number;
  /** Limit on one hop, from sending the request to the last byte of the body. */
  readonly totalTimeoutMs: number;
  readonly maxRedirects: number;
  /** Minimum gap between the starts of two requests to the same host:port. */
  readonly minHostIntervalMs: number;
  readonly userAgent: string;
  readonly resolveHost: ResolveHost;
  readonly transport: Transport;
  /** Monotonic clock and sleep for politeness; injected in tests to check gaps without waiting. */
  readonly monotonicMs: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export interface FetchRequest {
  readonly url: string;
  /** The input as the user named it, for diagnostics; defaults to the URL. */
  readonly label?: string;
  readonly allowPrivate: boolean;
  readonly maxBytes: number;
  /** The clock fetchedAt is read from. */
  readonly now: () => Date;
  /** Validators from an earlier fetch: a 304 then comes back as 'not-modified'. */
  readonly conditional?: { readonly etag: string | null; readonly lastModified: string | null };
}

export type FetchOutcome =
  | {
      readonly kind: 'ok';
      readonly requestedUrl: string;
      readonly finalUrl: string;
      readonly status: number;
      readonly contentType: string | null;
      readonly lastModified: string | null;
      readonly etag: string | null;
      /** ISO instant from the injected clock when the body had arrived. */
      readonly fetchedAt: string;
      readonly bytes: Uint8Array;
    }
  | {
      readonly kind: 'not-modified';
      readonly requestedUrl: string;
      readonly finalUrl: string;
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly fetchedAt: string;
    }
  | { readonly kind: 'failed'; readonly diagnostic: Diagnostic };

/** A fetcher keeps the per-host politeness state; share one across a batch. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchOutcome>;
}

export const CROSSCHECK_USER_AGENT = `Crosscheck/${readPackageVersion()} (+offline news evidence tool)`;

const ACCEPT_HEADER =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,application/json;q=0.7,application/x-ndjson;q=0.7';

export const defaultFetchOptions: FetchOptions = {
  connectTimeoutMs: DEFAULT_CONNECT_TIMEOUT_MS,
  totalTimeoutMs: DEFAULT_TOTAL_TIMEOUT_MS,
  maxRedirects: DEFAULT_MAX_REDIRECTS,
  minHostIntervalMs: DEFAULT_MIN_HOST_INTERVAL_MS,
  userAgent: CROSSCHECK_USER_AGENT,
  resolveHost: resolveWithSystem,
  transport: nodeHttpTransport,
  monotonicMs: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function createFetcher(overrides: Partial<FetchOptions> = {}): Fetcher {
  const options: FetchOptions = { ...defaultFetchOptions, ...overrides };
  const pacer = new HostPacer(options.minHostIntervalMs, options.monotonicMs, options.sleep);
  return { fetch: (request) => fetchWithChecks(request, options, pacer) };
}

/** Spaces requests to one host: each start is at least `intervalMs` after the previous start. */
export class HostPacer {
  private readonly nextFreeAt = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly monotonicMs: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  async wait(host: string): Promise<void> {
    if (this.intervalMs <= 0) return;
    const now = this.monotonicMs();
    // The slot is claimed before sleeping, so concurrent callers queue instead of racing.
    const slot = Math.max(now, this.nextFreeAt.get(host) ?? now);
    this.nextFreeAt.set(host, slot + this.intervalMs);
    if (slot > now) await this.sleep(slot - now);
  }
}

async function fetchWithChecks(request: FetchRequest, options: FetchOptions, pacer: HostPacer): Promise<FetchOutcome> {
  const label = request.label ?? request.url;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return failedWith('fetch/bad-url', label, `"${request.url}" is not a valid URL; expected an absolute http:// or https:// URL.`, 'Check the URL for typos or a missing scheme.');
  }
  const chain: string[] = [url.href];
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      const via = hop > 0 ? ` (reached by redirect from ${chain[chain.length - 2]})` : '';
      return failedWith('fetch/bad-url', label, `${url.href}${via} uses ${url.protocol.replace(':', '')}; expected http or https.`, 'Only web pages and feeds are fetched; save other resources as files.');
    }
    const checked = await checkHost(url, request, options, label, hop, chain);
    if ('diagnostic' in checked) return { kind: 'failed', diagnostic: checked.diagnostic };
    await pacer.wait(url.host);
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: ACCEPT_HEADER,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (request.conditional?.etag) headers['if-none-match'] = request.conditional.etag;
    if (request.conditional?.lastModified) headers['if-modified-since'] = request.conditional.lastModified;
    const result = await options.transport({
      url,
      address: checked.address,
      headers,
      connectTimeoutMs: options.connectTimeoutMs,
      totalTimeoutMs: options.totalTimeoutMs,
      maxBytes: request.maxBytes,
      wantsBody: (status, responseHeaders) => status >= 200 && status < 300 && isAcceptedType(responseHeaders['content-type']),
    });
    switch (result.kind) {
      case 'timeout':
        return failedWith('fetch/timeout', label, result.phase === 'connect'
          ? `${url.href} did not accept a connection within ${options.connectTimeoutMs} ms.`
          : `${url.href} did not finish answering within ${options.totalTimeoutMs} ms.`, 'Try again later, or raise the fetch timeouts.');
      case 'unreachable':
        return failedWith('fetch/unreachable', label, `${url.href} could not be reached (${result.code}: ${result.detail}).`, 'Check the URL and your connection; the site may be down.');
      case 'too-large':
        return { kind: 'failed', diagnostic: tooLarge(label, `${result.sizeText} (from ${url.href})`, request.maxBytes) };
      case 'bad-encoding':
        return failedWith('ingest/undecodable', label, `${url.href} sent a body that could not be decompressed: ${result.detail}.`, 'Try again; if it persists, save the page with a browser and pass the file.');
      case 'response':
        break;
    }
    const { status, headers: responseHeaders } = result;
    if (REDIRECT_STATUSES.has(status)) {
      const location = responseHeaders['location'];
      if (!location) {
        return failedWith('fetch/http-status', label, `${url.href} answered ${status} (a redirect) without a Location header.`, 'The server is misconfigured; try the page in a browser and pass its final URL.');
      }
      if (hop + 1 > options.maxRedirects) {
        return failedWith('fetch/too-many-redirects', label, `${request.url} redirected more than ${options.maxRedirects} times (${chain.join(' → ')} → …); expected to reach a page.`, 'The site may loop; open the URL in a browser and pass the final address.');
      }
      try {
        url = new URL(location, url);
      } catch {
        return failedWith('fetch/bad-url', label, `${url.href} redirected to "${location}", which is not a valid URL.`, 'The server is misconfigured; try the page in a browser.');
      }
      chain.push(url.href);
      continue;
    }
    const etag = responseHeaders['etag'] ?? null;
    const lastModified = responseHeaders['last-modified'] ?? null;
    if (status === 304 && request.conditional) {
      return { kind: 'not-modified', requestedUrl: request.url, finalUrl: url.href, etag: etag ?? request.conditional.etag, lastModified: lastModified ?? request.conditional.lastModified, fetchedAt: request.now().toISOString() };
    }
    if (status < 200 || status >= 300) {
      return failedWith('fetch/http-status', label, `${url.href} answered HTTP ${status}; expected 200 with a page or feed.`, status === 404 || status === 410 ? 'The page is gone; check the URL.' : status === 429 || status >= 500 ? 'Try again later.' : 'The server refused the request; check the URL.');
    }
    const contentType = responseHeaders['content-type'] ?? null;
    if (!isAcceptedType(contentType ?? undefined)) {
      return failedWith('ingest/unsupported-type', label, `${url.href} is ${mediaTypeOf(contentType)}; expected HTML, plain text, an RSS/Atom feed or JSON lines.`, 'Crosscheck reads news text only; convert the document and pass the file.');
    }
    return {
      kind: 'ok',
      requestedUrl: request.url,
      finalUrl: url.href,
      status,
      contentType,
      lastModified,
      etag,
      fetchedAt: request.now().toISOString(),
      bytes: result.body ?? new Uint8Array(0),
    };
  }
}

/** A missing content type is accepted (the body is sniffed); a present one must be a type Crosscheck reads. */
function isAcceptedType(contentType: string | undefined): boolean {
  return contentType === undefined || mediaTypeOf(contentType) === null || formatOfContentType(contentType) !== null;
}

async function checkHost(
  url: URL,
  request: FetchRequest,
  options: FetchOptions,
  label: string,
  hop: number,
  chain: readonly string[],
): Promise<{ address: ResolvedAddress } | { diagnostic: Diagnostic }> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: readonly ResolvedAddress[];
  const literal = isIP(hostname);
  if (literal !== 0) {
    addresses = [{ address: hostname, family: literal as 4 | 6 }];
  } else {
    try {
      addresses = await withTimeout(options.resolveHost(hostname), options.connectTimeoutMs);
    } catch (error) {
      const timedOut = error instanceof ResolveTimeout;
      return {
        diagnostic: diagnostic(timedOut ? 'fetch/timeout' : 'fetch/unreachable', label, timedOut
          ? `the name ${hostname} did not resolve within ${options.connectTimeoutMs} ms.`
          : `the name ${hostname} could not be resolved (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, { hint: 'Check the host name and your DNS.' }),
      };
    }
    if (addresses.length === 0) {
      return { diagnostic: diagnostic('fetch/unreachable', label, `the name ${hostname} resolved to no address.`, { hint: 'Check the host name.' }) };
    }
  }
  if (!request.allowPrivate) {
    for (const { address } of addresses) {
      const verdict = classifyAddress(address);
      if (verdict.kind === 'public') continue;
      const what = verdict.kind === 'refused' ? `a ${verdict.name} address (${verdict.range})` : 'not a valid IP address';
      const via = hop > 0 ? ` after redirect ${chain.slice(0, -1).join(' → ')} → ${url.href}` : '';
      return {
        diagnostic: diagnostic('fetch/refused-address', label, `${hostname}${via} resolves to ${address}, ${what}; Crosscheck fetches only public internet addresses by default, so nothing was requested.`, {
          hint: 'If this server is yours and trusted, allow private addresses (--allow-private) and re-run.',
        }),
      };
    }
  }
  return { address: addresses[0]! };
}

class ResolveTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new ResolveTimeout()), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error); },
    );
  });
}

async function resolveWithSystem(hostname: string): Promise<readonly ResolvedAddress[]> {
  const found = await dns.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
}

function failedWith(code: Parameters<typeof diagnostic>[0], label: string, message: string, hint: string): FetchOutcome {
  return { kind: 'failed', diagnostic: diagnostic(code, label, message, { hint }) };
}

class TransportTimeout extends Error {
  constructor(readonly phase: 'connect' | 'response') {
    super(`timeout while ${phase === 'connect' ? 'connecting' : 'waiting for the response'}`);
  }
}

/** node:http(s) transport that connects only to the checked address (its `lookup` returns nothing else). */
export function nodeHttpTransport(request: TransportRequest): Promise<TransportResult> {
  return new Promise<TransportResult>((resolve) => {
    let settled = false;
    const finish = (result: TransportResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      resolve(result);
    };
    const { url, address } = request;
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: request.headers,
      agent: false,
      lookup: ((_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
        if (opts.all) callback(null, [{ address: address.address, family: address.family }]);
        else callback(null, address.address, address.family);
      }) as never,
    });
    const connectTimer = setTimeout(() => req.destroy(new TransportTimeout('connect')), request.connectTimeoutMs);
    const totalTimer = setTimeout(() => req.destroy(new TransportTimeout('response')), request.totalTimeoutMs);
    req.on('socket', (socket) => {
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof TransportTimeout) finish({ kind: 'timeout', phase: error.phase });
      else finish({ kind: 'unreachable', code: error.code ?? error.name, detail: error.message });
    });
    req.on('response', (res) => {
      clearTimeout(connectTimer);
      const headers: Record<string, string | undefined> = {};
      for (const [name, value] of Object.entries(res.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      const status = res.statusCode ?? 0;
      if (!request.wantsBody(status, headers)) {
        finish({ kind: 'response', status, headers, body: null });
        req.destroy();
        return;
      }
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > request.maxBytes) {
        finish({ kind: 'too-large', sizeText: `${declared} bytes (Content-Length)` });
        req.destroy();
        return;
      }
      const decoder = contentDecoder(headers['content-encoding']);
      if (decoder === 'unsupported') {
        finish({ kind: 'bad-encoding', detail: `unsupported Content-Encoding "${headers['content-encoding']}"` });
        req.destroy();
        return;
      }
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > request.maxBytes) {
          finish({ kind: 'too-large', sizeText: `more than ${request.maxBytes} bytes (stopped reading at ${received})` });
          req.destroy();
        }
      });
      res.on('error', (error) => finish(error instanceof TransportTimeout ? { kind: 'timeout', phase: error.phase } : { kind: 'unreachable', code: 'ECONNRESET', detail: error.message }));
      // A connection closed before the whole body arrived; `complete` tells it from a normal end.
      res.on('close', () => {
        if (!res.complete) finish({ kind: 'unreachable', code: 'ECONNRESET', detail: 'the connection closed before the body was complete' });
      });
      const body = decoder ? res.pipe(decoder) : res;
      const chunks: Buffer[] = [];
      let decodedBytes = 0;
      body.on('data', (chunk: Buffer) => {
        decodedBytes += chunk.length;
        if (decodedBytes > request.maxBytes) {
          finish({ kind: 'too-large', sizeText: `more than ${request.maxBytes} bytes once decompressed` });
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      if (decoder) decoder.on('error', (error) => { finish({ kind: 'bad-encoding', detail: error.message }); req.destroy(); });
      body.on('end', () => finish({ kind: 'response', status, headers, body: new Uint8Array(Buffer.concat(chunks)) }));
    });
    req.end();
  });
}

function contentDecoder(encoding: string | undefined): NodeJS.ReadWriteStream | null | 'unsupported' {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') return null;
  if (name === 'gzip' || name === 'x-gzip') return zlib.createGunzip();
  if (name === 'deflate') return zlib.createInflate();
  if (name === 'br') return zlib.createBrotliDecompress();
  return 'unsupported';
}

/** The version in the project's package.json, for the User-Agent; found by walking up from this module. */
function readPackageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'crosscheck' && pkg.version) return pkg.version;
    } catch {
      // No package.json at this level: keep walking up.
    }
    dir = dirname(dir);
  }
  return 'unknown';
}
