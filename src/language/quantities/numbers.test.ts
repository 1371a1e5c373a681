// Reading the number itself: grouping, decimals, glued scale and measure suffixes, spelled-out
// numbers and vague amounts, on invented phrases.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNumberAt, scaleFigure } from './numbers.js';
import { tokenize } from './tokens.js';

function read(phrase: string, currency = false) {
  const tokens = tokenize(phrase);
  const number = readNumberAt(tokens, 0, currency);
  if (!number) return null;
  return { value: number.value, form: number.form, words: phrase.slice(tokens[number.first]!.start, tokens[number.last]!.end), low: number.vagueLow, measure: number.gluedMeasure };
}

test('reads figures however they are grouped and scaled', () => {
  const cases: [string, boolean, number, string][] = [
    ['1,500 troops', false, 1500, '1,500'],
    ['12,000,000 people', false, 12000000, '12,000,000'],
    ['1.5 litres', false, 1.5, '1.5'],
    ['1.2 million soldiers', false, 1200000, '1.2 million'],
    ['8bn', true, 8e9, '8bn'],
    ['1.13bn', true, 1130000000, '1.13bn'],
    ['600m', true, 6e8, '600m'],
    ['2.4m viewers', false, 2.4e6, '2.4m'],
    ['4m people', false, 4e6, '4m'],
    ['12\u00a0000 voters', false, 12000, '12\u00a0000'],
  ];
  for (const [phrase, currency, value, words] of cases) {
    const got = read(phrase, currency);
    assert.equal(got?.value, value, phrase);
    assert.equal(got?.words, words, phrase);
  }
});

test('reads a glued m as metres without a currency sign or a counted noun', () => {
  assert.deepEqual(read('100m final'), { value: 100, form: 'figure', words: '100m', low: null, measure: 'metres' });
});

test('reads spelled-out numbers', () => {
  const cases: [string, number, string][] = [
    ['six soldiers', 6, 'six'],
    ['forty-two ships', 42, 'forty-two'],
    ['three hundred men', 300, 'three hundred'],
    ['two hundred and five men', 205, 'two hundred and five'],
    ['a million people', 1e6, 'a million'],
    ['half a million people', 5e5, 'half a million'],
    ['a dozen tanks', 12, 'a dozen'],
    ['two dozen eggs', 24, 'two dozen'],
    ['five thousand people', 5000, 'five thousand'],
  ];
  for (const [phrase, value, words] of cases) {
    const got = read(phrase);
    assert.equal(got?.value, value, phrase);
    assert.equal(got?.words, words, phrase);
  }
});

test('reads vague amounts with the least each can mean', () => {
  const cases: [string, number | null, string][] = [
    ['dozens of people', 24, 'dozens'],
    ['thousands of people', 2000, 'thousands'],
    ['hundreds of thousands of people', 200000, 'hundreds of thousands'],
    ['several hundred people', 300, 'several hundred'],
    ['a few thousand people', 2000, 'a few thousand'],
    ['several people', 3, 'several'],
    ['a number of people', null, 'a number'],
    ['an unspecified number of people', null, 'an unspecified number'],
  ];
  for (const [phrase, low, words] of cases) {
    const got = read(phrase);
    assert.equal(got?.value, null, phrase);
    assert.equal(got?.low, low, phrase);
    assert.equal(got?.words, words, phrase);
  }
});

test('refuses ordinals, decades, clock suffixes and plain words', () => {
  for (const phrase of ['70th', '2nd', '1990s', '10am', 'first', 'many', 'the']) assert.equal(read(phrase), null, phrase);
});

test('scales decimals without binary rounding noise', () => {
  assert.equal(scaleFigure('1.13', 1e9), 1130000000);
  assert.equal(scaleFigure('0.3', 1e6), 300000);
});
