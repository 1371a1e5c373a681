// The fast character tests must agree with the Unicode regexes they stand for, on every UTF-16 unit,
// astral letters, empty strings and strings whose later characters decide.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasLetterOrDigit, isWhitespaceAt, startsLower, startsUpper, startsUpperOrDigit, startsWithLetter, startsWithLetterOrDigit, startsWithLetterOrDot } from './chars.js';

function samples(): string[] {
  const out = ['', 'a', 'Z', '1', '.', ' ', '-x', '..a', "'s", '’s', '\u00a0', '\u2009', '\ud835\udc00b', '\ud835', '\udc00', '\u{1F600}x', '"\u00e9', '(\u0416', '--', '—1'];
  for (let code = 0; code < 0x10000; code += code < 0x3000 ? 1 : 7) {
    const c = String.fromCharCode(code);
    out.push(c, `${c}a`, `-${c}`);
  }
  return out;
}

const cases: [string, (s: string) => boolean, RegExp][] = [
  ['startsUpper', startsUpper, /^\p{Lu}/u],
  ['startsLower', startsLower, /^\p{Ll}/u],
  ['startsWithLetter', startsWithLetter, /^\p{L}/u],
  ['startsWithLetterOrDigit', startsWithLetterOrDigit, /^[\p{L}\p{N}]/u],
  ['startsUpperOrDigit', startsUpperOrDigit, /^[\p{Lu}\p{N}]/u],
  ['startsWithLetterOrDot', startsWithLetterOrDot, /^[\p{L}.]/u],
  ['hasLetterOrDigit', hasLetterOrDigit, /[\p{L}\p{N}]/u],
];

test('each character test answers as its regex', () => {
  const all = samples();
  for (const [name, fast, regex] of cases) for (const s of all) assert.equal(fast(s), regex.test(s), `${name}(${JSON.stringify(s)})`);
});

test('isWhitespaceAt answers as /\\s/u on the unit at that index', () => {
  for (const s of samples()) for (let i = 0; i < s.length; i++) assert.equal(isWhitespaceAt(s, i), /\s/u.test(s[i]!), JSON.stringify(s));
});
