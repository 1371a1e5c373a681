import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { charsetOfContentType, declaredCharsetInDocument, decodeBytes, firstInvalidUtf8Offset } from './decode.js';
import { fixture, repoRoot } from './testing.js';

const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));

test('decodes valid UTF-8 as utf-8 without warnings', () => {
  const result = decodeBytes({ bytes: new TextEncoder().encode('Zoë said “yes” — 5 €'), label: 'x.txt' });
  assert.ok(result.ok);
  assert.equal(result.text, 'Zoë said “yes” — 5 €');
  assert.deepEqual(result.encoding, { name: 'utf-8', guessed: false });
  assert.deepEqual(result.warnings, []);
});

test('decodes a Latin-1 file as Windows-1252 and warns with the offset of the first invalid byte', () => {
  const result = decodeBytes({ bytes: bytesOf('latin1.txt'), label: 'latin1.txt' });
  assert.ok(result.ok);
  assert.ok(result.text.startsWith('Café owners'));
  assert.ok(result.text.includes('Zoë Ferreira'));
  assert.deepEqual(result.encoding, { name: 'windows-1252', guessed: true });
  assert.equal(result.warnings.length, 1);
  const warning = result.warnings[0]!;
  assert.equal(warning.code, 'ingest/encoding-guessed');
  assert.equal(warning.severity, 'warning');
  assert.equal(warning.place?.offset, 3);
  assert.match(warning.message, /0xE9 at byte 3/);
});

test('strips UTF-16 byte order marks and decodes both byte orders', () => {
  for (const name of ['utf16le-bom.txt', 'utf16be-bom.txt']) {
    const result = decodeBytes({ bytes: bytesOf(name), label: name });
    assert.ok(result.ok, name);
    assert.equal(result.text, "Résumé of the council's budget: £4.2m for roads.\n", name);
    assert.equal(result.encoding.guessed, false);
    assert.match(result.encoding.name, /^utf-16/);
  }
});

test('a UTF-8 BOM is dropped from the text', () => {
  const result = decodeBytes({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]), label: 'bom.txt' });
  assert.ok(result.ok);
  assert.equal(result.text, 'Hi');
});

test('a charset declared in a meta tag is used without a warning', () => {
  const result = decodeBytes({ bytes: bytesOf('declared-latin1.html'), label: 'declared-latin1.html' });
  assert.ok(result.ok);
  assert.deepEqual(result.encoding, { name: 'windows-1252', guessed: false });
  assert.ok(result.text.includes('Müller said \u201Cyes\u201D.'));
  assert.deepEqual(result.warnings, []);
});

test('the HTTP header charset outranks the document and a forced charset outranks both', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="utf-8"><p>'), 0xe6, 0xf8]);
  const fromHeader = decodeBytes({ bytes, label: 'u', headerCharset: 'iso-8859-1' });
  assert.ok(fromHeader.ok && fromHeader.text.endsWith('æø'));
  const forced = decodeBytes({ bytes, label: 'u', headerCharset: 'utf-8', forcedCharset: 'iso-8859-7' });
  assert.ok(forced.ok && forced.encoding.name === 'iso-8859-7' && forced.text.endsWith('ζψ'));
});

test('text that is mostly UTF-8 with one damaged byte stays UTF-8 with U+FFFD and a warning', () => {
  const good = new TextEncoder().encode('Zoë und Jürgen über Göteborg ');
  const bytes = new Uint8Array([...good, 0xff, ...new TextEncoder().encode(' München')]);
  const result = decodeBytes({ bytes, label: 'damaged.txt' });
  assert.ok(result.ok);
  assert.equal(result.encoding.name, 'utf-8');
  assert.equal(result.encoding.guessed, true);
  assert.ok(result.text.includes('\uFFFD München'));
  assert.equal(result.warnings[0]?.place?.offset, good.length);
});

test('refuses empty, whitespace-only and binary inputs with their own codes', () => {
  const cases: readonly [string, string, RegExp][] = [
    ['empty.txt', 'ingest/empty', /0 bytes/],
    ['whitespace.txt', 'ingest/empty', /only whitespace/],
    ['fake.pdf.txt', 'ingest/binary', /PDF/],
    ['nul-bytes.txt', 'ingest/binary', /NUL byte at byte 9/],
  ];
  for (const [name, code, message] of cases) {
    const result = decodeBytes({ bytes: bytesOf(name), label: name });
    assert.ok(!result.ok, name);
    assert.equal(result.diagnostic.code, code, name);
    assert.equal(result.diagnostic.input, name);
    assert.match(result.diagnostic.message, message, name);
    assert.ok(result.diagnostic.hint, `${name} has a hint`);
  }
  const png = decodeBytes({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), label: 'p' });
  assert.ok(!png.ok && png.diagnostic.code === 'ingest/binary');
  const controls = decodeBytes({ bytes: new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x02 : 0x41))), label: 'c' });
  assert.ok(!controls.ok && controls.diagnostic.code === 'ingest/binary');
});

test('firstInvalidUtf8Offset rejects overlongs, surrogates and truncated sequences', () => {
  const cases: readonly [number[], number][] = [
    [[0x41, 0x42], -1],
    [[0xc3, 0xa9], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x41, 0xc0, 0xaf], 1], // overlong "/"
    [[0xed, 0xa0, 0x80], 0], // UTF-16 surrogate
    [[0x41, 0x42, 0xe2, 0x82], 2], // truncated €
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x41, 0xe9, 0x41], 1],
  ];
  for (const [bytes, expected] of cases) assert.equal(firstInvalidUtf8Offset(new Uint8Array(bytes)), expected, bytes.join(','));
});

test('reads declared charsets from meta tags, the XML declaration and Content-Type values', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  assert.deepEqual(declaredCharsetInDocument(enc('<html><head><meta charset="windows-1250">')), { charset: 'windows-1250', from: 'meta' });
  assert.deepEqual(declaredCharsetInDocument(enc('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')), { charset: 'koi8-r', from: 'meta' });
  assert.deepEqual(declaredCharsetInDocument(enc('<?xml version="1.0" encoding="ISO-8859-15"?><rss>')), { charset: 'ISO-8859-15', from: 'xml-declaration' });
  assert.equal(declaredCharsetInDocument(enc('<p>no declaration</p>')), null);
  assert.equal(charsetOfContentType('text/html; charset="Shift_JIS"'), 'Shift_JIS');
  assert.equal(charsetOfContentType('text/html'), null);
});

const bbcLatin1 = join(repoRoot(), '..', 'shared', 'corpora', 'bbc-news-2005', 'sport', '199.txt');
test('decodes the real Latin-1 BBC file as Windows-1252 with a warning', { skip: !existsSync(bbcLatin1) && 'needs ../shared beside the clone' }, () => {
  const bytes = new Uint8Array(readFileSync(bbcLatin1));
  const result = decodeBytes({ bytes, label: 'sport/199.txt' });
  assert.ok(result.ok);
  assert.deepEqual(result.encoding, { name: 'windows-1252', guessed: true });
  const offset = result.warnings[0]?.place?.offset;
  assert.equal(typeof offset, 'number');
  assert.ok(bytes[offset!]! >= 0x80, 'the warning points at a non-ASCII byte');
  assert.ok(!result.text.includes('\uFFFD'));
});

test('decodes the Windows-1252 block 0x80-0x9F to its printable characters, not C1 controls', () => {
  const result = decodeBytes({ bytes: new Uint8Array([0x93, 0x51, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x99, 0xff]), label: 'w.txt' });
  assert.ok(result.ok);
  assert.equal(result.text, '\u201CQ\u201D \u20AC5 \u2013 \u2122\u00FF');
});
