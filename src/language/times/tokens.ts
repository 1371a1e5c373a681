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

// Words, numbers (with an ordinal suffix) and single other characters; the groups say which matched.
const TOKEN = /(\p{L}+)|(\d+)(?:st|nd|rd|th)?|\S/gu;
const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_OPENERS = new Set(['.', '!', '?', '“', '"', '‘', '(', ':', '—', '–']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  // The first line break at or after previousEnd: a token starting past it follows a break.
  let nextLineBreak = text.indexOf('\n');
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    if (nextLineBreak !== -1 && nextLineBreak < previousEnd) nextLineBreak = text.indexOf('\n', previousEnd);
    const breakBefore = tokens.length === 0 || (nextLineBreak !== -1 && nextLineBreak < start);
    const isWord = m[1] !== undefined;
    const digits = m[2];
    const isNumber = digits !== undefined;
    const prev = tokens[tokens.length - 1];
    tokens.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
      isWord,
      isNumber,
      value: isNumber ? Number(digits) : null,
      isOrdinal: isNumber && digits.length < raw.length,
      isCapitalised: isWord && CAPITALISED.test(raw),
      breakBefore,
      spaceBefore: start > previousEnd,
      sentenceStart: breakBefore || (prev !== undefined && SENTENCE_OPENERS.has(prev.text)),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}
