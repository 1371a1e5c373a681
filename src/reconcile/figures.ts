// Figures of one count proposition: one per claimant and stated figure (value, range, qualifier,
// increment/total/projection), however many articles repeat it, with its as-of date (statement
// date, else publication date), what it refers to, the relays it came through and the exact words
// in every article. Members are grouped by figureKey; each group becomes one Figure.

import type { AsOf, ClaimRef, DateInterval, EvidenceRef, Figure, Quantity } from '../model/index.js';
import { compareIntervals, compareStrings, distinctSorted, foldPersonName } from './annotations.js';
import type { ClaimFacts } from './article-facts.js';
import type { CountKey } from './claim-key.js';

export interface CountMember {
  readonly facts: ClaimFacts;
  readonly count: CountKey;
  readonly quantity: Quantity;
  /** The article's publication day, `YYYY-MM-DD`, or null. */
  readonly published: string | null;
  /** The resolved time the figure's words are about, or null. */
  readonly refersTo: DateInterval | null;
  /** Countries the claim's words place the figure in (places.ts). */
  readonly places: readonly string[];
}

/** The value that occurs most often, ties broken by the smallest; `values` must not be empty. */
export function mostCommon(values: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return mostCommonCounted(counts);
}

/** The key with the highest count, ties broken by the smallest key; `counts` must not be empty. */
export function mostCommonCounted(counts: ReadonlyMap<string, number>): string {
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (best === null || n > bestCount || (n === bestCount && v < best)) {
      best = v;
      bestCount = n;
    }
  }
  return best!;
}

/** Members with equal keys are one figure: same claimant, same stated figure and flags. */
export function figureKeyOf(member: CountMember): string {
  const q = member.quantity;
  return [
    member.facts.claimant.key,
    q.value ?? '',
    q.low ?? '',
    q.high ?? '',
    (q.alternatives ?? []).join('/'),
    q.qualifier ?? '',
    q.vague ? 'v' : '',
    q.increment ? 'i' : '',
    q.total ? 't' : '',
    member.count.projected ? 'p' : '',
  ].join('|');
}

function earliest(intervals: readonly (DateInterval | null)[]): DateInterval | null {
  let best: DateInterval | null = null;
  for (const i of intervals) if (i && compareIntervals(i, best) < 0) best = i;
  return best;
}

function compareMembers(a: CountMember, b: CountMember): number {
  return compareStrings(a.facts.article, b.facts.article) || a.facts.index - b.facts.index || a.count.quantity - b.count.quantity;
}

/** One figure from the members sharing a figureKey (in any order). */
export function buildFigure(members: readonly CountMember[]): Figure {
  const group = [...members].sort(compareMembers);
  const first = group[0]!;
  const q = first.quantity;
  const stated = earliest(group.map((m) => m.facts.statedAt));
  const published = earliest(group.map((m) => (m.published ? { start: m.published, end: m.published, precision: 'day' as const, openEnd: false } : null)));
  const asOf: AsOf | null = stated ? { ...stated, basis: 'statement' } : published ? { ...published, basis: 'publication' } : null;
  const relays: string[] = [];
  for (const m of group) for (const r of m.facts.relays) if (!relays.includes(r)) relays.push(r);
  const units = group.map((m) => m.quantity.unit).filter((u): u is string => u !== null);
  const evidence: EvidenceRef[] = group.map((m) => ({ article: m.facts.article, span: m.quantity.span }));
  const claims: ClaimRef[] = [];
  for (const m of group) {
    const last = claims[claims.length - 1];
    if (!last || last.article !== m.facts.article || last.claim !== m.facts.index) claims.push({ article: m.facts.article, claim: m.facts.index });
  }
  return {
    value: q.value,
    low: q.low,
    high: q.high,
    alternatives: q.alternatives,
    qualifier: q.qualifier,
    vague: q.vague,
    increment: q.increment,
    total: q.total,
    projected: first.count.projected,
    unit: units.length > 0 ? mostCommon(units) : null,
    claimant: { ...first.facts.claimant, name: mostCommon(group.map((m) => m.facts.claimant.name)), origin: mostCommon(group.map((m) => m.facts.claimant.origin)) },
    relayedBy: relays,
    asOf,
    refersTo: earliest(group.map((m) => m.refersTo)),
    places: distinctSorted(group.flatMap((m) => m.places)),
    articles: distinctSorted(group.map((m) => m.facts.article)),
    evidence,
    claims,
    ...(group.every((m) => m.facts.narrative) ? { narrative: true as const } : {}),
  };
}

/** Figures in as-of order (undated last), then claimant, then value, then key. */
export function compareFigures(a: { figure: Figure; key: string }, b: { figure: Figure; key: string }): number {
  return (
    compareIntervals(a.figure.asOf, b.figure.asOf) ||
    compareStrings(a.figure.claimant.name, b.figure.claimant.name) ||
    (a.figure.low ?? a.figure.value ?? 0) - (b.figure.low ?? b.figure.value ?? 0) ||
    compareStrings(a.key, b.key)
  );
}

/** What a figure states, whoever states it: value, range, alternatives, qualifier and marks. */
function statedFigureKey(f: Figure): string {
  return [f.value ?? '', f.low ?? '', f.high ?? '', (f.alternatives ?? []).join('/'), f.qualifier ?? '', f.vague, f.increment, f.total, f.projected].join('|');
}

/**
 * One statement reported with two ends of its chain: article A has "Okafor said at least 3,000",
 * article B "the government believes at least 3,000, Okafor said". When a figure's claimant is a
 * relay of another claimant's identical figure in the same proposition, it is that figure relayed:
 * its words join the other figure (earliest as-of of both, the relay kept), and it is not listed
 * apart. Linear in figures: figures are looked up by stated figure and relay name.
 */
export function mergeRelayedFigures(input: readonly { key: string; figure: Figure }[]): { key: string; figure: Figure }[] {
  // Keyed order, so the same figures merge the same way whatever order their articles arrived in.
  const figures = [...input].sort((a, b) => compareStrings(a.key, b.key));
  const viaRelay = new Map<string, number>();
  figures.forEach(({ figure }, i) => {
    for (const relay of figure.relayedBy) {
      const slot = `${statedFigureKey(figure)}\u0000${foldPersonName(relay)}`;
      if (!viaRelay.has(slot)) viaRelay.set(slot, i);
    }
  });
  const target = figures.map(({ figure }, i) => {
    const t = viaRelay.get(`${statedFigureKey(figure)}\u0000${foldPersonName(figure.claimant.name)}`);
    return t === undefined || t === i ? null : t;
  });
  // Follow chains (X via Y, Y via Z, Z) to the end that is no one's relay; a cycle ends at its first figure.
  const rootOf = (i: number): number => {
    const seen = new Set<number>([i]);
    let at = i;
    while (target[at] !== null && !seen.has(target[at]!)) {
      at = target[at]!;
      seen.add(at);
    }
    return target[at] !== null ? Math.min(...seen) : at;
  };
  const absorbed = new Map<number, number[]>();
  figures.forEach((_, i) => {
    if (target[i] === null) return;
    const root = rootOf(i);
    if (root === i) return;
    const list = absorbed.get(root) ?? [];
    list.push(i);
    absorbed.set(root, list);
  });
  if (absorbed.size === 0) return [...figures];
  const gone = new Set([...absorbed.values()].flat());
  return figures.flatMap(({ key, figure }, i) => {
    if (gone.has(i)) return [];
    const parts = absorbed.get(i);
    if (!parts) return [{ key, figure }];
    const others = parts.map((j) => figures[j]!.figure);
    const all = [figure, ...others];
    const asOf = all.map((f) => f.asOf).reduce((best, x) => (x && (best === null || (x.basis === 'statement' && best.basis !== 'statement') || (x.basis === best.basis && compareIntervals(x, best) < 0)) ? x : best), null as Figure['asOf']);
    const merged: Figure = {
      ...figure,
      relayedBy: [...new Set([...figure.relayedBy, ...others.flatMap((f) => f.relayedBy)])].filter((r) => foldPersonName(r) !== foldPersonName(figure.claimant.name)),
      asOf,
      refersTo: earliest(all.map((f) => f.refersTo)),
      places: distinctSorted(all.flatMap((f) => f.places ?? [])),
      articles: distinctSorted(all.flatMap((f) => f.articles)),
      evidence: all.flatMap((f) => f.evidence),
      claims: all.flatMap((f) => f.claims),
    };
    return [{ key, figure: merged }];
  });
}
