// Tests for date parsing: the formats pages, feeds and dumps write, and the ones we must refuse.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDatelines, parseDateString } from './dates.js';

const accepted: readonly [string, string, 'day' | 'minute' | 'second', string | null][] = [
  ['2024-10-23', '2024-10-23', 'day', null],
  ['2024-10-23T14:05:09Z', '2024-10-23T14:05:09+00:00', 'second', '+00:00'],
  ['2024-10-23T14:05:09.123Z', '2024-10-23T14:05:09+00:00', 'second', '+00:00'],
  ['2024-10-23T14:05+02:00', '2024-10-23T14:05:00+02:00', 'minute', '+02:00'],
  ['2024-10-23 14:05:00-0400', '2024-10-23T14:05:00-04:00', 'second', '-04:00'],
  ['2024-10-23T14:05:00', '2024-10-23T14:05:00', 'second', null],
  ['Fri, 25 Oct 2024 05:30:00 +0100', '2024-10-25T05:30:00+01:00', 'second', '+01:00'],
  ['Fri, 25 Oct 2024 05:30:00 GMT', '2024-10-25T05:30:00+00:00', 'second', '+00:00'],
  ['Friday 25 October 2024 05:30 BST', '2024-10-25T05:30:00+01:00', 'minute', '+01:00'],
  ['Tuesday 08 October 2024 09:10 BST', '2024-10-08T09:10:00+01:00', 'minute', '+01:00'],
  ['October 23, 2024 5:30 pm ET', '2024-10-23T17:30:00-04:00', 'minute', '-04:00'],
  ['December 3, 2024 5:30 pm ET', '2024-12-03T17:30:00-05:00', 'minute', '-05:00'],
  ['Oct. 23, 2024, 12:15 a.m. EDT', '2024-10-23T00:15:00-04:00', 'minute', '-04:00'],
  ['Wednesday, October 23, 2024 at 9 am CEST', '2024-10-23T09:00:00+02:00', 'minute', '+02:00'],
  ['23 Oct 2024', '2024-10-23', 'day', null],
  ['23rd of October 2024', '2024-10-23', 'day', null],
  ['Sept 3, 2024', '2024-09-03', 'day', null],
  ['Updated: 2024/10/23 14:00', '2024-10-23T14:00:00', 'minute', null],
  ['Published on 23 October 2024 14:00 UTC+9', '2024-10-23T14:00:00+09:00', 'minute', '+09:00'],
  ['25/10/2024', '2024-10-25', 'day', null],
  ['10/25/2024', '2024-10-25', 'day', null],
  ['03/03/2024', '2024-03-03', 'day', null],
  ['2024-02-29', '2024-02-29', 'day', null],
];

for (const [raw, iso, precision, utcOffset] of accepted) {
  test(`parseDateString reads ${JSON.stringify(raw)}`, () => {
    assert.deepEqual(parseDateString(raw), { iso, precision, utcOffset });
  });
}

const refused: readonly [string, string][] = [
  ['1729834200', 'a Unix timestamp is not a date string'],
  ['1729834200000', 'a Unix timestamp in milliseconds'],
  ['03/04/2024', 'day-month and month-day both possible'],
  ['03/04/24', 'two-digit year'],
  ['2023-02-29', 'not a leap year'],
  ['2024-13-01', 'no thirteenth month'],
  ['Thursday 25 October 2024', 'the weekday contradicts the date'],
  ['25 October 2024 25:10', 'no hour 25'],
  ['October 2024', 'no day'],
  ['next Tuesday', 'relative, not a date'],
  ['', 'empty'],
  ['25 October 2024 and then some words', 'trailing text is not part of a date'],
];

for (const [raw, why] of refused) {
  test(`parseDateString refuses ${JSON.stringify(raw)} (${why})`, () => {
    assert.equal(parseDateString(raw), null);
  });
}

test('findDatelines finds datelines in running text with exact spans', () => {
  const text = 'Jane Doe\nFriday 25 October 2024 05:30 BST\nOn 3 October, 12 people met; by 2024-11-02 more came, et al 5 said.';
  const found = findDatelines(text);
  assert.deepEqual(
    found.map((f) => [f.text, f.value.iso, text.slice(f.span.start, f.span.end)]),
    [
      ['Friday 25 October 2024 05:30 BST', '2024-10-25T05:30:00+01:00', 'Friday 25 October 2024 05:30 BST'],
      ['2024-11-02', '2024-11-02', '2024-11-02'],
    ],
  );
});

test('findDatelines does not read a zone from lower-case words after a time', () => {
  const [found] = findDatelines('On October 23, 2024 at 5:30 et al. arrived');
  assert.equal(found?.value.iso, '2024-10-23T05:30:00');
  assert.equal(found?.value.utcOffset, null);
});

test('findDatelines ignores numbers glued to letters', () => {
  assert.deepEqual(findDatelines('ref X2024-10-23 and 123 Oct 2024'), []);
});
