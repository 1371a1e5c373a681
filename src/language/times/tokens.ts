// Splits article text into the word, number and punctuation tokens the time grammar reads, each
// with its character range in the text, so every match maps back to exact offsets.

export interface Token {
  readonly text: string;
  readonly lower: string;
  /** Half-open range into the text. */
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
  /** Digits, with an optional ordinal suffix ("23rd"); `value` is the number. */
  readonly isNumber: boolean;
  readonly value: number | null;
  /** True for "23rd", "3rd". */
  readonly isOrdinal: boolean;
  /** First letter upper case. */
  readonly isCapitalised: boolean;
  /** A line break separates it from the previous token: no expression spans a block or line boundary. */
  readonly breakBefore: boolean;
  /** Whitespace separates it from the previous token ("8-13" has none, "8 - 13" has). */
  readonly spaceBefore: boolean;
  /** First token of a line, or after sentence-final punctuation or an opening quote. */
  readonly sentenceStart: boolean;
}

// Words, numbers (with an ordinal suffix) and single other characters: what `nextToken` matches,
// kept as the specification it is checked against (tokens.test.ts).
export const TOKEN = /(\p{L}+)|(\d+)(?:st|nd|rd|th)?|\S/gu;
const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_OPENERS = new Set(['.', '!', '?', '“', '"', '‘', '(', ':', '—', '–']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  // The first line break at or after previousEnd: a token starting past it follows a break.
  let nextLineBreak = text.indexOf('\n');
  const scan: ScannedToken = { start: 0, end: 0, kind: 'other', digitsEnd: 0 };
  let from = 0;
  while (nextToken(text, from, scan)) {
    const { start, end } = scan;
    from = end;
    const raw = text.slice(start, end);
    if (nextLineBreak !== -1 && nextLineBreak < previousEnd) nextLineBreak = text.indexOf('\n', previousEnd);
    const breakBefore = tokens.length === 0 || (nextLineBreak !== -1 && nextLineBreak < start);
    const isWord = scan.kind === 'word';
    const isNumber = scan.kind === 'number';
    const prev = tokens[tokens.length - 1];
    tokens.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end,
      isWord,
      isNumber,
      value: isNumber ? Number(scan.digitsEnd === end ? raw : text.slice(start, scan.digitsEnd)) : null,
      isOrdinal: isNumber && scan.digitsEnd < end,
      isCapitalised: isWord && CAPITALISED.test(raw),
      breakBefore,
      spaceBefore: start > previousEnd,
      sentenceStart: breakBefore || (prev !== undefined && SENTENCE_OPENERS.has(prev.text)),
    });
    previousEnd = end;
  }
  return tokens;
}

/** One match of TOKEN: its range, which alternative matched, and where a number's digits end. */
interface ScannedToken {
  start: number;
  end: number;
  kind: 'word' | 'number' | 'other';
  digitsEnd: number;
}

const LETTERS_AT = /\p{L}+/uy;
const WHITESPACE_AT = /\s/y;
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/**
 * The next match of TOKEN at or after `from`, written into `out`; false when none is left. The same
 * matches as `text.matchAll(TOKEN)`, scanned by hand for ASCII (nearly all of the text) so no match
 * array is allocated per token; non-ASCII letters and spaces are tested with sticky Unicode regexes.
 */
function nextToken(text: string, from: number, out: ScannedToken): boolean {
  let i = from;
  const n = text.length;
  // Skip whitespace: every other character starts a match (\S is the last alternative).
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) continue;
      break;
    }
    WHITESPACE_AT.lastIndex = i;
    if (!WHITESPACE_AT.test(text)) break;
  }
  if (i >= n) return false;
  out.start = i;
  const code = text.charCodeAt(i);
  if (isAsciiLetter(code) || (code >= 128 && isLetterAt(text, i))) {
    let end = i;
    while (end < n && isAsciiLetter(text.charCodeAt(end))) end++;
    // A non-ASCII character where the ASCII letters stop: let the Unicode pattern read the whole run.
    if (end === i || (end < n && text.charCodeAt(end) >= 128)) {
      LETTERS_AT.lastIndex = i;
      LETTERS_AT.test(text);
      end = LETTERS_AT.lastIndex;
    }
    out.end = end;
    out.kind = 'word';
    return true;
  }
  if (code >= 48 && code <= 57) {
    let end = i + 1;
    while (end < n && isAsciiDigit(text.charCodeAt(end))) end++;
    out.digitsEnd = end;
    if (ORDINAL_SUFFIXES.has(text.slice(end, end + 2))) end += 2;
    out.end = end;
    out.kind = 'number';
    return true;
  }
  // One code point: a surrogate pair is one character to the Unicode pattern.
  const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  out.end = i + (pair ? 2 : 1);
  out.kind = 'other';
  return true;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  LETTERS_AT.lastIndex = i;
  return LETTERS_AT.test(text);
}
