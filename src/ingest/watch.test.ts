import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pollFeed } from './watch.js';
import { FIXED_NOW, startServer } from './testing.js';

const item = (n: number) =>
  `<item><title>Update ${n}</title><guid isPermaLink="false">update-${n}</guid><link>https://courier.example/u/${n}</link><description>Council update number ${n}.</description></item>`;
const feedWith = (numbers: number[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Council updates</title>${numbers.map(item).join('')}</channel></rss>`;

test('pollFeed yields all items first, then 304 as notModified, then only the new items', async () => {
  let version = { etag: '"v1"', body: feedWith([2, 1]) };
  const server = await startServer((req, res) => {
    if (req.headers['if-none-match'] === version.etag) {
      res.writeHead(304, { etag: version.etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: version.etag, 'last-modified': 'Fri, 07 Mar 2025 10:00:00 GMT' });
    res.end(version.body);
  });
  const options = { allowPrivate: true, now: FIXED_NOW, fetchFeedItems: false, fetch: { minHostIntervalMs: 0 } };
  try {
    const url = `${server.origin}/feed.xml`;
    const first = await pollFeed(url, null, options);
    assert.equal(first.notModified, false);
    assert.deepEqual(first.items.map((i) => (i.kind === 'document' ? i.document.hints.title : i.diagnostic.code)), ['Update 2', 'Update 1']);
    assert.deepEqual(first.state, { url, etag: '"v1"', lastModified: 'Fri, 07 Mar 2025 10:00:00 GMT', seenItemKeys: ['update-2', 'update-1'] });
    assert.equal(server.requests[0]?.headers['if-none-match'], undefined);

    const second = await pollFeed(url, first.state, options);
    assert.equal(second.notModified, true);
    assert.deepEqual(second.items, []);
    assert.deepEqual(second.state, first.state);
    assert.equal(server.requests[1]?.headers['if-none-match'], '"v1"');
    assert.equal(server.requests[1]?.headers['if-modified-since'], 'Fri, 07 Mar 2025 10:00:00 GMT');

    version = { etag: '"v2"', body: feedWith([3, 2, 1]) };
    const third = await pollFeed(url, second.state, options);
    assert.equal(third.notModified, false);
    assert.deepEqual(third.items.map((i) => (i.kind === 'document' ? i.document.hints.title : i.diagnostic.code)), ['Update 3']);
    assert.deepEqual(third.state.seenItemKeys, ['update-3', 'update-2', 'update-1']);
    assert.equal(third.state.etag, '"v2"');
  } finally {
    await server.close();
  }
});

test('a failed poll returns one failure and leaves the state as it was', async () => {
  const server = await startServer((_req, res) => {
    res.writeHead(503);
    res.end();
  });
  try {
    const state = { url: `${server.origin}/feed.xml`, etag: '"v9"', lastModified: null, seenItemKeys: ['a'] };
    const poll = await pollFeed(state.url, state, { allowPrivate: true, now: FIXED_NOW, fetch: { minHostIntervalMs: 0 } });
    assert.equal(poll.notModified, false);
    assert.deepEqual(poll.items.map((i) => (i.kind === 'failure' ? i.diagnostic.code : 'doc')), ['fetch/http-status']);
    assert.deepEqual(poll.state, state);
  } finally {
    await server.close();
  }
});
