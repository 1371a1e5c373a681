import assert from 'node:assert/strict';
import { test } from 'node:test';
import zlib from 'node:zlib';
import { createFetcher, HostPacer, type FetchOptions, type FetchRequest, type TransportRequest, type TransportResult } from './fetch.js';
import { closedPort, FIXED_NOW, startServer } from './testing.js';

const noWait: Partial<FetchOptions> = { minHostIntervalMs: 0 };
const request = (url: string, extra: Partial<FetchRequest> = {}): FetchRequest => ({ url, allowPrivate: true, maxBytes: 1_000_000, now: FIXED_NOW, ...extra });

test('refuses a loopback URL without allowPrivate, and the server sees no request', async () => {
  const server = await startServer((_req, res) => res.end('hello'));
  try {
    const outcome = await createFetcher(noWait).fetch(request(`${server.origin}/page`, { allowPrivate: false }));
    assert.equal(outcome.kind, 'failed');
    assert.ok(outcome.kind === 'failed');
    assert.equal(outcome.diagnostic.code, 'fetch/refused-address');
    assert.match(outcome.diagnostic.message, /127\.0\.0\.1, a loopback/);
    assert.match(outcome.diagnostic.hint ?? '', /--allow-private/);
    assert.equal(server.requests.length, 0);
  } finally {
    await server.close();
  }
});

test('fetches with allowPrivate: body, final URL, headers, fetchedAt from the injected clock, honest User-Agent', async () => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'last-modified': 'Fri, 07 Mar 2025 10:00:00 GMT', etag: '"v1"' });
    res.end('<html><body><p>Ferry back in service</p></body></html>');
  });
  try {
    const outcome = await createFetcher(noWait).fetch(request(`${server.origin}/news`));
    assert.ok(outcome.kind === 'ok', JSON.stringify(outcome));
    assert.equal(Buffer.from(outcome.bytes).toString(), '<html><body><p>Ferry back in service</p></body></html>');
    assert.equal(outcome.finalUrl, `${server.origin}/news`);
    assert.equal(outcome.contentType, 'text/html; charset=utf-8');
    assert.equal(outcome.lastModified, 'Fri, 07 Mar 2025 10:00:00 GMT');
    assert.equal(outcome.etag, '"v1"');
    assert.equal(outcome.fetchedAt, '2025-03-08T12:00:00.000Z');
    assert.match(String(server.requests[0]?.headers['user-agent']), /^Crosscheck\/\d+\.\d+\.\d+ \(\+offline news evidence tool\)$/);
  } finally {
    await server.close();
  }
});

test('follows redirects up to the limit and refuses a longer chain', async () => {
  const server = await startServer((req, res) => {
    const hops = Number(/^\/hop\/(\d+)$/.exec(req.url ?? '')?.[1] ?? '0');
    if (hops > 0) {
      res.writeHead(302, { location: `/hop/${hops - 1}` });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('arrived');
  });
  try {
    const fetcher = createFetcher({ ...noWait, maxRedirects: 2 });
    const ok = await fetcher.fetch(request(`${server.origin}/hop/2`));
    assert.ok(ok.kind === 'ok');
    assert.equal(ok.finalUrl, `${server.origin}/hop/0`);
    assert.equal(ok.requestedUrl, `${server.origin}/hop/2`);
    const tooMany = await fetcher.fetch(request(`${server.origin}/hop/3`));
    assert.ok(tooMany.kind === 'failed');
    assert.equal(tooMany.diagnostic.code, 'fetch/too-many-redirects');
    assert.match(tooMany.diagnostic.message, /more than 2 times/);
  } finally {
    await server.close();
  }
});

/** A transport that answers from a table and records where it was asked to connect. */
function scriptedTransport(answers: Record<string, TransportResult>) {
  const calls: { url: string; address: string }[] = [];
  const transport = async (req: TransportRequest): Promise<TransportResult> => {
    calls.push({ url: req.url.href, address: req.address.address });
    return answers[req.url.href] ?? { kind: 'response', status: 404, headers: {}, body: null };
  };
  return { calls, transport };
}

const publicResolver = (table: Record<string, string[]>) => async (host: string) =>
  (table[host] ?? []).map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));

test('a redirect from a public host to a private one is refused before connecting', async () => {
  const { calls, transport } = scriptedTransport({
    'http://news.example/story': { kind: 'response', status: 302, headers: { location: 'http://metadata.internal/latest' }, body: null },
    'http://news.example/literal': { kind: 'response', status: 301, headers: { location: 'http://[::ffff:127.0.0.1]:8080/' }, body: null },
  });
  const fetcher = createFetcher({ ...noWait, transport, resolveHost: publicResolver({ 'news.example': ['93.184.216.34'], 'metadata.internal': ['169.254.169.254'] }) });
  const named = await fetcher.fetch(request('http://news.example/story', { allowPrivate: false }));
  assert.ok(named.kind === 'failed');
  assert.equal(named.diagnostic.code, 'fetch/refused-address');
  assert.match(named.diagnostic.message, /after redirect http:\/\/news\.example\/story → http:\/\/metadata\.internal\/latest/);
  assert.match(named.diagnostic.message, /169\.254\.169\.254, a link-local/);
  const literal = await fetcher.fetch(request('http://news.example/literal', { allowPrivate: false }));
  assert.ok(literal.kind === 'failed' && literal.diagnostic.code === 'fetch/refused-address');
  assert.deepEqual(calls.map((c) => c.url), ['http://news.example/story', 'http://news.example/literal']);
});

test('a host with any private address among its DNS answers is refused; otherwise the checked address is the one connected to', async () => {
  const { calls, transport } = scriptedTransport({
    'http://mixed.example/': { kind: 'response', status: 200, headers: { 'content-type': 'text/html' }, body: new Uint8Array([0x3c]) },
    'http://clean.example/': { kind: 'response', status: 200, headers: { 'content-type': 'text/html' }, body: new TextEncoder().encode('<p>x</p>') },
  });
  const fetcher = createFetcher({ ...noWait, transport, resolveHost: publicResolver({ 'mixed.example': ['93.184.216.34', '10.0.0.7'], 'clean.example': ['2606:4700::6810:84e5', '104.16.132.229'] }) });
  const mixed = await fetcher.fetch(request('http://mixed.example/', { allowPrivate: false }));
  assert.ok(mixed.kind === 'failed' && mixed.diagnostic.code === 'fetch/refused-address');
  assert.match(mixed.diagnostic.message, /10\.0\.0\.7/);
  const clean = await fetcher.fetch(request('http://clean.example/', { allowPrivate: false }));
  assert.equal(clean.kind, 'ok');
  assert.deepEqual(calls, [{ url: 'http://clean.example/', address: '2606:4700::6810:84e5' }]);
});

test('a name that does not resolve is unreachable', async () => {
  const fetcher = createFetcher({
    ...noWait,
    resolveHost: async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    },
  });
  const outcome = await fetcher.fetch(request('http://nowhere.example/'));
  assert.ok(outcome.kind === 'failed' && outcome.diagnostic.code === 'fetch/unreachable');
  assert.match(outcome.diagnostic.message, /nowhere\.example could not be resolved \(ENOTFOUND\)/);
});

test('stops reading past the size cap, with or without Content-Length', async () => {
  const server = await startServer((req, res) => {
    if (req.url === '/declared') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' });
      res.end('x'.repeat(5000));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
    res.end();
  });
  try {
    const fetcher = createFetcher(noWait);
    for (const path of ['/declared', '/chunked']) {
      const outcome = await fetcher.fetch(request(`${server.origin}${path}`, { maxBytes: 1000 }));
      assert.ok(outcome.kind === 'failed', path);
      assert.equal(outcome.diagnostic.code, 'ingest/too-large', path);
      assert.match(outcome.diagnostic.message, /cap of 1000 bytes/, path);
    }
  } finally {
    await server.close();
  }
});

test('a decompression bomb is stopped at the cap on the decoded size', async () => {
  const compressed = zlib.gzipSync(Buffer.alloc(200_000, 0x61));
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end(compressed);
  });
  try {
    const outcome = await createFetcher(noWait).fetch(request(`${server.origin}/`, { maxBytes: 10_000 }));
    assert.ok(outcome.kind === 'failed' && outcome.diagnostic.code === 'ingest/too-large');
    assert.match(outcome.diagnostic.message, /once decompressed/);
  } finally {
    await server.close();
  }
});

test('decodes gzip, deflate and brotli bodies', async () => {
  const body = '<p>Compressed page about the harbour</p>';
  const encoders: Record<string, (b: Buffer) => Buffer> = { gzip: zlib.gzipSync, deflate: zlib.deflateSync, br: zlib.brotliCompressSync };
  const server = await startServer((req, res) => {
    const encoding = (req.url ?? '/').slice(1);
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoding });
    res.end(encoders[encoding]!(Buffer.from(body)));
  });
  try {
    const fetcher = createFetcher(noWait);
    for (const encoding of Object.keys(encoders)) {
      const outcome = await fetcher.fetch(request(`${server.origin}/${encoding}`));
      assert.ok(outcome.kind === 'ok', encoding);
      assert.equal(Buffer.from(outcome.bytes).toString(), body, encoding);
    }
    assert.match(String(server.requests[0]?.headers['accept-encoding']), /gzip, deflate, br/);
  } finally {
    await server.close();
  }
});

test('times out when the server accepts but never answers', async () => {
  const server = await startServer(() => {
    // Never respond.
  });
  try {
    const outcome = await createFetcher({ ...noWait, totalTimeoutMs: 150 }).fetch(request(`${server.origin}/slow`));
    assert.ok(outcome.kind === 'failed');
    assert.equal(outcome.diagnostic.code, 'fetch/timeout');
    assert.match(outcome.diagnostic.message, /within 150 ms/);
  } finally {
    await server.close();
  }
});

test('times out when the body stops arriving halfway', async () => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
    res.write('<p>The first half of the page');
  });
  try {
    const outcome = await createFetcher({ ...noWait, totalTimeoutMs: 150 }).fetch(request(`${server.origin}/stalled`));
    assert.ok(outcome.kind === 'failed');
    assert.equal(outcome.diagnostic.code, 'fetch/timeout');
  } finally {
    await server.close();
  }
});

test('a connection dropped before the body is complete is unreachable, not a short document', async () => {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
    res.write('<p>Cut off', () => res.socket?.destroy());
  });
  try {
    const outcome = await createFetcher(noWait).fetch(request(`${server.origin}/cut`));
    assert.ok(outcome.kind === 'failed', JSON.stringify(outcome));
    assert.equal(outcome.diagnostic.code, 'fetch/unreachable');
  } finally {
    await server.close();
  }
});

test('refuses content types Crosscheck does not read and reports error statuses', async () => {
  const server = await startServer((req, res) => {
    if (req.url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.alloc(10));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>not here</p>');
  });
  try {
    const fetcher = createFetcher(noWait);
    const image = await fetcher.fetch(request(`${server.origin}/image`));
    assert.ok(image.kind === 'failed' && image.diagnostic.code === 'ingest/unsupported-type');
    assert.match(image.diagnostic.message, /is image\/png; expected HTML/);
    const missing = await fetcher.fetch(request(`${server.origin}/gone`));
    assert.ok(missing.kind === 'failed' && missing.diagnostic.code === 'fetch/http-status');
    assert.match(missing.diagnostic.message, /HTTP 404/);
  } finally {
    await server.close();
  }
});

test('a port nobody listens on is unreachable', async () => {
  const port = await closedPort();
  const outcome = await createFetcher(noWait).fetch(request(`http://127.0.0.1:${port}/`));
  assert.ok(outcome.kind === 'failed');
  assert.equal(outcome.diagnostic.code, 'fetch/unreachable');
  assert.match(outcome.diagnostic.message, /ECONNREFUSED/);
});

test('a conditional GET answered 304 is not-modified and keeps the validators', async () => {
  const server = await startServer((req, res) => {
    if (req.headers['if-none-match'] === '"feed-v7"') {
      res.writeHead(304, { etag: '"feed-v7"' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"feed-v7"' });
    res.end('<rss/>');
  });
  try {
    const outcome = await createFetcher(noWait).fetch(request(`${server.origin}/feed`, { conditional: { etag: '"feed-v7"', lastModified: 'Fri, 07 Mar 2025 10:00:00 GMT' } }));
    assert.ok(outcome.kind === 'not-modified', JSON.stringify(outcome));
    assert.equal(outcome.etag, '"feed-v7"');
    assert.equal(outcome.lastModified, 'Fri, 07 Mar 2025 10:00:00 GMT');
    assert.equal(server.requests[0]?.headers['if-modified-since'], 'Fri, 07 Mar 2025 10:00:00 GMT');
  } finally {
    await server.close();
  }
});

test('rejects URLs that are not http(s)', async () => {
  const fetcher = createFetcher(noWait);
  for (const url of ['ftp://files.example/a.txt', 'not a url', 'file:///etc/passwd']) {
    const outcome = await fetcher.fetch(request(url));
    assert.ok(outcome.kind === 'failed' && outcome.diagnostic.code === 'fetch/bad-url', url);
  }
});

test('politeness: requests to one host start at least the interval apart, other hosts do not wait', async () => {
  let clock = 0;
  const sleeps: number[] = [];
  const starts: { host: string; at: number }[] = [];
  const fetcher = createFetcher({
    minHostIntervalMs: 1000,
    monotonicMs: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    resolveHost: publicResolver({ 'a.example': ['93.184.216.34'], 'b.example': ['93.184.216.35'] }),
    transport: async (req) => {
      starts.push({ host: req.url.host, at: clock });
      clock += 50; // each exchange takes 50 ms of the fake clock
      return { kind: 'response', status: 200, headers: { 'content-type': 'text/plain' }, body: new TextEncoder().encode('ok') };
    },
  });
  for (const url of ['http://a.example/1', 'http://a.example/2', 'http://b.example/1', 'http://a.example/3']) {
    assert.equal((await fetcher.fetch(request(url, { allowPrivate: false }))).kind, 'ok');
  }
  assert.deepEqual(starts, [
    { host: 'a.example', at: 0 },
    { host: 'a.example', at: 1000 },
    { host: 'b.example', at: 1050 },
    { host: 'a.example', at: 2000 },
  ]);
  assert.deepEqual(sleeps, [950, 900]);
});

test('HostPacer queues concurrent callers for the same host', async () => {
  let clock = 0;
  const woke: number[] = [];
  const pacer = new HostPacer(500, () => clock, async (ms) => {
    woke.push(clock + ms);
  });
  await Promise.all([pacer.wait('h'), pacer.wait('h'), pacer.wait('h')]);
  assert.deepEqual(woke, [500, 1000]);
});
