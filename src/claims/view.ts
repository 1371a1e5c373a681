// A read-only view of one article's tokens for the claims stage: each token's surface, folded
// form and tag in flat arrays, which quotation and time expression it lies in, and the units the
// attribution rules read (tokenizer sentences, mended where an abbreviation broke one in two).

import type { Block } from '../model/article.js';
import type { LanguageAnnotations, PartOfSpeech } from '../model/language.js';
import { findQuotations, type Quotation } from './quotes.js';
import { QUOTE_MARKS, TERMINAL_PUNCTUATION } from './rules.js';

/** Tokens [first, end) of one or more consecutive sentences of one block. */
export interface Unit {
  readonly first: number;
  readonly end: number;
  readonly block: number;
}

export interface TokenView {
  readonly text: string;
  readonly language: LanguageAnnotations;
  readonly count: number;
  readonly surface: readonly string[];
  readonly norm: readonly string[];
  readonly lemma: readonly string[];
  readonly pos: readonly PartOfSpeech[];
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Index of the quotation the token lies in (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** Index of the time expression the token lies in, or -1. */
  readonly timeOf: Int32Array;
  /** Index of the quantity whose expression starts at the token, or -1. */
  readonly quantityAt: Int32Array;
  /** Index of the tokenizer sentence the token belongs to. */
  readonly sentenceOf: Int32Array;
  /** Index into `units`. */
  readonly unitOf: Int32Array;
  readonly units: readonly Unit[];
  readonly quotations: readonly Quotation[];
  /** Character ranges of the article's blocks. */
  readonly blockSpans: readonly { readonly start: number; readonly end: number }[];
}

export function buildTokenView(text: string, blocks: readonly Pick<Block, 'span'>[], language: LanguageAnnotations): TokenView {
  const { tokens } = language;
  const count = tokens.length;
  const surface: string[] = new Array(count);
  const norm: string[] = new Array(count);
  const lemma: string[] = new Array(count);
  const pos: PartOfSpeech[] = new Array(count);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const token = tokens[i]!;
    start[i] = token.span.start;
    end[i] = token.span.end;
    surface[i] = text.slice(token.span.start, token.span.end);
    norm[i] = token.normal;
    lemma[i] = token.lemma;
    pos[i] = token.pos;
  }
  const quotations = findQuotations(text, blocks);
  const quoteOf = new Int32Array(count).fill(-1);
  let q = 0;
  for (let i = 0; i < count; i++) {
    while (q < quotations.length && quotations[q]!.end <= start[i]!) q++;
    const quote = quotations[q];
    if (quote && quote.start <= start[i]! && end[i]! <= quote.end) quoteOf[i] = q;
  }
  const timeOf = new Int32Array(count).fill(-1);
  const times = [...language.times.keys()].sort((a, b) => language.times[a]!.span.start - language.times[b]!.span.start);
  let t = 0;
  for (let i = 0; i < count; i++) {
    while (t < times.length && language.times[times[t]!]!.span.end <= start[i]!) t++;
    const index = times[t];
    if (index !== undefined) {
      const span = language.times[index]!.span;
      if (span.start <= start[i]! && end[i]! <= span.end) timeOf[i] = index;
    }
  }
  const quantityAt = new Int32Array(count).fill(-1);
  language.quantities.forEach((q, index) => {
    // Binary search for the token that starts where the quantity does.
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (start[mid]! < q.span.start) lo = mid + 1;
      else hi = mid - 1;
    }
    if (lo < count && start[lo] === q.span.start && quantityAt[lo] === -1) quantityAt[lo] = index;
  });
  const sentenceOf = new Int32Array(count);
  language.sentences.forEach((sentence, index) => {
    for (let i = sentence.tokens.first; i < sentence.tokens.end; i++) sentenceOf[i] = index;
  });
  const units = mendUnits(language, surface, norm);
  const unitOf = new Int32Array(count);
  units.forEach((unit, index) => {
    for (let i = unit.first; i < unit.end; i++) unitOf[i] = index;
  });
  const blockSpans = blocks.map((b) => ({ start: b.span.start, end: b.span.end }));
  return { text, language, count, surface, norm, lemma, pos, start, end, quoteOf, timeOf, quantityAt, sentenceOf, unitOf, units, quotations, blockSpans };
}

/**
 * Sentences joined where the tokenizer broke one after an abbreviation: a piece that starts with a
 * lower-case word or closing bracket continues the sentence before it ("Sen. Ted Cruz (R-Tex.) | told …").
 */
function mendUnits(language: LanguageAnnotations, surface: readonly string[], norm: readonly string[]): Unit[] {
  const units: Unit[] = [];
  for (const sentence of language.sentences) {
    const { first, end } = sentence.tokens;
    if (end <= first) continue;
    const previous = units[units.length - 1];
    const opener = surface[first]!;
    const lastOfPrevious = previous ? norm[previous.end - 1]! : '';
    const onlyPunctuation = surface.slice(first, end).every((s) => !/[\p{L}\p{N}]/u.test(s));
    // "(R-S.C.)" split after "S.": a bracket left open continues the sentence.
    let openBrackets = 0;
    if (previous) for (let i = previous.first; i < previous.end; i++) openBrackets += surface[i] === '(' ? 1 : surface[i] === ')' ? -1 : 0;
    const continues =
      previous !== undefined &&
      previous.block === sentence.block &&
      previous.end === first &&
      (onlyPunctuation || openBrackets > 0 || /^[\p{Ll}]/u.test(opener) || opener === ')' || opener === ',' || !endsSentence(lastOfPrevious, norm, previous));
    if (continues) units[units.length - 1] = { first: previous.first, end, block: sentence.block };
    else units.push({ first, end, block: sentence.block });
  }
  return units;
}

/** The piece ends like a sentence: a full stop, question or exclamation mark, or a closing quote after one. */
function endsSentence(last: string, norm: readonly string[], unit: Unit): boolean {
  if (TERMINAL_PUNCTUATION.has(last)) return true;
  if (QUOTE_MARKS.has(last) && unit.end - 2 >= unit.first) return TERMINAL_PUNCTUATION.has(norm[unit.end - 2]!) || norm[unit.end - 2] === ',' || QUOTE_MARKS.has(norm[unit.end - 2]!);
  // Abbreviation tokens carry their own full stop ("Md.", "a.m.").
  return last.endsWith('.') && last.length > 1 ? false : last.endsWith('.');
}
