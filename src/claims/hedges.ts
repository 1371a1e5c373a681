// Hedges around a claim: the writer's verification signals ("allegedly", "could not be
// independently verified", "without providing evidence") and the speaker's own hedges ("likely",
// "I believe"), looked for in the cue's sentence, the content's, and a following "the reports
// have not been confirmed". Patterns live in rules.ts; this module matches them over folded tokens.

import type { HedgeKind } from '../model/claim.js';
import { HEDGE_GAP_MAX_TOKENS, SPEAKER_HEDGE_PATTERNS, UNVERIFIED_PATTERNS, VERIFICATION_PATTERNS } from './rules.js';
import type { Attribution } from './attributions.js';
import type { TokenView } from './view.js';

interface PatternStep {
  readonly words: ReadonlySet<string> | null; // null: a gap of up to HEDGE_GAP_MAX_TOKENS words
  readonly optional: boolean;
}

type Pattern = readonly PatternStep[];

function compile(pattern: string): Pattern {
  return pattern.split(' ').map((part) => {
    if (part === '*') return { words: null, optional: true };
    const optional = part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    return { words: new Set(body.split('|')), optional };
  });
}

const VERIFICATION: readonly Pattern[] = VERIFICATION_PATTERNS.map(compile);
const UNVERIFIED: readonly Pattern[] = UNVERIFIED_PATTERNS.map(compile);
const SPEAKER: readonly Pattern[] = SPEAKER_HEDGE_PATTERNS.map(compile);

/** Words a pattern can begin with (its first step, and the next ones while steps are optional). */
function firstWords(pattern: Pattern): string[] {
  const words: string[] = [];
  for (const step of pattern) {
    if (step.words) words.push(...step.words);
    if (!step.optional) break;
  }
  return words;
}

interface IndexedPattern {
  readonly pattern: Pattern;
  readonly kind: HedgeKind;
}

/** Patterns by the words they can start with, so each token is tried only against patterns that can match it. */
const BY_FIRST_WORD: ReadonlyMap<string, readonly IndexedPattern[]> = (() => {
  const map = new Map<string, IndexedPattern[]>();
  const add = (patterns: readonly Pattern[], kind: HedgeKind): void => {
    for (const pattern of patterns) for (const word of firstWords(pattern)) map.set(word, [...(map.get(word) ?? []), { pattern, kind }]);
  };
  add(VERIFICATION, 'verification');
  add(SPEAKER, 'hedge');
  return map;
})();

/** The token after a match of `steps` starting at `at`, or -1. */
function matchAt(view: TokenView, steps: Pattern, step: number, at: number, limit: number): number {
  if (step === steps.length) return at;
  const current = steps[step]!;
  if (current.words === null) {
    for (let skip = 0; skip <= HEDGE_GAP_MAX_TOKENS && at + skip <= limit; skip++) {
      const end = matchAt(view, steps, step + 1, at + skip, limit);
      if (end !== -1) return end;
    }
    return -1;
  }
  if (at < limit && current.words.has(view.norm[at]!)) {
    const end = matchAt(view, steps, step + 1, at + 1, limit);
    if (end !== -1) return end;
  }
  return current.optional ? matchAt(view, steps, step + 1, at, limit) : -1;
}

export interface FoundHedge {
  readonly first: number;
  readonly end: number;
  readonly kind: HedgeKind;
  /** The writer says the claim is unconfirmed: the claim's stance becomes "unverified". */
  readonly unverified: boolean;
}

function isUnverifying(view: TokenView, first: number, limit: number): boolean {
  return UNVERIFIED.some((p) => matchAt(view, p, 0, first, limit) !== -1);
}

/** Hedges in tokens [first, end), longest match at each position, not overlapping. */
export function findHedges(view: TokenView, first: number, end: number): FoundHedge[] {
  const found: FoundHedge[] = [];
  for (let i = first; i < end; i++) {
    // "May" the month, "Likely" in a name: hedges are never proper nouns.
    if (view.pos[i] === 'PROPN') continue;
    const candidates = BY_FIRST_WORD.get(view.norm[i]!);
    if (!candidates) continue;
    let best: FoundHedge | null = null;
    for (const { pattern, kind } of candidates) {
      const matchEnd = matchAt(view, pattern, 0, i, end);
      if (matchEnd > i && (!best || matchEnd > best.end)) {
        best = { first: i, end: matchEnd, kind, unverified: kind === 'verification' && isUnverifying(view, i, end) };
      }
    }
    if (best) {
      found.push(best);
      i = best.end - 1;
    }
  }
  return found;
}

/** Hedges per unit, found once per article however many claims share the unit. */
export type HedgeMemo = Map<number, readonly FoundHedge[]>;

function hedgesInUnit(view: TokenView, unit: number, memo: HedgeMemo): readonly FoundHedge[] {
  let found = memo.get(unit);
  if (!found) {
    const u = view.units[unit]!;
    found = findHedges(view, u.first, u.end);
    memo.set(unit, found);
  }
  return found;
}

/** Hedges in the cue's sentence and the content's, and a writer's "has not been confirmed" in the next sentence. */
export function hedgesOf(view: TokenView, a: Attribution, contentTokens: readonly [number, number][], memo: HedgeMemo, unitsWithCues: ReadonlySet<number>): FoundHedge[] {
  const units = new Set<number>([a.unit]);
  for (const [first, end] of contentTokens) for (let i = first; i < end; i = view.units[view.unitOf[i]!]!.end) units.add(view.unitOf[i]!);
  const found: FoundHedge[] = [];
  for (const unit of units) for (const hedge of hedgesInUnit(view, unit, memo)) found.push(hedge);
  const next = a.unit + 1;
  if (next < view.units.length && view.units[next]!.block === view.units[a.unit]!.block && !units.has(next) && !unitsWithCues.has(next)) {
    for (const hedge of hedgesInUnit(view, next, memo)) if (hedge.unverified) found.push(hedge);
  }
  // "reportedly" as the cue is the attribution itself, not a hedge on it.
  return found.filter((h) => !(a.cue.kind === 'evidential' && h.first >= a.cueFirst && h.end <= a.cueEnd)).sort((x, y) => x.first - y.first);
}
