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
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

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
