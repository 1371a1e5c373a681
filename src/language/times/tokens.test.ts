// The hand-written scanner in tokens.ts must find exactly the matches of its TOKEN pattern: checked
// on edge cases and on random strings mixing ASCII, accented and astral letters, digits with
// ordinal suffixes, Unicode spaces, lone surrogates and punctuation.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN, tokenize } from './tokens.js';

function byPattern(text: string): { text: string; start: number; isWord: boolean; isNumber: boolean; value: number | null; isOrdinal: boolean }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    isWord: m[1] !== undefined,
    isNumber: m[2] !== undefined,
    value: m[2] !== undefined ? Number(m[2]) : null,
    isOrdinal: m[2] !== undefined && m[2].length < m[0].length,
  }));
}

function byScanner(text: string): ReturnType<typeof byPattern> {
  return tokenize(text).map((t) => ({ text: t.text, start: t.start, isWord: t.isWord, isNumber: t.isNumber, value: t.value, isOrdinal: t.isOrdinal }));
}

const PIECES = ['a', 'Z', 'é', 'Ünter', '𝐀', 'ß', '1', '23', 'rd', 'st', 'th', 'nd', 'r', 'S', ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '.', ',', '-', '–', '’', '"', '$', '€', '٣', '\ud800', '\udc00', '😀', '_', 'x'];

test('edge cases match the pattern', () => {
  for (const text of ['', ' ', 'On 23rd May 2024, at 10:30.', '1st2nd3rdx', '23RD', 'café au lait', 'naïve1', '𝐀𝐁c', '\ud800a', 'a\udc00', '  \n\u00a0x', '5th-6th', '٣٤ days']) {
    assert.deepEqual(byScanner(text), byPattern(text), JSON.stringify(text));
  }
});

test('random strings match the pattern', () => {
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let round = 0; round < 3000; round++) {
    let text = '';
    const length = Math.floor(random() * 12);
    for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)]!;
    assert.deepEqual(byScanner(text), byPattern(text), JSON.stringify(text));
  }
});
