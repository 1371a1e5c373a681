// Small readers over one article's annotations for the reconcile stage: the tokens and mentions
// inside a span (binary search, annotations are in text order), name folding for cross-article
// keys, ISO-day arithmetic for as-of dates and timeline intervals, and sorted-array helpers.

import type { DateInterval, EntityMention, LanguageAnnotations, Span, Token } from '../model/index.js';

/** Index of the first item whose span ends after `offset` (items sorted by start, not overlapping). */
function firstEndingAfter(items: readonly { readonly span: Span }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.span.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token indices [first, end) of the tokens lying inside `span`. */
export function tokenRangeIn(tokens: readonly Token[], span: Span): { first: number; end: number } {
  let first = firstEndingAfter(tokens, span.start);
  while (first < tokens.length && tokens[first]!.span.start < span.start) first++;
  let end = first;
  while (end < tokens.length && tokens[end]!.span.end <= span.end) end++;
  return { first, end };
}

export function tokensIn(tokens: readonly Token[], span: Span): Token[] {
  const { first, end } = tokenRangeIn(tokens, span);
  return tokens.slice(first, end);
}

/** Mentions lying inside `span`, with their index into LanguageAnnotations.mentions. */
export function mentionsIn(language: LanguageAnnotations, span: Span): { index: number; mention: EntityMention }[] {
  const found: { index: number; mention: EntityMention }[] = [];
  for (let i = firstEndingAfter(language.mentions, span.start); i < language.mentions.length; i++) {
    const mention = language.mentions[i]!;
    if (mention.span.start >= span.end) break;
    if (mention.span.start >= span.start && mention.span.end <= span.end) found.push({ index: i, mention });
  }
  return found;
}

export function spanContains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Lower case, accents and punctuation dropped, spaces collapsed: "Ana-Maria Lund" → "ana maria lund". */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A person's or unlinked name folded as the language stage folds entity keys (language/entities/
 * keys.ts): case, accents, hyphens, dots and apostrophes gone and single-letter initials dropped, so
 * "Ahn Tae-rim", "Ahn Taerim" and "AHN Tae-Rim" meet, and "Halvard J. Omsk" meets "Halvard Omsk".
 */
export function foldPersonName(name: string): string {
  const words = foldName(name.replace(/[-.\u2010\u2011'’]/g, '')).split(' ').filter((w) => w.length > 0);
  const kept = words.filter((w) => w.length > 1);
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * Days since 1970-01-01 of an ISO `YYYY-MM-DD` (a longer ISO timestamp is read by its date).
 * Civil-calendar arithmetic (H. Hinnant's days_from_civil) rather than Date: relations and
 * timeline merging call this millions of times on a large story.
 */
export function dayNumber(isoDate: string): number {
  const y0 = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7)) || 1;
  const d = Number(isoDate.slice(8, 10)) || 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Orders intervals by start, then end (narrower first). */
export function compareIntervals(a: DateInterval | null, b: DateInterval | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted distinct strings. */
export function distinctSorted<T extends string>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort(compareStrings);
}

/** Inserts `value` into the sorted, distinct array `list` unless it is there already. */
export function insertSorted<T extends string>(list: T[], value: T): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== value) list.splice(lo, 0, value);
}
