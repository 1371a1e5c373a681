import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createHash } from 'node:crypto';
import { readJsonlRecords, splitLines } from './jsonl.js';
import { fixture } from './testing.js';

const utf8 = { name: 'utf-8', guessed: false } as const;

function readFixture() {
  const bytes = new Uint8Array(readFileSync(fixture('records.jsonl')));
  return readJsonlRecords({ path: 'records.jsonl', bytes, text: new TextDecoder().decode(bytes), encoding: utf8 });
}

test('a malformed line and a shape error among good records fail alone, in line order', () => {
  const outcomes = readFixture();
  assert.deepEqual(outcomes.map((o) => (o.kind === 'document' ? `doc:${o.document.label}` : `${o.diagnostic.code}:${o.diagnostic.place?.line}`)), [
    'doc:records.jsonl:1',
    'ingest/jsonl-syntax:3',
    'ingest/jsonl-shape:4',
    'doc:records.jsonl:5',
    'ingest/jsonl-shape:6',
  ]);
});

test('a syntax error names the line and column', () => {
  const failure = readFixture()[1]!;
  assert.ok(failure.kind === 'failure');
  assert.equal(failure.diagnostic.input, 'records.jsonl');
  // The missing comma sits after "Broken record": column of the `"` that starts "text".
  const line = readFileSync(fixture('records.jsonl'), 'utf8').split('\n')[2]!;
  assert.equal(failure.diagnostic.place?.column, line.indexOf('"text"') + 1);
  assert.match(failure.diagnostic.message, /line 3 is not valid JSON/);
});

test('a shape error lists the fields it found', () => {
  const failure = readFixture()[2]!;
  assert.ok(failure.kind === 'failure');
  assert.match(failure.diagnostic.message, /url \(a string\), title \(a string\), date_publish \(null\)/);
  assert.match(failure.diagnostic.message, /"maintext", "text", "html"/);
  const array = readFixture()[4]!;
  assert.ok(array.kind === 'failure' && /found an array/.test(array.diagnostic.message));
});

test('a record keeps its line as bytes, its text field as source and its fields as hints', () => {
  const first = readFixture()[0]!;
  assert.ok(first.kind === 'document');
  const { document } = first;
  const line = readFileSync(fixture('records.jsonl'), 'utf8').split('\n')[0]!;
  assert.deepEqual(Buffer.from(document.bytes).toString('utf8'), line);
  assert.equal(document.id, createHash('sha256').update(line).digest('hex'));
  assert.equal(document.format, 'text');
  assert.equal(document.source, 'The Saturday market will move into the town hall from next week because of the repairs to the square.');
  assert.deepEqual(document.origin, { kind: 'jsonl-record', path: 'records.jsonl', line: 1 });
  assert.deepEqual(document.hints, {
    title: 'Saturday market moves indoors',
    url: 'https://courier.example/news/market',
    published: { raw: '2025-03-06 07:30:00', field: 'date_publish', from: 'jsonl' },
    authors: ['Petra Lindqvist'],
    siteName: 'courier.example',
    language: 'en',
  });
});

test('an html field makes an html document, with the author and date fields it has', () => {
  const fifth = readFixture()[3]!;
  assert.ok(fifth.kind === 'document');
  assert.equal(fifth.document.format, 'html');
  assert.equal(fifth.document.source, '<p>The harbour authority published its annual report on <b>Friday</b>.</p>');
  assert.deepEqual(fifth.document.hints.published, { raw: '2025-03-07T10:00:00Z', field: 'published', from: 'jsonl' });
  assert.deepEqual(fifth.document.hints.authors, ['Tomas Ek']);
});

test('splitLines keeps exact line bytes for CRLF files, a BOM and a Latin-1 encoding', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d, 0x0d, 0x0a, 0x7b, 0xe9, 0x7d]);
  const lines = splitLines({ path: 'x', bytes, text: '{}\r\n{é}', encoding: { name: 'windows-1252', guessed: true } });
  assert.deepEqual(lines.map((l) => [l.number, l.text, [...l.bytes]]), [
    [1, '{}', [0x7b, 0x7d]],
    [2, '{é}', [0x7b, 0xe9, 0x7d]],
  ]);
});

test('a pretty-printed JSON file is one shape failure, not a syntax error per line', () => {
  const text = '[\n  {"title": "A", "text": "First."},\n  {"title": "B", "text": "Second."}\n]\n';
  const outcomes = readJsonlRecords({ path: 'export.json', bytes: new TextEncoder().encode(text), text, encoding: utf8 });
  assert.equal(outcomes.length, 1);
  const only = outcomes[0]!;
  assert.ok(only.kind === 'failure');
  assert.equal(only.diagnostic.code, 'ingest/jsonl-shape');
  assert.match(only.diagnostic.message, /one JSON document \(an array\) spread over 5 lines/);
});
