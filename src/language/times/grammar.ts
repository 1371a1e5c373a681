// The time-expression grammar: a small recursive-descent reader over tokens that finds "on
// Wednesday", "since August 2023", "from 8 to 13 October", "over recent weeks" and says what each
// means (a TimeRef), leaving the calendar to resolve.ts. Scans left to right and keeps, at each
// position, the longest reading; words and thresholds come from lexicon.ts.

import type { TimeExpressionKind, TimeModifier } from '../../model/time-expression.js';
import * as L from './lexicon.js';
import type { TimeMatch, TimeRef, TimeRole, YearRef } from './time-ref.js';
import type { Token } from './tokens.js';

interface Core {
  readonly end: number;
  readonly ref: TimeRef;
  readonly kind: TimeExpressionKind;
}

interface CoreContext {
  /** A preposition, modifier or relation word stands before it, so a bare month or year is a time. */
  readonly licensed: boolean;
  /** After "the start of" / "the end of": "the year" means this year. */
  readonly afterModNoun: boolean;
}

const HYPHENS = new Set(['-', '–', '‐']);
const RANGE_CONNECTORS = new Set(['to', 'until', 'till', 'through', '-', '–']);
const DEICTIC_PART_OFFSETS: ReadonlyMap<string, number> = new Map([['night', -1]]);
const POINT_PREPOSITIONS = new Set(L.POINT_PREPOSITIONS.filter((p) => !p.includes(' ') && p !== 'from' && p !== 'between'));
const DEADLINES = new Set(L.DEADLINE_PREPOSITIONS.filter((p) => !p.includes(' ')));
const OUTSIDE_LICENCE = new Set(L.LICENSING_WORDS_OUTSIDE_SURFACE);
const LEADING = new Set(L.LEADING_ADVERBS);
const DAY_PARTS = new Set(L.DAY_PARTS);
const TIME_ZONES = new Set(L.TIME_ZONES);
const DURATION_PREPS = new Set(L.DURATION_PREPOSITIONS);
const APPROXIMATORS = new Set(L.APPROXIMATORS);
const DURATION_OF_NOUNS = new Set(L.DURATION_OF_NOUNS);
const FREQUENCY = new Set(L.FREQUENCY_ADVERBS);
const FREQUENCY_DEGREE = new Set(L.FREQUENCY_DEGREE_WORDS);
const REPETITION_QUANTIFIERS = new Set(L.REPETITION_QUANTIFIERS);
const REPETITION_COUNTS = new Set(L.REPETITION_COUNTS);
const EVENT_NOUNS = new Set(L.EVENT_NOUNS);
const EVENT_START_VERBS = new Set(L.EVENT_START_VERBS);
const EVENT_START_NOUNS = new Set(L.EVENT_START_NOUNS);
const EVENT_RELATIVE_ADJECTIVES = new Set(L.EVENT_RELATIVE_ADJECTIVES);
const EVENT_RELATIVE_WORDS = new Set(L.EVENT_RELATIVE_WORDS);
const WEEKDAY_TITLE_HEADS = new Set(L.WEEKDAY_TITLE_HEADS);
const YEAR_FOLLOWERS_NOT_COUNTED = new Set(L.YEAR_FOLLOWERS_NOT_COUNTED);
const COUNT_QUALIFIERS_BEFORE_NUMBER = new Set(L.COUNT_QUALIFIERS_BEFORE_NUMBER);
const YEAR_AFTER_QUALIFIER_FOLLOWERS = new Set(L.YEAR_AFTER_QUALIFIER_FOLLOWERS);
const CLOCK_SUFFIXES = new Set(L.CLOCK_SUFFIXES);
/** The vague phrases by their first word, in lexicon order: most tokens start none, and are passed over with one lookup. */
const VAGUE_PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of L.VAGUE_PHRASES) {
    const list = index.get(phrase[0]!);
    if (list) list.push(phrase);
    else index.set(phrase[0]!, [phrase]);
  }
  return index;
})();

/**
 * Every lower-case word the first token of some reading can be (each reader's opening test, read
 * off the code below): prepositions, modifiers, counts, approximators, relation and deictic words,
 * weekday, month and quarter words, the vague phrases' first words, and "the". A token that is
 * neither one of these nor a number starts no expression, so the readers are not even tried there
 * (about three tokens in four). Keep it in step when a reader learns a new opening word.
 */
const START_WORDS: ReadonlySet<string> = new Set([
  'the', 'as', 'from', 'between', 'since', 'on', 'q',
  ...POINT_PREPOSITIONS, ...DEADLINES, ...LEADING, ...DURATION_PREPS, ...APPROXIMATORS,
  ...L.APPROXIMATOR_PAIRS.map((pair) => pair[0]),
  ...L.COUNT_WORDS.keys(), ...REPETITION_COUNTS, ...REPETITION_QUANTIFIERS, ...FREQUENCY, ...FREQUENCY_DEGREE,
  ...L.MOD_WORDS.keys(), ...L.RELATIONS.keys(), ...L.PART_OF_UNIT_WORDS.keys(), ...L.DEICTIC_DAYS.keys(),
  ...L.WEEKDAY_NAMES.keys(), ...L.MONTH_NAMES.keys(), ...L.MONTH_ABBREVIATIONS.keys(), ...L.QUARTER_ORDINALS.keys(),
  ...VAGUE_PHRASES_BY_FIRST_WORD.keys(),
]);

/** Every time expression in the tokens, in text order, not overlapping. */
export function findTimeMatches(tokens: readonly Token[], text: string): TimeMatch[] {
  const grammar = new Grammar(tokens, text);
  const matches: TimeMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const match = token.isNumber || START_WORDS.has(token.lower) ? grammar.matchAt(i) : null;
    if (match) {
      matches.push(match);
      i = match.endToken;
    } else {
      i++;
    }
  }
  return matches;
}

/** A repeated time ("every week", "twice a day") from token `start` to `end`: no calendar time. A function, not a closure made per call. */
function repetitionMatch(start: number, end: number): TimeMatch {
  return { startToken: start, endToken: end, ref: { t: 'none', reason: 'not-a-calendar-time' }, kind: 'set', mod: null, role: 'point' };
}

class Grammar {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
  ) {}

  matchAt(i: number): TimeMatch | null {
    // The longest reading wins, the first listed on a tie; kept running rather than gathered in an
    // array, as this runs at most tokens of every article.
    let best = longerMatch(null, this.vague(i));
    best = longerMatch(best, this.repetition(i));
    best = longerMatch(best, this.sinceEvent(i));
    best = longerMatch(best, this.counted(i));
    best = longerMatch(best, this.eventRelative(i));
    best = longerMatch(best, this.general(i));
    const word = this.tokens[i]!.lower;
    if (LEADING.has(word) && this.word(i + 1) !== null) {
      const inner = this.general(i + 1);
      // "later on Wednesday afternoon", "sometime earlier this month": the adverb belongs to the time.
      if (inner && (word === 'sometime' || this.isPreposition(i + 1))) best = longerMatch(best, { ...inner, startToken: i });
    }
    return best;
  }

  // ---- token access ----------------------------------------------------------------------------

  /** The token at j if it continues the line of the expression (tokens after a line break are out of reach). */
  private at(j: number, from: number): Token | undefined {
    const t = this.tokens[j];
    if (!t) return undefined;
    for (let k = from + 1; k <= j; k++) if (this.tokens[k]!.breakBefore) return undefined;
    return t;
  }

  /** Lower-case word at j if it is on the same line as j-1. */
  private word(j: number): string | null {
    const t = this.tokens[j];
    return t && !t.breakBefore ? t.lower : null;
  }

  private is(j: number, ...words: string[]): boolean {
    const w = this.word(j);
    return w !== null && words.includes(w);
  }

  private seq(j: number, words: readonly string[]): number {
    for (let k = 0; k < words.length; k++) if (this.word(j + k) !== words[k]) return -1;
    return j + words.length;
  }

  private isPreposition(j: number): boolean {
    const w = this.word(j);
    return w !== null && (POINT_PREPOSITIONS.has(w) || DEADLINES.has(w) || w === 'since');
  }

  private prevWord(j: number): string | null {
    const t = this.tokens[j];
    return t && !t.breakBefore ? (this.tokens[j - 1]?.lower ?? null) : null;
  }

  // ---- general: [preposition] [modifier] core ---------------------------------------------------

  private general(i: number): TimeMatch | null {
    let j = i;
    let role: TimeRole = 'point';
    const w = this.tokens[i]!.lower;
    if (this.seq(i, ['as', 'of']) > 0) {
      j = i + 2;
    } else if (w === 'from' || w === 'between') {
      const range = this.range(i + 1, w === 'between');
      if (range) return { startToken: i, endToken: range.end, ref: range.ref, kind: range.kind, mod: null, role: 'point' };
      if (w === 'between') return null;
      j = i + 1;
      role = 'since';
    } else if (w === 'since') {
      j = i + 1;
      role = 'since';
    } else if (DEADLINES.has(w)) {
      j = i + 1;
      role = 'deadline';
    } else if (POINT_PREPOSITIONS.has(w)) {
      j = i + 1;
    }
    const prepared = j > i;
    if (prepared && this.word(j) === null) return null;
    const mod = this.modifier(j);
    const coreStart = mod ? mod.end : j;
    const outside = !prepared && OUTSIDE_LICENCE.has(this.prevWord(i) ?? '');
    const core = this.core(coreStart, { licensed: prepared || mod !== null || outside, afterModNoun: mod?.noun ?? false });
    if (!core) return null;
    if (w === 'on' && core.ref.t === 'weekday' && this.isNewspaperTitle(i)) return null;
    // A bare range without a preposition ("8-13 October") is fine; "from"/"by"/"since" set the role.
    const kind: TimeExpressionKind = role === 'since' ? 'since' : role === 'deadline' ? 'deadline' : core.kind;
    return { startToken: i, endToken: core.end, ref: core.ref, kind, mod: mod?.mod ?? null, role };
  }

  /** "Mail on Sunday": a newspaper title, not a date. */
  private isNewspaperTitle(onIndex: number): boolean {
    const before = this.tokens[onIndex - 1];
    return before !== undefined && before.isCapitalised && WEEKDAY_TITLE_HEADS.has(before.lower) && !this.tokens[onIndex]!.breakBefore;
  }

  private modifier(j: number): { end: number; mod: TimeModifier; noun: boolean } | null {
    if (this.tokens[j]?.lower === 'the') {
      const noun = L.MOD_NOUNS.get(this.word(j + 1) ?? '');
      return noun && this.word(j + 2) === 'of' && this.word(j + 3) !== null ? { end: j + 3, mod: noun, noun: true } : null;
    }
    const first = L.MOD_WORDS.get(this.tokens[j]?.lower ?? '');
    if (!first) return null;
    let end = j + 1;
    let mod: TimeModifier = first;
    // "early-to-mid October" (gold 001 L51), "mid-to-late 2004", "early to mid October".
    let k = end;
    while (k < end + 3 && (HYPHENS.has(this.word(k) ?? '') || this.word(k) === 'to')) k++;
    const second = k > end ? L.MOD_WORDS.get(this.word(k) ?? '') : undefined;
    const combined = second ? `${first}-to-${second}` : '';
    if (combined === 'early-to-mid' || combined === 'mid-to-late') {
      mod = combined;
      end = k + 1;
    }
    if (HYPHENS.has(this.word(end) ?? '')) end++; // "mid-October"
    if (this.word(end) === null) return null;
    return { end, mod, noun: false };
  }

  // ---- cores -------------------------------------------------------------------------------------

  private core(j: number, ctx: CoreContext): Core | null {
    if (j >= this.tokens.length) return null;
    // The longest core wins, the first listed on a tie.
    let best = longerCore(null, this.isoDate(j));
    best = longerCore(best, this.weekdayLed(j, ctx));
    best = longerCore(best, this.relationLed(j));
    best = longerCore(best, this.partOfUnit(j));
    best = longerCore(best, this.dayLed(j));
    best = longerCore(best, this.monthLed(j, ctx));
    best = longerCore(best, this.yearCore(j, ctx));
    best = longerCore(best, this.deictic(j));
    best = longerCore(best, this.quarter(j));
    best = longerCore(best, this.theUnit(j, ctx));
    best = longerCore(best, this.trailing(j));
    best = longerCore(best, this.zonedClock(j));
    return best;
  }

  private monthAt(j: number, allowAbbreviation: boolean): { month: number; end: number } | null {
    const t = this.tokens[j];
    if (!t || !t.isWord || !t.isCapitalised) return null;
    const full = L.MONTH_NAMES.get(t.lower);
    if (full) return { month: full, end: j + 1 };
    if (!allowAbbreviation) return null;
    const abbr = L.MONTH_ABBREVIATIONS.get(t.lower);
    if (!abbr) return null;
    const dot = this.tokens[j + 1]?.text === '.' && !this.tokens[j + 1]!.spaceBefore;
    return { month: abbr, end: dot ? j + 2 : j + 1 };
  }

  private weekdayAt(j: number): number | null {
    const t = this.tokens[j];
    if (!t || !t.isWord || !t.isCapitalised) return null;
    return L.WEEKDAY_NAMES.get(t.lower) ?? null;
  }

  /** A day of the month: 1–31, one or two digits, maybe ordinal ("23rd"), not part of a bigger number or a clock. */
  private dayAt(j: number): number | null {
    const t = this.tokens[j];
    if (!t || !t.isNumber || t.value === null || t.value < 1 || t.value > 31) return null;
    const digits = t.text.replace(/\D+$/, '');
    if (digits.length > 2) return null;
    if (!this.standsAlone(t)) return null;
    const next = this.tokens[j + 1];
    if (next && !next.spaceBefore && (next.text === ':' || next.text === '.' || next.text === ',') && this.tokens[j + 2]?.isNumber && !this.tokens[j + 2]!.spaceBefore) return null;
    return t.value;
  }

  /** A four-digit year in the plausible range that is not part of a larger number ("2,000 litres"). */
  private yearAt(j: number): number | null {
    const t = this.tokens[j];
    if (!t || !t.isNumber || t.isOrdinal || t.text.length !== 4 || t.value === null) return null;
    if (t.value < L.PLAUSIBLE_YEAR_MIN || t.value > L.PLAUSIBLE_YEAR_MAX) return null;
    if (!this.standsAlone(t)) return null;
    return t.value;
  }

  /** Not glued to digits, separators or currency: "2,000", "1.5", "£2004", "2004%". */
  private standsAlone(t: Token): boolean {
    const before = this.text[t.start - 1] ?? ' ';
    const after = this.text[t.end] ?? ' ';
    const afterNext = this.text[t.end + 1] ?? ' ';
    if (/[\d£$€¥]/.test(before)) return false;
    if ((before === ',' || before === '.') && /\d/.test(this.text[t.start - 2] ?? '')) return false;
    if ((after === ',' || after === '.') && /\d/.test(afterNext)) return false;
    if (after === '%') return false;
    return true;
  }

  private yearAfter(j: number): { year: number; end: number } | null {
    let k = j;
    if (this.word(k) === ',') k++;
    const year = this.word(k) !== null ? this.yearAt(k) : null;
    return year !== null ? { year, end: k + 1 } : null;
  }

  private clockAfter(j: number): number {
    let k = j;
    if (this.word(k) === 'at' || this.word(k) === ',') k++;
    const hour = this.tokens[k];
    if (!hour || hour.breakBefore || !hour.isNumber || hour.value === null || hour.value > 23) return j;
    if ((this.tokens[k + 1]?.text === ':' || this.tokens[k + 1]?.text === '.') && !this.tokens[k + 1]!.spaceBefore) {
      const minutes = this.tokens[k + 2];
      if (!minutes || minutes.spaceBefore || !minutes.isNumber || minutes.text.length !== 2) return j;
      k += 3;
    } else if (!CLOCK_SUFFIXES.has(this.word(k + 1) ?? '')) {
      return j;
    } else {
      k += 1;
    }
    if (CLOCK_SUFFIXES.has(this.word(k) ?? '')) k++;
    if (TIME_ZONES.has(this.word(k) ?? '') && this.tokens[k]!.text === this.tokens[k]!.text.toUpperCase()) k++;
    return k;
  }

  private withClock(core: Core): Core {
    if (core.ref.t !== 'date') return core;
    const end = this.clockAfter(core.end);
    return end > core.end ? { ...core, end, kind: 'datetime' } : core;
  }

  private isoDate(j: number): Core | null {
    const year = this.yearAt(j);
    if (year === null) return null;
    const parts = [j + 1, j + 2, j + 3, j + 4].map((k) => this.tokens[k]);
    if (parts.some((p) => !p || p.spaceBefore)) return null;
    const [h1, m, h2, d] = parts as Token[];
    if (h1!.text !== '-' || h2!.text !== '-' || !m!.isNumber || !d!.isNumber || m!.text.length !== 2 || d!.text.length !== 2) return null;
    return this.withClock({ end: j + 5, ref: { t: 'date', year, month: m!.value!, day: d!.value!, weekday: null }, kind: 'date' });
  }

  /** "Friday 25 October 2024 05:30 BST", "Wednesday, October 23", or a bare weekday. */
  private weekdayLed(j: number, ctx: CoreContext): Core | null {
    const weekday = this.weekdayAt(j);
    if (weekday === null) return null;
    let k = j + 1;
    if (this.word(k) === ',') k++;
    const dated = this.dayLed(k) ?? this.monthLed(k, { licensed: false, afterModNoun: false });
    if (dated && dated.ref.t === 'date') {
      return this.withClock({ ...dated, ref: { ...dated.ref, weekday } });
    }
    if (!ctx.licensed && !this.weekdayStandsAlone(j)) return null;
    let end = j + 1;
    let kind: TimeExpressionKind = 'date';
    if (DAY_PARTS.has(this.word(end) ?? '')) {
      end++;
      kind = 'time';
    }
    return { end, ref: { t: 'weekday', weekday, relation: null }, kind };
  }

  /** A weekday with no preposition is a date unless it is part of a name: "Sheffield Wednesday", "GMTV's Sunday programme", "Sunday Times". */
  private weekdayStandsAlone(j: number): boolean {
    const t = this.tokens[j]!;
    const prev = this.tokens[j - 1];
    if (prev && !t.breakBefore) {
      if (prev.isCapitalised && prev.isWord && !prev.sentenceStart && !this.isPreposition(j - 1)) return false;
      if (prev.lower === 's' && (this.tokens[j - 2]?.text === "'" || this.tokens[j - 2]?.text === '’')) return false;
      if (prev.lower === 'on' && this.isNewspaperTitle(j - 1)) return false;
      if (prev.lower === 'a' || prev.lower === 'every' || prev.lower === 'each') return false; // "on a Sunday lunchtime": no particular Sunday
    }
    const next = this.tokens[j + 1];
    if (next && !next.breakBefore && next.isWord && next.isCapitalised && !L.MONTH_NAMES.has(next.lower)) return false;
    return true;
  }

  /** "last week", "this month", "next Wednesday", "last March", "this morning", "last night". */
  private relationLed(j: number): Core | null {
    const t = this.tokens[j];
    if (!t) return null;
    const relation = L.RELATIONS.get(t.lower);
    if (!relation) return null;
    if (this.tokens[j - 1]?.lower === 'the' && !t.breakBefore) return null;
    const k = j + 1;
    const next = this.word(k);
    if (next === null) return null;
    const weekday = this.weekdayAt(k);
    if (weekday !== null) {
      const part = DAY_PARTS.has(this.word(k + 1) ?? '');
      return { end: part ? k + 2 : k + 1, ref: { t: 'weekday', weekday, relation }, kind: part ? 'time' : 'date' };
    }
    const month = this.monthAt(k, false);
    if (month) return { end: month.end, ref: { t: 'month', year: null, month: month.month, relation }, kind: 'month' };
    if (next === 'week') return { end: k + 1, ref: { t: 'unit', unit: 'week', relation, part: 'whole' }, kind: 'interval' };
    if (next === 'month') return { end: k + 1, ref: { t: 'unit', unit: 'month', relation, part: 'whole' }, kind: 'month' };
    if (next === 'year') return { end: k + 1, ref: { t: 'unit', unit: 'year', relation, part: 'whole' }, kind: 'year' };
    if (next === 'weekend') return { end: k + 1, ref: { t: 'weekend', relation }, kind: 'interval' };
    if (DAY_PARTS.has(next) && relation !== 'next') {
      const offset = relation === 'last' ? (DEICTIC_PART_OFFSETS.get(next) ?? -1) : 0;
      return { end: k + 1, ref: { t: 'deictic', offsetDays: offset }, kind: 'time' };
    }
    return null;
  }

  /** "earlier this week", "later this month", "earlier in the year"; "later that day" counts from an event. */
  private partOfUnit(j: number): Core | null {
    const part = L.PART_OF_UNIT_WORDS.get(this.tokens[j]?.lower ?? '');
    if (!part) return null;
    let k = j + 1;
    if (this.word(k) === 'that') {
      const unit = this.word(k + 1);
      if (unit && (L.TIME_UNITS.has(unit) || DAY_PARTS.has(unit))) return { end: k + 2, ref: { t: 'none', reason: 'relative-to-event' }, kind: 'date' };
      return null;
    }
    if (this.word(k) === 'this') k++;
    else if (this.seq(k, ['in', 'the']) > 0) k += 2;
    else return null;
    const unit = this.word(k);
    if (unit === 'week' || unit === 'month' || unit === 'year') {
      return { end: k + 1, ref: { t: 'unit', unit, relation: 'this', part }, kind: 'interval' };
    }
    return null;
  }

  /** "25 October 2024", "3 October", "8-13 October", "the 23rd of October". */
  private dayLed(j: number): Core | null {
    let k = j;
    if (this.tokens[k]?.lower === 'the' && this.tokens[k + 1]?.isOrdinal && this.word(k + 2) === 'of') {
      const day = this.dayAt(k + 1);
      const month = day !== null ? this.monthAt(k + 3, true) : null;
      if (day === null || !month) return null;
      const year = this.yearAfter(month.end);
      return this.withClock({ end: year?.end ?? month.end, ref: { t: 'date', year: year?.year ?? null, month: month.month, day, weekday: null }, kind: 'date' });
    }
    const day = this.dayAt(k);
    if (day === null) return null;
    k++;
    // "8-13 October": a range of days in one month.
    if (HYPHENS.has(this.word(k) ?? '') && this.dayAt(k + 1) !== null) {
      const lastDay = this.dayAt(k + 1)!;
      const month = this.monthAt(k + 2, true);
      if (!month || this.tokens[k + 2]!.breakBefore) return null;
      const year = this.yearAfter(month.end);
      return this.dateRange(day, lastDay, month.month, year?.year ?? null, year?.end ?? month.end);
    }
    if (this.tokens[k]?.breakBefore) return null;
    const month = this.monthAt(k, true);
    if (!month) return null;
    const year = this.yearAfter(month.end);
    return this.withClock({ end: year?.end ?? month.end, ref: { t: 'date', year: year?.year ?? null, month: month.month, day, weekday: null }, kind: 'date' });
  }

  private dateRange(first: number, last: number, month: number, year: number | null, end: number): Core | null {
    if (last < first) return null;
    return {
      end,
      ref: {
        t: 'range',
        from: { t: 'date', year, month, day: first, weekday: null },
        to: { t: 'date', year, month, day: last, weekday: null },
      },
      kind: 'interval',
    };
  }

  /** "October 23", "October 23, 2024", "February 2022", "October 8-13", or (licensed) a bare "March". */
  private monthLed(j: number, ctx: CoreContext): Core | null {
    const month = this.monthAt(j, true);
    if (!month) return null;
    const isFull = L.MONTH_NAMES.has(this.tokens[j]!.lower);
    const k = month.end;
    const year = this.word(k) !== null ? this.yearAt(k) : null;
    if (year !== null) return { end: k + 1, ref: { t: 'month', year, month: month.month, relation: null }, kind: 'month' };
    const day = this.word(k) !== null ? this.dayAt(k) : null;
    if (day !== null) {
      if (HYPHENS.has(this.word(k + 1) ?? '') && this.dayAt(k + 2) !== null) {
        const lastDay = this.dayAt(k + 2)!;
        const y = this.yearAfter(k + 3);
        return this.dateRange(day, lastDay, month.month, y?.year ?? null, y?.end ?? k + 3);
      }
      const y = this.yearAfter(k + 1);
      return this.withClock({ end: y?.end ?? k + 1, ref: { t: 'date', year: y?.year ?? null, month: month.month, day, weekday: null }, kind: 'date' });
    }
    if (!isFull || !ctx.licensed) return null;
    return { end: k, ref: { t: 'month', year: null, month: month.month, relation: null }, kind: 'month' };
  }

  /** (licensed) "2006", "2004-05", "the 1990s". */
  private yearCore(j: number, ctx: CoreContext): Core | null {
    if (this.tokens[j]?.lower === 'the') {
      const decade = this.yearAt(j + 1);
      const s = this.tokens[j + 2];
      if (decade !== null && decade % 10 === 0 && s && !s.spaceBefore && s.lower === 's') {
        return { end: j + 3, ref: { t: 'years', from: decade, to: decade + 9 }, kind: 'interval' };
      }
      return null;
    }
    const year = this.yearAt(j);
    if (year === null || !ctx.licensed) return null;
    const hyphen = this.tokens[j + 1];
    const second = this.tokens[j + 2];
    if (hyphen && second && !hyphen.spaceBefore && !second.spaceBefore && (HYPHENS.has(hyphen.text) || hyphen.text === '/') && second.isNumber && !second.isOrdinal) {
      const to = second.text.length === 2 ? Math.floor(year / 100) * 100 + second.value! : second.text.length === 4 ? second.value! : null;
      if (to !== null && to > year && to - year < 100) return { end: j + 3, ref: { t: 'years', from: year, to }, kind: 'interval' };
    }
    const next = this.tokens[j + 1];
    if (next && !next.breakBefore && next.isWord && !next.isCapitalised && next.lower.endsWith('s') && !YEAR_FOLLOWERS_NOT_COUNTED.has(next.lower)) return null;
    if (this.isApproximateCount(j, next)) return null;
    return { end: j + 1, ref: { t: 'years', from: year, to: year }, kind: 'year' };
  }

  /** "about 2000 people", "at least 1500 troops", "up to 2000 jobs": an approximated number before a content word counts things. */
  private isApproximateCount(j: number, next: Token | undefined): boolean {
    if (!next || next.breakBefore || !next.isWord || next.isCapitalised || YEAR_AFTER_QUALIFIER_FOLLOWERS.has(next.lower)) return false;
    const before = this.tokens[j - 1]?.lower;
    if (before === 'to') return this.tokens[j - 2]?.lower === 'up';
    if (before === undefined || !COUNT_QUALIFIERS_BEFORE_NUMBER.has(before)) return false;
    if (before === 'least') return this.tokens[j - 2]?.lower === 'at';
    return true;
  }

  /** "yesterday", "today", "tomorrow morning"; a capitalised one mid-sentence is a name ("the Today programme"). */
  private deictic(j: number): Core | null {
    const t = this.tokens[j];
    if (!t) return null;
    const offset = L.DEICTIC_DAYS.get(t.lower);
    if (offset === undefined) return null;
    if (t.isCapitalised && !t.sentenceStart) return null;
    const part = DAY_PARTS.has(this.word(j + 1) ?? '');
    const kind: TimeExpressionKind = part || t.lower === 'tonight' ? 'time' : 'date';
    return { end: part ? j + 2 : j + 1, ref: { t: 'deictic', offsetDays: offset }, kind };
  }

  /** "the fourth quarter", "the third quarter of 2004", "the first quarter of last year", "Q3 2004". */
  private quarter(j: number): Core | null {
    let k = j;
    let quarter: number | undefined;
    const t = this.tokens[k];
    if (t?.text === 'Q' && this.tokens[k + 1]?.isNumber && !this.tokens[k + 1]!.spaceBefore) {
      quarter = this.tokens[k + 1]!.value ?? undefined;
      k += 2;
    } else {
      if (t?.lower === 'the') k++;
      quarter = L.QUARTER_ORDINALS.get(this.word(k) ?? '');
      if (quarter === undefined || this.word(k + 1) !== 'quarter') return null;
      k += 2;
    }
    if (quarter === undefined || quarter < 1 || quarter > 4) return null;
    let year: YearRef | null = null;
    const direct = this.yearAt(k);
    if (direct !== null && this.word(k) !== null) {
      year = { absolute: direct };
      k++;
    } else if (this.word(k) === 'of') {
      const y = this.yearAt(k + 1);
      if (y !== null) {
        year = { absolute: y };
        k += 2;
      } else if (this.word(k + 2) === 'year') {
        const rel = this.word(k + 1);
        const relative = rel === 'last' ? -1 : rel === 'this' || rel === 'the' ? 0 : rel === 'next' ? 1 : null;
        if (relative !== null) {
          year = { relative };
          k += 3;
        }
      }
    }
    return { end: k, ref: { t: 'quarter', quarter, year }, kind: 'interval' };
  }

  /** After "the start of"/"the end of": "the year", "the month", "the week"; anywhere: "the weekend". */
  private theUnit(j: number, ctx: CoreContext): Core | null {
    if (this.tokens[j]?.lower !== 'the') return null;
    const unit = this.word(j + 1);
    if (unit === 'weekend' && ctx.licensed) return { end: j + 2, ref: { t: 'weekend', relation: null }, kind: 'interval' };
    if (!ctx.afterModNoun) return null;
    if (unit === 'week') return { end: j + 2, ref: { t: 'unit', unit: 'week', relation: 'this', part: 'whole' }, kind: 'interval' };
    if (unit === 'month') return { end: j + 2, ref: { t: 'unit', unit: 'month', relation: 'this', part: 'whole' }, kind: 'month' };
    if (unit === 'year') return { end: j + 2, ref: { t: 'unit', unit: 'year', relation: 'this', part: 'whole' }, kind: 'year' };
    return null;
  }

  /**
   * A 24-hour clock with its time zone, "2000 GMT" (own BBC sport/179 L7): that time on the anchor
   * day, or on the day named right after it ("0400 GMT on Tuesday", "1900 GMT yesterday").
   */
  private zonedClock(j: number): Core | null {
    const t = this.tokens[j];
    if (!t || !t.isNumber || t.isOrdinal || t.text.length !== 4 || t.value === null || !this.standsAlone(t)) return null;
    if (Math.floor(t.value / 100) > 23 || t.value % 100 > 59) return null;
    const zone = this.tokens[j + 1];
    if (!zone || zone.breakBefore || !TIME_ZONES.has(zone.lower) || zone.text !== zone.text.toUpperCase()) return null;
    const dayAfter = this.word(j + 2) === 'on' ? this.core(j + 3, { licensed: true, afterModNoun: false }) : this.deictic(j + 2);
    if (dayAfter && (dayAfter.ref.t === 'date' || dayAfter.ref.t === 'weekday' || dayAfter.ref.t === 'deictic')) {
      return { end: dayAfter.end, ref: dayAfter.ref, kind: dayAfter.ref.t === 'deictic' ? 'time' : 'datetime' };
    }
    return { end: j + 2, ref: { t: 'deictic', offsetDays: 0 }, kind: 'time' };
  }

  /** "the past three years", "the last week": a window that ends on the anchor. */
  private trailing(j: number): Core | null {
    if (this.tokens[j]?.lower !== 'the' || !this.is(j + 1, 'past', 'last')) return null;
    const count = this.count(j + 2, false);
    const unitIndex = count ? count.end : j + 2;
    const unit = L.TIME_UNITS.get(this.word(unitIndex) ?? '');
    if (!unit || unit === 'minute' || unit === 'hour') return null;
    if (count && count.value === null) return null; // "the past few weeks" is vague: see VAGUE_PHRASES
    return { end: unitIndex + 1, ref: { t: 'trailing', unit, amount: count?.value ?? 1 }, kind: 'interval' };
  }

  // ---- ranges: "from 8 to 13 October", "between 2001 and 2003" ---------------------------------

  private range(j: number, between: boolean): Core | null {
    if (this.word(j) === null) return null;
    const connectorOk = (w: string | null): boolean => w !== null && (between ? w === 'and' : RANGE_CONNECTORS.has(w));
    // Bare first day: "from 8 to 13 October".
    const day = this.dayAt(j);
    if (day !== null && connectorOk(this.word(j + 1))) {
      const to = this.dayLed(j + 2) ?? this.monthLed(j + 2, { licensed: false, afterModNoun: false });
      if (to && to.ref.t === 'date') return this.dateRange(day, to.ref.day, to.ref.month, to.ref.year, to.end);
    }
    const ctx: CoreContext = { licensed: true, afterModNoun: false };
    const from = this.core(j, ctx);
    if (!from || !connectorOk(this.word(from.end)) || this.word(from.end + 1) === null) return null;
    const to = this.core(from.end + 1, ctx);
    if (!to) return null;
    const completed = completeFrom(from.ref, to.ref);
    if (!completed) return null;
    return { end: to.end, ref: { t: 'range', from: completed, to: to.ref }, kind: 'interval' };
  }

  // ---- vague, repetition, counted and event expressions ----------------------------------------

  private vague(i: number): TimeMatch | null {
    let best: TimeMatch | null = null;
    for (const phrase of VAGUE_PHRASES_BY_FIRST_WORD.get(this.tokens[i]!.lower) ?? []) {
      let k = i + 1;
      let ok = true;
      for (let p = 1; p < phrase.length && ok; p++, k++) {
        const part = phrase[p]!;
        const w = this.word(k);
        ok = part === '*unit' ? w !== null && w.endsWith('s') && L.TIME_UNITS.has(w) : w === part;
      }
      if (ok && (!best || k > best.endToken)) {
        const kind: TimeExpressionKind = L.VAGUE_DURATION_STARTS.includes(phrase[0]!) ? 'duration' : 'vague';
        best = { startToken: i, endToken: k, ref: { t: 'none', reason: 'not-a-calendar-time' }, kind, mod: null, role: 'point' };
      }
    }
    return best;
  }

  /** "almost daily", "every week", "twice a month", "on Mondays". */
  private repetition(i: number): TimeMatch | null {
    const w = this.tokens[i]!.lower;
    if (FREQUENCY_DEGREE.has(w) && FREQUENCY.has(this.word(i + 1) ?? '')) return repetitionMatch(i, i + 2);
    if (FREQUENCY.has(w)) {
      const next = this.tokens[i + 1];
      const prev = this.tokens[i - 1];
      const endsClause = !next || next.breakBefore || (!next.isWord && !next.isNumber);
      if (endsClause && prev && prev.isWord && prev.lower !== 'the' && prev.lower !== 'a') return repetitionMatch(i, i + 1);
      return null;
    }
    if (REPETITION_QUANTIFIERS.has(w)) {
      let k = i + 1;
      if (this.is(k, 'other', 'few')) k++;
      const count = this.count(k, false);
      if (count && count.value !== null) k = count.end;
      const next = this.word(k);
      if (next && (L.TIME_UNITS.has(next) || next === 'weekend' || (this.weekdayAt(k) !== null))) return repetitionMatch(i, k + 1);
      return null;
    }
    let k = i;
    if (REPETITION_COUNTS.has(w)) k = i + 1;
    else {
      const count = this.count(i, false);
      if (count && count.value !== null && this.word(count.end) === 'times') k = count.end + 1;
    }
    if (k > i && this.is(k, 'a', 'per') && L.TIME_UNITS.has(this.word(k + 1) ?? '')) return repetitionMatch(i, k + 2);
    if (w === 'on') {
      const plural = this.tokens[i + 1];
      if (plural && !plural.breakBefore && plural.isCapitalised && plural.lower.endsWith('s') && L.WEEKDAY_NAMES.has(plural.lower.slice(0, -1))) return repetitionMatch(i, i + 2);
    }
    return null;
  }

  /** A count for durations: digits, a number word, "a few", "a couple of"; "a"/"an" only when `allowArticle`. */
  private count(j: number, allowArticle: boolean): { end: number; value: number | null } | null {
    const t = this.tokens[j];
    if (!t) return null;
    if (t.isNumber) {
      if (t.isOrdinal || t.value === null || t.text.length > 3 || !this.standsAlone(t)) return null;
      const prev = this.tokens[j - 1];
      if (prev && !t.spaceBefore && HYPHENS.has(prev.text)) return null;
      return { end: j + 1, value: t.value };
    }
    if (t.lower === 'a' || t.lower === 'an') {
      if (this.is(j + 1, 'few')) return { end: j + 2, value: null };
      if (this.seq(j + 1, ['couple', 'of']) > 0) return { end: j + 3, value: 2 };
      return allowArticle ? { end: j + 1, value: 1 } : null;
    }
    if (!COUNT_WORDS_EXCEPT_ARTICLES.has(t.lower)) return null;
    return { end: j + 1, value: L.COUNT_WORDS.get(t.lower) ?? null };
  }

  /**
   * "[for|after|over…] [nearly] three years [of war]" (duration), "two years ago" (from the anchor),
   * "two weeks later" (from an event in the text).
   */
  /** An approximator pair ("more than", "up to") starts at k; a loop, as a closure over counted's `k` made it allocate a scope per call. */
  private startsApproximatorPair(k: number): boolean {
    for (const pair of L.APPROXIMATOR_PAIRS) if (this.seq(k, pair) > 0) return true;
    return false;
  }

  private counted(i: number): TimeMatch | null {
    let k = i;
    const first = this.tokens[i]!.lower;
    const prep = DURATION_PREPS.has(first) ? first : null;
    if (prep) k++;
    let approx = false;
    if (APPROXIMATORS.has(this.word(k) ?? '') && this.word(k) !== 'some') {
      approx = true;
      k++;
    } else if (this.startsApproximatorPair(k)) {
      approx = true;
      k += 2;
    }
    const count = this.count(k, prep !== null || this.isFollowedByRelativeWord(k));
    if (!count) return null;
    const unitWord = this.word(count.end);
    const unit = L.TIME_UNITS.get(unitWord ?? '');
    if (!unit) {
      // "four seasons ago": a past time, but not one the calendar can place.
      if (unitWord === null || !L.UNCALENDARED_UNITS.has(unitWord) || count.value === null || this.word(count.end + 1) !== 'ago') return null;
      const start = prep === 'over' ? i : prep ? i + 1 : i;
      return { startToken: start, endToken: count.end + 2, ref: { t: 'none', reason: 'not-a-calendar-time' }, kind: 'vague', mod: prep === 'over' || approx ? 'approx' : null, role: 'point' };
    }
    let end = count.end + 1;
    const after = this.tokens[end];
    if (after && !after.spaceBefore && HYPHENS.has(after.text)) return null; // "a three-year deal", "two-year-old"
    if (this.word(end) === 'old') return null;
    if (count.value !== null && count.value > 1 && !unitWord!.endsWith('s')) return null; // "a four year high": an adjective
    const mod: TimeModifier | null = approx ? 'approx' : null;
    const next = this.word(end);
    if (next === 'ago') {
      // "over two years ago": "over" approximates the count, it is not a preposition here.
      const start = prep === 'over' ? i : prep ? i + 1 : i;
      const ref: TimeRef = count.value === null ? { t: 'none', reason: 'not-a-calendar-time' } : { t: 'ago', unit, amount: count.value };
      return { startToken: start, endToken: end + 1, ref, kind: count.value === null ? 'vague' : agoKind(unit), mod: prep === 'over' ? 'approx' : mod, role: 'point' };
    }
    if (next && EVENT_RELATIVE_WORDS.has(next) && next !== 'before') {
      const start = prep ? i + 1 : i;
      return { startToken: start, endToken: end + 1, ref: { t: 'none', reason: 'relative-to-event' }, kind: 'date', mod, role: 'point' };
    }
    const numeral = this.tokens[k]!.isNumber || (L.COUNT_WORDS.get(this.tokens[k]!.lower) ?? null) !== null;
    if (!prep && !(numeral && this.tokens[k]!.lower !== 'a' && this.tokens[k]!.lower !== 'an') && count.value !== null) return null;
    if (!prep && count.value === null && !this.tokens[k]!.isWord) return null;
    if (this.word(end) === 'of' && DURATION_OF_NOUNS.has(this.word(end + 1) ?? '')) end += 2;
    return { startToken: i, endToken: end, ref: { t: 'none', reason: 'not-a-calendar-time' }, kind: 'duration', mod, role: 'point' };
  }

  private isFollowedByRelativeWord(k: number): boolean {
    const after = this.word(k + 2);
    return after === 'ago' || after === 'later' || after === 'earlier';
  }

  /** "since the war began", "since the start of the war [over two years ago]". */
  private sinceEvent(i: number): TimeMatch | null {
    if (this.tokens[i]!.lower !== 'since' || this.word(i + 1) !== 'the') return null;
    let k = i + 2;
    let noun: string | null = null;
    if (EVENT_START_NOUNS.has(this.word(k) ?? '') && this.seq(k + 1, ['of', 'the']) > 0 && EVENT_NOUNS.has(this.word(k + 3) ?? '')) {
      noun = this.word(k + 3);
      k += 4;
    } else if (EVENT_NOUNS.has(this.word(k) ?? '') && EVENT_START_VERBS.has(this.word(k + 1) ?? '')) {
      noun = this.word(k);
      k += this.word(k + 1) === 'broke' && this.word(k + 2) === 'out' ? 3 : 2;
    }
    if (noun === null) return null;
    let fallback: TimeRef | null = null;
    const ago = this.counted(k);
    if (ago && ago.ref.t === 'ago' && ago.startToken === k) {
      fallback = ago.ref;
      k = ago.endToken;
    }
    return { startToken: i, endToken: k, ref: { t: 'event-start', noun, fallback }, kind: 'since', mod: null, role: 'since' };
  }

  /** "the following day", "the day before", "later that week": counted from an event, not the anchor. */
  private eventRelative(i: number): TimeMatch | null {
    if (this.tokens[i]!.lower !== 'the') return null;
    const none = (end: number): TimeMatch => ({ startToken: i, endToken: end, ref: { t: 'none', reason: 'relative-to-event' }, kind: 'date', mod: null, role: 'point' });
    const a = this.word(i + 1);
    const b = this.word(i + 2);
    if (a && b === 'before' && this.word(i + 3) === 'last') {
      if (L.BEFORE_LAST_UNITS.has(a)) {
        const unit = a as 'weekend' | 'week' | 'month' | 'year';
        const kind: TimeExpressionKind = unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'interval';
        return { startToken: i, endToken: i + 4, ref: { t: 'before-last', unit }, kind, mod: null, role: 'point' };
      }
      if (L.UNCALENDARED_UNITS.has(a)) return { startToken: i, endToken: i + 4, ref: { t: 'none', reason: 'not-a-calendar-time' }, kind: 'vague', mod: null, role: 'point' };
    }
    if (a && b && EVENT_RELATIVE_ADJECTIVES.has(a) && (L.TIME_UNITS.has(b) || DAY_PARTS.has(b)) && !b.endsWith('s')) return none(i + 3);
    if (a && b && (a === 'day' || a === 'week' || a === 'month' || a === 'year' || a === 'night') && (b === 'before' || b === 'after')) {
      const c = this.tokens[i + 3];
      // "the day before the vote" keeps only "the day before"; "the day before last" is not handled (the week, month and year before last are, above).
      if (c && !c.breakBefore && c.lower === 'last') return null;
      return none(i + 3);
    }
    if (a === 'same' && b === 'day') return none(i + 3);
    return null;
  }
}

function longerMatch(best: TimeMatch | null, candidate: TimeMatch | null): TimeMatch | null {
  return candidate && (!best || candidate.endToken > best.endToken) ? candidate : best;
}

function longerCore(best: Core | null, candidate: Core | null): Core | null {
  return candidate && (!best || candidate.end > best.end) ? candidate : best;
}

const COUNT_WORDS_EXCEPT_ARTICLES = new Set([...L.COUNT_WORDS.keys()].filter((w) => !L.INDEFINITE_ARTICLES.includes(w)));

function agoKind(unit: L.TimeUnit): TimeExpressionKind {
  switch (unit) {
    case 'minute':
    case 'hour':
      return 'time';
    case 'day':
      return 'date';
    case 'week':
    case 'fortnight':
      return 'interval';
    case 'month':
      return 'month';
    case 'year':
    case 'decade':
    case 'century':
      return 'year';
  }
}

/** Gives the first end of a range what it left out: "from 8 to 13 October", "between March and May 2004". */
function completeFrom(from: TimeRef, to: TimeRef): TimeRef | null {
  if (from.t === 'date' && to.t === 'date') return from.year === null && to.year !== null ? { ...from, year: to.year } : from;
  if (from.t === 'month' && to.t === 'month') return from.year === null && to.year !== null ? { ...from, year: to.year } : from;
  if (from.t === 'date' && to.t === 'month' && from.year === null && to.year !== null) return { ...from, year: to.year };
  if (from.t === 'range' || to.t === 'range' || from.t === 'none' || to.t === 'none') return null;
  // "between 2000 and 2100 GMT": a clock ends the range, so its start is a clock too, not the year 2000.
  if ((from.t === 'years' && to.t === 'deictic') || (from.t === 'deictic' && to.t === 'years')) return null;
  return from;
}
