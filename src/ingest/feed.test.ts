import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { locateItemElements, parseFeed, visibleTextLength } from './feed.js';
import { fixture } from './testing.js';

function parseFixture(name: string, baseUrl: string | null = null) {
  const bytes = new Uint8Array(readFileSync(fixture(name)));
  return { parsed: parseFeed({ location: name, baseUrl, bytes, text: new TextDecoder().decode(bytes) }), text: new TextDecoder().decode(bytes) };
}

test('an RSS feed with one broken item yields the good items and one failure for the broken one', () => {
  const { parsed, text } = parseFixture('feed-rss.xml');
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.feed, { location: 'feed-rss.xml', title: 'Millbrook Courier & Gazette', link: 'https://courier.example/' });
  assert.deepEqual(parsed.items.map((i) => i.kind), ['item', 'failure', 'item']);
  const broken = parsed.items[1]!;
  assert.ok(broken.kind === 'failure');
  assert.equal(broken.diagnostic.code, 'ingest/feed-item');
  assert.match(broken.diagnostic.message, /item 2 \("No content, no link"\) has neither content nor a link/);
  // The <item> line sits just above the item's <title>; lines are 1-based.
  const itemLine = text.split('\n').findIndex((l) => l.includes('No content, no link'));
  assert.equal(broken.diagnostic.place?.line, itemLine);
  assert.equal(broken.diagnostic.place?.jsonPath, 'item[2]');
});

test('an RSS item carries its content, hints, reference and its own XML as bytes', () => {
  const { parsed, text } = parseFixture('feed-rss.xml');
  assert.ok(parsed.ok);
  const first = parsed.items[0]!;
  assert.ok(first.kind === 'item');
  const { item } = first;
  assert.equal(item.content?.format, 'html');
  assert.ok(item.content?.value.startsWith('<p>Repairs to the old stone bridge'));
  assert.deepEqual(item.reference, {
    title: 'Bridge repairs to start in June',
    link: 'https://courier.example/news/bridge-repairs',
    guid: 'courier-1001',
    date: 'Mon, 03 Mar 2025 09:15:00 +0000',
  });
  assert.equal(item.key, 'courier-1001');
  assert.deepEqual(item.hints, {
    title: 'Bridge repairs to start in June',
    url: 'https://courier.example/news/bridge-repairs',
    published: { raw: 'Mon, 03 Mar 2025 09:15:00 +0000', field: 'pubDate', from: 'feed' },
    authors: ['Jonas Varga'],
    siteName: 'Millbrook Courier & Gazette',
    language: 'en-gb',
  });
  const xml = Buffer.from(item.bytes).toString('utf8');
  assert.ok(xml.startsWith('<item>') && xml.endsWith('</item>'));
  assert.ok(text.includes(xml));
  const third = parsed.items[2]!;
  assert.ok(third.kind === 'item');
  assert.equal(third.item.content?.value, 'The education committee approved £90,000 for a new roof at Hill Lane primary.');
  assert.equal(third.item.content?.format, 'text');
  assert.deepEqual(third.item.hints.authors, ['Mira Osei']);
  assert.equal(third.item.key, 'https://courier.example/news/school-roof');
});

test('an Atom feed gives xhtml content from the entry source, resolved links and published/updated dates', () => {
  const { parsed } = parseFixture('feed-atom.xml');
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.feed, { location: 'feed-atom.xml', title: 'Saltholm Island News', link: 'https://saltholm.example/' });
  const [first, second] = parsed.items;
  assert.ok(first?.kind === 'item' && second?.kind === 'item');
  assert.equal(first.item.content?.format, 'html');
  assert.equal(first.item.content?.value, '<div xmlns="http://www.w3.org/1999/xhtml"><p>The island council chose Lena Holm as its chair by seven votes to two.</p></div>');
  assert.equal(first.item.reference.link, 'https://saltholm.example/news/new-chair');
  assert.deepEqual(first.item.hints.published, { raw: '2025-03-05T11:00:00+01:00', field: 'published', from: 'feed' });
  assert.deepEqual(first.item.hints.modified, { raw: '2025-03-05T11:30:00+01:00', field: 'updated', from: 'feed' });
  assert.deepEqual(first.item.hints.authors, ['Ola Nordin']);
  assert.equal(first.item.hints.language, 'en');
  assert.deepEqual(second.item.content, { value: 'The winter timetable ends on 31 March; the first summer sailing leaves at 6:40.', format: 'text' });
  assert.deepEqual(second.item.hints.published, { raw: '2025-03-04T09:00:00Z', field: 'updated', from: 'feed' });
  assert.equal(second.item.hints.modified, undefined);
});

test('malformed XML is one feed-syntax failure with line and column', () => {
  const { parsed } = parseFixture('feed-malformed.xml');
  assert.ok(!parsed.ok);
  assert.equal(parsed.diagnostic.code, 'ingest/feed-syntax');
  assert.equal(parsed.diagnostic.place?.line, 7);
  assert.equal(typeof parsed.diagnostic.place?.column, 'number');
  assert.match(parsed.diagnostic.message, /line 7, column \d+/);
});

test('well-formed XML that is not a feed is a feed-shape failure naming the root found', () => {
  const { parsed } = parseFixture('not-a-feed.xml');
  assert.ok(!parsed.ok);
  assert.equal(parsed.diagnostic.code, 'ingest/feed-shape');
  assert.match(parsed.diagnostic.message, /found <urlset>/);
});

test('locateItemElements skips items inside CDATA and comments', () => {
  const text = '<rss><channel><!-- <item>no</item> --><item><description><![CDATA[<item>not me</item>]]></description></item><item/></channel></rss>';
  const slices = locateItemElements(text, 'item').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(slices, ['<item><description><![CDATA[<item>not me</item>]]></description></item>', '<item/>']);
});

test('visibleTextLength counts text, not markup', () => {
  assert.equal(visibleTextLength('<p>Hello <b>there</b></p>'), 'Hello there'.length);
  assert.equal(visibleTextLength('  two   words '), 'two words'.length);
});
