// Stances on a proposition (who asserts, confirms, alleges, estimates, denies, and when), the
// conflicts between a denial and the assertions of other speakers, and the story's denials list
// (every 'denies' claim, merged per speaker and proposition across articles).

import type { ArticleId, Claimant, DateInterval, Denial, EvidenceRef, Proposition, PropositionId, StanceConflict, StanceEntry } from '../model/index.js';
import { compareIntervals, compareStrings, distinctSorted, foldPersonName } from './annotations.js';
import type { ArticleFacts, ClaimFacts } from './article-facts.js';
import { mostCommon } from './figures.js';
import { ASSERTING_STANCES } from './rules.js';

const ASSERTING = new Set<string>(ASSERTING_STANCES);

function earliest(intervals: readonly (DateInterval | null)[]): DateInterval | null {
  let best: DateInterval | null = null;
  for (const i of intervals) if (i && compareIntervals(i, best) < 0) best = i;
  return best;
}

function mergedClaimant(group: readonly ClaimFacts[]): Claimant {
  return { ...group[0]!.claimant, name: mostCommon(group.map((c) => c.claimant.name)), origin: mostCommon(group.map((c) => c.claimant.origin)) };
}

function contentRefs(group: readonly ClaimFacts[]): EvidenceRef[] {
  return group.map((c) => ({ article: c.article, span: c.claim.content[0]! }));
}

/** Claims with equal keys are one stance entry: one speaker, one stance, negated or not. */
export function stanceKeyOf(c: ClaimFacts, negated = false): string {
  return stanceKey(c.claimant.key, c.claim.stance) + (negated ? NEGATED_MARK : '');
}

export function stanceKey(claimantKey: string, stance: string): string {
  return `${claimantKey}\u0000${stance}`;
}

const NEGATED_MARK = '\u0000not';

export function isNegatedStanceKey(key: string): boolean {
  return key.endsWith(NEGATED_MARK);
}

/** One stance entry from the claims sharing a stanceKey (in any order). */
export function buildStance(claims: readonly ClaimFacts[], negated = false): StanceEntry {
  const group = [...claims].sort(compareClaims);
  return {
    speaker: mergedClaimant(group),
    stance: group[0]!.claim.stance,
    ...(negated ? { negated: true as const } : {}),
    when: earliest(group.map((c) => c.statedAt)),
    articles: distinctSorted(group.map((c) => c.article)),
    evidence: contentRefs(group),
  };
}

/** Stances in date order (undated last), then speaker, then stance. */
export function compareStances(a: StanceEntry, b: StanceEntry): number {
  return compareIntervals(a.when, b.when) || compareStrings(a.speaker.name, b.speaker.name) || compareStrings(a.speaker.key, b.speaker.key) || compareStrings(a.stance, b.stance);
}

function compareClaims(a: ClaimFacts, b: ClaimFacts): number {
  return compareStrings(a.article, b.article) || a.index - b.index;
}

/**
 * Each denial against the asserting stances of other speakers on the same proposition. `targetsOf`
 * gives, for a denial that disputes particular figures, the claimants it disputes: it is set only
 * against them ("nowhere near that figure" denies one claimant's 3,000, not every count).
 */
export function findStanceConflicts(stances: readonly StanceEntry[], targetsOf: (entry: StanceEntry) => ReadonlySet<string> | null = () => null): StanceConflict[] {
  const conflicts: StanceConflict[] = [];
  // A speaker who denies the whole proposition is a denier, even when one of its sentences was read
  // as asserting it ("a fabrication", the spokeswoman said, quoting what she denies): never listed
  // among those it is set against.
  const deniers = new Set(stances.filter((s) => s.stance === 'denies' && targetsOf(s) === null).map((s) => s.speaker.key));
  stances.forEach((entry, denial) => {
    if (entry.stance !== 'denies') return;
    const targets = targetsOf(entry);
    const against: number[] = [];
    stances.forEach((other, i) => {
      // A negated stance says it did not happen, as the denial does: never set against it.
      if (!ASSERTING.has(other.stance) || other.negated || other.speaker.key === entry.speaker.key || deniers.has(other.speaker.key)) return;
      if (targets && !targets.has(other.speaker.key)) return;
      against.push(i);
    });
    if (against.length === 0) return;
    conflicts.push({ denial, against, why: conflictWhy(stances, denial, against) });
  });
  return conflicts;
}

function conflictWhy(stances: readonly StanceEntry[], denial: number, against: readonly number[]): string {
  // One name per claimant, however its stances spell it.
  const byKey = new Map<string, string>();
  for (const i of against) if (!byKey.has(stances[i]!.speaker.key)) byKey.set(stances[i]!.speaker.key, stances[i]!.speaker.name);
  const names = distinctSorted(byKey.values());
  return `${stances[denial]!.speaker.name} denies what ${names.join(', ')} ${names.length === 1 ? 'asserts' : 'assert'}`;
}

/** What a denial keyed to no proposition denies ("dismissed the claim as a fabrication"): whatever the speaker is quoted on. */
export const ANY_PROPOSITION = '*';

/** Speakers who deny this proposition's subject or family, or deny with no proposition, somewhere in the story. */
function deniersOf(p: Proposition, deniers: ReadonlyMap<string, ReadonlySet<string>>): (who: string) => boolean {
  return (who) => {
    const what = deniers.get(who);
    return what !== undefined && (what.has(ANY_PROPOSITION) || what.has(p.subject.key) || what.has(p.family.key));
  };
}

/**
 * The proposition with speakers who deny it (its subject or family) elsewhere in the story taken out of its assertions against
 * denials and out of its original sources: a spokeswoman who calls the claim a fabrication is a
 * denier, even when a rhetorical question of hers ("where are these troops?") was read as asserting.
 * `deniers` maps claimant keys and folded names to what they deny. Returns `p` itself when nothing changes.
 */
export function withoutStoryDeniers(p: Proposition, deniers: ReadonlyMap<string, ReadonlySet<string>>): Proposition {
  if (deniers.size === 0) return p;
  const isDenier = deniersOf(p, deniers);
  const denies = (i: number) => p.stances[i]!.stance !== 'denies' && (isDenier(p.stances[i]!.speaker.key) || isDenier(foldPersonName(p.stances[i]!.speaker.name)));
  const touched = p.conflicts.some((c) => c.against.some(denies));
  const denierSources = p.independence.originalSources.filter((s) => s.claimants.length > 0 && s.claimants.every((name) => isDenier(foldPersonName(name))));
  if (!touched && denierSources.length === 0) return p;
  const conflicts = p.conflicts.flatMap((c) => {
    const against = c.against.filter((i) => !denies(i));
    return against.length === 0 ? [] : [{ denial: c.denial, against, why: conflictWhy(p.stances, c.denial, against) }];
  });
  const gone = new Set(denierSources);
  return { ...p, conflicts, independence: { ...p.independence, originalSources: p.independence.originalSources.filter((s) => !gone.has(s)) } };
}

/** The key a denial claim is merged under: its speaker and what it denies. */
export function denialKey(c: ClaimFacts): string {
  return `${c.claimant.key}\u0000${c.claimProposition ?? c.countPropositions[0] ?? c.disputes[0]?.proposition ?? ''}`;
}

/** One denial from the 'denies' claims merged under one denialKey (in any order). */
export function buildDenial(claims: readonly ClaimFacts[], article: (id: ArticleId) => ArticleFacts): Denial {
  const group = [...claims].sort(compareClaims);
  const propositions = distinctSorted<PropositionId>(group.flatMap((c) => [...(c.claimProposition ? [c.claimProposition] : []), ...c.countPropositions, ...c.disputes.map((d) => d.proposition)]));
  const published = group.map((c) => article(c.article).published).filter((p): p is string => p !== null).sort(compareStrings);
  return {
    speaker: mergedClaimant(group),
    propositions,
    what: contentRefs(group),
    when: earliest(group.map((c) => c.statedAt)),
    reportedBy: published[0] ?? null,
    articles: distinctSorted(group.map((c) => c.article)),
  };
}

export function compareDenials(a: Denial, b: Denial): number {
  return (
    compareStrings(a.speaker.name, b.speaker.name) ||
    compareStrings(a.speaker.key, b.speaker.key) ||
    compareIntervals(a.when, b.when) ||
    compareStrings(a.propositions.join(','), b.propositions.join(','))
  );
}
