// What reconcile derives from one article on its own, once, when the article is added: its text
// fingerprint and wire credit, its sentence copy keys, each claim keyed (claimant, relays, as-of,
// proposition ids) and its timeline candidates. Everything across articles is built from these.

import type { ArticleEvidence, ArticleId, Claim, Claimant, DateInterval, PropositionId } from '../model/index.js';
import { compareStrings, tokenRangeIn } from './annotations.js';
import { contentLemmasOf, eventTimeOf } from './claim-relations.js';
import { keyClaim, withArticleSubjects, type ClaimKey, type CountKey } from './claim-key.js';
import { claimantOf, originKeyOf, relayNamesOf, relayRecordsOf } from './claimant.js';
import { articleFingerprint, findWireCredit, sentenceCopyKeys, type TextFingerprint } from './copies.js';
import { disputedClaimsOf } from './figure-disputes.js';
import { narrativeClaimsOf, writerClaimant } from './narrative-figures.js';
import { placementsOf, type Placement } from './placements.js';
import { HYPOTHETICAL_MODALS, NEGATABLE_STANCES } from './rules.js';
import { statementDatesOf } from './statement-dates.js';
import { eventCandidates, type EventCandidate } from './timeline.js';
import type { WireCredit } from '../model/index.js';

export interface ClaimFacts {
  readonly article: ArticleId;
  readonly index: number;
  readonly claim: Claim;
  readonly key: ClaimKey;
  readonly claimant: Claimant;
  /** The claimant's origin folded: what independence counts once. */
  readonly originKey: string;
  /** Relays nearest the writer first: media credits in the sentence, then the claims stage's relayedBy. */
  readonly relays: readonly string[];
  /** When the statement was made, when the text dates it (its own words or its occasion's: statement-dates.ts). */
  readonly statedAt: DateInterval | null;
  /** When what it tells happened, when its own words date it ("shipped from 8 to 13 October"); never a target date or the statement's date. */
  readonly eventAt: DateInterval | null;
  /** Its words tell what could or will happen (a modal, a target, a warning), not what did. */
  readonly hypothetical: boolean;
  /** Lemmas of its content words outside its times: what two reports of one statement or event share. */
  readonly contentLemmas: ReadonlySet<string>;
  /**
   * A narrative claim (narrative-figures.ts): the writer's own sentence with figures no one is
   * quoted on. Its `index` follows the article's real claims; it joins count propositions only.
   */
  readonly narrative: boolean;
  /** Parts of countries its words put what it tells in ("in eastern Vardia"): placements.ts. */
  readonly placements: readonly Placement[];
  /** True when another claim of the sentence is the same statement with this speaker as its relay: not a source of its own. */
  readonly relayRecord: boolean;
  /** The claim proposition (assert vs deny), when the claim has a family and is not a relay record. */
  readonly claimProposition: PropositionId | null;
  /**
   * The claim proposition its words say did not happen ("they didn't move them to Kestria"), for an
   * asserting claim: the claim joins it as a negated stance, set against its assertions. When it is
   * the claim's own proposition, claimProposition is null: the claim does not assert what it negates.
   */
  readonly negatedProposition: PropositionId | null;
  /** One per figure, parallel to key.counts; empty for a relay record. */
  readonly countPropositions: readonly PropositionId[];
  /**
   * The figures this claim says are wrong ("nowhere near that figure", figure-disputes.ts): the claim
   * joins each figure's count proposition as a denial against the disputed claimant only. Empty for most claims.
   */
  readonly disputes: readonly FigureDispute[];
}

export interface FigureDispute {
  readonly proposition: PropositionId;
  /** The disputed figure's key: the disputing claim is keyed as it in the proposition. */
  readonly count: CountKey;
  /** Claimant key of the disputed figure. */
  readonly claimant: string;
}

export interface ArticleFacts {
  readonly evidence: ArticleEvidence;
  /** `YYYY-MM-DD` or null. */
  readonly published: string | null;
  readonly fingerprint: TextFingerprint;
  readonly wire: WireCredit | null;
  /** Sentence index → copy key, for sentences long enough to be copied rather than coincide. */
  readonly sentenceKeys: ReadonlyMap<number, string>;
  readonly claims: readonly ClaimFacts[];
  readonly events: readonly EventCandidate[];
}

export function claimPropositionId(subjectKey: string, familyKey: string): PropositionId {
  return `${subjectKey}|${familyKey}|claim` as PropositionId;
}

export function countPropositionId(count: CountKey): PropositionId {
  return `${count.subject.key}|${count.family.key}|count|${count.unit.key}` as PropositionId;
}

const NEGATABLE = new Set<string>(NEGATABLE_STANCES);

const MODALS = new Set(HYPOTHETICAL_MODALS);

function isHypothetical(evidence: ArticleEvidence, claim: Claim, key: ClaimKey): boolean {
  if (claim.stance === 'warns' || key.counts.some((k) => k.projected)) return true;
  const { tokens } = evidence.language;
  for (const fragment of claim.content) {
    const { first, end } = tokenRangeIn(tokens, fragment);
    for (let i = first; i < end; i++) if (MODALS.has(tokens[i]!.normal)) return true;
  }
  return false;
}

/** What a claim's own words say, for real and narrative claims alike: whether it is hypothetical, when it happened, its content words. */
function wordFacts(evidence: ArticleEvidence, claim: Claim, key: ClaimKey): Pick<ClaimFacts, 'eventAt' | 'hypothetical' | 'contentLemmas'> {
  const hypothetical = isHypothetical(evidence, claim, key);
  return { eventAt: hypothetical ? null : eventIntervalOf(evidence, claim), hypothetical, contentLemmas: contentLemmasOf(evidence, claim) };
}

function eventIntervalOf(evidence: ArticleEvidence, claim: Claim): DateInterval | null {
  const time = eventTimeOf(evidence, claim);
  return time?.resolved ? { ...time.resolved, openEnd: time.openEnd } : null;
}

export function factsOfArticle(evidence: ArticleEvidence): ArticleFacts {
  const ownKeys = evidence.claims.map((claim) => keyClaim(evidence, claim));
  const keys = withArticleSubjects(ownKeys);
  const relayRecords = relayRecordsOf(evidence.text, evidence.claims);
  const statementDates = statementDatesOf(evidence);
  const disputed = disputedClaimsOf(evidence);
  const countPropositionsOf = (index: number) => (relayRecords.has(index) ? [] : keys[index]!.counts.map(countPropositionId));
  const claims = evidence.claims.map((claim, index): ClaimFacts => {
    const key = keys[index]!;
    const claimant = claimantOf(claim.speaker);
    const isRelayRecord = relayRecords.has(index);
    const target = disputed[index];
    const disputes: FigureDispute[] =
      target === null || target === undefined || isRelayRecord
        ? []
        : countPropositionsOf(target).map((proposition, k) => ({ proposition, count: keys[target]!.counts[k]!, claimant: claimantOf(evidence.claims[target]!.speaker).key }));
    // A dispute speaks of the figure, not of the claim proposition its own words key to.
    const keyed = !isRelayRecord && disputes.length === 0;
    const own = key.claimFamily && keyed ? claimPropositionId(key.subject.key, key.claimFamily.key) : null;
    const negated = key.negatedFamily && keyed && NEGATABLE.has(claim.stance) ? claimPropositionId(key.subject.key, key.negatedFamily.key) : null;
    return {
      article: evidence.article.id,
      index,
      // Saying a figure is wrong is denying it, whatever stance the reporting verb gave the claim.
      claim: disputes.length > 0 ? { ...claim, stance: 'denies' } : claim,
      key,
      claimant,
      originKey: originKeyOf(claimant),
      relays: relayNamesOf(evidence, claim),
      statedAt: statementDates[index]?.interval ?? null,
      ...wordFacts(evidence, claim, key),
      relayRecord: isRelayRecord,
      claimProposition: own === negated ? null : own,
      negatedProposition: negated,
      countPropositions: countPropositionsOf(index),
      disputes,
      narrative: false,
      placements: placementsOf(evidence, claim),
    };
  });
  claims.push(...narrativeFactsOf(evidence, ownKeys));
  return {
    evidence,
    published: evidence.article.published ? evidence.article.published.iso.slice(0, 10) : null,
    fingerprint: articleFingerprint(evidence.text),
    wire: findWireCredit(evidence),
    sentenceKeys: sentenceCopyKeys(evidence),
    claims,
    events: eventCandidates(evidence),
  };
}

/**
 * The writer's narrative claims with their figures keyed. Their subjects fall back on the article's
 * claims as the real claims' do, but never sway them: real claims are keyed as if narrative ones
 * did not exist.
 */
function narrativeFactsOf(evidence: ArticleEvidence, ownKeys: readonly ClaimKey[]): ClaimFacts[] {
  const narrative = narrativeClaimsOf(evidence);
  if (narrative.length === 0) return [];
  const keys = withArticleSubjects([...ownKeys, ...narrative.map((claim) => keyClaim(evidence, claim))]).slice(ownKeys.length);
  const claimant = writerClaimant(evidence);
  return narrative.map((claim, k): ClaimFacts => {
    const key = keys[k]!;
    return {
      article: evidence.article.id,
      index: evidence.claims.length + k,
      claim,
      key,
      claimant,
      originKey: originKeyOf(claimant),
      relays: [],
      statedAt: null,
      ...wordFacts(evidence, claim, key),
      relayRecord: false,
      claimProposition: null,
      negatedProposition: null,
      countPropositions: key.counts.map(countPropositionId),
      disputes: [],
      narrative: true,
      placements: [],
    };
  });
}

/** Articles in the order copies are resolved: earliest published first (undated last), then id. */
export function compareArticlesByAge(a: ArticleFacts, b: ArticleFacts): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return compareStrings(a.published, b.published);
  }
  return compareStrings(a.evidence.article.id, b.evidence.article.id);
}
