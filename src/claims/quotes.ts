// Quotations in an article's text: paired curly quotes, straight double quotes, and curly single
// quotes used as quotation marks (headlines: ‘unsafe’). A paragraph that opens a quotation and
// never closes it runs to its end, as news style does for a quote that continues in the next
// paragraph. The claims stage reads direct and mixed speech from these spans.

import type { Block } from '../model/article.js';
import {
  CLOSING_DOUBLE_QUOTES,
  CLOSING_SINGLE_QUOTES,
  OPENING_DOUBLE_QUOTES,
  OPENING_SINGLE_QUOTES,
  STRAIGHT_DOUBLE_QUOTES,
} from './rules.js';

export interface Quotation {
  /** Offset of the opening mark in the article text. */
  readonly start: number;
  /** Offset just after the closing mark, or the end of the block when the quotation is left open. */
  readonly end: number;
  /** False when the block ended before a closing mark. */
  readonly closed: boolean;
  readonly block: number;
}

/** Every character that can open or close a quotation; the scan jumps from one to the next. */
const QUOTE_CHARACTERS = new RegExp(
  `[${[...OPENING_DOUBLE_QUOTES, ...CLOSING_DOUBLE_QUOTES, ...STRAIGHT_DOUBLE_QUOTES, ...OPENING_SINGLE_QUOTES, ...CLOSING_SINGLE_QUOTES, "'", '`'].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Quotations of every block, in text order; nested single quotes inside a double quote are not listed. */
export function findQuotations(text: string, blocks: readonly Pick<Block, 'span'>[]): Quotation[] {
  const found: Quotation[] = [];
  blocks.forEach((block, blockIndex) => {
    let open = -1;
    let openKind: 'curly' | 'straight' | 'single' | null = null;
    QUOTE_CHARACTERS.lastIndex = block.span.start;
    for (let match = QUOTE_CHARACTERS.exec(text); match && match.index < block.span.end; match = QUOTE_CHARACTERS.exec(text)) {
      const i = match.index;
      const ch = text[i]!;
      // Two apostrophes (or backticks) stand for a double quote in some archives: ''Like this,'' he said.
      const doubled = (ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`');
      if (doubled) {
        if (open === -1) {
          open = i;
          openKind = 'straight';
        } else if (openKind === 'straight' || openKind === 'curly') {
          found.push({ start: open, end: i + 2, closed: true, block: blockIndex });
          open = -1;
          openKind = null;
        }
        QUOTE_CHARACTERS.lastIndex = i + 2;
        continue;
      }
      if (open === -1) {
        if (OPENING_DOUBLE_QUOTES.has(ch)) {
          open = i;
          openKind = 'curly';
        } else if (STRAIGHT_DOUBLE_QUOTES.has(ch)) {
          open = i;
          openKind = 'straight';
        } else if (OPENING_SINGLE_QUOTES.has(ch) && !isWordChar(text[i - 1]) && isWordChar(text[i + 1])) {
          open = i;
          openKind = 'single';
        }
        continue;
      }
      const closes =
        (openKind === 'curly' && (CLOSING_DOUBLE_QUOTES.has(ch) || STRAIGHT_DOUBLE_QUOTES.has(ch))) ||
        (openKind === 'straight' && (STRAIGHT_DOUBLE_QUOTES.has(ch) || CLOSING_DOUBLE_QUOTES.has(ch))) ||
        // A closing single quote is also an apostrophe: it closes only when no letter follows it.
        (openKind === 'single' && CLOSING_SINGLE_QUOTES.has(ch) && !isWordChar(text[i + 1]));
      if (closes) {
        found.push({ start: open, end: i + 1, closed: true, block: blockIndex });
        open = -1;
        openKind = null;
      } else if (openKind === 'curly' && OPENING_DOUBLE_QUOTES.has(ch)) {
        // A second opening mark before any closing one: the first quotation was never closed.
        found.push({ start: open, end: i, closed: false, block: blockIndex });
        open = i;
      }
    }
    if (open !== -1 && openKind !== 'single') {
      let end = block.span.end;
      while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
      found.push({ start: open, end, closed: false, block: blockIndex });
    }
  });
  return found;
}
