// The incremental story index: articles are added one at a time; each addition keys the new
// article's claims, links it to its copies (MinHash bands, shared long sentences) and marks dirty
// only the propositions, denials and timeline events it can change. ledgerOf rebuilds the dirty
// parts and reuses the rest. Everything the ledger shows is sorted by stable keys, never by arrival
// order, so any order of additions gives the same ledger as reconcileStory over all of them.

import type {
  ArticleEvidence,
  ArticleId,
  CopyGroup,
  Denial,
  ClaimRelation,
  LedgerArticle,
  Proposition,
  PropositionId,
  StoryLedger,
} from '../model/index.js';
import { fail } from '../model/index.js';
import { compareStrings, foldPersonName, insertSorted } from './annotations.js';
import { compareArticlesByAge, factsOfArticle, type ArticleFacts, type ClaimFacts } from './article-facts.js';
import type { CountKey } from './claim-key.js';
import { copySimilarity } from './copies.js';
import type { CopyLookup } from './independence.js';
import { addMember, createPropositionState, markPropositionCopiesChanged, propositionOf, type PropositionState } from './proposition.js';
import { ANY_PROPOSITION, buildDenial, compareDenials, denialKey, isNegatedStanceKey, withoutStoryDeniers } from './stances.js';
import { assessmentRelationsOf, isWriterDoubted, overlappingPropositionIds } from './assessments.js';
import { claimRelationsOf, compareClaimRelations, relationClaimsOf, type RelationClaim } from './claim-relations.js';
import { addEventCandidates, createTimelineIndex, timelineOf, type TimelineIndex } from './timeline.js';
import { addSubjectInfo, mergedPropositionId, subjectKeysOf, subjectMerges, type SubjectInfo, type SubjectMerge } from './subject-merge.js';

/** One claim's (or figure's) membership of a proposition as its article keyed it, before subject merges. */
interface BucketRecord {
  /** The proposition id the article gave it; its subject part is the member's own subject key. */
  readonly id: PropositionId;
  readonly facts: ArticleFacts;
  readonly claim: ClaimFacts;
  readonly count: number | null;
  readonly disputed: CountKey | null;
  /** The claim joins as a negated stance (ClaimFacts.negatedProposition). */
  readonly negated: boolean;
}

/** Mutable state behind a story's ledger; create with createStoryIndex, change only through addArticle. */
export interface StoryIndex {
  readonly story: string;
  readonly articles: Map<ArticleId, ArticleFacts>;
  /** Article ids sorted, kept sorted on insertion. */
  readonly sortedIds: ArticleId[];
  /** LSH band key → articles with that band. */
  readonly bands: Map<string, ArticleId[]>;
  /** Article → its near-duplicates and their similarity. */
  readonly neighbours: Map<ArticleId, Map<ArticleId, number>>;
  /** Sentence copy key → (article, sentence) holders. */
  readonly sentences: Map<string, { article: ArticleId; sentence: number }[]>;
  readonly propositions: Map<PropositionId, PropositionState>;
  readonly denialGroups: Map<string, ClaimFacts[]>;
  readonly timeline: TimelineIndex;
  readonly dirtyPropositions: Set<PropositionId>;
  readonly dirtyDenials: Set<string>;
  readonly dirtyArticles: Set<ArticleId>;
  readonly propositionCache: Map<PropositionId, Proposition>;
  readonly denialCache: Map<string, Denial>;
  readonly articleCache: Map<ArticleId, LedgerArticle>;
  /** Copy groups by origin. */
  readonly copyCache: Map<ArticleId, CopyGroup>;
  /**
   * Speakers who deny a whole proposition somewhere in the story (not a figure dispute), by claimant
   * key and by folded name → what they deny: subject and family keys of the denied propositions, or
   * ANY_PROPOSITION for a denial keyed to none ("dismissed the claim as a fabrication").
   */
  readonly deniers: Map<string, Set<string>>;
  /** Bumped whenever `deniers` gains an entry: propositions filtered against older deniers are filtered again. */
  deniersVersion: number;
  /** Each proposition as filtered by withoutStoryDeniers, for the proposition object and deniers version it was made from. */
  readonly denierFiltered: Map<PropositionId, { readonly from: Proposition; readonly version: number; readonly result: Proposition }>;
  /** Claims by the voice they speak for (claim-relations.ts voiceKeysOf): claim relations are drawn within one voice. */
  readonly claimsByOrigin: Map<string, RelationClaim[]>;
  readonly dirtyOrigins: Set<string>;
  readonly claimRelationCache: Map<string, readonly ClaimRelation[]>;
  /** What the story knows of each mergeable subject key (subject-merge.ts). */
  readonly subjects: Map<string, SubjectInfo>;
  /** Subject keys merged into another written differently; replaced whenever the subjects change. */
  subjectMerges: Map<string, SubjectMerge>;
  /** Every proposition membership by the member's own subject key, to move members when merges change. */
  readonly records: Map<string, BucketRecord[]>;
  /** `deniers` with merged subjects added, for the deniers version and merges it was made from. */
  mergedDeniers: { readonly version: number; readonly merges: Map<string, SubjectMerge>; readonly deniers: Map<string, Set<string>> } | null;
  /** Claim propositions (as their articles keyed them) holding a report the writer doubts (assessments.ts). */
  readonly doubtedPropositions: Set<PropositionId>;
  /** Assessment relations by merged proposition id, with the propositions they were drawn from. */
  readonly assessmentCache: Map<PropositionId, { readonly from: readonly (Proposition | undefined)[]; readonly relations: readonly ClaimRelation[] }>;
}

export function createStoryIndex(story: string): StoryIndex {
  return {
    story,
    articles: new Map(),
    sortedIds: [],
    bands: new Map(),
    neighbours: new Map(),
    sentences: new Map(),
    propositions: new Map(),
    denialGroups: new Map(),
    timeline: createTimelineIndex(),
    dirtyPropositions: new Set(),
    dirtyDenials: new Set(),
    dirtyArticles: new Set(),
    propositionCache: new Map(),
    denialCache: new Map(),
    articleCache: new Map(),
    copyCache: new Map(),
    deniers: new Map(),
    deniersVersion: 0,
    denierFiltered: new Map(),
    claimsByOrigin: new Map(),
    dirtyOrigins: new Set(),
    claimRelationCache: new Map(),
    subjects: new Map(),
    subjectMerges: new Map(),
    records: new Map(),
    mergedDeniers: null,
    doubtedPropositions: new Set(),
    assessmentCache: new Map(),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The articles linked to `id` through near-duplicate edges, `id` included. */
function copyComponent(index: StoryIndex, id: ArticleId): ArticleId[] {
  const seen = new Set<ArticleId>([id]);
  const queue = [id];
  while (queue.length > 0) {
    const next = queue.pop()!;
    for (const other of index.neighbours.get(next)?.keys() ?? []) {
      if (!seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return [...seen];
}

/** The claims of `facts` (of one sentence, when given) may have a new copy origin: their propositions recount independence. */
function markCopiesChanged(index: StoryIndex, facts: ArticleFacts, sentence: number | null): void {
  for (const c of facts.claims) {
    if (sentence !== null && c.claim.sentence !== sentence) continue;
    for (const raw of [...(c.claimProposition ? [c.claimProposition] : []), ...c.countPropositions, ...c.disputes.map((d) => d.proposition)]) {
      const id = mergedPropositionId(raw, index.subjectMerges);
      const state = index.propositions.get(id);
      if (!state) continue;
      markPropositionCopiesChanged(state);
      index.dirtyPropositions.add(id);
    }
  }
}

function subjectOfId(id: PropositionId): string {
  return id.slice(0, id.indexOf('|'));
}

/** Adds a membership to the proposition its subject's merge puts it in. */
function placeRecord(index: StoryIndex, record: BucketRecord): void {
  const id = mergedPropositionId(record.id, index.subjectMerges);
  let state = index.propositions.get(id);
  if (!state) index.propositions.set(id, (state = createPropositionState(id)));
  const subjectMerge = index.subjectMerges.get(subjectOfId(record.id)) ?? null;
  addMember(state, { facts: record.claim, count: record.count, disputed: record.disputed, subjectMerge, negated: record.negated }, record.facts);
  index.dirtyPropositions.add(id);
}

function addToProposition(index: StoryIndex, id: PropositionId, facts: ArticleFacts, claim: ClaimFacts, count: number | null, disputed: CountKey | null = null, negated = false): void {
  const record: BucketRecord = { id, facts, claim, count, disputed, negated };
  push(index.records, subjectOfId(id), record);
  placeRecord(index, record);
}

/**
 * Recomputes the subject merges after new subjects or names arrived. Propositions of subjects whose
 * merge changed are dropped and rebuilt from their members' records: rare (a new spelling of a name
 * already seen) and limited to the subjects concerned.
 */
function updateSubjectMerges(index: StoryIndex): void {
  const before = index.subjectMerges;
  const after = subjectMerges(index.subjects);
  const canonicalIn = (merges: Map<string, SubjectMerge>, key: string) => merges.get(key)?.canonical ?? key;
  const changed = new Set<string>();
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (canonicalIn(before, key) !== canonicalIn(after, key) || before.get(key)?.why !== after.get(key)?.why) changed.add(key);
  }
  index.subjectMerges = after;
  if (changed.size === 0) return;
  const touchedSubjects = new Set<string>();
  for (const key of changed) {
    touchedSubjects.add(canonicalIn(before, key));
    touchedSubjects.add(canonicalIn(after, key));
  }
  const moved: BucketRecord[] = [];
  for (const [subject, records] of index.records) {
    if (touchedSubjects.has(canonicalIn(before, subject)) || touchedSubjects.has(canonicalIn(after, subject))) moved.push(...records);
  }
  // Every record whose proposition changes is in `moved` (its subject's group before or after is touched), so dropping their old propositions and placing them again rebuilds each whole.
  for (const record of moved) {
    const id = mergedPropositionId(record.id, before);
    index.propositions.delete(id);
    index.propositionCache.delete(id);
    index.denierFiltered.delete(id);
    index.dirtyPropositions.delete(id);
  }
  for (const record of moved) placeRecord(index, record);
}

/**
 * Adds one article's evidence to the index. Throws a CrosscheckError (reconcile/duplicate-article)
 * when the article id is already in the story: replacing an article means building a new index.
 */
export function addArticle(index: StoryIndex, evidence: ArticleEvidence): void {
  const id = evidence.article.id;
  if (index.articles.has(id)) {
    fail('reconcile/duplicate-article', `article ${id}`, `article ${id} is already in story "${index.story}"; an article can be added once.`, {
      hint: 'Build a new story index to replace an article, or skip articles already added.',
    });
  }
  const facts = factsOfArticle(evidence);
  index.articles.set(id, facts);
  insertSorted(index.sortedIds, id);
  index.dirtyArticles.add(id);

  // Near-duplicates: candidates share an LSH band; the whole copy component may change origin.
  const candidates = new Set<ArticleId>();
  for (const band of facts.fingerprint.bandKeys) {
    for (const other of index.bands.get(band) ?? []) candidates.add(other);
    push(index.bands, band, id);
  }
  for (const other of [...candidates].sort(compareStrings)) {
    const similarity = copySimilarity(facts.fingerprint, index.articles.get(other)!.fingerprint);
    if (similarity === null) continue;
    if (!index.neighbours.has(id)) index.neighbours.set(id, new Map());
    if (!index.neighbours.has(other)) index.neighbours.set(other, new Map());
    index.neighbours.get(id)!.set(other, similarity);
    index.neighbours.get(other)!.set(id, similarity);
  }
  if (index.neighbours.has(id)) {
    for (const member of copyComponent(index, id)) {
      index.dirtyArticles.add(member);
      markCopiesChanged(index, index.articles.get(member)!, null);
    }
  }

  // Copied sentences: an earlier article may now be the origin of others' sentences, or this one of theirs.
  for (const [sentence, key] of facts.sentenceKeys) {
    for (const holder of index.sentences.get(key) ?? []) markCopiesChanged(index, index.articles.get(holder.article)!, holder.sentence);
    push(index.sentences, key, { article: id, sentence });
  }

  const isMerged = (key: string) => index.subjectMerges.has(key) || [...index.subjectMerges.values()].some((m) => m.canonical === key);
  if (addSubjectInfo(index.subjects, evidence, subjectKeysOf(facts.claims.map((c) => c.key)), isMerged)) updateSubjectMerges(index);

  for (const r of relationClaimsOf(evidence, facts.claims)) {
    push(index.claimsByOrigin, r.voice, r);
    index.dirtyOrigins.add(r.voice);
  }
  for (const c of facts.claims) {
    if (c.claimProposition) addToProposition(index, c.claimProposition, facts, c, null);
    if (c.negatedProposition) addToProposition(index, c.negatedProposition, facts, c, null, null, true);
    if (c.claimProposition && isWriterDoubted(c)) index.doubtedPropositions.add(c.claimProposition);
    c.countPropositions.forEach((p, k) => addToProposition(index, p, facts, c, k));
    for (const d of c.disputes) addToProposition(index, d.proposition, facts, c, null, d.count);
    if (c.claim.stance === 'denies' && !c.relayRecord && c.disputes.length === 0) {
      const denied = c.claimProposition ? c.claimProposition.split('|').slice(0, 2) : [ANY_PROPOSITION];
      for (const who of [c.claimant.key, foldPersonName(c.claimant.name)]) {
        let what = index.deniers.get(who);
        if (!what) index.deniers.set(who, (what = new Set()));
        for (const w of denied) {
          if (what.has(w)) continue;
          what.add(w);
          index.deniersVersion++;
        }
      }
    }
    if (c.claim.stance === 'denies' && !c.relayRecord) {
      const key = denialKey(c);
      push(index.denialGroups, key, c);
      index.dirtyDenials.add(key);
    }
  }
  addEventCandidates(index.timeline, facts.events);
}

function copyLookup(index: StoryIndex): CopyLookup {
  const originOf = new Map<ArticleId, ArticleId>();
  const article = (id: ArticleId) => index.articles.get(id)!;
  return {
    article,
    copyOf(id) {
      if (!index.neighbours.has(id)) return null;
      let origin = originOf.get(id);
      if (origin === undefined) {
        const component = copyComponent(index, id).map(article).sort(compareArticlesByAge);
        origin = component[0]!.evidence.article.id;
        for (const member of component) originOf.set(member.evidence.article.id, origin);
      }
      return origin === id ? null : origin;
    },
    sentenceCopyOf(id, sentence) {
      const facts = article(id);
      const key = facts.sentenceKeys.get(sentence);
      if (key === undefined) return null;
      let best = facts;
      for (const holder of index.sentences.get(key) ?? []) {
        const other = article(holder.article);
        if (compareArticlesByAge(other, best) < 0) best = other;
      }
      return best === facts ? null : best.evidence.article.id;
    },
  };
}

function refreshArticles(index: StoryIndex, lookup: CopyLookup): void {
  const origins = new Set<ArticleId>();
  for (const id of index.dirtyArticles) {
    const facts = index.articles.get(id)!;
    const { article } = facts.evidence;
    const copyOf = lookup.copyOf(id);
    index.articleCache.set(id, {
      id,
      outlet: article.outlet,
      published: facts.published,
      file: article.file,
      url: article.url,
      wire: facts.wire,
      copyOf,
    });
    origins.add(copyOf ?? id);
  }
  // A changed component may have a new origin: drop groups whose origin is now a copy, rebuild the rest.
  for (const id of index.dirtyArticles) index.copyCache.delete(id);
  for (const origin of origins) {
    if (!index.neighbours.has(origin)) continue;
    const copies = copyComponent(index, origin).filter((m) => m !== origin).sort(compareStrings);
    let similarity = 1;
    for (const m of [origin, ...copies]) for (const s of index.neighbours.get(m)?.values() ?? []) similarity = Math.min(similarity, s);
    const rounded = Math.round(similarity * 100) / 100;
    index.copyCache.set(origin, {
      origin,
      copies,
      similarity: rounded,
      why: `near-identical text (estimated word-shingle similarity ≥ ${rounded}); the earliest published is the origin`,
    });
  }
  index.dirtyArticles.clear();
}

function comparePropositions(a: Proposition, b: Proposition): number {
  if (a.measure !== b.measure) return a.measure === 'count' ? -1 : 1;
  return b.independence.articles.length - a.independence.articles.length || compareStrings(a.id, b.id);
}

/** The ledger of everything added so far; rebuilds only what the additions since the last call changed. */
/** The proposition without story deniers among its asserters and sources, reused while neither it nor the deniers changed. */
function filteredOfDeniers(index: StoryIndex, p: Proposition): Proposition {
  const cached = index.denierFiltered.get(p.id);
  if (cached && cached.from === p && cached.version === index.deniersVersion) return cached.result;
  const result = withoutStoryDeniers(p, deniersWithMergedSubjects(index));
  index.denierFiltered.set(p.id, { from: p, version: index.deniersVersion, result });
  return result;
}

/** The story's deniers with each denied subject also under the subject it was merged into ("denies what Yugansk…" denies Yuganskneftegas). */
function deniersWithMergedSubjects(index: StoryIndex): ReadonlyMap<string, ReadonlySet<string>> {
  if (index.subjectMerges.size === 0) return index.deniers;
  const c = index.mergedDeniers;
  if (c && c.version === index.deniersVersion && c.merges === index.subjectMerges) return c.deniers;
  const deniers = new Map<string, Set<string>>();
  for (const [who, what] of index.deniers) deniers.set(who, new Set([...what, ...[...what].map((w) => index.subjectMerges.get(w)?.canonical ?? w)]));
  index.mergedDeniers = { version: index.deniersVersion, merges: index.subjectMerges, deniers };
  return deniers;
}

/** A denial naming the propositions its claims were merged into. */
function withMergedSubjects(index: StoryIndex, denial: Denial): Denial {
  if (index.subjectMerges.size === 0) return denial;
  const propositions = [...new Set(denial.propositions.map((id) => mergedPropositionId(id, index.subjectMerges)))].sort(compareStrings);
  return { ...denial, propositions };
}

/** Conflicting assessments of the reports the writer doubts, redrawn only where a proposition they rest on changed. */
function assessmentRelations(index: StoryIndex): ClaimRelation[] {
  const ids = new Set([...index.doubtedPropositions].map((raw) => mergedPropositionId(raw, index.subjectMerges)));
  for (const id of [...index.assessmentCache.keys()]) if (!ids.has(id)) index.assessmentCache.delete(id);
  const all: ClaimRelation[] = [];
  for (const id of ids) {
    const related = overlappingPropositionIds(id);
    const from = related.map((r) => index.propositionCache.get(r));
    const cached = index.assessmentCache.get(id);
    if (cached && cached.from.every((p, i) => p === from[i])) {
      all.push(...cached.relations);
      continue;
    }
    const claimsOf = (r: PropositionId) => [...(index.propositions.get(r)?.stanceGroups.entries() ?? [])].filter(([key]) => !isNegatedStanceKey(key)).flatMap(([, claims]) => claims);
    const doubted = claimsOf(id).filter(isWriterDoubted);
    const relations = doubted.length === 0 ? [] : assessmentRelationsOf(doubted, related.flatMap(claimsOf), (article) => index.articles.get(article as ArticleId)!.evidence.text);
    index.assessmentCache.set(id, { from, relations });
    all.push(...relations);
  }
  return all;
}

export function ledgerOf(index: StoryIndex, generatedAt: string | null = null): StoryLedger {
  const lookup = copyLookup(index);
  refreshArticles(index, lookup);
  for (const id of index.dirtyPropositions) index.propositionCache.set(id, propositionOf(index.propositions.get(id)!, lookup));
  index.dirtyPropositions.clear();
  for (const key of index.dirtyDenials) index.denialCache.set(key, buildDenial(index.denialGroups.get(key)!, lookup.article));
  index.dirtyDenials.clear();
  for (const origin of index.dirtyOrigins) index.claimRelationCache.set(origin, claimRelationsOf(origin, index.claimsByOrigin.get(origin)!));
  index.dirtyOrigins.clear();
  return {
    story: index.story,
    generatedAt,
    articles: index.sortedIds.map((id) => index.articleCache.get(id)!),
    copies: [...index.copyCache.values()].sort((a, b) => compareStrings(a.origin, b.origin)),
    propositions: [...index.propositionCache.values()].map((p) => filteredOfDeniers(index, p)).sort(comparePropositions),
    timeline: timelineOf(index.timeline),
    denials: [...index.denialCache.values()].map((d) => withMergedSubjects(index, d)).sort(compareDenials),
    claimRelations: [...index.claimRelationCache.values(), ...[...index.propositions.values()].map((s) => s.claimRelations), assessmentRelations(index)].flat().sort(compareClaimRelations),
  };
}
