// What the grammar understood an expression to mean, before any anchor is applied: the bridge
// between finding (grammar.ts) and placing in the calendar (resolve.ts).

import type { TimeExpressionKind, TimeModifier, UnresolvedReason } from '../../model/time-expression.js';
import type { Relation, TimeUnit } from './lexicon.js';

export type TimeRef =
  /** A day, perhaps without its year: "25 October 2024", "October 23", "Wednesday, October 23". */
  | { readonly t: 'date'; readonly year: number | null; readonly month: number; readonly day: number; readonly weekday: number | null }
  | { readonly t: 'month'; readonly year: number | null; readonly month: number; readonly relation: Relation | null }
  | { readonly t: 'years'; readonly from: number; readonly to: number }
  | { readonly t: 'weekday'; readonly weekday: number; readonly relation: Relation | null }
  | { readonly t: 'weekend'; readonly relation: Relation | null }
  /** "yesterday", "today", "tomorrow". */
  | { readonly t: 'deictic'; readonly offsetDays: number }
  /** "last week", "this month", "earlier this year". */
  | { readonly t: 'unit'; readonly unit: 'week' | 'month' | 'year'; readonly relation: Relation; readonly part: 'whole' | 'earlier' | 'later' }
  /** "the past three years": a window ending on the anchor. */
  | { readonly t: 'trailing'; readonly unit: TimeUnit; readonly amount: number }
  | { readonly t: 'ago'; readonly unit: TimeUnit; readonly amount: number }
  /** "the weekend before last", "the week before last": the unit before the last one. */
  | { readonly t: 'before-last'; readonly unit: 'weekend' | 'week' | 'month' | 'year' }
  | { readonly t: 'quarter'; readonly quarter: number; readonly year: YearRef | null }
  /** "from 8 to 13 October": both ends already completed from each other. */
  | { readonly t: 'range'; readonly from: TimeRef; readonly to: TimeRef }
  /** "since the war began": dated by another sentence, or by a trailing "two years ago". */
  | { readonly t: 'event-start'; readonly noun: string; readonly fallback: TimeRef | null }
  | { readonly t: 'none'; readonly reason: UnresolvedReason };

export type YearRef = { readonly absolute: number } | { readonly relative: -1 | 0 | 1 };

/** How the surrounding words use the time: a point, the start of an open interval, or an end point. */
export type TimeRole = 'point' | 'since' | 'deadline';

/** One expression found in the text, in token indices, not yet resolved. */
export interface TimeMatch {
  readonly startToken: number;
  /** Exclusive. */
  readonly endToken: number;
  readonly ref: TimeRef;
  readonly kind: TimeExpressionKind;
  readonly mod: TimeModifier | null;
  readonly role: TimeRole;
}
