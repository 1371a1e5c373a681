// What the server derives from a story: the reconcile stage's ledger and the brief made of it,
// computed once per story revision (an article joining, an analysis replaced) and kept for the
// requests that follow, plus the chart series and independence views read off them.

import { evidenceOf } from '../app/brief.js';
import { loadAnalysedArticles } from '../app/analyses.js';
import type { StoryLedger, StoryName } from '../model/index.js';
import { briefFromLedger, type Brief } from '../present/brief/brief-data.js';
import { reconcileStory } from '../reconcile/index.js';
import type { Store } from '../store/index.js';
import type { FigureSeries, IndependenceView, PropositionDetail, PropositionSummary, SeriesDenial } from './api-types.js';

export interface StoryView {
  readonly story: StoryName;
  readonly revision: string;
  readonly ledger: StoryLedger;
  readonly brief: Brief;
  readonly unanalysed: number;
}

/** Stories whose views are kept; the least recently used is dropped first. */
const CACHED_STORIES = 8;

export class StoryViews {
  private readonly cache = new Map<string, Promise<StoryView>>();

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  /** The story's current view: from the cache when the store has not changed the story since. */
  async view(story: StoryName): Promise<StoryView> {
    const revision = await this.store.storyRevision(story);
    const key = `${story}\u0000${revision}`;
    let pending = this.cache.get(key);
    if (pending) {
      // Re-insert so the Map's order is least recently used first.
      this.cache.delete(key);
    } else {
      for (const old of this.cache.keys()) if (old.startsWith(`${story}\u0000`)) this.cache.delete(old);
      pending = this.compute(story, revision);
      pending.catch(() => this.cache.delete(key));
    }
    this.cache.set(key, pending);
    while (this.cache.size > CACHED_STORIES) this.cache.delete(this.cache.keys().next().value!);
    return pending;
  }

  private async compute(story: StoryName, revision: string): Promise<StoryView> {
    const { articles, unanalysed } = await loadAnalysedArticles(this.store, story);
    const evidence = articles.map(evidenceOf);
    const ledger = reconcileStory(story, evidence, { generatedAt: this.now().toISOString() });
    return { story, revision, ledger, brief: briefFromLedger(ledger, evidence), unanalysed };
  }
}

export function propositionSummaries(view: StoryView): PropositionSummary[] {
  return view.brief.propositions.map((p) => ({
    id: p.id,
    label: p.label,
    measure: p.measure,
    unit: p.unit,
    figures: p.figures.length,
    stances: p.stances.length,
    denials: p.stances.filter((s) => s.stance === 'denies').length,
    articles: p.independence.articles,
    outlets: p.independence.outlets,
    originalSources: p.independence.originalSources.length,
  }));
}

export function propositionDetail(view: StoryView, id: string): PropositionDetail | null {
  const index = view.brief.propositions.findIndex((p) => p.id === id);
  if (index < 0) return null;
  const ledgerProposition = view.ledger.propositions[index]!;
  return {
    proposition: view.brief.propositions[index]!,
    members: ledgerProposition.members.map((m) => ({
      article: m.claim.article,
      claim: m.claim.claim,
      subject: m.subject.label,
      family: m.family.label,
      unit: m.unit?.label ?? null,
    })),
  };
}

/**
 * A chart per count proposition. Denials come from the proposition's own stances and from the
 * claim propositions with the same subject and action ("North Korea · sent troops" denied), since
 * a denial rarely repeats the figure it denies.
 */
export function figureSeries(view: StoryView): FigureSeries[] {
  const { ledger, brief } = view;
  const sameAction = (a: number, b: number) => {
    const pa = ledger.propositions[a]!;
    const pb = ledger.propositions[b]!;
    return pa.subject.key === pb.subject.key && pa.family.key === pb.family.key;
  };
  return brief.propositions.flatMap((p, index) => {
    if (p.measure !== 'count') return [];
    const denials: SeriesDenial[] = [];
    brief.propositions.forEach((other, otherIndex) => {
      if (otherIndex !== index && (other.measure !== 'claim' || !sameAction(index, otherIndex))) return;
      for (const stance of other.stances) {
        if (stance.stance !== 'denies') continue;
        denials.push({ speaker: stance.speaker, when: stance.when, proposition: other.id, propositionLabel: other.label, evidence: stance.evidence });
      }
    });
    return [{ id: p.id, label: p.label, unit: p.unit, figures: p.figures, relations: p.relations, denials }];
  });
}

export function independenceViews(view: StoryView): IndependenceView[] {
  return view.ledger.propositions.map((p, index) => ({
    id: p.id,
    label: p.label,
    measure: p.measure,
    articles: p.independence.articles.length,
    outlets: p.independence.outlets,
    unknownOutletArticles: p.independence.unknownOutletArticles,
    reports: p.independence.reports,
    originalSources: p.independence.originalSources.map((s) => ({ name: s.name, claimants: s.claimants, articles: s.articles })),
    chains: view.brief.propositions[index]!.independence.chains,
  }));
}
