// Places a TimeRef in the calendar given an anchor day: the conventions of the gold README
// ("on Wednesday" is the latest Wednesday not after the anchor, "last week" the previous
// Monday–Sunday, "earlier this month" the 1st to the day before the anchor, "in March" the most
// recent March unless the verb is future). Pure arithmetic; no text is read here.

import type { ResolvedTime, UnresolvedReason } from '../../model/time-expression.js';
import {
  addMonths,
  dayInterval,
  dayNumber,
  dayRange,
  daysInMonth,
  fromDayNumber,
  isValidDate,
  isoWeekday,
  monthInterval,
  quarterInterval,
  weekStart,
  yearInterval,
  type CivilDate,
} from './calendar.js';
import { DAY_MONTH_FUTURE_SLACK_DAYS, type TimeUnit } from './lexicon.js';
import type { TimeRef } from './time-ref.js';

export interface ResolveContext {
  /** The anchor as a day number (calendar.ts), or null when nothing anchors the text. */
  readonly anchorDays: number | null;
  /** The verb group makes it future ("will meet on Friday"), or it is a deadline ("by December"). */
  readonly future: boolean;
  /** Event nouns the text dates elsewhere: "war" → February 2022. */
  readonly eventStarts: ReadonlyMap<string, ResolvedTime>;
}

export interface Resolution {
  readonly resolved: ResolvedTime | null;
  readonly reason: UnresolvedReason | null;
  readonly usedAnchor: boolean;
  readonly usedEventDate: boolean;
}

const absolute = (resolved: ResolvedTime | null, reason: UnresolvedReason = 'out-of-range'): Resolution =>
  resolved ? { resolved, reason: null, usedAnchor: false, usedEventDate: false } : { resolved: null, reason, usedAnchor: false, usedEventDate: false };
const anchored = (resolved: ResolvedTime | null, reason: UnresolvedReason = 'empty-interval'): Resolution =>
  resolved ? { resolved, reason: null, usedAnchor: true, usedEventDate: false } : { resolved: null, reason, usedAnchor: false, usedEventDate: false };
const unresolved = (reason: UnresolvedReason): Resolution => ({ resolved: null, reason, usedAnchor: false, usedEventDate: false });

export function resolveTimeRef(ref: TimeRef, ctx: ResolveContext): Resolution {
  switch (ref.t) {
    case 'none':
      return unresolved(ref.reason);
    case 'years':
      return absolute(yearInterval(ref.from, ref.to));
    case 'date':
      if (ref.year !== null) return absolute(isValidDate(ref.year, ref.month, ref.day) ? dayInterval(dayNumber({ year: ref.year, month: ref.month, day: ref.day })) : null);
      break;
    case 'month':
      if (ref.year !== null) return absolute(monthInterval(ref.year, ref.month));
      break;
    case 'quarter':
      if (ref.year && 'absolute' in ref.year) return absolute(quarterInterval(ref.year.absolute, ref.quarter));
      break;
    case 'range':
      return resolveRange(ref.from, ref.to, ctx);
    case 'event-start': {
      const dated = ctx.eventStarts.get(ref.noun);
      if (dated) return { resolved: dated, reason: null, usedAnchor: false, usedEventDate: true };
      if (ref.fallback) return resolveTimeRef(ref.fallback, ctx);
      return unresolved('undated-event');
    }
    default:
      break;
  }
  if (ctx.anchorDays === null) return unresolved('no-anchor');
  return resolveRelative(ref, ctx.anchorDays, ctx.future);
}

function resolveRelative(ref: TimeRef, anchor: number, future: boolean): Resolution {
  const a = fromDayNumber(anchor);
  const weekday = isoWeekday(anchor);
  switch (ref.t) {
    case 'date':
      return anchored(resolveDayMonth(ref.month, ref.day, ref.weekday, anchor, future), 'out-of-range');
    case 'month': {
      const year = monthYear(ref.month, ref.relation, a, future);
      return anchored(monthInterval(year, ref.month));
    }
    case 'quarter': {
      const relative = ref.year && 'relative' in ref.year ? ref.year.relative : null;
      const year = relative !== null ? a.year + relative : (ref.quarter - 1) * 3 + 1 <= a.month ? a.year : a.year - 1;
      return anchored(quarterInterval(year, ref.quarter));
    }
    case 'weekday': {
      let days: number;
      if (ref.relation === 'this') days = weekStart(anchor) + ref.weekday - 1;
      else if (ref.relation === 'last') days = anchor - ((weekday - ref.weekday + 7) % 7 || 7);
      else if (ref.relation === 'next') days = anchor + ((ref.weekday - weekday + 7) % 7 || 7);
      else if (future) days = anchor + ((ref.weekday - weekday + 7) % 7);
      else days = anchor - ((weekday - ref.weekday + 7) % 7);
      return anchored(dayInterval(days));
    }
    case 'weekend': {
      const saturdayThisWeek = weekStart(anchor) + 5;
      let saturday: number;
      if (ref.relation === 'last') saturday = weekday === 7 ? saturdayThisWeek - 7 : saturdayThisWeek - 7;
      else if (ref.relation === 'next') saturday = saturdayThisWeek + 7;
      else if (ref.relation === 'this' || future || weekday >= 6) saturday = saturdayThisWeek;
      else saturday = saturdayThisWeek - 7;
      return anchored(dayRange(saturday, saturday + 1));
    }
    case 'deictic':
      return anchored(dayInterval(anchor + ref.offsetDays));
    case 'unit':
      return anchored(resolveUnit(ref.unit, ref.relation, ref.part, anchor, a));
    case 'trailing': {
      const start = shiftBack(a, ref.unit, ref.amount);
      return start === null ? unresolved('not-a-calendar-time') : anchored(dayRange(start + 1, anchor));
    }
    case 'ago':
      return anchored(resolveAgo(ref.unit, ref.amount, anchor, a), 'not-a-calendar-time');
    case 'before-last': {
      // Two steps back from the anchor's own unit, as "last" is one ("last weekend" → the Saturday a week back).
      if (ref.unit === 'weekend') return anchored(dayRange(weekStart(anchor) + 5 - 14, weekStart(anchor) + 6 - 14));
      if (ref.unit === 'week') return anchored(dayRange(weekStart(anchor) - 14, weekStart(anchor) - 8, 'week'));
      if (ref.unit === 'month') {
        const m = addMonths(a.year, a.month, -2);
        return anchored(monthInterval(m.year, m.month));
      }
      return anchored(yearInterval(a.year - 2));
    }
    default:
      return unresolved('not-a-calendar-time');
  }
}

/**
 * A day and month with no year. With a weekday the year is the one nearest the anchor where the
 * weekday fits; otherwise the past occurrence, or the coming one when the verb is future or the
 * date is only a little after the anchor (DAY_MONTH_FUTURE_SLACK_DAYS).
 */
function resolveDayMonth(month: number, day: number, weekday: number | null, anchor: number, future: boolean): ResolvedTime | null {
  const year = fromDayNumber(anchor).year;
  const candidates = [year - 1, year, year + 1]
    .filter((y) => isValidDate(y, month, day))
    .map((y) => dayNumber({ year: y, month, day }));
  if (candidates.length === 0) return null;
  if (weekday !== null) {
    const fitting = candidates.filter((d) => isoWeekday(d) === weekday);
    if (fitting.length > 0) {
      fitting.sort((x, y) => Math.abs(x - anchor) - Math.abs(y - anchor) || x - y);
      return dayInterval(fitting[0]!);
    }
  }
  if (future) {
    const next = candidates.find((d) => d >= anchor);
    return next === undefined ? null : dayInterval(next);
  }
  const pastOrNear = candidates.filter((d) => d <= anchor + DAY_MONTH_FUTURE_SLACK_DAYS);
  return pastOrNear.length > 0 ? dayInterval(pastOrNear[pastOrNear.length - 1]!) : null;
}

function monthYear(month: number, relation: 'last' | 'this' | 'next' | null, anchor: CivilDate, future: boolean): number {
  switch (relation) {
    case 'this':
      return anchor.year;
    case 'last':
      return month < anchor.month ? anchor.year : anchor.year - 1;
    case 'next':
      return month > anchor.month ? anchor.year : anchor.year + 1;
    case null:
      if (future) return month >= anchor.month ? anchor.year : anchor.year + 1;
      return month <= anchor.month ? anchor.year : anchor.year - 1;
  }
}

const RELATION_OFFSET = { last: -1, this: 0, next: 1 } as const;

function resolveUnit(
  unit: 'week' | 'month' | 'year',
  relation: 'last' | 'this' | 'next',
  part: 'whole' | 'earlier' | 'later',
  anchor: number,
  a: CivilDate,
): ResolvedTime | null {
  const offset = RELATION_OFFSET[relation];
  let first: number;
  let last: number;
  if (unit === 'week') {
    first = weekStart(anchor) + 7 * offset;
    last = first + 6;
    if (part === 'whole') return dayRange(first, last, 'week');
  } else if (unit === 'month') {
    const m = addMonths(a.year, a.month, offset);
    if (part === 'whole') return monthInterval(m.year, m.month);
    first = dayNumber({ ...m, day: 1 });
    last = dayNumber({ ...m, day: daysInMonth(m.year, m.month) });
  } else {
    if (part === 'whole') return yearInterval(a.year + offset);
    first = dayNumber({ year: a.year + offset, month: 1, day: 1 });
    last = dayNumber({ year: a.year + offset, month: 12, day: 31 });
  }
  // "earlier this week": the days of the unit before the anchor; "later this month": after it.
  const start = part === 'earlier' ? first : anchor + 1;
  const end = part === 'earlier' ? anchor - 1 : last;
  return start <= end ? dayRange(start, end) : null;
}

/** The day `amount` units before the anchor, or null for units that are not calendar steps. */
function shiftBack(a: CivilDate, unit: TimeUnit, amount: number): number | null {
  const anchor = dayNumber(a);
  switch (unit) {
    case 'day':
      return anchor - amount;
    case 'week':
      return anchor - 7 * amount;
    case 'fortnight':
      return anchor - 14 * amount;
    case 'month':
    case 'year':
    case 'decade': {
      const months = unit === 'month' ? amount : unit === 'year' ? 12 * amount : 120 * amount;
      const m = addMonths(a.year, a.month, -months);
      return dayNumber({ ...m, day: Math.min(a.day, daysInMonth(m.year, m.month)) });
    }
    default:
      return null;
  }
}

function resolveAgo(unit: TimeUnit, amount: number, anchor: number, a: CivilDate): ResolvedTime | null {
  switch (unit) {
    case 'minute':
    case 'hour':
      return dayInterval(anchor);
    case 'day':
      return dayInterval(anchor - amount);
    case 'week':
    case 'fortnight': {
      const monday = weekStart(anchor - (unit === 'week' ? 7 : 14) * amount);
      return dayRange(monday, monday + 6, 'week');
    }
    case 'month': {
      const m = addMonths(a.year, a.month, -amount);
      return monthInterval(m.year, m.month);
    }
    case 'year':
      return yearInterval(a.year - amount);
    case 'decade':
      return yearInterval(a.year - 10 * amount);
    case 'century':
      return null;
  }
}

/** Both ends resolved the same way; a yearless first end that lands after the second moves back a year ("from December to March"). */
function resolveRange(from: TimeRef, to: TimeRef, ctx: ResolveContext): Resolution {
  const end = resolveTimeRef(to, ctx);
  if (!end.resolved) return end;
  let start = resolveTimeRef(from, ctx);
  if (!start.resolved) return start;
  if (start.resolved.start > end.resolved.end && (from.t === 'date' || from.t === 'month') && from.year === null) {
    const year = Number(start.resolved.start.slice(0, 4)) - 1;
    start = resolveTimeRef({ ...from, year }, ctx);
  }
  if (!start.resolved || start.resolved.start > end.resolved.end) return unresolved('out-of-range');
  const precision = start.resolved.precision === end.resolved.precision ? end.resolved.precision : 'day';
  return {
    resolved: { start: start.resolved.start, end: end.resolved.end, precision },
    reason: null,
    usedAnchor: start.usedAnchor || end.usedAnchor,
    usedEventDate: start.usedEventDate || end.usedEventDate,
  };
}
