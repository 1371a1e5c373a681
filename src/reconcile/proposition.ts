// One proposition, kept up to date as claims arrive: its members with the words each was keyed by,
// labels, figures (grouped by figure key) and their relations, stances and stance conflicts, and
// independence. Adding a member touches only its figure, its stance entry and the running
// independence counts; propositionOf rebuilds those parts and reassembles the rest.

import type {
  ClaimRelation,
  Figure,
  FigureRelation,
  Proposition,
  PropositionId,
  PropositionMember,
  StanceEntry,
} from '../model/index.js';
import { compareStrings } from './annotations.js';
import { countriesPlacedIn } from './places.js';
import type { ArticleFacts, ClaimFacts } from './article-facts.js';
import { MEASURE_PREDICATE_KEY, UNMEASURED_FAMILY_KEY, type CountKey } from './claim-key.js';
import { buildFigure, compareFigures, figureKeyOf, mergeRelayedFigures, mostCommonCounted, type CountMember } from './figures.js';
import { addIndependenceClaim, createIndependenceState, independenceOf, markCopiesChanged, type CopyLookup, type IndependenceState } from './independence.js';
import { negationRelationsOf } from './negations.js';
import { classifyFigures, relateFigures } from './relations.js';
import { placementRelationsOf } from './placements.js';
import { restatementRelationsOf } from './restatements.js';
import { UNKNOWN_SUBJECT_KEY } from './rules.js';
import type { SubjectMerge } from './subject-merge.js';
import { buildStance, compareStances, findStanceConflicts, isNegatedStanceKey, stanceKey, stanceKeyOf } from './stances.js';

/** A claim in a proposition bucket: a claim member (count null) or one figure of it. */
export interface BucketMember {
  readonly facts: ClaimFacts;
  /** Index into ClaimFacts.key.counts, or null for the claim's own (assert vs deny) membership. */
  readonly count: number | null;
  /** For a claim disputing a figure of this proposition: the disputed figure's key, which it is keyed as. */
  readonly disputed?: CountKey | null;
  /** Set when the story merged the member's subject into another written differently (subject-merge.ts). */
  readonly subjectMerge?: SubjectMerge | null;
  /** The claim's words say this proposition did not happen (ClaimFacts.negatedProposition). */
  readonly negated?: boolean;
}

type Classification = { kind: FigureRelation['kind']; why: string };

export interface PropositionState {
  readonly id: PropositionId;
  /** Sorted by article, claim, quantity. */
  readonly members: PropositionMember[];
  readonly subjectLabels: Map<string, number>;
  readonly familyLabels: Map<string, number>;
  readonly unitLabels: Map<string, number>;
  readonly figureGroups: Map<string, CountMember[]>;
  readonly figures: Map<string, Figure>;
  readonly dirtyFigures: Set<string>;
  readonly stanceGroups: Map<string, ClaimFacts[]>;
  readonly stances: Map<string, StanceEntry>;
  readonly dirtyStances: Set<string>;
  /** `article#claim` of every distinct claim, so a claim with two figures counts once. */
  readonly claims: Set<string>;
  /** Independence of its attributed claims: what the proposition shows once anyone is quoted on it. */
  readonly independence: IndependenceState;
  /** Independence of the writer's narrative figures alone: what it shows when nobody is quoted on it. */
  readonly narrativeIndependence: IndependenceState;
  /** Relations of figure pairs already classified; figures are rebuilt as new objects when they change. */
  readonly classified: WeakMap<Figure, WeakMap<Figure, Classification>>;
  /** The last proposition built, reused while nothing changed. */
  built: Proposition | null;
  /** Claim relations within it: negated assertions (negations.ts), one statement under two claimants (restatements.ts); rebuilt with `built`. */
  claimRelations: readonly ClaimRelation[];
}

export function createPropositionState(id: PropositionId): PropositionState {
  return {
    id,
    members: [],
    subjectLabels: new Map(),
    familyLabels: new Map(),
    unitLabels: new Map(),
    figureGroups: new Map(),
    figures: new Map(),
    dirtyFigures: new Set(),
    stanceGroups: new Map(),
    stances: new Map(),
    dirtyStances: new Set(),
    claims: new Set(),
    independence: createIndependenceState(),
    narrativeIndependence: createIndependenceState(),
    classified: new WeakMap(),
    built: null,
    claimRelations: [],
  };
}

function compareMembers(a: PropositionMember, b: PropositionMember): number {
  return compareStrings(a.claim.article, b.claim.article) || a.claim.claim - b.claim.claim || (a.quantity ?? -1) - (b.quantity ?? -1);
}

function memberOf(m: BucketMember): PropositionMember {
  const count = m.count === null ? null : m.facts.key.counts[m.count]!;
  const keyedAs = count ?? m.disputed ?? null;
  const subject = keyedAs ? keyedAs.subject : m.facts.key.subject;
  return {
    claim: { article: m.facts.article, claim: m.facts.index },
    quantity: count ? count.quantity : null,
    subject: m.subjectMerge ? { ...subject, key: m.subjectMerge.canonical, label: m.subjectMerge.label, via: `${subject.via}; ${m.subjectMerge.why}` } : subject,
    family: keyedAs ? keyedAs.family : m.negated ? m.facts.key.negatedFamily! : m.facts.key.claimFamily!,
    unit: keyedAs ? keyedAs.unit : null,
    ...(m.negated ? { negated: true as const } : {}),
  };
}

function tally(counts: Map<string, number>, label: string): void {
  counts.set(label, (counts.get(label) ?? 0) + 1);
}

function group<T>(groups: Map<string, T[]>, key: string, value: T): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

export function addMember(state: PropositionState, m: BucketMember, article: ArticleFacts): void {
  const member = memberOf(m);
  let lo = 0;
  let hi = state.members.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareMembers(state.members[mid]!, member) < 0) lo = mid + 1;
    else hi = mid;
  }
  state.members.splice(lo, 0, member);
  tally(state.subjectLabels, member.subject.label);
  tally(state.familyLabels, member.family.label);
  if (member.unit) tally(state.unitLabels, member.unit.label);
  if (m.count !== null) {
    const count = m.facts.key.counts[m.count]!;
    const time = count.refersTo === null ? undefined : article.evidence.language.times[count.refersTo];
    const countMember: CountMember = {
      facts: m.facts,
      count,
      quantity: article.evidence.language.quantities[count.quantity]!,
      published: article.published,
      refersTo: time?.resolved ? { ...time.resolved, openEnd: time.openEnd } : null,
      places: countriesPlacedIn(article.evidence, m.facts.claim),
    };
    const key = figureKeyOf(countMember);
    group(state.figureGroups, key, countMember);
    state.dirtyFigures.add(key);
  }
  const claimId = `${m.facts.article}#${m.facts.index}`;
  if (!state.claims.has(claimId)) {
    state.claims.add(claimId);
    // The writer's own figures count articles and outlets but take no stance: nobody is quoted.
    if (m.facts.narrative) {
      addIndependenceClaim(state.narrativeIndependence, m.facts);
      state.built = null;
      return;
    }
    const stanceKey = stanceKeyOf(m.facts, m.negated === true);
    group(state.stanceGroups, stanceKey, m.facts);
    state.dirtyStances.add(stanceKey);
    // Words saying it did not happen are no source for it.
    if (!m.negated) addIndependenceClaim(state.independence, m.facts);
  }
  state.built = null;
}

/** Some member's article gained or lost a copy origin: recount independence. */
export function markPropositionCopiesChanged(state: PropositionState): void {
  markCopiesChanged(state.independence);
  markCopiesChanged(state.narrativeIndependence);
  state.built = null;
}

function classifier(state: PropositionState): (a: Figure, b: Figure) => Classification {
  return (a, b) => {
    let row = state.classified.get(a);
    if (!row) state.classified.set(a, (row = new WeakMap()));
    let result = row.get(b);
    if (!result) row.set(b, (result = classifyFigures(a, b)));
    return result;
  };
}

/**
 * What a reader sees: "Vardia: troops sent / deployed / present (count)", "Vardia: troops sent /
 * deployed / present (count of bases)" when what is counted is not the family's object, "Number
 * of hotels (count)" when no subject is named, and no count mark for a claim proposition.
 */
export function propositionLabel(subject: { key: string; label: string }, family: { key: string; label: string }, unit: { key: string; label: string } | null): string {
  const object = family.key.slice(family.key.indexOf(':') + 1);
  const isMeasure = family.key.startsWith(`${MEASURE_PREDICATE_KEY}:`);
  const count = unit === null ? '' : isMeasure ? ` (${unit.label})` : unit.key === object ? ' (count)' : ` (count of ${unit.label})`;
  const what = `${family.label}${count}`;
  if (subject.key === UNKNOWN_SUBJECT_KEY || subject.label === '') return what.charAt(0).toUpperCase() + what.slice(1);
  return `${subject.label}: ${what}`;
}

/** True for a proposition of money, percent or bare figures whose measured thing was not found: its figures are never compared. */
export function isUnmeasuredProposition(p: Proposition): boolean {
  return p.family.key === UNMEASURED_FAMILY_KEY;
}

/** The claimants a denial entry disputes the figures of, when every claim behind it is a figure dispute; else null (it denies the proposition). */
function disputedClaimants(state: PropositionState, entry: StanceEntry): ReadonlySet<string> | null {
  if (entry.stance !== 'denies') return null;
  const group = state.stanceGroups.get(stanceKey(entry.speaker.key, entry.stance)) ?? [];
  const targets = new Set<string>();
  for (const c of group) {
    const here = c.disputes.filter((d) => d.proposition === state.id);
    if (here.length === 0) return null;
    for (const d of here) targets.add(d.claimant);
  }
  return targets;
}

export function propositionOf(state: PropositionState, lookup: CopyLookup): Proposition {
  if (state.built) return state.built;
  for (const key of state.dirtyFigures) state.figures.set(key, buildFigure(state.figureGroups.get(key)!));
  state.dirtyFigures.clear();
  for (const key of state.dirtyStances) state.stances.set(key, buildStance(state.stanceGroups.get(key)!, isNegatedStanceKey(key)));
  state.dirtyStances.clear();
  // A count proposition may also hold claims disputing its figures (no quantity of their own).
  const first = state.members.find((m) => m.quantity !== null) ?? state.members[0]!;
  const isCount = first.quantity !== null;
  const subject = { key: first.subject.key, label: mostCommonCounted(state.subjectLabels) };
  const family = { key: first.family.key, label: mostCommonCounted(state.familyLabels) };
  const unit = isCount ? { key: first.unit!.key, label: mostCommonCounted(state.unitLabels) } : null;
  // The writer's own figures fill in only where nobody is quoted on a figure: beside attributed
  // ones they are mostly the writer restating them, or background ("an army of 1.2 million").
  const attributed = (key: string) => state.figureGroups.get(key)!.some((m) => !m.facts.narrative);
  const anyAttributed = [...state.figureGroups.keys()].some(attributed);
  const shown = [...state.figures.entries()].filter(([key]) => !anyAttributed || attributed(key));
  const figures = mergeRelayedFigures(shown.map(([key, figure]) => ({ key, figure }))).sort(compareFigures).map((f) => f.figure);
  const stances = [...state.stances.values()].sort(compareStances);
  const groups = [...state.stanceGroups].map(([key, claims]) => ({ negated: isNegatedStanceKey(key), claims }));
  state.claimRelations = [...negationRelationsOf(groups), ...restatementRelationsOf(groups), ...placementRelationsOf(groups)];
  state.built = {
    id: state.id,
    label: propositionLabel(subject, family, unit),
    measure: isCount ? 'count' : 'claim',
    subject,
    family,
    unit,
    figures,
    // Figures whose measured thing is unknown ("£0.48", "the two") may measure anything: compare none.
    relations: family.key === UNMEASURED_FAMILY_KEY ? [] : relateFigures(figures, classifier(state)),
    stances,
    conflicts: findStanceConflicts(stances, (entry) => disputedClaimants(state, entry)),
    independence: independenceOf(state.independence.claims.length > 0 ? state.independence : state.narrativeIndependence, lookup),
    members: [...state.members],
  };
  return state.built;
}
