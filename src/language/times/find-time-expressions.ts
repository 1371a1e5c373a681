// findTimeExpressions: the time-expression annotator of the `language` stage. Finds every time
// expression in an article's clean text and resolves each to an inclusive calendar interval
// against the publication date, or, when that is unknown, against a full date the text states.
// Pure: the anchor and the latest plausible year arrive as data.

import { makeSpan } from '../../model/span.js';
import type { DateValue } from '../../model/article.js';
import type { TimeAnchor, TimeAnchorUse, TimeExpression } from '../../model/time-expression.js';
import { dayNumber, parseIsoDay } from './calendar.js';
import { findEventStarts, findExplicitAnchor, findNamedYearFloor, hasFutureVerbGroup, inferYearFromWeekday } from './context.js';
import { findTimeMatches } from './grammar.js';
import { DEFAULT_LATEST_YEAR } from './lexicon.js';
import { resolveTimeRef } from './resolve.js';
import { tokenize } from './tokens.js';

export interface TimeOptions {
  /**
   * The latest year a year-less full date may be placed in when the text has no publication date
   * ("Wednesday, October 23" → the most recent such year not after this). Pass the retrieval year.
   */
  readonly latestYear: number;
}

export const defaultTimeOptions: TimeOptions = { latestYear: DEFAULT_LATEST_YEAR };

const CONTEXT = 'language/times';

/**
 * Time expressions in `text`, in text order, not overlapping. `anchor` is the publication day; pass
 * null when it is unknown and the text's own latest full date is used instead, or nothing, in which
 * case relative expressions stay unresolved (resolved null, reason 'no-anchor').
 */
export function findTimeExpressions(text: string, anchor: TimeAnchor | null, options: TimeOptions = defaultTimeOptions): TimeExpression[] {
  const tokens = tokenize(text);
  const matches = findTimeMatches(tokens, text);
  const future = matches.map((m) => hasFutureVerbGroup(tokens, m.startToken));
  const eventStarts = findEventStarts(tokens, matches);

  let anchorDays: number | null = null;
  let anchorUse: TimeAnchorUse = 'none';
  if (anchor) {
    const day = parseIsoDay(anchor.date);
    if (!day) throw new RangeError(`${CONTEXT}: the anchor must be a YYYY-MM-DD day, got ${JSON.stringify(anchor.date)}`);
    anchorDays = dayNumber(day);
    anchorUse = 'publication';
  } else {
    anchorDays = findExplicitAnchor(tokens, matches, future, options.latestYear);
    if (anchorDays !== null) anchorUse = 'explicit-date';
  }

  const yearFloor = findNamedYearFloor(matches, future, options.latestYear);
  return matches.map((m, n): TimeExpression => {
    let ref = m.ref;
    // With nothing to anchor on, a weekday still fixes the year of its date ("on Sunday 27 February").
    if (anchorDays === null && ref.t === 'date' && ref.year === null && ref.weekday !== null) {
      const year = inferYearFromWeekday(ref.month, ref.day, ref.weekday, options.latestYear, yearFloor);
      if (year !== null) ref = { ...ref, year };
    }
    const resolution = resolveTimeRef(ref, { anchorDays, future: future[n]! || m.role === 'deadline', eventStarts });
    const used: TimeAnchorUse = resolution.usedAnchor ? anchorUse : resolution.usedEventDate ? 'explicit-date' : 'none';
    return {
      span: makeSpan(tokens[m.startToken]!.start, tokens[m.endToken - 1]!.end, text.length, CONTEXT),
      kind: m.kind,
      resolved: resolution.resolved,
      openEnd: m.role === 'since',
      mod: m.mod,
      anchorUsed: used,
      reason: resolution.resolved ? null : resolution.reason,
    };
  });
}

/** The publication date as the anchor: the calendar day the source wrote, in its own time zone. */
export function timeAnchorFromDate(value: DateValue): TimeAnchor {
  return { date: value.iso.slice(0, 10) };
}
