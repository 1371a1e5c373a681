import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCodePointOffset } from './span.js';

test('code-point offsets equal UTF-16 offsets in text without astral characters', () => {
  const text = 'Officials said “about 300” people left — café closed.';
  for (const offset of [0, 5, 17, text.length]) assert.equal(toCodePointOffset(text, offset), offset);
  assert.equal(toCodePointOffset(text, text.length + 10), text.length);
});

test('an astral character (two UTF-16 units) counts as one code point, before and after the fast path', () => {
  const plain = 'No emoji here.';
  const astral = 'Flag 🇺🇦 then "quote".';
  assert.equal(toCodePointOffset(plain, 3), 3);
  // "Flag " is 5 units; each regional indicator is 2 units but one code point.
  const afterFlag = 'Flag 🇺🇦'.length;
  assert.equal(afterFlag, 9);
  assert.equal(toCodePointOffset(astral, afterFlag), 7);
  assert.equal(toCodePointOffset(astral, astral.length), [...astral].length);
  // Back to a text without surrogates: the cached answer must not leak across texts.
  assert.equal(toCodePointOffset(plain, plain.length), plain.length);
});
