// End-to-end: `crosscheck watch` against a feed served on loopback, with conditional GET.

import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliAsync, tempDir } from './cli.js';

/** Three distinct invented updates: different enough that none is a near-duplicate of another. */
const BODIES = [
  'The port authority said on Tuesday that crews had recovered solvent from the water near the northern quay, and that the booms across the harbour mouth were holding overnight.',
  'Fishermen in Kestrel Bay asked the council for compensation after the regional market refused their catch for a second day, a spokeswoman for their cooperative told reporters.',
  'Schools in the Quayside district will reopen on Thursday, the education office announced, after air samples taken near the playgrounds showed no trace of the chemical.',
];
const ITEM = (n: number) => `<item><title>Harbour update ${n}</title><link>https://harbourpost.example/update-${n}</link><guid>update-${n}</guid><pubDate>Tue, 14 May 2024 0${n}:00:00 +0100</pubDate><content:encoded><![CDATA[<p>${BODIES[n - 1]}</p>]]></content:encoded></item>`;

function feed(items: number[]): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Post</title><link>https://harbourpost.example/</link>${items.map(ITEM).join('')}</channel></rss>`;
}


test('watch ingests new items only, and a 304 answer ingests nothing', async () => {
  let items = [1, 2];
  const conditionalHeaders: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    const body = feed(items);
    const etag = `"v${items.length}"`;
    conditionalHeaders.push(req.headers['if-none-match']);
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
    res.end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.xml`;
  const db = join(tempDir(), 's.db');
  const watch = () => runCliAsync(['watch', url, '--once', '--allow-private', '--no-fetch-items', '--db', db, '--json']);
  try {
    const first = JSON.parse((await watch()).stdout);
    assert.deepEqual([first.notModified, first.newItems, first.newArticles], [false, 2, 2]);

    const unchanged = JSON.parse((await watch()).stdout);
    assert.deepEqual([unchanged.notModified, unchanged.newItems], [true, 0]);

    items = [1, 2, 3];
    const third = await watch();
    const grown = JSON.parse(third.stdout);
    assert.deepEqual([grown.notModified, grown.newItems, grown.newArticles], [false, 1, 1], third.stderr);
    assert.deepEqual(conditionalHeaders, [undefined, '"v2"', '"v2"']);
  } finally {
    server.close();
  }
});
