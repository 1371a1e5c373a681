// findQuantities: the cardinal expressions in an article's clean text, for the `language` stage.
// Reads each number (numbers.ts), widens it left over qualifiers, increments and totals and right
// over ranges, alternatives and the counted noun (units.ts), drops what is a year, date, clock
// time, duration, ordinal, label or name, then settles units the sentence only implies.
// Pure and deterministic: no text is rewritten, every span indexes the text it was given.

import { makeSpan, type Span } from '../../model/span.js';
import type { Quantity, QuantityKind, QuantityQualifier } from '../../model/quantity.js';
import {
  AGE_WORDS_AFTER,
  ALTERNATIVE_LINK,
  BETWEEN_LINK,
  BETWEEN_WORD,
  CHANGE_LOOKBACK_WORDS,
  CHANGE_WORDS,
  CLOCK_WORDS,
  CLOSING_QUOTES,
  COUNTED_NOUNS,
  CURRENCY_CODES_BEFORE,
  CURRENCY_SIGNS,
  CURRENCY_NOUN_PLURALS,
  CURRENCY_WORDS,
  DEFINITE_ARTICLE,
  DOLLAR_PREFIXES,
  FROM_WORD,
  IN_THE_PHRASE,
  INCREMENT_AFTER_WORDS,
  INCREMENT_PHRASES,
  LABEL_WORDS_BEFORE,
  LIST_MARKER_FOLLOWERS,
  LOWER_BOUND_QUALIFIERS,
  MAX_DAY_OF_MONTH,
  MEASURE_PHRASES,
  MONTH_NAMES,
  MULTIPLIER_PHRASES_BEFORE,
  MULTIPLIER_WORDS,
  PRONOUN_QUANTIFIERS_BEFORE,
  APPOSITION_AGE_MAX,
  APPOSITION_CLOSERS,
  APPOSITION_MARKS,
  BRACKET_CLOSE,
  BRACKET_OPEN,
  ONE_WORDS,
  OPENING_QUOTES,
  PARTITIVE_DETERMINERS,
  PERCENT_PHRASES,
  PERCENT_SIGNS,
  PERCENT_UNIT,
  PERCENTAGE_POINTS_UNIT,
  QUALIFIER_PHRASES,
  RANGE_LINKS,
  SENTENCE_END_MARKS,
  SHARED_SCOPE_LINKS,
  TIME_UNITS,
  TOTAL_AFTER,
  TOTAL_PHRASES,
  TOTAL_TO_HEAD,
  TOTAL_TO_LINK,
  TOTAL_TO_MAX_NOUNS,
  TOTAL_UNIT_LOOKBACK_CHARS,
  TRAILING_AT_LEAST,
  UPPER_BOUND_QUALIFIERS,
  VAGUE_PLURALS_ALONE_OK,
  WEEKDAY_NAMES,
  YEAR_MAX,
  YEAR_MIN,
  YEAR_PREPOSITIONS,
} from './lexicon.js';
import { parseFigure, readNumberAt, scaleFigure, type NumberPhrase } from './numbers.js';
import { isCapitalised, matchesWords, tokenize, wordsEndBefore, type Token } from './tokens.js';
import { nearestCountedNoun, readCasualty, readNounPhrase, sentenceAround } from './units.js';

export interface QuantityOptions {
  /** Names the text in span errors (an article id or label). */
  readonly context: string;
}

export const defaultQuantityOptions: QuantityOptions = { context: 'quantities' };

/** A quantity before its spans are made: token indices into the token list. */
interface Draft {
  first: number;
  last: number;
  valueFirst: number;
  valueLast: number;
  value: number | null;
  low: number | null;
  high: number | null;
  alternatives: number[] | null;
  unit: string | null;
  unitFirst: number | null;
  unitLast: number | null;
  /** The unit is a lexicon noun, a demonym, a casualty, money, percent or a measure. */
  unitKnown: boolean;
  qualifier: QuantityQualifier | null;
  ownQualifier: boolean;
  /** The qualifier is written before the figure ("about", "some", "more than"), not after it. */
  qualifierBefore: boolean;
  increment: boolean;
  total: boolean;
  vague: boolean;
  kind: QuantityKind;
  currency: string | null;
  /** The value is a range ("40 to 50"). */
  range: boolean;
  /** A measure glued to the last figure ("5-10km"). */
  gluedMeasure: string | null;
  /** An opening quote before the figure whose closing quote stands before the noun. */
  quoteOpen: number | null;
}

type Currency = { code: string; unit: string; first: number };

/** Every quantity in `text`, sorted by start, not overlapping. */
export function findQuantities(text: string, options: Partial<QuantityOptions> = {}): Quantity[] {
  const { context } = { ...defaultQuantityOptions, ...options };
  const tokens = tokenize(text);
  const drafts: Draft[] = [];
  let index = 0;
  while (index < tokens.length) {
    const floor = drafts.length > 0 ? drafts[drafts.length - 1]!.last + 1 : 0;
    const draft = readQuantityAt(text, tokens, index, floor);
    if (draft) {
      drafts.push(draft);
      index = draft.last + 1;
    } else {
      index++;
    }
  }
  settleSharedScope(tokens, drafts);
  inferMissingUnits(tokens, drafts);
  return drafts.map((draft) => toQuantity(text, tokens, draft, context));
}

function readQuantityAt(text: string, tokens: readonly Token[], index: number, floor: number): Draft | null {
  const token = tokens[index]!;
  if (!token.isWord) return null;
  // Only a figure ("$600m", "$5-6bn") reads differently after a currency: for the other words,
  // nearly all of them no number, the currency is looked for once a number is found.
  const isFigure = startsWithDigit(token.lower);
  let currency = isFigure ? currencyBefore(tokens, index, floor) : null;
  const phrase = readNumberAt(tokens, index, currency !== null);
  const core = phrase ? asCore(phrase, tokens) : isFigure ? readHyphenRange(tokens, index, currency !== null) : null;
  if (!core || isExcludedCore(tokens, core)) return null;
  if (!isFigure) currency = currencyBefore(tokens, index, floor);

  const draft: Draft = {
    first: currency?.first ?? core.first,
    last: core.last,
    valueFirst: core.first,
    valueLast: core.last,
    value: core.value,
    low: core.value,
    high: core.value,
    alternatives: null,
    unit: currency?.unit ?? null,
    unitFirst: currency ? currency.first : null,
    unitLast: currency ? core.first - 1 : null,
    unitKnown: currency !== null,
    qualifier: core.vague ? null : 'exact',
    ownQualifier: false,
    qualifierBefore: false,
    increment: false,
    total: false,
    vague: core.vague,
    kind: currency ? 'money' : 'count',
    currency: currency?.code ?? null,
    range: core.range !== null,
    gluedMeasure: core.gluedMeasure,
    quoteOpen: null,
  };
  if (core.range) {
    draft.value = null;
    draft.low = core.range[0];
    draft.high = core.range[1];
    draft.qualifier = null;
  }
  if (core.vague) {
    draft.low = core.vagueLow;
    draft.high = null;
  }

  if (!core.range && !core.vague) readSecondFigure(tokens, draft, core, currency !== null);
  if (isDateOrClock(tokens, draft)) return null;
  if (!readUnit(text, tokens, draft, core)) return null;
  if (!draft.vague && !draft.range) readQualifierBefore(tokens, draft, floor);
  readIncrementAndTotal(tokens, draft, floor);
  widenForArticleAndQuotes(tokens, draft, floor);
  if (isExcludedWhole(tokens, draft, core)) return null;
  return draft;
}

// ------------------------------------------------------------------ the number and its partner

interface Core extends NumberPhrase {
  readonly vague: boolean;
  readonly range: readonly [number, number] | null;
  readonly scale: number;
}

function asCore(phrase: NumberPhrase, tokens: readonly Token[]): Core {
  const vague = phrase.form.startsWith('vague');
  const scaled = phrase.form === 'figure' && phrase.last > phrase.first;
  const suffix = parseFigure(tokens[phrase.first]!.lower)?.suffix ?? '';
  const scale = scaled || (suffix !== '' && phrase.gluedMeasure === null) ? impliedScale(phrase, tokens) : 1;
  return { ...phrase, vague, range: null, scale };
}

function impliedScale(phrase: NumberPhrase, tokens: readonly Token[]): number {
  const figure = parseFigure(tokens[phrase.first]!.lower);
  if (!figure || phrase.value === null) return 1;
  const base = Number(figure.digits);
  return base === 0 ? 1 : Math.round(phrase.value / base);
}

/** The token begins with an ASCII digit, as every figure parseFigure reads does. */
function startsWithDigit(lower: string): boolean {
  const code = lower.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** "40-50 soldiers", "$5-6bn": a range written as one hyphenated token (its first part a figure). */
function readHyphenRange(tokens: readonly Token[], index: number, currency: boolean): Core | null {
  const parts = tokens[index]!.lower.split(/[-–]/);
  if (parts.length !== 2) return null;
  const low = parseFigure(parts[0]!);
  const high = parseFigure(parts[1]!);
  if (!low || !high || low.suffix !== '') return null;
  const highPhrase = readNumberAt([{ ...tokens[index]!, lower: parts[1]!, text: parts[1]! }], 0, currency);
  if (!highPhrase || highPhrase.value === null) return null;
  const scale = high.suffix === '' ? 1 : highPhrase.value / Number(high.digits);
  const lowValue = scale === 1 ? Number(low.digits) : scaleFigure(low.digits, Math.round(scale));
  if (lowValue >= highPhrase.value) return null;
  return {
    first: index, last: index, form: 'figure', value: null, vagueLow: null, gluedMeasure: highPhrase.gluedMeasure,
    vague: false, range: [lowValue, highPhrase.value], scale,
  };
}

/** A figure's partner: "40 to 50", "between 15 and 20 million", "1,500 or 12,000". */
function readSecondFigure(tokens: readonly Token[], draft: Draft, core: Core, currency: boolean): void {
  const link = tokens[core.last + 1];
  if (!link || link.lineStart || core.value === null) return;
  const between = wordsEndBefore(tokens, draft.first, [BETWEEN_WORD]);
  const isRangeLink = between ? link.lower === BETWEEN_LINK : RANGE_LINKS.has(link.lower);
  const isAlternative = link.lower === ALTERNATIVE_LINK && !matchesWords(tokens, core.last + 1, TRAILING_AT_LEAST);
  if (!isRangeLink && !isAlternative) return;
  let secondIndex = core.last + 2;
  const secondCurrency = currency && CURRENCY_SIGNS.has(tokens[secondIndex]?.text ?? '') ? 1 : 0;
  secondIndex += secondCurrency;
  const phrase = readNumberAt(tokens, secondIndex, currency);
  if (!phrase || phrase.value === null || phrase.form.startsWith('vague')) return;
  const second = asCore(phrase, tokens);
  let first = core.value;
  // "between 15 and 20 million": the scale written once applies to both.
  if (core.scale === 1 && second.scale > 1 && first < second.value! / second.scale * 10) first = first * second.scale;
  if (isRangeLink) {
    if (!between && changeVerbBefore(tokens, draft.first)) return;
    if (second.value! <= first) return;
    draft.value = null;
    draft.low = first;
    draft.high = second.value;
    draft.qualifier = null;
    draft.range = true;
  } else {
    draft.value = null;
    draft.alternatives = [first, second.value!];
    draft.low = Math.min(first, second.value!);
    draft.high = Math.max(first, second.value!);
    draft.qualifier = null;
  }
  if (between) draft.first -= 1;
  draft.valueLast = second.last;
  draft.last = second.last;
  if (second.gluedMeasure) draft.gluedMeasure = second.gluedMeasure;
}

function changeVerbBefore(tokens: readonly Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - CHANGE_LOOKBACK_WORDS - 1; k--) {
    if (SENTENCE_END_MARKS.has(tokens[k]!.text) || tokens[k + 1]!.lineStart) return false;
    if (CHANGE_WORDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

function currencyBefore(tokens: readonly Token[], index: number, floor: number): Currency | null {
  const sign = tokens[index - 1];
  if (sign && index - 1 >= floor && sign.end === tokens[index]!.start) {
    const known = CURRENCY_SIGNS.get(sign.text);
    if (known) {
      const prefix = tokens[index - 2];
      const dollar = sign.text === '$' && prefix && prefix.end === sign.start && index - 2 >= floor ? DOLLAR_PREFIXES.get(prefix.text) : undefined;
      if (dollar) return { ...dollar, first: index - 2 };
      return { ...known, first: index - 1 };
    }
  }
  if (sign && index - 1 >= floor && !tokens[index]!.lineStart) {
    const code = CURRENCY_CODES_BEFORE.get(sign.text);
    if (code) return { code: sign.text, unit: code, first: index - 1 };
    // "a record Australian dollar 29.4bn" (bbc business 101): the currency named before the figure.
    const word = CURRENCY_WORDS.get(sign.lower);
    const adjective = tokens[index - 2];
    if (word && adjective && index - 2 >= floor && !sign.lineStart && isCapitalised(adjective) && adjective.text !== 'US') {
      return { code: word.code, unit: `${adjective.text} ${CURRENCY_NOUN_PLURALS.get(sign.lower) ?? sign.lower}`, first: index - 2 };
    }
    if (word && CURRENCY_NOUN_PLURALS.has(sign.lower)) return { ...word, first: index - 1 };
  }
  return null;
}

// ------------------------------------------------------------------ exclusions

/** Exclusions the number alone decides: ids, list markers, clock times, labels, names, "one" as a pronoun. */
function isExcludedCore(tokens: readonly Token[], core: Core): boolean {
  const token = tokens[core.first]!;
  const previous = tokens[core.first - 1];
  const next = tokens[core.last + 1];
  const sameLineNext = next && !next.lineStart ? next : undefined;
  const sameLinePrevious = previous && !token.lineStart ? previous : undefined;
  if (core.form === 'figure') {
    // Leading zeros are ids, phone numbers or clock parts ("08 October", "020 7946").
    if (/^0\d/.test(token.lower)) return true;
    if (token.lower.includes(':')) return true;
    // Two figures side by side ("020 7946 0958", "2024 05:30") are a code, not counts.
    if (sameLinePrevious && sameLinePrevious.isWord && parseFigure(sameLinePrevious.lower) && sameLinePrevious.end < token.start) return true;
    if (sameLineNext && sameLineNext.isWord && parseFigure(sameLineNext.lower) && core.last === core.first) return true;
    if (token.lineStart && sameLineNext && LIST_MARKER_FOLLOWERS.has(sameLineNext.text) && sameLineNext.start === token.end) return true;
  }
  if (sameLineNext && CLOCK_WORDS.has(sameLineNext.lower.replace(/\.$/, '')) && !core.vague) return true;
  if (sameLinePrevious && LABEL_WORDS_BEFORE.has(sameLinePrevious.lower) && !core.vague) return true;
  if (sameLineNext && MULTIPLIER_WORDS.has(sameLineNext.lower)) return true;
  if (MULTIPLIER_PHRASES_BEFORE.some((words) => wordsEndBefore(tokens, core.first, words))) return true;
  if (core.form === 'figure' && isAgeOrBracketed(tokens, core)) return true;
  // "Group of Seven", "Formula One": a capitalised spelled number inside a sentence is a name.
  if (core.form === 'spelled' && isCapitalised(token) && !atSentenceStart(tokens, core.first)) return true;
  if (core.form === 'spelled' && core.first === core.last && ONE_WORDS.has(token.lower)) {
    return !(sameLineNext && COUNTED_NOUNS.has(sameLineNext.lower));
  }
  return false;
}

/** "Kenteris, 31, won": an age set off by commas after a name; "Scotland (8)": a rank alone in brackets. */
function isAgeOrBracketed(tokens: readonly Token[], core: Core): boolean {
  const previous = tokens[core.first - 1];
  const next = tokens[core.last + 1];
  if (!previous || !next || tokens[core.first]!.lineStart || next.lineStart) return false;
  if (previous.text === BRACKET_OPEN && next.text === BRACKET_CLOSE) return true;
  const beforeComma = tokens[core.first - 2];
  return (
    core.value !== null && Number.isInteger(core.value) && core.value <= APPOSITION_AGE_MAX && core.first === core.last &&
    APPOSITION_MARKS.has(previous.text) && APPOSITION_CLOSERS.has(next.text) && !!beforeComma && beforeComma.isWord && isCapitalised(beforeComma)
  );
}

/** Dates ("3 October", "8 to 13 October", "October 23", "Friday 25") and clock times. */
function isDateOrClock(tokens: readonly Token[], draft: Draft): boolean {
  const small = (v: number | null) => v !== null && Number.isInteger(v) && v >= 1 && v <= MAX_DAY_OF_MONTH;
  if (!(small(draft.value) || (small(draft.low) && small(draft.high)) || (draft.alternatives?.every(small) ?? false))) return false;
  const next = tokens[draft.valueLast + 1];
  const previous = tokens[draft.valueFirst - 1];
  const nameAt = (t: Token | undefined) => !!t && (MONTH_NAMES.has(t.lower) || WEEKDAY_NAMES.has(t.lower));
  if (next && !next.lineStart && MONTH_NAMES.has(next.lower) && isCapitalised(next)) return true;
  if (previous && !tokens[draft.valueFirst]!.lineStart && nameAt(previous) && isCapitalised(previous)) return true;
  // "October 8-13", "on 3 and 4 October": a figure whose partner is a date.
  const afterLink = tokens[draft.valueLast + 2];
  if (next && (next.lower === 'and' || next.lower === 'to') && afterLink && /^\d+$/.test(afterLink.lower) && MONTH_NAMES.has(tokens[draft.valueLast + 3]?.lower ?? '')) return true;
  return false;
}

/** Exclusions that need the whole quantity: years, labels after a proper noun, durations handled in readUnit. */
function isExcludedWhole(tokens: readonly Token[], draft: Draft, core: Core): boolean {
  const token = tokens[draft.valueFirst]!;
  const strongUnit = draft.unitKnown;
  const previous = tokens[draft.first - 1];
  // "in 2018", "since 2006", "2000 and 2003 results": a bare four-digit figure is a year, unless
  // a qualifier before it and a counted noun after it make it a count ("about 2000 protesters").
  const countedWithQualifier = draft.qualifierBefore && draft.unit !== null && !(previous && !tokens[draft.first]!.lineStart && YEAR_PREPOSITIONS.has(previous.lower));
  if (core.form === 'figure' && /^\d{4}$/.test(token.lower) && core.value !== null && core.value >= YEAR_MIN && core.value <= YEAR_MAX && !strongUnit && !countedWithQualifier && draft.kind === 'count') return true;
  // "all three are awaiting a trial date": a pronoun like "both".
  if (draft.unit === null && previous && PRONOUN_QUANTIFIERS_BEFORE.has(previous.lower)) return true;
  // "Apollo 11", "Windows 95", "Channel 4": a figure right after a proper noun labels it.
  if (core.form === 'figure' && previous && !tokens[draft.first]!.lineStart && previous.isWord && isCapitalised(previous) && !atSentenceStart(tokens, draft.first - 1) && !strongUnit) return true;
  if ((core.form === 'vague-determiner' || core.form === 'vague-noun') && draft.unit === null) return true;
  return false;
}

function atSentenceStart(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.lineStart) return true;
  let k = index - 1;
  while (k >= 0 && OPENING_QUOTES.has(tokens[k]!.text)) {
    if (tokens[k]!.lineStart) return true;
    k--;
  }
  return k < 0 || SENTENCE_END_MARKS.has(tokens[k]!.text) || tokens[k]!.text === ':';
}

// ------------------------------------------------------------------ the unit

/**
 * Reads what the figure counts, after it. Returns false when the figure turns out to be a
 * duration or an age, which are not quantities.
 */
function readUnit(text: string, tokens: readonly Token[], draft: Draft, core: Core): boolean {
  let j = draft.valueLast + 1;
  const glued = draft.gluedMeasure;
  if (glued && draft.kind !== 'money') {
    draft.kind = 'measure';
    draft.unit = glued;
    draft.unitFirst = draft.valueLast;
    draft.unitLast = draft.valueLast;
    draft.unitKnown = true;
    return true;
  }
  const at = (k: number) => (tokens[k] && !tokens[k]!.lineStart ? tokens[k] : undefined);
  // A closing quote between figure and noun: "“at least 3,000” North Korean soldiers".
  if (at(j) && CLOSING_QUOTES.has(at(j)!.text) && draft.unit === null) {
    const opening = findOpeningQuoteBefore(tokens, draft.first);
    if (opening !== null) {
      draft.quoteOpen = opening;
      j++;
    }
  }
  if (AGE_WORDS_AFTER.some((words) => matchesWords(tokens, j, words) && !tokens[j]!.lineStart)) return false;
  if (at(j) && TIME_UNITS.has(at(j)!.lower)) return false;
  if (draft.kind === 'money') return true;
  // Percent: "76%", "27 per cent".
  if (at(j) && PERCENT_SIGNS.has(at(j)!.text)) return setUnit(draft, PERCENT_UNIT, j, j, 'percent');
  for (const words of PERCENT_PHRASES) {
    if (at(j) && matchesWords(tokens, j, words)) {
      return setUnit(draft, words[0] === 'percentage' ? PERCENTAGE_POINTS_UNIT : PERCENT_UNIT, j, j + words.length - 1, 'percent');
    }
  }
  // Increment after the figure: "1,500 more soldiers"; lower bound: "3,000 or more".
  if (at(j) && INCREMENT_AFTER_WORDS.has(at(j)!.lower) && !core.vague) {
    draft.increment = true;
    draft.last = j;
    j++;
  } else if (at(j) && matchesWords(tokens, j, TRAILING_AT_LEAST) && !core.vague) {
    draft.qualifier = 'at least';
    draft.ownQualifier = true;
    draft.high = null;
    draft.last = j + 1;
    j += 2;
  }
  // Vague plurals and "a number" take "of": "dozens of North Koreans", "a number of".
  const ofFollows = at(j)?.lower === 'of';
  if (core.vague && ofFollows) {
    j++;
  } else if (core.form === 'vague-plural' && !VAGUE_PLURALS_ALONE_OK.has(tokens[core.first]!.lower) && core.last === core.first) {
    return false;
  } else if (ofFollows && !core.vague) {
    // Partitive: "two of the suspects"; "one of the largest" is not a count.
    if (ONE_WORDS.has(tokens[core.first]!.lower) && core.form === 'spelled' && core.first === core.last) return false;
    if (at(j + 1) && PARTITIVE_DETERMINERS.has(at(j + 1)!.lower)) j += 2;
  }
  if (!at(j)) return true;
  const currencyWord = CURRENCY_WORDS.get(at(j)!.lower);
  if (currencyWord) return setMoney(draft, currencyWord, j, j);
  if (isCapitalised(at(j)!) && at(j + 1) && CURRENCY_WORDS.has(at(j + 1)!.lower)) {
    const word = CURRENCY_WORDS.get(at(j + 1)!.lower)!;
    const named = at(j)!.text === 'US' ? word : { code: word.code, unit: `${at(j)!.text} ${at(j + 1)!.lower}` };
    return setMoney(draft, named, j, j + 1);
  }
  for (const [words, unit] of MEASURE_PHRASES) {
    if (matchesWords(tokens, j, words)) return setUnit(draft, unit, j, j + words.length - 1, 'measure');
  }
  if (TIME_UNITS.has(at(j)!.lower)) return false;
  const direct = readCasualty(tokens, j);
  if (direct && direct.adjacent) return setUnit(draft, direct.unit, direct.first, direct.last, 'count');
  const phrase = readNounPhrase(text, tokens, j);
  if (!phrase) return true;
  if (TIME_UNITS.has(tokens[phrase.head]!.lower)) return false;
  draft.unit = phrase.unit;
  draft.unitFirst = phrase.unitFirst;
  draft.unitLast = phrase.last;
  draft.unitKnown = phrase.known;
  draft.last = phrase.last;
  if (matchesWords(tokens, phrase.last + 1, TRAILING_AT_LEAST) && !tokens[phrase.last + 1]!.lineStart && !core.vague) {
    draft.qualifier = 'at least';
    draft.ownQualifier = true;
    draft.high = null;
    draft.last = phrase.last + TRAILING_AT_LEAST.length;
    return true;
  }
  const casualty = readCasualty(tokens, phrase.last + 1);
  if (casualty) {
    draft.unit = casualty.unit;
    draft.unitKnown = true;
    if (casualty.adjacent) {
      draft.last = casualty.last;
      draft.unitFirst = casualty.first;
      draft.unitLast = casualty.last;
    } else {
      draft.unitFirst = casualty.first;
      draft.unitLast = casualty.last;
    }
  }
  return true;
}

function setUnit(draft: Draft, unit: string, first: number, last: number, kind: QuantityKind): true {
  draft.unit = unit;
  draft.unitFirst = first;
  draft.unitLast = last;
  draft.unitKnown = true;
  draft.kind = kind;
  draft.last = Math.max(draft.last, last);
  return true;
}

function setMoney(draft: Draft, currency: { code: string; unit: string }, first: number, last: number): true {
  draft.currency = currency.code;
  return setUnit(draft, currency.unit, first, last, 'money');
}

function findOpeningQuoteBefore(tokens: readonly Token[], index: number): number | null {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const token = tokens[k]!;
    if (OPENING_QUOTES.has(token.text) && tokens[k + 1]!.start === token.end) return k;
    if (!token.isWord || tokens[k + 1]!.lineStart) return null;
  }
  return null;
}

// ------------------------------------------------------------------ left of the number

function readQualifierBefore(tokens: readonly Token[], draft: Draft, floor: number): void {
  if (draft.alternatives) return;
  for (const [words, qualifier] of QUALIFIER_PHRASES) {
    if (draft.first - words.length < floor || !wordsEndBefore(tokens, draft.first, words)) continue;
    draft.first -= words.length;
    draft.qualifier = qualifier;
    draft.ownQualifier = true;
    draft.qualifierBefore = true;
    if (LOWER_BOUND_QUALIFIERS.has(qualifier)) draft.high = null;
    if (UPPER_BOUND_QUALIFIERS.has(qualifier)) draft.low = null;
    return;
  }
}

function readIncrementAndTotal(tokens: readonly Token[], draft: Draft, floor: number): void {
  for (const words of INCREMENT_PHRASES) {
    if (draft.first - words.length >= floor && wordsEndBefore(tokens, draft.first, words)) {
      draft.first -= words.length;
      draft.increment = true;
      break;
    }
  }
  for (const words of TOTAL_PHRASES) {
    if (draft.first - words.length >= floor && wordsEndBefore(tokens, draft.first, words)) {
      draft.first -= words.length;
      draft.total = true;
      return;
    }
  }
  // "brings the total contingent to 3,000".
  if (tokens[draft.first - 1]?.lower === TOTAL_TO_LINK) {
    for (let nouns = 0; nouns <= TOTAL_TO_MAX_NOUNS; nouns++) {
      const head = draft.first - 1 - nouns - TOTAL_TO_HEAD.length;
      if (head < floor) break;
      if (wordsEndBefore(tokens, head + TOTAL_TO_HEAD.length, TOTAL_TO_HEAD)) {
        const between = tokens.slice(head + TOTAL_TO_HEAD.length, draft.first - 1);
        if (between.every((t) => t.isWord && !t.lineStart) && !tokens[draft.first]!.lineStart) {
          draft.first = head;
          draft.total = true;
        }
        return;
      }
    }
  }
  if (matchesWords(tokens, draft.last + 1, TOTAL_AFTER) && !tokens[draft.last + 1]!.lineStart) {
    draft.total = true;
    draft.last += TOTAL_AFTER.length;
  }
}

function widenForArticleAndQuotes(tokens: readonly Token[], draft: Draft, floor: number): void {
  const previous = tokens[draft.first - 1];
  const onLine = !tokens[draft.first]!.lineStart;
  if (draft.vague && draft.unitFirst === null && onLine && draft.first - IN_THE_PHRASE.length >= floor && wordsEndBefore(tokens, draft.first, IN_THE_PHRASE)) {
    draft.first -= IN_THE_PHRASE.length;
  } else if (!draft.total && previous && onLine && previous.lower === DEFINITE_ARTICLE && draft.first - 1 >= floor) {
    draft.first -= 1;
  }
  const quoteOpen = draft.quoteOpen;
  if (quoteOpen !== null && quoteOpen >= floor && quoteOpen < draft.first) draft.first = quoteOpen;
}

// ------------------------------------------------------------------ across quantities

/**
 * "at least 115,000 soldiers killed and 500,000 wounded": whether `at least` also covers the
 * second figure is unclear, so a bare figure joined to a hedged one gets no qualifier.
 */
function settleSharedScope(tokens: readonly Token[], drafts: Draft[]): void {
  for (let d = 1; d < drafts.length; d++) {
    const previous = drafts[d - 1]!;
    const current = drafts[d]!;
    if (current.ownQualifier || current.qualifier !== 'exact' || !previous.ownQualifier) continue;
    if (previous.qualifier === 'exact' || previous.qualifier === null) continue;
    const between = tokens.slice(previous.last + 1, current.first);
    if (between.length === 1 && SHARED_SCOPE_LINKS.includes(between[0]!.lower)) current.qualifier = null;
  }
}

/**
 * A figure with no noun after it takes its unit from what it totals ("brings the total to 3,000"
 * after "1,500 soldiers") or from the nearest counted noun in its sentence ("1,500 or 12,000, or
 * which kind of soldiers").
 */
function inferMissingUnits(tokens: readonly Token[], drafts: Draft[]): void {
  const taken = (k: number) => drafts.some((d) => d.first <= k && k <= d.last);
  for (let d = 0; d < drafts.length; d++) {
    const draft = drafts[d]!;
    if (draft.unit !== null || draft.kind !== 'count') continue;
    if (draft.total) {
      for (let p = d - 1; p >= 0; p--) {
        const earlier = drafts[p]!;
        if (tokens[draft.first]!.start - tokens[earlier.last]!.end > TOTAL_UNIT_LOOKBACK_CHARS) break;
        if (earlier.unit !== null && earlier.kind === 'count') {
          draft.unit = earlier.unit;
          draft.unitFirst = earlier.unitFirst;
          draft.unitLast = earlier.unitLast;
          break;
        }
      }
      if (draft.unit !== null) continue;
    }
    // "24 fouls in the game, seven on Heinze, five on Ronaldo": a list carries its first unit on.
    const sentence = sentenceAround(tokens, draft.valueFirst);
    const listHead = d > 0 ? drafts[d - 1]! : null;
    if (listHead && listHead.first >= sentence.first && listHead.unit !== null && listHead.kind === 'count' && !draft.vague) {
      draft.unit = listHead.unit;
      draft.unitFirst = listHead.unitFirst;
      draft.unitLast = listHead.unitLast;
      continue;
    }
    const noun = nearestCountedNoun(tokens, draft.valueFirst, taken);
    if (noun !== null) {
      draft.unit = tokens[noun]!.lower;
      draft.unitFirst = noun;
      draft.unitLast = noun;
    }
  }
}

// ------------------------------------------------------------------ output

function toQuantity(text: string, tokens: readonly Token[], draft: Draft, context: string): Quantity {
  const span = (first: number, last: number): Span => makeSpan(tokens[first]!.start, tokens[last]!.end, text.length, context);
  return {
    span: span(draft.first, draft.last),
    valueSpan: span(draft.valueFirst, draft.valueLast),
    value: draft.value,
    low: draft.low,
    high: draft.high,
    alternatives: draft.alternatives,
    unit: draft.unit,
    unitSpan: draft.unitFirst !== null && draft.unitLast !== null ? span(draft.unitFirst, draft.unitLast) : null,
    qualifier: draft.qualifier,
    increment: draft.increment,
    total: draft.total,
    vague: draft.vague,
    kind: draft.kind,
    currency: draft.currency,
  };
}
