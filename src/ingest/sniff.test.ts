import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatOfContentType, formatOfName, looksLikeHtmlFragment, sniffFormat, type InputFormat } from './sniff.js';

test('sniffFormat decides by content first, then content type, then extension', () => {
  const cases: readonly [string, { name?: string; contentType?: string }, InputFormat][] = [
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', {}, 'feed'],
    ['<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', { name: 'x.txt' }, 'feed'],
    ['<rss version="2.0"><channel/></rss>', {}, 'feed'],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', {}, 'html'],
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', { name: 'page.txt' }, 'html'],
    ['<!-- saved --><html lang="en"><p>x</p></html>', {}, 'html'],
    ['\uFEFF  <!doctype html>', {}, 'html'],
    ['<div><p>One</p><p>Two</p><p>Three</p><a href="/">x</a><br></div>', {}, 'html'],
    ['{"url":"a","text":"b"}\n{"url":"c","text":"d"}\n', {}, 'jsonl'],
    ['{"broken" "line"}\n', { name: 'data.jsonl' }, 'jsonl'],
    ['{ not json at all', {}, 'text'],
    ['Plain story text mentioning a <b> tag once.', {}, 'text'],
    ['Plain story text.', { name: 'story.html' }, 'html'],
    ['Plain story text.', { name: 'page.html.gz' }, 'html'],
    ['Plain story text.', { contentType: 'text/html; charset=utf-8', name: 'x.txt' }, 'html'],
    ['Plain story text.', { name: 'notes.md' }, 'text'],
    ['Plain story text.', {}, 'text'],
  ];
  for (const [text, hints, expected] of cases) assert.equal(sniffFormat(text, hints), expected, `${text.slice(0, 40)} ${JSON.stringify(hints)}`);
});

test('content types and extensions map to formats, unknown ones to null', () => {
  assert.equal(formatOfContentType('application/rss+xml'), 'feed');
  assert.equal(formatOfContentType('application/vnd.custom+xml'), 'feed');
  assert.equal(formatOfContentType('application/xhtml+xml; charset=utf-8'), 'html');
  assert.equal(formatOfContentType('application/x-ndjson'), 'jsonl');
  assert.equal(formatOfContentType('image/png'), null);
  assert.equal(formatOfContentType(null), null);
  assert.equal(formatOfName('https://x.example/feed.atom?x=1'), 'feed');
  assert.equal(formatOfName('dump.NDJSON'), 'jsonl');
  assert.equal(formatOfName('README'), null);
});

test('looksLikeHtmlFragment tells markup from plain text', () => {
  assert.equal(looksLikeHtmlFragment('<p>Body</p>'), true);
  assert.equal(looksLikeHtmlFragment('Line one<br/>line two'), true);
  assert.equal(looksLikeHtmlFragment('Prices rose 3% < 5% forecast'), false);
});
