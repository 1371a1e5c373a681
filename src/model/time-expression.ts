// TimeExpression: a time expression found in an article's text ("on Wednesday", "since August
// 2023", "by December") with the calendar interval it refers to, when that can be worked out.
// Produced by the `language` stage (src/language/times/), read by claims and reconcile.

import type { Span } from './span.js';

/** What sort of time the words name. */
export type TimeExpressionKind =
  | 'date' // one day: "on Wednesday", "on 3 October"
  | 'datetime' // a day with a clock time: "Friday 25 October 2024 05:30 BST"
  | 'interval' // a stretch with both ends: "from 8 to 13 October", "last week", "earlier this month"
  | 'month' // "in May", "in February 2022"
  | 'year' // "last year", "in 2018"
  | 'since' // the start of an open interval: "since August 2023"
  | 'deadline' // an end point: "by December", "until March"
  | 'time' // a part of a day or a clock time: "on Wednesday evening", "at 3pm"
  | 'duration' // a length of time, not a place in the calendar: "for several months"
  | 'set' // a repetition: "almost daily", "every week"
  | 'vague'; // an unbounded or unnamed time: "in the past", "over recent weeks"

/** The granularity the text speaks at; `start`/`end` are still whole ISO days. */
export type TimePrecision = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A narrowing the text puts on the resolved interval without naming its days: "early October". */
export type TimeModifier =
  | 'early'
  | 'mid'
  | 'late'
  | 'start'
  | 'end'
  | 'early-to-mid'
  | 'mid-to-late'
  | 'approx';

/** What a relative expression was resolved against. */
export type TimeAnchorUse =
  | 'publication' // the article's publication date, given by the caller
  | 'explicit-date' // a full date written in the text itself, when the publication date is unknown
  | 'none'; // nothing: the expression carries its own date, or it stays unresolved

/** Why an expression has no calendar interval. */
export type UnresolvedReason =
  | 'no-anchor' // relative ("on Wednesday", "last week") and neither a publication date nor a full date in the text
  | 'relative-to-event' // counted from another event, not from the anchor: "two weeks later"
  | 'undated-event' // "since the war began" where the text never dates the event
  | 'not-a-calendar-time' // vague, duration or repetition: "in the past", "for several months", "almost daily"
  | 'empty-interval' // "earlier this week" written on a Monday: no day qualifies
  | 'out-of-range'; // no year fits the stated weekday and day within the search bound

/** Inclusive ISO dates (`YYYY-MM-DD`), start <= end. */
export interface ResolvedTime {
  readonly start: string;
  readonly end: string;
  readonly precision: TimePrecision;
}

/** The day relative expressions are counted from. `date` is the local calendar day, `YYYY-MM-DD`. */
export interface TimeAnchor {
  readonly date: string;
}

export interface TimeExpression {
  /** Into the article text; keeps the leading temporal preposition ("on Wednesday", "since 2006"). */
  readonly span: Span;
  readonly kind: TimeExpressionKind;
  /** Null when the text does not let us place it in the calendar; `reason` then says why. */
  readonly resolved: ResolvedTime | null;
  /** True for "since X": the interval runs from `resolved.start` to an unstated end. */
  readonly openEnd: boolean;
  readonly mod: TimeModifier | null;
  readonly anchorUsed: TimeAnchorUse;
  /** Set exactly when `resolved` is null. */
  readonly reason: UnresolvedReason | null;
}
