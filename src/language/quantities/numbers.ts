// Reads the number itself at a token: figures ("1,500", "1.2 million", "8bn"), spelled-out
// numbers ("twenty-five", "one million", "half a million", "a dozen") and vague amounts
// ("dozens", "hundreds of thousands", "several", "a number of"). What surrounds it (qualifier,
// unit, exclusions) is the finder's business.

import {
  ARTICLES_AS_ONE,
  COUNTED_NOUNS,
  IRREGULAR_PLURALS,
  DOZEN_WORD,
  HALF_WORD,
  MEASURE_SUFFIXES,
  OPENING_QUOTES,
  SCALE_SUFFIXES,
  SCALE_SUFFIXES_NEEDING_CURRENCY,
  SCALE_WORDS,
  SMALL_NUMBER_WORDS,
  SPELLED_NUMBER_JOINER,
  TENS_WORDS,
  VAGUE_DETERMINERS,
  VAGUE_NUMBER_ADJECTIVES,
  VAGUE_NUMBER_NOUNS,
  VAGUE_NUMBER_PLURAL,
  VAGUE_PLURALS,
  VAGUE_SCALE_FACTORS,
} from './lexicon.js';
import { type Token } from './tokens.js';

export type NumberForm =
  | 'figure' // digits, possibly scaled: "1,500", "1.2 million", "8bn"
  | 'spelled' // "six", "twenty-five", "one million", "a dozen"
  | 'vague-plural' // "dozens", "hundreds of thousands"
  | 'vague-determiner' // "several"
  | 'vague-noun'; // "a number", "an unspecified number", "a handful" (followed by "of")

export interface NumberPhrase {
  /** First and last token (inclusive) of the number's own words. */
  readonly first: number;
  readonly last: number;
  readonly form: NumberForm;
  /** Null for vague amounts. */
  readonly value: number | null;
  /** For vague amounts, the least the words can mean; null for "a number of". */
  readonly vagueLow: number | null;
  /** A measure unit glued to the figure ("10km", "100m" without a currency sign). */
  readonly gluedMeasure: string | null;
}

const FIGURE = /^(\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.(\d+))?([a-z]*)$/;

/** The figure of a digit token without its glued letters, or null when the token is not a figure. */
export function parseFigure(lower: string): { digits: string; suffix: string } | null {
  const match = FIGURE.exec(lower);
  if (!match) return null;
  const integer = match[1]!.replace(/[, ]/g, '');
  const digits = match[2] ? `${integer}.${match[2]}` : integer;
  return { digits, suffix: match[3]! };
}

/** digits × scale without binary rounding noise: "1.13" × 1e9 = 1130000000 exactly. */
export function scaleFigure(digits: string, scale: number): number {
  const exponent = Math.log10(scale);
  if (Number.isInteger(exponent)) return Number(`${digits}e${exponent}`);
  return Number(digits) * scale;
}

/**
 * The number phrase starting at `index`, or null. `currencyBefore` says a currency sign precedes
 * the token, which lets "600m" mean 600 million rather than 600 metres.
 */
export function readNumberAt(tokens: readonly Token[], index: number, currencyBefore: boolean): NumberPhrase | null {
  const token = tokens[index];
  if (!token || !token.isWord) return null;
  const figure = readFigure(tokens, index, currencyBefore);
  if (figure) return figure;
  // Most words begin no spelled or vague number: one lookup passes them over.
  if (!NUMBER_WORD_STARTERS.has(token.lower) && !token.lower.includes('-') && !token.lower.includes('–')) return null;
  return readSpelled(tokens, index) ?? readVague(tokens, index);
}

/**
 * Every word a spelled or vague number can begin with, as readSpelled and readVague read them:
 * "half", "a"/"an" (before a scale word, "few" or "number"), small numbers and tens, vague plurals,
 * vague determiners, and the adjectives of "an unspecified number of". Hyphenated tens
 * ("twenty-five") are let through by their hyphen.
 */
const NUMBER_WORD_STARTERS: ReadonlySet<string> = new Set([
  HALF_WORD,
  ...ARTICLES_AS_ONE,
  ...SMALL_NUMBER_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...VAGUE_PLURALS.keys(),
  ...VAGUE_DETERMINERS.keys(),
  ...VAGUE_NUMBER_ADJECTIVES,
]);

function readFigure(tokens: readonly Token[], index: number, currencyBefore: boolean): NumberPhrase | null {
  const figure = parseFigure(tokens[index]!.lower);
  if (!figure) return null;
  const { digits, suffix } = figure;
  if (suffix === '') {
    const scale = scaleWordAt(tokens, index + 1);
    if (scale !== null) return phrase(index, index + 1, 'figure', scaleFigure(digits, scale));
    return phrase(index, index, 'figure', Number(digits));
  }
  const scale = SCALE_SUFFIXES.get(suffix);
  // "Up to 1.4m workers" (bbc politics 311) is millions; "the 100m" (bbc sport 010) is metres.
  const millionsByShape = digits.includes('.') || looksLikeCountedNoun(tokens[index + 1]);
  if (scale !== undefined && (currencyBefore || !SCALE_SUFFIXES_NEEDING_CURRENCY.has(suffix) || millionsByShape)) {
    return phrase(index, index, 'figure', scaleFigure(digits, scale));
  }
  const measure = MEASURE_SUFFIXES.get(suffix);
  if (measure !== undefined) return { ...phrase(index, index, 'figure', Number(digits)), gluedMeasure: measure };
  return null;
}

/** A plural or counted noun right after a glued figure: "3m people", "2k subscribers". */
function looksLikeCountedNoun(token: Token | undefined): boolean {
  if (!token || token.lineStart || !token.isWord) return false;
  return COUNTED_NOUNS.has(token.lower) || IRREGULAR_PLURALS.has(token.lower);
}

/** A scale word on the same line at `index`: "million" → 1e6. */
function scaleWordAt(tokens: readonly Token[], index: number): number | null {
  const token = tokens[index];
  if (!token || token.lineStart) return null;
  return SCALE_WORDS.get(token.lower) ?? null;
}

/** A spelled-out small number, including hyphenated tens ("twenty-five"); null otherwise. */
function smallNumber(lower: string): number | null {
  const direct = SMALL_NUMBER_WORDS.get(lower) ?? TENS_WORDS.get(lower);
  if (direct !== undefined) return direct;
  // Most words have no hyphen: pass them over without splitting (this runs for every word).
  if (!lower.includes('-') && !lower.includes('–')) return null;
  const parts = lower.split(/[-–]/);
  if (parts.length !== 2) return null;
  const tens = TENS_WORDS.get(parts[0]!);
  const unit = SMALL_NUMBER_WORDS.get(parts[1]!);
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : null;
}

function readSpelled(tokens: readonly Token[], index: number): NumberPhrase | null {
  const first = tokens[index]!;
  let cursor = index;
  let total = 0;
  let current = 0;
  let multiplier = 1;
  // "a million", "a dozen", "half a million": the article stands for one before a scale word.
  if (first.lower === HALF_WORD && ARTICLES_AS_ONE.has(tokens[index + 1]?.lower ?? '') && isScaleOrDozen(tokens, index + 2)) {
    multiplier = 0.5;
    current = 1;
    cursor = index + 2;
  } else if (ARTICLES_AS_ONE.has(first.lower) && isScaleOrDozen(tokens, index + 1)) {
    current = 1;
    cursor = index + 1;
  }
  let last = -1;
  let sawSmall = current > 0;
  for (; cursor < tokens.length; cursor++) {
    const token = tokens[cursor]!;
    if (cursor > index && token.lineStart) break;
    const small = smallNumber(token.lower);
    const scale = SCALE_WORDS.get(token.lower);
    if (small !== null) {
      // "one two" is not one number; after "hundred" or a scale word, a small part adds on.
      if (sawSmall && current % 100 !== 0) break;
      current += small;
      sawSmall = true;
    } else if (token.lower === DOZEN_WORD && sawSmall) {
      current = current * 12;
    } else if (scale === 100 && sawSmall) {
      current = current * 100;
    } else if (scale !== undefined && scale > 100 && (sawSmall || total > 0)) {
      total += (current === 0 ? 1 : current) * scale;
      current = 0;
      sawSmall = false;
    } else if (token.lower === SPELLED_NUMBER_JOINER && last >= 0 && smallNumber(tokens[cursor + 1]?.lower ?? '') !== null && (total > 0 || current >= 100)) {
      continue;
    } else {
      break;
    }
    last = cursor;
  }
  if (last < 0) return null;
  return phrase(index, last, 'spelled', (total + current) * multiplier);
}

function isScaleOrDozen(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return !!token && !token.lineStart && (SCALE_WORDS.has(token.lower) || token.lower === DOZEN_WORD);
}

function readVague(tokens: readonly Token[], index: number): NumberPhrase | null {
  const token = tokens[index]!;
  const plural = VAGUE_PLURALS.get(token.lower);
  if (plural !== undefined) {
    // "hundreds of thousands", "tens of millions": the second plural scales the first.
    const inner = tokens[index + 2];
    const innerScale = inner && tokens[index + 1]?.lower === 'of' ? singularScale(inner.lower) : null;
    if (innerScale !== null) return { ...phrase(index, index + 2, 'vague-plural', null), vagueLow: plural * innerScale };
    return { ...phrase(index, index, 'vague-plural', null), vagueLow: plural };
  }
  // "several hundred", "a few thousand".
  const startsWithA = ARTICLES_AS_ONE.has(token.lower);
  const factorIndex = startsWithA ? index + 1 : index;
  const factor = VAGUE_SCALE_FACTORS.get(tokens[factorIndex]?.lower ?? '');
  const scale = factor !== undefined ? scaleWordAt(tokens, factorIndex + 1) : null;
  // "few hundred" needs its article; "several hundred" stands alone.
  if (factor !== undefined && scale !== null && (startsWithA || VAGUE_DETERMINERS.has(token.lower))) {
    return { ...phrase(index, factorIndex + 1, 'vague-plural', null), vagueLow: factor * scale };
  }
  const determiner = VAGUE_DETERMINERS.get(token.lower);
  if (determiner !== undefined) return { ...phrase(index, index, 'vague-determiner', null), vagueLow: determiner };
  // "a number of", "an unspecified number of", "a handful of".
  if (VAGUE_NUMBER_ADJECTIVES.has(token.lower) && tokens[index + 1]?.lower === VAGUE_NUMBER_PLURAL && tokens[index + 2]?.lower === 'of') {
    return phrase(index, index + 1, 'vague-noun', null);
  }
  if (startsWithA) {
    let cursor = index + 1;
    // a “number of North Koreans”: the quote splits the phrase, and the span starts inside it (gold 001 L41).
    const quoted = OPENING_QUOTES.has(tokens[cursor]?.text ?? '');
    if (quoted) cursor++;
    while (VAGUE_NUMBER_ADJECTIVES.has(tokens[cursor]?.lower ?? '')) cursor++;
    if (VAGUE_NUMBER_NOUNS.has(tokens[cursor]?.lower ?? '') && tokens[cursor + 1]?.lower === 'of') {
      return phrase(quoted ? cursor : index, cursor, 'vague-noun', null);
    }
  }
  return null;
}

/** "thousands" → 1000: the scale one unit of a vague plural stands for. */
function singularScale(lower: string): number | null {
  if (!lower.endsWith('s')) return null;
  const singular = lower.slice(0, -1);
  if (singular === DOZEN_WORD) return 12;
  if (singular === 'score') return 20;
  if (singular === 'ten') return 10;
  return SCALE_WORDS.get(singular) ?? null;
}

function phrase(first: number, last: number, form: NumberForm, value: number | null): NumberPhrase {
  return { first, last, form, value, vagueLow: null, gluedMeasure: null };
}
