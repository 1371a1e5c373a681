// A read-only view of one article's tokens for the entity recogniser: each token's surface and
// shape (capitalised, acronym), the sentence and block it sits in, whether it opens a clause, and
// whether its block is set in title case. Built once per article; every other module reads it.

import type { Block, BlockKind } from '../../model/article.js';
import type { Sentence, Token } from '../../model/language.js';
import { hasLetterOrDigit, isWhitespaceAt, startsUpper, startsWithLetterOrDigit } from './chars.js';
import { CLAUSE_OPENERS, CLAUSE_START_WORDS, CURRENCY_SYMBOLS, MAX_ACRONYM_LETTERS, TITLE_CASE_MIN_CAPITALISED_SHARE, TITLE_CASE_MIN_WORD_CHARS } from './rules.js';

export interface ArticleView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly surfaces: readonly string[];
  /** First character is an upper-case letter. */
  readonly capitalised: readonly boolean[];
  /** Two or more letters, all upper case ("NIS", "U.S."). */
  readonly allCaps: readonly boolean[];
  /** Index of the token's sentence. */
  readonly sentenceOf: Int32Array;
  readonly blockOf: Int32Array;
  readonly blockKinds: readonly BlockKind[];
  /** The token opens a sentence or a quotation, where every word is capitalised. */
  readonly opensClause: readonly boolean[];
  /** The token's block is a headline or crosshead set in title case. */
  readonly inTitleCase: readonly boolean[];
  /** Whitespace precedes the token (lookup keys join tokens as the text does). */
  readonly spaceBefore: readonly boolean[];
  /** Capitals that write a currency ("HK" in "HK$12m", "US$"), never a name. */
  readonly isCurrency: readonly boolean[];
}

const CURRENCY_SYMBOL_LIST: readonly string[] = [...CURRENCY_SYMBOLS];
/** Longer surfaces are never clause openers: most tokens skip the Set read (and hashing a fresh string). */
const CLAUSE_OPENER_MAX_LENGTH = Math.max(...[...CLAUSE_OPENERS].map((opener) => opener.length));

export function buildView(text: string, blocks: readonly Pick<Block, 'kind' | 'span'>[], tokens: readonly Token[], sentences: readonly Sentence[]): ArticleView {
  const n = tokens.length;
  const surfaces = tokens.map((t) => text.slice(t.span.start, t.span.end));
  const capitalised = surfaces.map(startsUpper);
  const allCaps = surfaces.map((surface, i) => capitalised[i]! && isAllCaps(surface));
  const sentenceOf = new Int32Array(n);
  const blockOf = new Int32Array(n);
  sentences.forEach((sentence, index) => {
    for (let i = sentence.tokens.first; i < sentence.tokens.end; i++) {
      sentenceOf[i] = index;
      blockOf[i] = sentence.block;
    }
  });
  const opensClause = new Array<boolean>(n).fill(false);
  for (const sentence of sentences) {
    let atStart = true;
    for (let i = sentence.tokens.first; i < sentence.tokens.end; i++) {
      const surface = surfaces[i]!;
      if (surface.length <= CLAUSE_OPENER_MAX_LENGTH && CLAUSE_OPENERS.has(surface)) {
        atStart = true;
        continue;
      }
      if (atStart && hasLetterOrDigit(surface)) opensClause[i] = true;
      atStart = false;
    }
  }
  const titleCaseBlocks = blocks.map((block, index) => isTitleCaseBlock(block, index, tokens, surfaces, blockOf, capitalised));
  // A loop, not Array.from over the Int32Array: that walks an iterator per token.
  const inTitleCase: boolean[] = [];
  for (let i = 0; i < n; i++) inTitleCase.push(titleCaseBlocks[blockOf[i]!] ?? false);
  const spaceBefore = tokens.map((t) => t.span.start > 0 && isWhitespaceAt(text, t.span.start - 1));
  const isCurrency = surfaces.map((surface, i) => {
    if (CURRENCY_SYMBOL_LIST.some((symbol) => surface.includes(symbol))) return true;
    const next = surfaces[i + 1];
    return next !== undefined && !spaceBefore[i + 1]! && CURRENCY_SYMBOLS.has(next[0]!);
  });
  return { text, tokens, sentences, surfaces, capitalised, allCaps, sentenceOf, blockOf, blockKinds: blocks.map((b) => b.kind), opensClause, inTitleCase, spaceBefore, isCurrency };
}

/** Call only for a capitalised surface: most tokens are ruled out before building their letters. */
function isAllCaps(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= MAX_ACRONYM_LETTERS * 2 && letters === letters.toUpperCase() && /^\p{Lu}/u.test(surface);
}

function isTitleCaseBlock(
  block: Pick<Block, 'kind' | 'span'>,
  index: number,
  tokens: readonly Token[],
  surfaces: readonly string[],
  blockOf: Int32Array,
  capitalised: readonly boolean[],
): boolean {
  if (block.kind !== 'title' && block.kind !== 'heading' && block.kind !== 'standfirst') return false;
  let long = 0;
  let capital = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (blockOf[i] !== index) continue;
    const surface = surfaces[i]!;
    if (surface.length < TITLE_CASE_MIN_WORD_CHARS || !/^\p{L}/u.test(surface)) continue;
    if (CLAUSE_START_WORDS.has(surface.toLowerCase()) && !capitalised[i]) continue;
    long++;
    if (capitalised[i]) capital++;
  }
  return long >= 2 && capital / long >= TITLE_CASE_MIN_CAPITALISED_SHARE;
}

/** The lookup key of tokens [first, end): their folded forms joined as the text joins them. */
export function keyOf(view: ArticleView, first: number, end: number): string {
  let key = '';
  for (let i = first; i < end; i++) {
    if (i > first && view.spaceBefore[i]) key += ' ';
    key += view.tokens[i]!.normal;
  }
  return key;
}

export function isWord(view: ArticleView, i: number): boolean {
  const surface = view.surfaces[i];
  return surface !== undefined && startsWithLetterOrDigit(surface);
}

export function sameSentence(view: ArticleView, a: number, b: number): boolean {
  return a >= 0 && b >= 0 && a < view.tokens.length && b < view.tokens.length && view.sentenceOf[a] === view.sentenceOf[b];
}
