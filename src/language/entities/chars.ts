// Character tests the recogniser makes on every token, answered for ASCII without a regular
// expression: each equals the Unicode regex in its comment for every string, and falls back to
// that regex for any non-ASCII character. Run once or more per token, the regex calls were a
// visible share of the stage.

const UPPER_AT_START = /^\p{Lu}/u;
const LETTER_AT_START = /^\p{L}/u;
const LETTER_OR_DIGIT_AT_START = /^[\p{L}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

/** /^\p{Lu}/u */
export function startsUpper(s: string): boolean {
  const code = s.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER_AT_START.test(s);
}

/** /^\p{L}/u */
export function startsWithLetter(s: string): boolean {
  const code = s.charCodeAt(0);
  return code < 128 ? isAsciiLetter(code) : LETTER_AT_START.test(s);
}

/** /^[\p{L}\p{N}]/u */
export function startsWithLetterOrDigit(s: string): boolean {
  const code = s.charCodeAt(0);
  return code < 128 ? isAsciiLetterOrDigit(code) : LETTER_OR_DIGIT_AT_START.test(s);
}

/** /[\p{L}\p{N}]/u: some letter or digit anywhere. */
export function hasLetterOrDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 128) return LETTER_OR_DIGIT.test(s);
    if (isAsciiLetterOrDigit(code)) return true;
  }
  return false;
}

/** /\s/u on the one UTF-16 unit at `index` (false past the end). */
export function isWhitespaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === code && WHITESPACE.test(text[index]!);
}

const LOWER_AT_START = /^\p{Ll}/u;
const UPPER_OR_DIGIT_AT_START = /^[\p{Lu}\p{N}]/u;

/** /^\p{Ll}/u */
export function startsLower(s: string): boolean {
  const code = s.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER_AT_START.test(s);
}

/** /^[\p{Lu}\p{N}]/u */
export function startsUpperOrDigit(s: string): boolean {
  const code = s.charCodeAt(0);
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 48 && code <= 57) : UPPER_OR_DIGIT_AT_START.test(s);
}

/** /^[\p{L}.]/u */
export function startsWithLetterOrDot(s: string): boolean {
  return s.charCodeAt(0) === 46 || startsWithLetter(s);
}
