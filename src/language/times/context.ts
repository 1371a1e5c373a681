// What the words around an expression say about it: whether its verb group is future ("will meet
// on Friday"), which events the text dates ("the war started in February 2022"), and, when the
// publication date is unknown, which full date written in the text can serve as the anchor.

import type { ResolvedTime } from '../../model/time-expression.js';
import { dayNumber, isValidDate, isoWeekday } from './calendar.js';
import * as L from './lexicon.js';
import { resolveTimeRef } from './resolve.js';
import type { TimeMatch } from './time-ref.js';
import type { Token } from './tokens.js';

const CLAUSE_BREAKS = new Set(L.CLAUSE_BREAK_TOKENS);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);
const EVENT_NOUNS = new Set(L.EVENT_NOUNS);
const EVENT_START_VERBS = new Set(L.EVENT_START_VERBS);
const INVASION_VERBS = new Set(L.INVASION_VERBS);

/** True when a future marker stands in the clause just before the expression (FUTURE_CUE_WINDOW_WORDS). */
export function hasFutureVerbGroup(tokens: readonly Token[], startToken: number): boolean {
  const from = Math.max(0, startToken - L.FUTURE_CUE_WINDOW_WORDS);
  let first = startToken;
  for (let k = startToken - 1; k >= from; k--) {
    if (tokens[k + 1]!.breakBefore || CLAUSE_BREAKS.has(tokens[k]!.lower)) break;
    first = k;
  }
  for (let k = first; k < startToken; k++) {
    for (const cue of L.FUTURE_CUES) if (cueAt(tokens, k, startToken, cue)) return true;
  }
  return false;
}

/** The words of `cue` stand from token k, ending before `limit`; a plain loop, as a closure capturing k was allocated per token. */
function cueAt(tokens: readonly Token[], k: number, limit: number, cue: readonly string[]): boolean {
  for (let n = 0; n < cue.length; n++) if (!(k + n < limit && tokens[k + n]!.lower === cue[n])) return false;
  return true;
}

/**
 * Event nouns the text dates with an absolute expression right after a start verb: "the war
 * started in February 2022" → war; "Putin invaded in February 2022" → war, invasion, conflict…
 * A noun dated twice with different values is left out: the text is ambiguous about it.
 */
export function findEventStarts(tokens: readonly Token[], matches: readonly TimeMatch[]): Map<string, ResolvedTime> {
  const found = new Map<string, ResolvedTime | null>();
  const record = (noun: string, time: ResolvedTime): void => {
    const known = found.get(noun);
    if (known === undefined) found.set(noun, time);
    else if (known && (known.start !== time.start || known.end !== time.end)) found.set(noun, null);
  };
  for (const m of matches) {
    if (m.role !== 'point' || !(m.ref.t === 'date' || m.ref.t === 'month' || m.ref.t === 'years')) continue;
    const time = resolveTimeRef(m.ref, { anchorDays: null, future: false, eventStarts: new Map() }).resolved;
    if (!time) continue;
    for (let k = m.startToken - 1; k >= Math.max(0, m.startToken - L.EVENT_DATE_WINDOW_TOKENS); k--) {
      const t = tokens[k]!;
      if (SENTENCE_ENDS.has(t.text) || tokens[k + 1]!.breakBefore) break;
      if (INVASION_VERBS.has(t.lower)) {
        for (const noun of L.INVASION_EVENT_NOUNS) record(noun, time);
        break;
      }
      if (EVENT_START_VERBS.has(t.lower)) {
        const noun = tokens[k - 1];
        if (noun && EVENT_NOUNS.has(noun.lower)) record(noun.lower, time);
        break;
      }
      if (t.lower === 'out' && tokens[k - 1]?.lower === 'broke') {
        const noun = tokens[k - 2];
        if (noun && EVENT_NOUNS.has(noun.lower)) record(noun.lower, time);
        break;
      }
    }
  }
  const dated = new Map<string, ResolvedTime>();
  for (const [noun, time] of found) if (time) dated.set(noun, time);
  return dated;
}

/**
 * With no publication date: the latest full date the text states (day and month, with a year or a
 * weekday that fixes it) outside a future clause, as a day number; null when there is none. A
 * year inferred from a weekday is the most recent fitting one not after `latestYear` and not
 * before any year the text itself names (gold 004: "Wednesday, October 23" → 2024).
 */
export function findExplicitAnchor(tokens: readonly Token[], matches: readonly TimeMatch[], future: readonly boolean[], latestYear: number): number | null {
  const namedYearFloor = findNamedYearFloor(matches, future, latestYear);
  let best: number | null = null;
  matches.forEach((m, n) => {
    if (future[n] || m.role !== 'point' || m.ref.t !== 'date') return;
    // A period boundary ("the three months to 31 December 2004") is not the day of writing: only a
    // date with its weekday (a dateline) or introduced by "on" (the day something happened) anchors.
    if (m.ref.weekday === null && tokens[m.startToken]?.lower !== 'on') return;
    const { month, day, weekday } = m.ref;
    let days: number | null = null;
    if (m.ref.year !== null) {
      days = isValidDate(m.ref.year, month, day) ? dayNumber({ year: m.ref.year, month, day }) : null;
    } else if (weekday !== null) {
      const year = inferYearFromWeekday(month, day, weekday, latestYear, namedYearFloor);
      days = year === null ? null : dayNumber({ year, month, day });
    }
    if (days !== null && (best === null || days > best)) best = days;
  });
  return best;
}

/** The latest year the text names outside a future clause (not after `latestYear`): a year-less date cannot be earlier. */
export function findNamedYearFloor(matches: readonly TimeMatch[], future: readonly boolean[], latestYear: number): number {
  let floor = latestYear - L.WEEKDAY_YEAR_SEARCH_SPAN_YEARS;
  matches.forEach((m, n) => {
    if (future[n] || m.role !== 'point') return;
    const year = m.ref.t === 'date' || m.ref.t === 'month' ? m.ref.year : m.ref.t === 'years' ? m.ref.to : null;
    if (year !== null && year <= latestYear) floor = Math.max(floor, year);
  });
  return floor;
}

/** The most recent year in [floor, latest] in which day/month falls on the weekday, or null. */
export function inferYearFromWeekday(month: number, day: number, weekday: number, latestYear: number, floor: number): number | null {
  for (let year = latestYear; year >= floor; year--) {
    if (isValidDate(year, month, day) && isoWeekday(dayNumber({ year, month, day })) === weekday) return year;
  }
  return null;
}
