// Spans: half-open character ranges [start, end) in UTF-16 code units into one immutable text.
// Every annotation in Crosscheck is a Span into the text it describes; its words are read back
// through spanText(), never copied, so "links back to the exact words" always holds.

declare const spanBrand: unique symbol;

/** A half-open range [start, end) of UTF-16 code units; start <= end, both within the text it was made for. */
export type Span = { readonly start: number; readonly end: number; readonly [spanBrand]: true };

export class SpanRangeError extends RangeError {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly textLength: number,
    readonly context: string,
  ) {
    super(`${context}: span [${start}, ${end}) does not fit a text of ${textLength} characters`);
    this.name = 'SpanRangeError';
  }
}

/**
 * The one way to make a Span. Rejects non-integers, negative or reversed ranges and ranges past the
 * end of the text; `context` names the article or stage so the error says where it happened.
 */
export function makeSpan(start: number, end: number, textLength: number, context: string): Span {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end < start ||
    end > textLength
  ) {
    throw new SpanRangeError(start, end, textLength, context);
  }
  return { start, end } as Span;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spanLength(span: Span): number {
  return span.end - span.start;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The last text checked for surrogate pairs: exports convert many offsets into the same text in a row. */
let lastCheckedText: string | null = null;
let lastTextHasSurrogates = false;

function hasSurrogates(text: string): boolean {
  if (text !== lastCheckedText) {
    lastCheckedText = text;
    lastTextHasSurrogates = /[\uD800-\uDFFF]/.test(text);
  }
  return lastTextHasSurrogates;
}

/** Offset in UTF-16 code units → offset in Unicode code points, for exports that count code points. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  // Most news text lies in the Basic Multilingual Plane, where the two offsets are the same.
  if (!hasSurrogates(text)) return Math.max(0, Math.min(utf16Offset, text.length));
  let codePoints = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point: count it once.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    codePoints++;
  }
  return codePoints;
}
