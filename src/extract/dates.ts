// Date parsing for extract: reads the date strings pages, feeds and dumps write (ISO 8601, RFC 2822,
// human datelines such as "Friday 25 October 2024 05:30 BST") into a DateValue, and finds datelines
// inside running text with their spans. Used by the text-dump reader and the HTML metadata reader.
// Refuses what it cannot read for certain: Unix timestamps, two-digit years, "03/04/2024".

import { makeSpan, type DateValue, type Span } from '../model/index.js';
import {
  DATE_LABEL_PREFIX,
  FIXED_OFFSET_BY_TIMEZONE,
  MAX_PUBLICATION_YEAR,
  MIN_PUBLICATION_YEAR,
  MONTH_NUMBER_BY_NAME,
  US_DST_END_NOVEMBER_SUNDAY_ORDINAL,
  US_DST_START_MARCH_SUNDAY_ORDINAL,
  US_ZONE_OFFSET_HOURS,
  WEEKDAY_NUMBER_BY_NAME,
} from './date-rules.js';

export interface FoundDateline {
  readonly value: DateValue;
  /** Into the text given to findDatelines. */
  readonly span: Span;
  /** The matched characters, for messages; the span is the reference. */
  readonly text: string;
}

const alternation = (names: Iterable<string>): string =>
  [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const MONTH = `(${alternation(Object.keys(MONTH_NUMBER_BY_NAME))})\\.?`;
const WEEKDAY = `(?:(${alternation(Object.keys(WEEKDAY_NUMBER_BY_NAME))})\\.?,?\\s+)?`;
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})(?!\\d)';
/** Between a date and its time: "2024 05:30", "2024, 5:30", "2024 at 5:30", "2024 - 05:30", "T05:30". */
const DATE_TIME_GAP = '(?:,?\\s+(?:at\\s+|[-–—|]\\s+)?|T)';
/** "05:30", "5.30", "05:30:15", "5:30 pm", "5 p.m.": groups hour, minute, second, meridiem | hour, meridiem. */
const TIME =
  '(?:(\\d{1,2})[:.](\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*([ap]\\.?m\\.?)(?![\\p{L}]))?|(\\d{1,2})\\s*([ap]\\.?m\\.?)(?![\\p{L}]))';
const TIME_GROUP_COUNT = 6;

type DateShape = 'day-month-year' | 'month-day-year' | 'year-month-day';

interface DatePattern {
  readonly shape: DateShape;
  readonly regex: RegExp;
  /** Whether the date part has a weekday group first. */
  readonly hasWeekday: boolean;
}

const OPTIONAL_TIME = `(?:${DATE_TIME_GAP}${TIME})?`;

const DATE_PATTERNS: readonly DatePattern[] = [
  {
    shape: 'day-month-year',
    hasWeekday: true,
    regex: new RegExp(`${NOT_AFTER_WORD}${WEEKDAY}${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}${OPTIONAL_TIME}`, 'giu'),
  },
  {
    shape: 'month-day-year',
    hasWeekday: true,
    regex: new RegExp(`${NOT_AFTER_WORD}${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}${OPTIONAL_TIME}`, 'giu'),
  },
  {
    // ISO 8601 and "2024/10/23 14:00"; the separator must be the same on both sides.
    shape: 'year-month-day',
    hasWeekday: false,
    regex: new RegExp(`${NOT_AFTER_WORD}(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?!\\d)${OPTIONAL_TIME}`, 'giu'),
  },
];

/** After a time: "BST", "+0100", "+01:00", "Z", "GMT+1", "UTC-05:00". Case-sensitive: "et al" is no zone. */
const ZONE_AFTER_TIME = new RegExp(
  `\\s*(?:(?:UTC|GMT)\\s*([+-]\\d{1,2}(?::?\\d{2})?)|([+-]\\d{2}:?\\d{2})|(${alternation([
    ...Object.keys(FIXED_OFFSET_BY_TIMEZONE),
    ...Object.keys(US_ZONE_OFFSET_HOURS),
  ])}))${NOT_BEFORE_WORD}`,
  'yu',
);

/** "25/10/2024", "10.25.2024": read only when one reading is impossible or both agree. */
const NUMERIC_DAY_MONTH = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;
const DIGITS_ONLY = /^[+-]?\d+(?:\.\d+)?$/;

interface CalendarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number | null;
  readonly hour: number | null;
  readonly minute: number | null;
  readonly second: number | null;
  readonly utcOffset: string | null;
}

/**
 * Reads one date string (the whole string, after an optional label such as "Updated:"). Returns
 * null for anything it cannot read for certain, including Unix timestamps, two-digit years,
 * ambiguous numeric dates, impossible dates and a weekday that contradicts the date.
 */
export function parseDateString(raw: string): DateValue | null {
  const trimmed = raw.trim().replace(DATE_LABEL_PREFIX, '').trim();
  if (trimmed.length === 0 || DIGITS_ONLY.test(trimmed)) return null;
  const numeric = NUMERIC_DAY_MONTH.exec(trimmed);
  if (numeric) return parseNumericDate(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
  for (const pattern of DATE_PATTERNS) {
    pattern.regex.lastIndex = 0;
    const match = pattern.regex.exec(trimmed);
    if (!match || match.index !== 0) continue;
    const read = readMatch(pattern, match, trimmed);
    if (!read) return null;
    const rest = trimmed.slice(read.end).trim();
    // A zone we do not know ("05:30 XYZT") leaves the time without an offset rather than guessing.
    if (rest.length > 0 && !/^\(?[A-Z]{2,5}\)?$/.test(rest)) return null;
    return read.value;
  }
  return null;
}

/** Every full date (day, month and year) in running text, in text order, not overlapping. */
export function findDatelines(text: string): FoundDateline[] {
  const found: { start: number; end: number; value: DateValue }[] = [];
  for (const pattern of DATE_PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      const read = readMatch(pattern, match, text);
      if (read) found.push({ start: match.index, end: read.end, value: read.value });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: FoundDateline[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    result.push({ value: f.value, span: makeSpan(f.start, f.end, text.length, 'findDatelines'), text: text.slice(f.start, f.end) });
    lastEnd = f.end;
  }
  return result;
}

/** The calendar day of a DateValue as written by its source (its own offset, not UTC). */
export function dateValueDay(value: DateValue): string {
  return value.iso.slice(0, 10);
}

function readMatch(pattern: DatePattern, match: RegExpExecArray, text: string): { value: DateValue; end: number } | null {
  const g = match.slice(1);
  let year: number;
  let month: number | undefined;
  let day: number;
  let weekday: number | null = null;
  let timeStart: number;
  switch (pattern.shape) {
    case 'day-month-year':
      weekday = g[0] ? WEEKDAY_NUMBER_BY_NAME[g[0].toLowerCase()] ?? null : null;
      day = Number(g[1]);
      month = MONTH_NUMBER_BY_NAME[g[2]!.toLowerCase()];
      year = Number(g[3]);
      timeStart = 4;
      break;
    case 'month-day-year':
      weekday = g[0] ? WEEKDAY_NUMBER_BY_NAME[g[0].toLowerCase()] ?? null : null;
      month = MONTH_NUMBER_BY_NAME[g[1]!.toLowerCase()];
      day = Number(g[2]);
      year = Number(g[3]);
      timeStart = 4;
      break;
    case 'year-month-day':
      year = Number(g[0]);
      month = Number(g[2]);
      day = Number(g[3]);
      timeStart = 4;
      break;
  }
  if (month === undefined) return null;
  const time = readTime(g.slice(timeStart, timeStart + TIME_GROUP_COUNT));
  if (time === 'invalid') return null;
  let end = match.index + match[0].length;
  let utcOffset: string | null = null;
  if (time) {
    ZONE_AFTER_TIME.lastIndex = end;
    const zone = ZONE_AFTER_TIME.exec(text);
    if (zone) {
      utcOffset = readZone(zone, year, month, day);
      if (utcOffset === 'invalid') return null;
      end = zone.index + zone[0].length;
    }
  }
  const value = toDateValue({
    year,
    month,
    day,
    weekday,
    hour: time?.hour ?? null,
    minute: time?.minute ?? null,
    second: time?.second ?? null,
    utcOffset: typeof utcOffset === 'string' ? utcOffset : null,
  });
  return value ? { value, end } : null;
}

function readTime(groups: readonly (string | undefined)[]): { hour: number; minute: number; second: number | null } | null | 'invalid' {
  const [hourText, minuteText, secondText, meridiemText, bareHourText, bareMeridiemText] = groups;
  const hourRaw = hourText ?? bareHourText;
  if (hourRaw === undefined) return null;
  const meridiem = (meridiemText ?? bareMeridiemText)?.replace(/\./g, '').toLowerCase() ?? null;
  let hour = Number(hourRaw);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? null : Number(secondText);
  if (meridiem) {
    if (hour < 1 || hour > 12) return 'invalid';
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return 'invalid';
  return { hour, minute, second };
}

function readZone(zone: RegExpExecArray, year: number, month: number, day: number): string | 'invalid' {
  const [, afterUtc, bareOffset, abbreviation] = zone;
  if (abbreviation !== undefined) {
    const fixed = FIXED_OFFSET_BY_TIMEZONE[abbreviation];
    if (fixed) return fixed;
    const us = US_ZONE_OFFSET_HOURS[abbreviation]!;
    return formatOffsetMinutes(60 * (isUsDaylightSaving(year, month, day) ? us.daylight : us.standard));
  }
  const offset = (afterUtc ?? bareOffset)!;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(offset);
  if (!m) return 'invalid';
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 14 || minutes > 59) return 'invalid';
  return formatOffsetMinutes((m[1] === '-' ? -1 : 1) * (hours * 60 + minutes));
}

function formatOffsetMinutes(total: number): string {
  const sign = total < 0 ? '-' : '+';
  const abs = Math.abs(total);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function nthSundayOfMonth(year: number, month: number, ordinal: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + 7 * (ordinal - 1);
}

function isUsDaylightSaving(year: number, month: number, day: number): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  if (month === 3) return day >= nthSundayOfMonth(year, 3, US_DST_START_MARCH_SUNDAY_ORDINAL);
  return day < nthSundayOfMonth(year, 11, US_DST_END_NOVEMBER_SUNDAY_ORDINAL);
}

function parseNumericDate(first: number, second: number, year: number): DateValue | null {
  // Only readable when one order is impossible or both orders give the same date.
  const dayFirstPossible = first <= 31 && second >= 1 && second <= 12;
  const monthFirstPossible = second <= 31 && first >= 1 && first <= 12;
  if (dayFirstPossible && monthFirstPossible && first !== second) return null;
  const [day, month] = dayFirstPossible ? [first, second] : [second, first];
  if (!dayFirstPossible && !monthFirstPossible) return null;
  return toDateValue({ year, month, day, weekday: null, hour: null, minute: null, second: null, utcOffset: null });
}

function toDateValue(p: CalendarParts): DateValue | null {
  if (p.year < MIN_PUBLICATION_YEAR || p.year > MAX_PUBLICATION_YEAR) return null;
  if (p.month < 1 || p.month > 12 || p.day < 1) return null;
  const daysInMonth = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  if (p.day > daysInMonth) return null;
  if (p.weekday !== null && new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() !== p.weekday) return null;
  const day = `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}`;
  if (p.hour === null || p.minute === null) return { iso: day, precision: 'day', utcOffset: null };
  const iso = `${day}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second ?? 0)}${p.utcOffset ?? ''}`;
  return { iso, precision: p.second === null ? 'minute' : 'second', utcOffset: p.utcOffset };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
