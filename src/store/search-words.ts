// How a search box's text becomes an index query, for both dialects: the words are letters and
// digits only (so nothing a user types can reach the query syntax), each matches as a word prefix,
// and all must be present. The same rule checks a claim's own words, so the index pre-filter and the
// exact check agree (a claim only matches in an article the index matched).

/** A word is a run of letters, digits and combining marks; everything else separates words, as the SQLite unicode61 tokenizer reads text. */
const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+/gu;
/** More words than this make a query nobody typed by hand; the rest are ignored. */
export const MAX_SEARCH_WORDS = 12;

/** Lower case without diacritics: "Élysée" and "elysee" meet, as `remove_diacritics` makes them meet in the index. */
export function foldWord(word: string): string {
  // Most words of English news are plain ASCII, where folding is lower-casing: skipping the
  // normalisation there makes a words filter over 4,000 candidate claims about three times faster.
  return ASCII_ONLY.test(word) ? word.toLowerCase() : word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** The query's distinct folded words, in order; empty when it has no letter or digit. */
export function searchWords(query: string): string[] {
  const words: string[] = [];
  for (const match of query.matchAll(WORD_PATTERN)) {
    const folded = foldWord(match[0]);
    if (folded.length > 0 && !words.includes(folded)) words.push(folded);
    if (words.length === MAX_SEARCH_WORDS) break;
  }
  return words;
}

/** SQLite FTS5: each word quoted (never an operator) as a prefix; juxtaposed terms must all match. */
export function fts5Query(words: readonly string[]): string {
  return words.map((w) => `"${w}"*`).join(' ');
}

/** PostgreSQL to_tsquery('simple', …): each word as a prefix, all required. */
export function tsQuery(words: readonly string[]): string {
  return words.map((w) => `${w}:*`).join(' & ');
}

/** True when every word begins a word of `text` (compared folded). */
export function hasEveryWordPrefix(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const textWords = [...text.matchAll(WORD_PATTERN)].map((m) => foldWord(m[0]));
  return words.every((w) => textWords.some((t) => t.startsWith(w)));
}

/** The ranges (UTF-16, half-open) of the words of `text` that begin with one of `words`, in text order: what a snippet marks. */
export function matchedWordRanges(text: string, words: readonly string[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  if (words.length === 0) return ranges;
  for (const match of text.matchAll(WORD_PATTERN)) {
    const folded = foldWord(match[0]);
    if (words.some((w) => folded.startsWith(w))) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/**
 * Where each query word matches in `text`: for every word of `words`, the ranges (UTF-16,
 * half-open, in text order) of the text's words that begin with it. Built once per article, it
 * answers `hasEveryWordPrefixWithin` for each of the article's claims without reading the text again.
 */
export interface WordPositions {
  readonly byWord: readonly (readonly { readonly start: number; readonly end: number }[])[];
}

export function wordPrefixPositions(text: string, words: readonly string[]): WordPositions {
  // Tokenising and folding every word of every candidate article was most of the cost of a words
  // filter (4,105 candidate claims in 340 articles: 50 ms). An ASCII query word is found instead by
  // a case-insensitive search at word starts, and only the text's words holding a non-ASCII
  // character are folded one by one: together they find exactly the words whose folded form
  // begins with the query word.
  if (!words.every((w) => ASCII_ONLY.test(w))) return foldedPositions(text, words);
  const byWord = words.map((word) => {
    const ranges = new Map<number, number>();
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${word}`, 'giu'))) {
      ranges.set(match.index, wordEnd(text, match.index + match[0].length));
    }
    return ranges;
  });
  let handledTo = 0;
  for (const match of text.matchAll(NON_ASCII_CHARACTER)) {
    if (match.index < handledTo || !WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(match.index)!))) continue;
    const start = wordStart(text, match.index);
    const end = wordEnd(text, match.index);
    handledTo = end;
    const folded = foldWord(text.slice(start, end));
    words.forEach((word, i) => {
      if (folded.startsWith(word)) byWord[i]!.set(start, end);
    });
  }
  return { byWord: byWord.map((ranges) => [...ranges].sort((a, b) => a[0] - b[0]).map(([start, end]) => ({ start, end }))) };
}

/** Outside ASCII: the words holding such a letter, digit or mark are those a case-insensitive ASCII search cannot fold. */
const NON_ASCII_CHARACTER = /[^\x00-\x7f]/g;
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;
const WORD_REST = /[\p{L}\p{N}\p{M}]*/uy;

function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const previous = low >= 0xdc00 && low <= 0xdfff && start >= 2 ? start - 2 : start - 1;
    if (!WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(previous)!))) break;
    start = previous;
  }
  return start;
}

function wordEnd(text: string, from: number): number {
  WORD_REST.lastIndex = from;
  WORD_REST.exec(text);
  return WORD_REST.lastIndex;
}

/** The general way: every word of the text folded and compared (query words that stay non-ASCII once folded). */
function foldedPositions(text: string, words: readonly string[]): WordPositions {
  const byWord: { start: number; end: number }[][] = words.map(() => []);
  for (const match of text.matchAll(WORD_PATTERN)) {
    const folded = foldWord(match[0]);
    words.forEach((word, i) => {
      if (folded.startsWith(word)) byWord[i]!.push({ start: match.index, end: match.index + match[0].length });
    });
  }
  return { byWord };
}

/**
 * True when every query word begins a word lying wholly inside [start, end) of the text the
 * positions were read from: `hasEveryWordPrefix(text.slice(start, end), words)` for a range that
 * does not cut a word (claim spans run from token to token), without slicing or folding again.
 */
export function hasEveryWordPrefixWithin(positions: WordPositions, start: number, end: number): boolean {
  return positions.byWord.every((ranges) => {
    // The first range starting at or after `start` (binary search), then whether it ends by `end`.
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const first = ranges[lo];
    return first !== undefined && first.end <= end;
  });
}
