// Calendar arithmetic on plain days (proleptic Gregorian, no time zones): the resolver's only
// notion of time. Days are counted from 1970-01-01 so that adding and comparing are integer sums.

import type { ResolvedTime, TimePrecision } from '../../model/time-expression.js';

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(days: number): CivilDate {
  const d = new Date(days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

export function parseIsoDay(iso: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function isoDay(date: CivilDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

// ---- Interval constructors -------------------------------------------------------------------

export function dayInterval(days: number): ResolvedTime {
  const iso = isoDay(fromDayNumber(days));
  return { start: iso, end: iso, precision: 'day' };
}

export function dayRange(startDays: number, endDays: number, precision: TimePrecision = 'day'): ResolvedTime {
  return { start: isoDay(fromDayNumber(startDays)), end: isoDay(fromDayNumber(endDays)), precision };
}

export function monthInterval(year: number, month: number): ResolvedTime {
  return { start: isoDay({ year, month, day: 1 }), end: isoDay({ year, month, day: daysInMonth(year, month) }), precision: 'month' };
}

export function monthRange(from: { year: number; month: number }, to: { year: number; month: number }): ResolvedTime {
  return { start: isoDay({ ...from, day: 1 }), end: isoDay({ ...to, day: daysInMonth(to.year, to.month) }), precision: 'month' };
}

export function yearInterval(year: number, lastYear = year): ResolvedTime {
  return { start: `${year}-01-01`, end: `${lastYear}-12-31`, precision: 'year' };
}

export function quarterInterval(year: number, quarter: number): ResolvedTime {
  const first = (quarter - 1) * 3 + 1;
  return { ...monthRange({ year, month: first }, { year, month: first + 2 }), precision: 'quarter' };
}

/** The Monday of the ISO week holding `days`. */
export function weekStart(days: number): number {
  return days - (isoWeekday(days) - 1);
}

/**
 * The shortest conventional form of an interval, as the gold files write it: `2024-10-23`,
 * `2024-10`, `2023`, `2004-Q4`, else `start/end`.
 */
export function formatResolvedTime(time: ResolvedTime): string {
  if (time.start === time.end) return time.start;
  const start = parseIsoDay(time.start);
  const end = parseIsoDay(time.end);
  if (!start || !end) return `${time.start}/${time.end}`;
  const wholeMonths = start.day === 1 && end.day === daysInMonth(end.year, end.month);
  if (time.precision === 'year' && wholeMonths && start.month === 1 && end.month === 12) {
    return start.year === end.year ? String(start.year) : `${start.year}/${end.year}`;
  }
  if (time.precision === 'quarter' && wholeMonths && start.year === end.year && end.month - start.month === 2 && start.month % 3 === 1) {
    return `${start.year}-Q${(start.month + 2) / 3}`;
  }
  if ((time.precision === 'month' || time.precision === 'year' || time.precision === 'quarter') && wholeMonths) {
    const from = `${start.year}-${String(start.month).padStart(2, '0')}`;
    const to = `${end.year}-${String(end.month).padStart(2, '0')}`;
    return from === to ? from : `${from}/${to}`;
  }
  return `${time.start}/${time.end}`;
}
