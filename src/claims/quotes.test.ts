// Quotation spans: curly, straight, doubled-apostrophe and single quotes, and paragraphs that open
// a quotation without closing it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeSpan } from '../model/span.js';
import { findQuotations } from './quotes.js';

function quotes(text: string): string[] {
  const blocks = [{ span: makeSpan(0, text.length, text.length, 'test') }];
  return findQuotations(text, blocks).map((q) => text.slice(q.start, q.end));
}

test('finds curly, straight and doubled-apostrophe quotations with their marks', () => {
  assert.deepEqual(quotes('He said “no” and "yes" and \'\'maybe\'\' today.'), ['“no”', '"yes"', "''maybe''"]);
});

test('a single curly quote quotes only when it does not sit inside a word', () => {
  assert.deepEqual(quotes('Mayor calls bridge ‘unsafe’ after the council’s vote'), ['‘unsafe’']);
});

test('a quotation left open runs to the end of its paragraph', () => {
  const text = '“We will stay here. Nobody moves';
  const blocks = [{ span: makeSpan(0, text.length, text.length, 'test') }];
  const [q] = findQuotations(text, blocks);
  assert.equal(q!.closed, false);
  assert.equal(text.slice(q!.start, q!.end), text);
});

test('quotations never cross a paragraph', () => {
  const text = '“First part\n“Second part”';
  const blocks = [{ span: makeSpan(0, 11, text.length, 't') }, { span: makeSpan(12, text.length, text.length, 't') }];
  const found = findQuotations(text, blocks).map((q) => [q.block, text.slice(q.start, q.end)]);
  assert.deepEqual(found, [[0, '“First part'], [1, '“Second part”']]);
});
