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
const TOKEN_PATTERN =
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
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    const word = match[0];
    if (nextLineBreak !== -1 && nextLineBreak < previousEnd) nextLineBreak = text.indexOf('\n', previousEnd);
    tokens.push({
      text: word,
      lower: lowerWithGroupingSpaces(word),
      start,
      end: start + word.length,
      isWord: WORD_START.test(word),
      lineStart: tokens.length === 0 || (nextLineBreak !== -1 && nextLineBreak < start),
    });
    previousEnd = start + word.length;
  }
  return tokens;
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
