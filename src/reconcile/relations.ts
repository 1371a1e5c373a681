// Relations between the figures of one proposition: evolution (a later figure from the same
// claimant, an increment, a running total or a projection), contradiction (incompatible figures
// for the same period), consistent (ranges that overlap: "at least 3,000" and "3,000"), and
// restatement (the same figure from the same claimant), different-referent (the same figure from
// another claimant about another time or place: neither a confirmation nor a contradiction). Each
// relation says why in words. incomparable: figures 100 times apart or more, never compared.

import type { DateInterval, Figure, FigureRelation } from '../model/index.js';
import { dayNumber } from './annotations.js';
import {
  APPROXIMATE_QUALIFIERS,
  APPROXIMATE_VALUE_TOLERANCE_RATIO,
  INCOMPARABLE_VALUE_RATIO,
  LOWER_BOUND_QUALIFIERS,
  MAX_OTHER_CLAIMANTS_COMPARED,
  NEARLY_QUALIFIERS,
  ROUNDING_TOLERANCE,
  SAME_PERIOD_TOLERANCE_DAYS,
  UPPER_BOUND_QUALIFIERS,
} from './rules.js';

const APPROXIMATE = new Set<string>(APPROXIMATE_QUALIFIERS);
const LOWER_BOUND = new Set<string>(LOWER_BOUND_QUALIFIERS);
const UPPER_BOUND = new Set<string>(UPPER_BOUND_QUALIFIERS);
const NEARLY = new Set<string>(NEARLY_QUALIFIERS);

/** The values a figure allows, [low, high], high may be Infinity. */
export function valueRange(figure: Figure): readonly [number, number] {
  if (figure.value === null) return [figure.low ?? 0, figure.high ?? Infinity];
  const v = figure.value;
  const q = figure.qualifier ?? 'exact';
  const slack = v * APPROXIMATE_VALUE_TOLERANCE_RATIO;
  if (APPROXIMATE.has(q)) return [v - slack, v + slack];
  if (LOWER_BOUND.has(q)) return [v, Infinity];
  if (UPPER_BOUND.has(q)) return [0, v];
  if (NEARLY.has(q)) return [v - slack, v];
  return [v, v];
}

export function describeFigure(figure: Figure): string {
  const number = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  let words: string;
  if (figure.alternatives) words = figure.alternatives.map(number).join(' or ');
  else if (figure.value !== null) words = `${figure.qualifier && figure.qualifier !== 'exact' ? `${figure.qualifier} ` : ''}${number(figure.value)}`;
  else if (figure.vague) words = `an unspecified number (at least ${number(figure.low ?? 0)})`;
  else words = `${figure.low !== null ? number(figure.low) : '?'}–${figure.high !== null ? number(figure.high) : '?'}`;
  if (figure.increment) words = `another ${words}`;
  if (figure.total) words = `a total of ${words}`;
  if (figure.projected) words = `${words} (projected)`;
  return words;
}

function sameFigureValue(a: Figure, b: Figure): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high && (a.alternatives ?? []).join() === (b.alternatives ?? []).join();
}

/** Two single figures so close that they are one figure rounded differently ("$9.3bn", "$9.4bn"). */
function roundedAlike(a: Figure, b: Figure): boolean {
  if (a.value === null || b.value === null || a.value <= 0 || b.value <= 0) return false;
  return Math.abs(a.value - b.value) / Math.max(a.value, b.value) <= ROUNDING_TOLERANCE;
}

function rangesMeet(a: Figure, b: Figure): boolean {
  const [a0, a1] = valueRange(a);
  const [b0, b1] = valueRange(b);
  return a0 <= b1 && b0 <= a1;
}

/**
 * The time a figure speaks of: its target for a projection; an earlier day its words date it to
 * ("up from about 2,000 litres on Monday", said on Wednesday, is Monday's figure); else when it was stated.
 */
function periodOf(figure: Figure): DateInterval | null {
  if (figure.projected && figure.refersTo) return figure.refersTo;
  const said = figure.asOf;
  const about = figure.refersTo;
  if (about && said && !about.openEnd && isPrecise(about) && dayNumber(about.end) < dayNumber(said.start)) return about;
  return said;
}

function periodWords(period: DateInterval | null): string {
  return period ? (period.start === period.end ? period.start : `${period.start}/${period.end}`) : 'undated';
}

function midpoint(period: DateInterval): number {
  return (dayNumber(period.start) + dayNumber(period.end)) / 2;
}

/** A period short enough to be one occasion: a day, or days within the same-period tolerance. */
function isPrecise(period: DateInterval | null): boolean {
  return period !== null && dayNumber(period.end) - dayNumber(period.start) <= SAME_PERIOD_TOLERANCE_DAYS;
}

/** A figure whose time the text states (a dated statement, or a projection's target), not only its article's publication date. */
function isDatedByText(figure: Figure): boolean {
  return figure.projected && figure.refersTo !== null ? true : figure.asOf?.basis === 'statement';
}

/** A figure's value as one number: its value, else its range's middle or its one known end; null for none. */
function representativeValue(f: Figure): number | null {
  if (f.value !== null) return f.value;
  if (f.low !== null && f.high !== null) return (f.low + f.high) / 2;
  return f.low ?? f.high;
}

/**
 * How many times larger one figure is than the other when that is at least INCOMPARABLE_VALUE_RATIO
 * (a market's £1.4 trillion turnover and a £1.3bn bid), else null: such figures almost surely measure
 * different things and are never called a contradiction.
 */
export function incomparableRatio(a: Figure, b: Figure): number | null {
  const x = representativeValue(a);
  const y = representativeValue(b);
  if (x === null || y === null || x <= 0 || y <= 0) return null;
  const ratio = Math.max(x, y) / Math.min(x, y);
  return ratio >= INCOMPARABLE_VALUE_RATIO ? ratio : null;
}

/**
 * Classifies an ordered pair (`a` comes first in as-of order); never a contradiction for figures
 * INCOMPARABLE_VALUE_RATIO times apart (see incomparableRatio).
 */
export function classifyFigures(a: Figure, b: Figure): { kind: FigureRelation['kind']; why: string } {
  const found = classifyFigurePair(a, b);
  if (found.kind !== 'contradiction') return found;
  const ratio = incomparableRatio(a, b);
  if (ratio === null) return found;
  const times = Math.round(ratio).toLocaleString('en-GB');
  return {
    kind: 'incomparable',
    why: `not compared: ${a.claimant.name} (${describeFigure(a)}) and ${b.claimant.name} (${describeFigure(b)}) differ by a factor of ${times}, so they almost surely measure different things: not a contradiction`,
  };
}

/**
 * Classifies an ordered pair (`a` comes first in as-of order). Periods are compared by their
 * middle day: an imprecise statement date ("earlier this month") is best placed at its middle.
 */
function classifyFigurePair(a: Figure, b: Figure): { kind: FigureRelation['kind']; why: string } {
  const pa = periodOf(a);
  const pb = periodOf(b);
  const gapDays = pa !== null && pb !== null ? midpoint(pb) - midpoint(pa) : null;
  const samePeriod = gapDays === null || Math.abs(gapDays) <= SAME_PERIOD_TOLERANCE_DAYS;
  const later = gapDays !== null && gapDays > SAME_PERIOD_TOLERANCE_DAYS;
  const datedByText = isDatedByText(a) && isDatedByText(b);
  const compatible = rangesMeet(a, b);
  const da = describeFigure(a);
  const db = describeFigure(b);
  if (a.claimant.key === b.claimant.key) {
    const who = b.claimant.name;
    if (sameFigureValue(a, b) && a.increment === b.increment && a.total === b.total && a.projected === b.projected) {
      return { kind: 'restatement', why: `${who} gives the same figure twice: ${da} (${periodWords(pa)}) and ${db} (${periodWords(pb)})` };
    }
    if (b.increment) return { kind: 'evolution', why: `${who} adds ${db} to the earlier ${da}: an increment, not a new total` };
    if (b.projected && !a.projected) return { kind: 'evolution', why: `${who} projects ${db} after counting ${da}: a target, not a count` };
    if (b.total && b.value !== null && a.value !== null && b.value >= a.value) {
      const sum = a.increment ? ` that includes the increment ${da}` : '';
      return { kind: 'evolution', why: `${who}'s running total ${db}${sum}: cumulative, after ${da}` };
    }
    // One claimant's own figures on two different precise days are a revision, however close the days.
    const revisedLater = gapDays !== null && gapDays >= 1 && isPrecise(pa) && isPrecise(pb);
    if (later || revisedLater) return { kind: 'evolution', why: `${who} gives ${db} (${periodWords(pb)}) after ${da} (${periodWords(pa)}): a later figure` };
    if (compatible) return { kind: 'consistent', why: `${who}'s ${da} and ${db} overlap` };
    if (!datedByText) {
      return { kind: 'evolution', why: `${who} gives ${da} and ${db} with no statement dates to tell them apart: read as successive counts, not a self-contradiction` };
    }
    return { kind: 'contradiction', why: `${who} gives incompatible figures for the same period (${periodWords(pb)}): ${da} and ${db}` };
  }
  const names = `${a.claimant.name} (${da}, ${periodWords(pa)}) and ${b.claimant.name} (${db}, ${periodWords(pb)})`;
  const referents = differentReferents(a, b);
  if (referents) return { kind: 'different-referent', why: `${names}: the same figure, but ${referents}: two referents, neither a confirmation nor a contradiction` };
  if (!compatible && roundedAlike(a, b)) return { kind: 'consistent', why: `${names}: within ${ROUNDING_TOLERANCE * 100}% of each other, one figure rounded differently ($9.35bn told as $9.3bn and $9.4bn)` };
  if (compatible) {
    return { kind: 'consistent', why: sameFigureValue(a, b) ? `${names} give the same figure` : `${names}: the figures' ranges overlap` };
  }
  const [aLow, aHigh] = valueRange(a);
  const [bLow, bHigh] = valueRange(b);
  if ((b.total && bLow >= aHigh) || (a.total && aLow >= bHigh)) {
    return { kind: 'evolution', why: `${names}: a running total and a smaller batch it can include: cumulative counts, not a disagreement` };
  }
  // Two days a few days apart are one period; a week or a month ("last week", "this month") that
  // merely contains the other date is not: which was said first is unknown.
  const bothPrecise = isPrecise(pa) && isPrecise(pb);
  // A writer's own figure with no date is background as often as news: nothing says it is of the other's time.
  if (gapDays === null && (a.narrative || b.narrative)) {
    return { kind: 'evolution', why: `${names}: one is the writer's own undated figure, so which came first, and whether they are of one time, is unknown: read as successive counts, not as a disagreement` };
  }
  if (samePeriod && (gapDays === null || bothPrecise)) return { kind: 'contradiction', why: `${names}: different claimants, same period, incompatible figures` };
  if (samePeriod) {
    return { kind: 'evolution', why: `${names}: one is dated only to a week or a month that takes in the other's date, so which was said first is unknown: read as successive counts, not as a disagreement` };
  }
  if (!datedByText) {
    return { kind: 'evolution', why: `${names}: dated only by publication, ${Math.round(gapDays!)} days apart, so which was said first is unknown: read as successive counts, not as a disagreement` };
  }
  if (b.total || b.increment || bLow > aHigh) {
    return { kind: 'evolution', why: `${names}: a later, larger figure from another claimant (counts grow over time)` };
  }
  return { kind: 'contradiction', why: `${names}: the later figure is smaller, from another claimant` };
}

const targetWords = (f: Figure) => (f.refersTo ? `a target for ${periodWords(f.refersTo)}` : 'a plan with no stated time');

/**
 * Why two claimants' equal figures are about different things, or null: two projections whose
 * targets differ (one undated plan, one target for December; or two targets that do not meet), or
 * two figures whose words place them in different places ("prepared in A", "expected in B").
 */
function differentReferents(a: Figure, b: Figure): string | null {
  // Two vague amounts ("dozens", "thousands") are not one figure, however equal their floors.
  if (!sameFigureValue(a, b) || a.vague || b.vague) return null;
  if (a.projected && b.projected) {
    const ta = a.refersTo;
    const tb = b.refersTo;
    const meet = ta && tb ? ta.start <= tb.end && tb.start <= ta.end : ta === tb;
    if (!meet) return `${a.claimant.name}'s is ${targetWords(a)} and ${b.claimant.name}'s ${targetWords(b)}`;
  }
  const pa = a.places ?? [];
  const pb = b.places ?? [];
  if (pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p))) {
    return `${a.claimant.name}'s words place it in ${pa.join(', ')} and ${b.claimant.name}'s in ${pb.join(', ')}`;
  }
  return null;
}

/**
 * Relations, linear in figures: each claimant's series in order (consecutive figures); across
 * claimants, like with like only (never an increment; projections with projections): each figure
 * with the figures of other claimants in the same period (up to MAX_OTHER_CLAIMANTS_COMPARED
 * claimants), and with the latest earlier figure of another claimant (how the count moved).
 */
export function relateFigures(
  figures: readonly Figure[],
  classify: (a: Figure, b: Figure) => { kind: FigureRelation['kind']; why: string } = classifyFigures,
): FigureRelation[] {
  const pairs = new Set<string>();
  const relations: FigureRelation[] = [];
  const relate = (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const id = `${a}:${b}`;
    if (a === b || pairs.has(id)) return;
    pairs.add(id);
    relations.push({ a, b, ...classify(figures[a]!, figures[b]!) });
  };
  const lastOfClaimant = new Map<string, number>();
  figures.forEach((f, i) => {
    const previous = lastOfClaimant.get(f.claimant.key);
    if (previous !== undefined) relate(previous, i);
    lastOfClaimant.set(f.claimant.key, i);
  });
  for (const projected of [false, true]) {
    const periods = new Map<number, readonly [number, number]>();
    const dated: number[] = [];
    const undated: number[] = [];
    figures.forEach((f, i) => {
      // A plan with no date for its target ("planning to dispatch 10,000") is not a count for any
      // period: across claimants it is compared with nothing (its claimant's series still has it).
      if (f.increment || f.projected !== projected || (projected && !f.refersTo)) return;
      const period = periodOf(f);
      if (!period) return void undated.push(i);
      periods.set(i, [dayNumber(period.start), dayNumber(period.end)]);
      dated.push(i);
    });
    dated.sort((x, y) => periods.get(x)![0] - periods.get(y)![0] || x - y);
    const claimantOf = (i: number) => figures[i]!.claimant.key;
    let last = -1;
    let lastOther = -1;
    dated.forEach((i, at) => {
      const seen = new Set([claimantOf(i)]);
      const reach = periods.get(i)![1] + SAME_PERIOD_TOLERANCE_DAYS;
      for (let k = at + 1; k < dated.length && periods.get(dated[k]!)![0] <= reach && seen.size <= MAX_OTHER_CLAIMANTS_COMPARED; k++) {
        const j = dated[k]!;
        if (seen.has(claimantOf(j))) continue;
        seen.add(claimantOf(j));
        relate(i, j);
      }
      const previous = last >= 0 && claimantOf(last) !== claimantOf(i) ? last : lastOther;
      if (previous >= 0) relate(previous, i);
      if (last >= 0 && claimantOf(last) !== claimantOf(i)) lastOther = last;
      last = i;
    });
    undated.forEach((i, at) => {
      const seen = new Set([claimantOf(i)]);
      for (let k = at + 1; k < undated.length && seen.size <= MAX_OTHER_CLAIMANTS_COMPARED; k++) {
        const j = undated[k]!;
        if (seen.has(claimantOf(j))) continue;
        seen.add(claimantOf(j));
        relate(i, j);
      }
      const latest = last >= 0 && claimantOf(last) !== claimantOf(i) ? last : lastOther;
      if (latest >= 0) relate(latest, i);
    });
  }
  const projectionsByValue = new Map<string, number[]>();
  figures.forEach((f, i) => {
    if (!f.projected || f.increment) return;
    const key = `${f.value}|${f.low}|${f.high}|${(f.alternatives ?? []).join('/')}`;
    const list = projectionsByValue.get(key);
    if (list) list.push(i);
    else projectionsByValue.set(key, [i]);
  });
  for (const same of projectionsByValue.values()) {
    for (const i of same) {
      if (figures[i]!.refersTo) continue;
      const seen = new Set([figures[i]!.claimant.key]);
      for (const j of same) {
        if (seen.has(figures[j]!.claimant.key) || seen.size > MAX_OTHER_CLAIMANTS_COMPARED) continue;
        seen.add(figures[j]!.claimant.key);
        relate(i, j);
      }
    }
  }
  return relations.sort((x, y) => x.a - y.a || x.b - y.b);
}
