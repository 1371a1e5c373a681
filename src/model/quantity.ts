// Quantity: one cardinal expression found in an article's clean text ("some 1,500 North Korean
// special forces troops", "$8bn", "dozens of officers"). Produced by the `language` stage's
// quantity finder; claims and reconcile compare the figures different sources give.

import type { Span } from './span.js';

/** What is being counted or measured. */
export type QuantityKind = 'count' | 'money' | 'percent' | 'measure';

/**
 * How the text hedges the figure, normalised: around/approximately/circa → 'about'; over/above/
 * upwards of/in excess of → 'more than'; under/below/fewer than → 'less than'; almost/close to →
 * 'nearly'; no more than/a maximum of → 'at most'; no fewer than/a minimum of → 'at least'.
 * 'roughly' and 'some' stay their own words, as the gold annotations keep them.
 */
export type QuantityQualifier =
  | 'exact'
  | 'about'
  | 'roughly'
  | 'some'
  | 'at least'
  | 'more than'
  | 'less than'
  | 'at most'
  | 'up to'
  | 'nearly'
  | 'as many as';

export interface Quantity {
  /** The whole expression as an annotator marks it: qualifier, number, modifiers and counted noun. */
  readonly span: Span;
  /** The number's own words: "1,500", "one million", "1,500 or 12,000", "15,000 and 20,000", "dozens". */
  readonly valueSpan: Span;
  /** The single figure stated; null when the text gives a range, alternatives or a vague amount. */
  readonly value: number | null;
  /**
   * Bounds the text commits to. A single figure: low = high = value. "at least N", "more than N",
   * "N or more": low = N, high = null. "up to N", "at most N", "less than N", "nearly N", "as many
   * as N": low = null, high = N. A range: its ends. Alternatives: the smallest and largest. A vague
   * amount: low is the least the word can mean ("thousands" → 2000), high is null.
   */
  readonly low: number | null;
  readonly high: number | null;
  /** "1,500 or 12,000" → [1500, 12000]; null otherwise. */
  readonly alternatives: readonly number[] | null;
  /**
   * The counted noun, lower case: "special forces troops", "people" for demonym plurals, casualty
   * units "killed" / "wounded" / "killed or wounded", "US dollars", "percent", "square kilometres".
   * Null when nothing in the sentence says what is counted.
   */
  readonly unit: string | null;
  /**
   * Where the unit's words are written (the currency sign for "$8bn"). It lies outside `span` when
   * the unit was carried over from elsewhere in the sentence or from the figure a total adds to.
   * Null when there is no unit.
   */
  readonly unitSpan: Span | null;
  /** Null when the figure is vague, a range, a disjunction, or a neighbour's qualifier may cover it. */
  readonly qualifier: QuantityQualifier | null;
  /** "another 1,500", "an additional 1,500", "1,500 more": a figure added to an earlier one. */
  readonly increment: boolean;
  /** "a total of 10,000", "brings the total to 3,000": a running total. */
  readonly total: boolean;
  /** "dozens", "thousands of", "several", "a number of", "in the thousands". */
  readonly vague: boolean;
  readonly kind: QuantityKind;
  /** ISO 4217 code for money ("USD", "GBP", "EUR"); null otherwise. */
  readonly currency: string | null;
}
