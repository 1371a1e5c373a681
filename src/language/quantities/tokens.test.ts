// The hand-written scanner in tokens.ts must find exactly the matches of TOKEN_PATTERN: checked on
// edge cases and on random strings of figures, joiners (ASCII and Unicode), letters of several
// scripts, non-ASCII digits, Unicode spaces and lone surrogates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN_PATTERN, tokenize } from './tokens.js';

function byPattern(text: string): [string, number][] {
  return [...text.matchAll(TOKEN_PATTERN)].map((m) => [m[0], m.index]);
}

function byScanner(text: string): [string, number][] {
  return tokenize(text).map((t) => [t.text, t.start]);
}

const PIECES = ['a', 'Z', 'é', '𝐀', '1', '23', '000', '1234', '٣', '²', '-', '–', "'", '’', '.', ':', ',', '\u00a0', '\u202f', '\u2009', ' ', '\n', '$', '%', '😀', '\ud800', '\udc00', 'x', '5'];

test('edge cases match the pattern', () => {
  for (const text of ['', '  ', '1,500 people', '1,5000', '1,500,000.5', '05:30', 'a.1', '1.a', "don't", 'Kim Jong-un', 'x-', '1,50', '1,000abc', '1\u00a0500', '1,00٣', '1,000٣', 'naïve', '12’s', '3–4', '$5bn']) {
    assert.deepEqual(byScanner(text), byPattern(text), JSON.stringify(text));
  }
});

test('random strings match the pattern', () => {
  let seed = 987654;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let round = 0; round < 5000; round++) {
    let text = '';
    const length = Math.floor(random() * 14);
    for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)]!;
    assert.deepEqual(byScanner(text), byPattern(text), JSON.stringify(text));
  }
});
