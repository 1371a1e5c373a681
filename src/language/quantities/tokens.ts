// Splits clean article text into word and punctuation tokens with their offsets, for the quantity
// finder. Figures stay one token however they are grouped ("1,500", "1 500" with a no-break or
// thin space, "1.2", "05:30"), so the text itself is never rewritten and offsets stay exact.

export interface Token {
  /** The characters exactly as in the text. */
  readonly text: string;
  /** Lower case, no-break and thin spaces read as the grouping they are. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
  /** A line break (block or paragraph boundary) stands between this token and the previous one, or it is the first. */
  readonly lineStart: boolean;
}

// A word is letters/digits joined by hyphens, apostrophes, or (between digits) by a decimal point,
// a clock colon, or a thousands separator: a comma, U+00A0, U+202F or U+2009 before exactly three digits.
export const TOKEN_PATTERN =
  /[\p{L}\p{N}]+(?:(?:[-–'’]|(?<=\p{N})[.:](?=\p{N})|(?<=\p{N})[,\u00A0\u202F\u2009](?=\p{N}{3}(?!\p{N})))[\p{L}\p{N}]+)*|\S/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const GROUPING_SPACES = /[\u00A0\u202F\u2009]/g;

/** Lower case, the grouping spaces as plain spaces; the replace runs only for the few figures that hold one. */
function lowerWithGroupingSpaces(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code === 0xa0 || code === 0x202f || code === 0x2009) return lower.replace(GROUPING_SPACES, ' ');
  }
  return lower;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  // The first line break at or after previousEnd: a token starting past it begins a line.
  let nextLineBreak = text.indexOf('\n');
  let start = skipWhitespace(text, 0);
  while (start < text.length) {
    const end = tokenEnd(text, start);
    const word = text.slice(start, end);
    if (nextLineBreak !== -1 && nextLineBreak < previousEnd) nextLineBreak = text.indexOf('\n', previousEnd);
    tokens.push({
      text: word,
      lower: lowerWithGroupingSpaces(word),
      start,
      end,
      isWord: WORD_START.test(word),
      lineStart: tokens.length === 0 || (nextLineBreak !== -1 && nextLineBreak < start),
    });
    previousEnd = end;
    start = skipWhitespace(text, end);
  }
  return tokens;
}

// ---- the scanner: TOKEN_PATTERN's matches without a match array per token ------------------------
// `text.matchAll(TOKEN_PATTERN)` allocated a match array for every token of every article. The scan
// below reads ASCII by hand, and hands any stretch where a non-ASCII character could change the
// match (a Unicode letter, digit, dash, quote or grouping space) to the same pattern, made sticky.

const TOKEN_AT = new RegExp(TOKEN_PATTERN.source, 'uy');
const WHITESPACE_AT = /\s/y;

/** The first index at or after `from` that is not whitespace (\s), or the text's length. */
function skipWhitespace(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) continue;
      return i;
    }
    WHITESPACE_AT.lastIndex = i;
    if (!WHITESPACE_AT.test(text)) return i;
  }
  return i;
}

/** Where TOKEN_PATTERN's match starting at `start` (a non-whitespace character) ends. */
function tokenEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code >= 128) return patternEnd(text, start);
  if (!isAsciiAlnum(code)) return start + 1;
  const end = asciiWordEnd(text, start);
  return end === -1 ? patternEnd(text, start) : end;
}

function patternEnd(text: string, start: number): number {
  TOKEN_AT.lastIndex = start;
  if (!TOKEN_AT.test(text)) throw new Error(`quantities/tokens: no token at ${start}, which is not whitespace`);
  return TOKEN_AT.lastIndex;
}

/**
 * The end of the word starting at `start` (an ASCII letter or digit), read as TOKEN_PATTERN reads it
 * (runs of letters and digits joined by "-", "'", or between digits "." ":" and a "," before exactly
 * three digits), or -1 when a non-ASCII character is met where it could matter.
 */
function asciiWordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  for (;;) {
    while (i < n && isAsciiAlnum(text.charCodeAt(i))) i++;
    if (i >= n) return i;
    const joiner = text.charCodeAt(i);
    if (joiner >= 128) return -1;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (next >= 128) return -1;
    const afterDigit = isAsciiDigit(text.charCodeAt(i - 1));
    let joins = false;
    if (joiner === 0x2d || joiner === 0x27) joins = next !== -1 && isAsciiAlnum(next);
    else if (joiner === 0x2e || joiner === 0x3a) joins = afterDigit && next !== -1 && isAsciiDigit(next);
    else if (joiner === 0x2c && afterDigit) {
      // A thousands comma: exactly three digits follow (the one after them is no digit of any script).
      for (let k = i + 1; k <= i + 4 && k < n; k++) if (text.charCodeAt(k) >= 128) return -1;
      joins = isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4);
    }
    if (!joins) return i;
    i++;
  }
}

function isDigitAt(text: string, i: number): boolean {
  return i < text.length && isAsciiDigit(text.charCodeAt(i));
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when the token's text begins with an upper-case letter. */
export function isCapitalised(token: Token): boolean {
  const first = token.text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when any letter is upper case: names and brands ("Russian", "iPod", "eBay"). */
export function hasCapital(token: Token): boolean {
  return token.text !== token.lower;
}

/** True when the tokens from `index` spell `words` (lower case) with nothing but spaces between them. */
export function matchesWords(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[index + k];
    if (!token || token.lower !== words[k]) return false;
    if (k > 0 && token.lineStart) return false;
  }
  return true;
}

/** True when the tokens ending just before `index` spell `words`, on the same line as `index`. */
export function wordsEndBefore(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
  const from = index - words.length;
  if (from < 0) return false;
  if (tokens[index]?.lineStart) return false;
  return matchesWords(tokens, from, words);
}
