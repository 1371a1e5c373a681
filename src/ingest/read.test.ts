import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import zlib from 'node:zlib';
import { readInputs, type IngestItem, type IngestOverrides } from './index.js';
import { closedPort, FIXED_NOW, fixture, startServer } from './testing.js';

const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-read-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const quiet: IngestOverrides = { now: FIXED_NOW, fetch: { minHostIntervalMs: 0 } };

async function collect(inputs: readonly string[], overrides: IngestOverrides = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, { ...quiet, ...overrides })) items.push(item);
  return items;
}

const summary = (items: readonly IngestItem[]) =>
  items.map((i) => (i.kind === 'document' ? `${i.inputIndex}:doc:${i.document.format}` : `${i.inputIndex}:${i.diagnostic.code}`));

test('every bad input becomes a failure in its place and the batch goes on', async () => {
  const names = ['article.html', 'empty.txt', 'whitespace.txt', 'fake.pdf.txt', 'nul-bytes.txt', 'missing.html', 'feed-malformed.xml', 'not-a-feed.xml', 'article.txt'];
  const items = await collect(names.map(fixture));
  assert.deepEqual(summary(items), [
    '0:doc:html',
    '1:ingest/empty',
    '2:ingest/empty',
    '3:ingest/binary',
    '4:ingest/binary',
    '5:ingest/not-found',
    '6:ingest/feed-syntax',
    '7:ingest/feed-shape',
    '8:doc:text',
  ]);
  for (const item of items) {
    if (item.kind === 'failure') assert.ok(item.diagnostic.input.endsWith(names[item.inputIndex]!), item.diagnostic.input);
  }
});

test('a file document keeps its bytes exactly, its id is their sha256, and its origin is the path', async () => {
  const path = fixture('article.html');
  const [item] = await collect([path]);
  assert.ok(item?.kind === 'document');
  const bytes = readFileSync(path);
  assert.deepEqual(Buffer.from(item.document.bytes), bytes);
  assert.equal(item.document.id, createHash('sha256').update(bytes).digest('hex'));
  assert.equal(item.document.source, bytes.toString('utf8'));
  assert.equal(item.document.label, path);
  assert.deepEqual(item.document.origin, { kind: 'file', path });
  assert.deepEqual(item.document.encoding, { name: 'utf-8', guessed: false });
  assert.deepEqual(item.warnings, []);
});

test('malformed HTML is still a document', async () => {
  const [item] = await collect([fixture('broken.html')]);
  assert.ok(item?.kind === 'document');
  assert.equal(item.document.format, 'html');
  assert.ok(item.document.source.includes('Unclosed paragraphs'));
});

test('a Latin-1 file is a document with the encoding-guessed warning', async () => {
  const [item] = await collect([fixture('latin1.txt')]);
  assert.ok(item?.kind === 'document');
  assert.equal(item.document.encoding.guessed, true);
  assert.deepEqual(item.warnings.map((w) => w.code), ['ingest/encoding-guessed']);
  assert.ok(item.document.source.includes('Zoë Ferreira'));
});

test('a gzip file is decompressed transparently; bytes and id are those of the page', async () => {
  const page = readFileSync(fixture('article.html'));
  const path = join(scratch, 'page.html.gz');
  writeFileSync(path, zlib.gzipSync(page));
  const [item] = await collect([path]);
  assert.ok(item?.kind === 'document');
  assert.equal(item.document.format, 'html');
  assert.deepEqual(Buffer.from(item.document.bytes), page);
  assert.equal(item.document.id, createHash('sha256').update(page).digest('hex'));
});

test('inputs over the cap are refused with the size and the cap, gzip by its decompressed size too', async () => {
  const bomb = join(scratch, 'bomb.txt.gz');
  writeFileSync(bomb, zlib.gzipSync(Buffer.alloc(50_000, 0x61)));
  const items = await collect([fixture('article.html'), bomb], { maxBytes: 500 });
  assert.deepEqual(summary(items), ['0:ingest/too-large', '1:ingest/too-large']);
  const [file, gz] = items;
  assert.ok(file?.kind === 'failure' && /is 809 bytes, over the cap of 500 bytes/.test(file.diagnostic.message), JSON.stringify(file));
  assert.ok(gz?.kind === 'failure' && /once decompressed/.test(gz.diagnostic.message));
});

test('a corrupt gzip file is undecodable', async () => {
  const path = join(scratch, 'cut.html.gz');
  writeFileSync(path, zlib.gzipSync(Buffer.from('<p>x</p>'.repeat(100))).subarray(0, 20));
  const [item] = await collect([path]);
  assert.ok(item?.kind === 'failure' && item.diagnostic.code === 'ingest/undecodable');
});

test('reads stdin for "-" and sniffs its format', async () => {
  const stdin = Readable.from([Buffer.from('<!doctype html><html><body><p>From a pipe.</p></body></html>')]);
  const [item] = await collect(['-'], { stdin });
  assert.ok(item?.kind === 'document');
  assert.equal(item.document.label, '-');
  assert.equal(item.document.format, 'html');
  assert.deepEqual(item.document.origin, { kind: 'stdin' });
});

test('JSONL on stdin yields one document per record with "-" as the path', async () => {
  const stdin = Readable.from(['{"title":"A","text":"First record text."}\n{"title":"B","text":"Second record text."}\n']);
  const items = await collect(['-'], { stdin });
  assert.deepEqual(items.map((i) => (i.kind === 'document' ? i.document.label : i.diagnostic.code)), ['-:1', '-:2']);
});

test('a JSONL file yields its records and its bad lines in line order', async () => {
  const items = await collect([fixture('records.jsonl'), fixture('article.txt')]);
  assert.deepEqual(summary(items), ['0:doc:text', '0:ingest/jsonl-syntax', '0:ingest/jsonl-shape', '0:doc:html', '0:ingest/jsonl-shape', '1:doc:text']);
});

test('a feed file yields one document per good item and never fetches item links', async () => {
  const items = await collect([fixture('feed-rss.xml')]);
  assert.deepEqual(summary(items), ['0:doc:html', '0:ingest/feed-item', '0:doc:text']);
  const teaser = items[2]!;
  assert.ok(teaser.kind === 'document');
  assert.equal(teaser.document.origin.kind, 'feed-item');
  assert.equal(teaser.document.label, `${fixture('feed-rss.xml')}#item-3`);
  assert.ok(teaser.document.origin.kind === 'feed-item' && teaser.document.origin.item.link === 'https://courier.example/news/school-roof');
});

test('formatOverride skips sniffing', async () => {
  const [item] = await collect([fixture('article.html')], { formatOverride: 'text' });
  assert.ok(item?.kind === 'document' && item.document.format === 'text');
});

test('an unreachable URL is a failure and the next input is still read', async () => {
  const port = await closedPort();
  const items = await collect([`http://127.0.0.1:${port}/story`, fixture('article.txt')], { allowPrivate: true });
  assert.deepEqual(summary(items), ['0:fetch/unreachable', '1:doc:text']);
});

test('a URL document records final URL, fetchedAt, content type and Last-Modified; the header charset decodes it', async () => {
  const server = await startServer((req, res) => {
    if (req.url === '/old') {
      res.writeHead(301, { location: '/story' });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1', 'last-modified': 'Thu, 06 Mar 2025 18:00:00 GMT' });
    res.end(Buffer.from('<html><body><p>M\xfcller speaks</p></body></html>', 'latin1'));
  });
  try {
    const [item] = await collect([`${server.origin}/old`], { allowPrivate: true });
    assert.ok(item?.kind === 'document', JSON.stringify(item));
    assert.deepEqual(item.document.origin, {
      kind: 'url',
      requestedUrl: `${server.origin}/old`,
      finalUrl: `${server.origin}/story`,
      fetchedAt: '2025-03-08T12:00:00.000Z',
      contentType: 'text/html; charset=iso-8859-1',
      httpLastModified: 'Thu, 06 Mar 2025 18:00:00 GMT',
    });
    assert.deepEqual(item.document.encoding, { name: 'windows-1252', guessed: false });
    assert.ok(item.document.source.includes('Müller speaks'));
  } finally {
    await server.close();
  }
});

test('a URL feed fetches the pages of teaser items, keeps the feed hints, and keeps the teaser when the page fails', async () => {
  const longText = 'The full article about the harbour wall. '.repeat(20);
  const server = await startServer((req, res) => {
    const origin = `http://127.0.0.1:${(req.socket.localPort ?? 0).toString()}`;
    if (req.url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times</title><link>${origin}/</link>
<item><title>Wall repaired</title><link>${origin}/wall</link><description>Short teaser.</description><pubDate>Fri, 07 Mar 2025 09:00:00 GMT</pubDate></item>
<item><title>Gone story</title><link>${origin}/gone</link><description>Another teaser.</description></item>
<item><title>Long item</title><link>${origin}/long</link><description>${longText}</description></item>
</channel></rss>`);
      return;
    }
    if (req.url === '/wall') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><article><p>The harbour wall was repaired on Friday.</p></article></body></html>');
      return;
    }
    res.writeHead(404);
    res.end();
  });
  try {
    const items = await collect([`${server.origin}/feed`], { allowPrivate: true });
    assert.deepEqual(summary(items), ['0:doc:html', '0:doc:text', '0:doc:text']);
    const [page, teaser, long] = items;
    assert.ok(page?.kind === 'document' && teaser?.kind === 'document' && long?.kind === 'document');
    assert.equal(page.document.origin.kind, 'url');
    assert.ok(page.document.source.includes('The harbour wall was repaired'));
    assert.deepEqual(page.document.hints.published, { raw: 'Fri, 07 Mar 2025 09:00:00 GMT', field: 'pubDate', from: 'feed' });
    assert.equal(page.document.hints.siteName, 'Harbour Times');
    assert.equal(page.document.hints.title, 'Wall repaired');
    assert.equal(teaser.document.source, 'Another teaser.');
    assert.deepEqual(teaser.warnings.map((w) => [w.code, w.severity]), [['fetch/http-status', 'warning']]);
    assert.equal(long.document.origin.kind, 'feed-item');
    assert.deepEqual(server.requests.map((r) => r.path), ['/feed', '/wall', '/gone']);
  } finally {
    await server.close();
  }
});

test('glob matches are read in sorted order, each with the index of its concrete input', async () => {
  for (const [name, text] of [['b.txt', 'Story b text.'], ['a.txt', 'Story a text.'], ['c.md', 'Story c text.']] as const) {
    writeFileSync(join(scratch, name), text);
  }
  const items = await collect([join(scratch, '[ab].txt'), join(scratch, 'c.md')]);
  assert.deepEqual(items.map((i) => (i.kind === 'document' ? `${i.inputIndex}:${i.document.source}` : i.diagnostic.code)), ['0:Story a text.', '1:Story b text.', '2:Story c text.']);
});
