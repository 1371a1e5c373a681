// Independence of one proposition: how many articles and outlets carry it, how many distinct
// reports remain once copies collapse to their origin, and how many independent original sources
// stand behind it: distinct claimant origins (the government or body a claimant speaks for) at
// the end of the relay chains, deniers left out. Outlets that relay never count as sources. Kept as running counts
// so a new claim costs little; a change in who copied whom recounts from the claims.

import type { ArticleId, CitationChain, Independence, OriginalSource } from '../model/index.js';
import { compareStrings, distinctSorted, insertSorted } from './annotations.js';
import type { ArticleFacts, ClaimFacts } from './article-facts.js';
import { mostCommonCounted } from './figures.js';

/** Cross-article facts independence needs: who an article or sentence was copied from. */
export interface CopyLookup {
  article(id: ArticleId): ArticleFacts;
  /** The origin of the article's near-duplicate group when it is not that origin, else null. */
  copyOf(id: ArticleId): ArticleId | null;
  /** The earliest other article with the same long sentence, when it is earlier than this one. */
  sentenceCopyOf(id: ArticleId, sentence: number): ArticleId | null;
}

export function copiedFromOf(lookup: CopyLookup, c: ClaimFacts): ArticleId | null {
  return lookup.copyOf(c.article) ?? lookup.sentenceCopyOf(c.article, c.claim.sentence);
}

/** One origin's running tally: how it is named, who speaks for it, where. */
interface SourceTally {
  readonly names: Map<string, number>;
  /** Claimant key → how often each spelling of its name occurs ("Ahn Tae-rim", "Ahn Tae-Rim"): one claimant, one name. */
  readonly claimants: Map<string, Map<string, number>>;
  readonly articles: ArticleId[];
}

export interface IndependenceState {
  readonly claims: ClaimFacts[];
  /** Claims added since the last count. */
  pending: ClaimFacts[];
  /** Set when copies changed: the next count starts again from all claims. */
  stale: boolean;
  readonly articleClaims: Map<ArticleId, number>;
  readonly sortedArticles: ArticleId[];
  readonly outlets: Map<string, number>;
  unknownOutletArticles: number;
  readonly reports: Set<ArticleId>;
  readonly sources: Map<string, SourceTally>;
  readonly sourceCache: Map<string, OriginalSource>;
  readonly dirtySources: Set<string>;
  readonly chains: Map<string, CitationChain>;
  readonly sortedChainKeys: string[];
}

export function createIndependenceState(): IndependenceState {
  return {
    claims: [],
    pending: [],
    stale: false,
    articleClaims: new Map(),
    sortedArticles: [],
    outlets: new Map(),
    unknownOutletArticles: 0,
    reports: new Set(),
    sources: new Map(),
    sourceCache: new Map(),
    dirtySources: new Set(),
    chains: new Map(),
    sortedChainKeys: [],
  };
}

export function addIndependenceClaim(state: IndependenceState, claim: ClaimFacts): void {
  state.claims.push(claim);
  state.pending.push(claim);
}

/** Copies changed for some of the claims: count again from scratch next time. */
export function markCopiesChanged(state: IndependenceState): void {
  state.stale = true;
}

function reset(state: IndependenceState): void {
  state.articleClaims.clear();
  state.sortedArticles.length = 0;
  state.outlets.clear();
  state.unknownOutletArticles = 0;
  state.reports.clear();
  state.sources.clear();
  state.sourceCache.clear();
  state.dirtySources.clear();
  state.chains.clear();
  state.sortedChainKeys.length = 0;
  state.pending = [...state.claims];
  state.stale = false;
}

function addSource(state: IndependenceState, c: ClaimFacts): void {
  let tally = state.sources.get(c.originKey);
  if (!tally) state.sources.set(c.originKey, (tally = { names: new Map(), claimants: new Map(), articles: [] }));
  tally.names.set(c.claimant.origin, (tally.names.get(c.claimant.origin) ?? 0) + 1);
  let spellings = tally.claimants.get(c.claimant.key);
  if (!spellings) tally.claimants.set(c.claimant.key, (spellings = new Map()));
  spellings.set(c.claimant.name, (spellings.get(c.claimant.name) ?? 0) + 1);
  insertSorted(tally.articles, c.article);
  state.dirtySources.add(c.originKey);
}

export function independenceOf(state: IndependenceState, lookup: CopyLookup): Independence {
  if (state.stale) reset(state);
  for (const c of state.pending) {
    const facts = lookup.article(c.article);
    const seen = state.articleClaims.get(c.article);
    state.articleClaims.set(c.article, (seen ?? 0) + 1);
    if (seen === undefined) {
      insertSorted(state.sortedArticles, c.article);
      const outlet = facts.evidence.article.outlet;
      if (outlet) state.outlets.set(outlet, (state.outlets.get(outlet) ?? 0) + 1);
      else state.unknownOutletArticles++;
    }
    const copiedFrom = copiedFromOf(lookup, c);
    state.reports.add(copiedFrom ?? c.article);
    // A denier is a source of the denial, not of what it denies (the brief lists deniers apart).
    // The writer's own figures are reporting, not a source (narrative-figures.ts).
    if (c.claim.stance !== 'denies' && !c.narrative) addSource(state, c);
    const via = [...(facts.wire ? [facts.wire.agency] : []), ...c.relays];
    const key = [c.article, copiedFrom ?? '', via.join('\u0001'), c.claimant.name].join('\u0000');
    if (!state.chains.has(key)) {
      state.chains.set(key, { article: c.article, outlet: facts.evidence.article.outlet, copiedFrom, via, speaker: c.claimant.name });
      insertSorted(state.sortedChainKeys, key);
    }
  }
  state.pending = [];
  for (const key of state.dirtySources) {
    const tally = state.sources.get(key)!;
    const claimants = distinctSorted([...tally.claimants.values()].map(mostCommonCounted));
    state.sourceCache.set(key, { name: mostCommonCounted(tally.names), claimants, articles: [...tally.articles] });
  }
  state.dirtySources.clear();
  return {
    articles: [...state.sortedArticles],
    outlets: [...state.outlets.keys()].sort(compareStrings),
    unknownOutletArticles: state.unknownOutletArticles,
    reports: state.reports.size,
    originalSources: [...state.sourceCache.values()].sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.claimants.join(), b.claimants.join())),
    chains: state.sortedChainKeys.map((k) => state.chains.get(k)!),
  };
}
