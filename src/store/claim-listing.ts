// What `listClaims` needs beside its SQL: the order claims are listed in, the narrow columns a
// words filter reads of each candidate, and the check of a claim's own words against the query,
// done with one pass over each candidate article's text (see search-words.ts).

import { sql, type RawBuilder } from 'kysely';
import type { ClaimsTable } from './schema.js';
import { hasEveryWordPrefixWithin, wordPrefixPositions } from './search-words.js';

/**
 * The first key of publication order, written exactly as the `articles_publication_order` index
 * is built (migration 0004), so a page of claims walks that index instead of sorting every claim
 * (a page of 50 over 15,910 claims: 18 ms → 0.5 ms in SQLite).
 */
export const UNDATED_LAST: RawBuilder<number> = sql<number>`CASE WHEN ${sql.ref('articles.published')} IS NULL THEN 1 ELSE 0 END`;

/** What a words filter reads of a candidate claim: its key and the spans that bound its words. */
export type ClaimBounds = Pick<ClaimsTable, 'article_id' | 'ordinal' | 'source_span' | 'cue_span' | 'content_spans'>;

/**
 * The claim's own words: from the first of its source, cue and content to the last (half-open).
 * Read straight off the span columns' JSON (`{"start":N,"end":M}` objects, as `claimRow` writes
 * them) without parsing it: a words filter does this for every candidate claim (4,105 for one
 * common word), and JSON.parse was a fifth of its time. The page's rows are parsed and checked.
 */
export function claimExtent(row: Pick<ClaimBounds, 'source_span' | 'cue_span' | 'content_spans'>): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const column of [row.content_spans, row.source_span, row.cue_span]) {
    if (column === null) continue;
    for (let at = column.indexOf(START_KEY); at >= 0; at = column.indexOf(START_KEY, at + 1)) start = Math.min(start, digitsAt(column, at + START_KEY.length));
    for (let at = column.indexOf(END_KEY); at >= 0; at = column.indexOf(END_KEY, at + 1)) end = Math.max(end, digitsAt(column, at + END_KEY.length));
  }
  return { start, end };
}

const START_KEY = '"start":';
const END_KEY = '"end":';

/** The whole number written at `at` (offsets are never negative). */
function digitsAt(text: string, at: number): number {
  let value = 0;
  for (let i = at; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The candidates (in their order) whose own words hold every query word as a word prefix. Each
 * article's text is scanned once, whatever the number of its candidate claims.
 */
export function claimsWithWords<R extends ClaimBounds>(candidates: readonly R[], texts: ReadonlyMap<string, string>, words: readonly string[]): R[] {
  const positions = new Map<string, ReturnType<typeof wordPrefixPositions>>();
  return candidates.filter((row) => {
    let found = positions.get(row.article_id);
    if (found === undefined) {
      found = wordPrefixPositions(texts.get(row.article_id) ?? '', words);
      positions.set(row.article_id, found);
    }
    if (found.byWord.some((ranges) => ranges.length === 0)) return false;
    const { start, end } = claimExtent(row);
    return hasEveryWordPrefixWithin(found, start, end);
  });
}
