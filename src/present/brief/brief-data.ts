// The brief as data: the story ledger from reconcile turned into the public JSON contract, with
// every figure, stance, event and denial carrying the exact words it rests on. The Markdown and
// HTML forms render this object, so all three always say the same thing.

import { spanText, type ArticleEvidence, type ArticleId, type Claimant, type EvidenceRef, type Proposition, type StoryLedger } from '../../model/index.js';
import { incomparableRatio, isUnmeasuredProposition } from '../../reconcile/index.js';

export interface BriefEvidence {
  readonly article: string;
  readonly outlet: string | null;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
}

export interface BriefArticleRef {
  readonly id: string;
  readonly file: string | null;
  readonly outlet: string | null;
}

export interface BriefInterval {
  readonly start: string;
  readonly end: string;
  readonly precision: string;
  readonly basis?: string;
}

export interface BriefFigure {
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly alternatives: readonly number[] | null;
  readonly qualifier: string | null;
  readonly unit: string | null;
  readonly increment: boolean;
  readonly total: boolean;
  readonly projected: boolean;
  readonly claimant: { readonly name: string; readonly type: string; readonly origin: string };
  readonly relayedBy: readonly string[];
  readonly asOf: BriefInterval | null;
  readonly refersTo: BriefInterval | null;
  readonly articles: readonly BriefArticleRef[];
  readonly evidence: readonly BriefEvidence[];
}

export interface BriefProposition {
  readonly id: string;
  readonly label: string;
  readonly measure: string;
  readonly unit: string | null;
  readonly figures: readonly BriefFigure[];
  /** Every relation the ledger found; `comparable: false` marks figures too far apart in size to be one measure (never a contradiction). */
  readonly relations: readonly { readonly a: number; readonly b: number; readonly kind: string; readonly why: string; readonly comparable?: boolean }[];
  /** False when what the figures measure was not found in their words: they are listed, never compared. */
  readonly measured?: boolean;
  readonly stances: readonly { readonly speaker: { readonly name: string; readonly type: string }; readonly stance: string; readonly negated?: true; readonly when: BriefInterval | null; readonly articles: readonly string[]; readonly evidence: readonly BriefEvidence[] }[];
  readonly conflicts: readonly { readonly denial: number; readonly against: readonly number[]; readonly why: string }[];
  readonly independence: {
    readonly articles: number;
    readonly outlets: number;
    readonly reports: number;
    readonly originalSources: readonly string[];
    /** Each original source with the claimants who speak for it ("Ukraine": its president, its intelligence agency). */
    readonly sources: readonly { readonly name: string; readonly claimants: readonly string[]; readonly anonymous?: boolean }[];
    /** Who denies the proposition, by the body each speaks for: sources of the denial, never counted among originalSources. */
    readonly deniedBy?: readonly { readonly name: string; readonly claimants: readonly string[] }[];
    /** Articles whose outlet is unknown (text dumps name none); `outlets` counts named outlets only. */
    readonly unknownOutletArticles?: number;
    readonly outletNames: readonly string[];
    readonly chains: readonly { readonly article: string; readonly outlet: string | null; readonly copiedFrom: string | null; readonly via: readonly string[]; readonly speaker: string }[];
  };
}

export interface Brief {
  readonly story: string;
  readonly generatedAt: string | null;
  readonly articles: readonly (BriefArticleRef & { readonly published: string | null; readonly copyOf: string | null; readonly wire: string | null })[];
  readonly propositions: readonly BriefProposition[];
  readonly timeline: readonly { readonly start: string; readonly end: string; readonly precision: string; readonly text: string; readonly kinds: readonly string[]; readonly articles: readonly string[]; readonly evidence: readonly BriefEvidence[] }[];
  readonly denials: readonly { readonly speaker: { readonly name: string; readonly type: string }; readonly what: string; readonly when: BriefInterval | null; readonly reportedBy: string | null; readonly articles: readonly string[]; readonly evidence: readonly BriefEvidence[] }[];
  readonly speakers: readonly { readonly name: string; readonly type: string; readonly claims: number; readonly articles: number }[];
  readonly openQuestions: readonly { readonly kind: 'single-source' | 'not-confirmed'; readonly text: string; readonly evidence: readonly BriefEvidence[] }[];
  /** Relations between claims (stance evolutions, dates told differently, one statement told twice, negations, judged reports); absent in briefs made before they existed. */
  readonly claimRelations?: readonly BriefClaimRelation[];
}

export interface BriefClaimRelationSide {
  readonly speaker: { readonly name: string; readonly type: string; readonly origin: string };
  readonly stance: string;
  readonly when: BriefInterval | null;
  readonly articles: readonly string[];
  readonly evidence: readonly BriefEvidence[];
}

/** kind is one of the story model's ClaimRelationKind; rule names the rule that drew it. */
export interface BriefClaimRelation {
  readonly kind: string;
  readonly rule: string;
  readonly a: BriefClaimRelationSide;
  readonly b: BriefClaimRelationSide;
  readonly why: string;
}

/** The brief of a ledger; `evidence` gives the texts the ledger's spans index. */
export function briefFromLedger(ledger: StoryLedger, evidence: readonly ArticleEvidence[]): Brief {
  const byId = new Map<ArticleId, ArticleEvidence>(evidence.map((e) => [e.article.id, e]));
  const outletOf = (id: ArticleId) => byId.get(id)?.article.outlet ?? null;
  const words = (ref: EvidenceRef): BriefEvidence => {
    const text = byId.get(ref.article)?.text ?? '';
    return { article: ref.article, outlet: outletOf(ref.article), start: ref.span.start, end: ref.span.end, exact: spanText(text, ref.span) };
  };
  const articleRef = (id: ArticleId): BriefArticleRef => ({ id, file: byId.get(id)?.article.file ?? null, outlet: outletOf(id) });
  const interval = (i: { start: string; end: string; precision: string; basis?: string } | null): BriefInterval | null =>
    i ? { start: i.start, end: i.end, precision: i.precision, ...(i.basis ? { basis: i.basis } : {}) } : null;

  const nameOf = claimantNames(ledger);
  const propositions: BriefProposition[] = ledger.propositions.map((p) => ({
    id: p.id,
    label: p.label,
    measure: p.measure,
    unit: p.unit?.label ?? null,
    figures: p.figures.map((f) => ({
      value: f.value,
      low: f.low,
      high: f.high,
      alternatives: f.alternatives,
      qualifier: f.qualifier,
      unit: f.unit,
      increment: f.increment,
      total: f.total,
      projected: f.projected,
      claimant: { name: nameOf(f.claimant), type: f.claimant.type, origin: f.claimant.origin },
      relayedBy: f.relayedBy,
      asOf: interval(f.asOf),
      refersTo: interval(f.refersTo),
      articles: f.articles.map(articleRef),
      evidence: f.evidence.map(words),
    })),
    measured: !isUnmeasuredProposition(p),
    relations: p.relations.map((r) => ({ a: r.a, b: r.b, kind: r.kind, why: r.why, ...(incomparableRatio(p.figures[r.a]!, p.figures[r.b]!) !== null ? { comparable: false } : {}) })),
    stances: p.stances.map((s) => ({
      speaker: { name: nameOf(s.speaker), type: s.speaker.type },
      stance: s.stance,
      ...(s.negated ? { negated: true as const } : {}),
      when: interval(s.when),
      articles: s.articles,
      evidence: s.evidence.map(words),
    })),
    conflicts: p.conflicts.map((c) => ({ denial: c.denial, against: c.against, why: c.why })),
    independence: {
      articles: p.independence.articles.length,
      // Named outlets only: articles with no outlet (text dumps) are counted apart, never as outlets of their own.
      outlets: p.independence.outlets.length,
      reports: p.independence.reports,
      originalSources: p.independence.originalSources.map((s) => s.name),
      sources: p.independence.originalSources.map((s) => ({ name: s.name, claimants: s.claimants, ...(isAnonymousSource(p, s.name) ? { anonymous: true } : {}) })),
      deniedBy: deniersOf(p),
      unknownOutletArticles: p.independence.unknownOutletArticles,
      outletNames: p.independence.outlets,
      chains: p.independence.chains.map((c) => ({ article: c.article, outlet: c.outlet, copiedFrom: c.copiedFrom, via: c.via, speaker: c.speaker })),
    },
  }));

  return {
    story: ledger.story,
    generatedAt: ledger.generatedAt,
    articles: ledger.articles.map((a) => ({ id: a.id, file: a.file, outlet: a.outlet, published: a.published, copyOf: a.copyOf, wire: a.wire?.agency ?? null })),
    propositions,
    timeline: ledger.timeline.map((e) => ({
      start: e.interval.start,
      end: e.interval.end,
      precision: e.interval.precision,
      text: e.evidence[0] ? words(e.evidence[0]).exact : '',
      kinds: e.kinds,
      articles: e.articles,
      evidence: e.evidence.map(words),
    })),
    denials: ledger.denials.map((d) => ({
      speaker: { name: nameOf(d.speaker), type: d.speaker.type },
      what: d.what[0] ? words(d.what[0]).exact : '',
      when: interval(d.when),
      reportedBy: d.reportedBy,
      articles: d.articles,
      evidence: d.what.map(words),
    })),
    speakers: mostCitedSpeakers(evidence),
    openQuestions: openQuestions(ledger, evidence, words),
    claimRelations: ledger.claimRelations.map((r) => {
      const side = (x: typeof r.a): BriefClaimRelationSide => ({
        speaker: { name: nameOf(x.speaker), type: x.speaker.type, origin: x.speaker.origin },
        stance: x.stance,
        when: interval(x.when),
        articles: [...new Set(x.claims.map((c) => c.article))],
        evidence: x.evidence.map(words),
      });
      return { kind: r.kind, rule: r.rule, a: side(r.a), b: side(r.b), why: r.why };
    }),
  };
}

/**
 * One name per claimant across the brief: the spelling most articles use, so one person is not
 * listed twice under two spellings ("Ahn Tae-rim" and "Ahn Tae-Rim").
 */
function claimantNames(ledger: StoryLedger): (c: Claimant) => string {
  const tally = new Map<string, Map<string, number>>();
  const count = (c: Claimant, weight: number) => {
    let names = tally.get(c.key);
    if (!names) tally.set(c.key, (names = new Map()));
    names.set(c.name, (names.get(c.name) ?? 0) + weight);
  };
  for (const p of ledger.propositions) {
    for (const f of p.figures) count(f.claimant, f.articles.length);
    for (const s of p.stances) count(s.speaker, s.articles.length);
  }
  for (const d of ledger.denials) count(d.speaker, d.articles.length);
  const best = new Map<string, string>();
  for (const [key, names] of tally) {
    let name = '';
    let n = -1;
    // Ties go to the spelling with fewer capitals ("Ilse Marten" over "ILSE Marten"), then the smallest.
    const capitals = (x: string) => x.replace(/[^\p{Lu}]/gu, '').length;
    for (const [candidate, k] of names) {
      if (k > n || (k === n && (capitals(candidate) < capitals(name) || (capitals(candidate) === capitals(name) && candidate < name)))) [name, n] = [candidate, k];
    }
    best.set(key, name);
  }
  return (c) => best.get(c.key) ?? c.name;
}

/** True when every claimant speaking for `origin` in the proposition is anonymous or an unnamed report ("Experts", "Speculation"). */
function isAnonymousSource(p: Proposition, origin: string): boolean {
  const voices = [...p.figures.map((f) => f.claimant), ...p.stances.map((s) => s.speaker)].filter((c) => c.origin === origin);
  return voices.length > 0 && voices.every((c) => c.type === 'anonymous');
}

/** The bodies that deny the proposition, with the speakers who deny for each. */
function deniersOf(p: Proposition): { name: string; claimants: string[] }[] {
  const byOrigin = new Map<string, Set<string>>();
  for (const s of p.stances) {
    if (s.stance !== 'denies') continue;
    const names = byOrigin.get(s.speaker.origin) ?? new Set<string>();
    names.add(s.speaker.name);
    byOrigin.set(s.speaker.origin, names);
  }
  return [...byOrigin].map(([name, claimants]) => ({ name, claimants: [...claimants].sort() })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Speakers by the number of claims they make across the story's articles (anonymous ones included). */
function mostCitedSpeakers(evidence: readonly ArticleEvidence[]): Brief['speakers'] {
  const tally = new Map<string, { name: string; type: string; claims: number; articles: Set<string> }>();
  for (const e of evidence) {
    for (const claim of e.claims) {
      const key = `${claim.speaker.type}\u0000${claim.speaker.name}`;
      const entry = tally.get(key) ?? { name: claim.speaker.name, type: claim.speaker.type, claims: 0, articles: new Set<string>() };
      entry.claims++;
      entry.articles.add(e.article.id);
      tally.set(key, entry);
    }
  }
  return [...tally.values()]
    .map((t) => ({ name: t.name, type: t.type, claims: t.claims, articles: t.articles.size }))
    .sort((a, b) => b.articles - a.articles || b.claims - a.claims || a.name.localeCompare(b.name));
}

/** What the analyst should not take as settled: figures with one original source, and claims the text says are unconfirmed. */
function openQuestions(ledger: StoryLedger, evidence: readonly ArticleEvidence[], words: (ref: EvidenceRef) => BriefEvidence): Brief['openQuestions'] {
  const out: Brief['openQuestions'][number][] = [];
  for (const p of ledger.propositions) {
    if (p.measure !== 'count' || p.figures.length === 0) continue;
    const sources = p.independence.originalSources;
    if (sources.length === 1) {
      out.push({
        kind: 'single-source',
        text: `${p.label}: every figure rests on one original source (${sources[0]!.name}), however many articles repeat it`,
        evidence: p.figures.flatMap((f) => f.evidence.slice(0, 1)).slice(0, 3).map(words),
      });
    }
  }
  for (const e of evidence) {
    for (const claim of e.claims) {
      const verification = claim.hedges.filter((h) => h.kind === 'verification');
      if (claim.stance !== 'unverified' && verification.length === 0) continue;
      const content = claim.content[0]!;
      out.push({
        kind: 'not-confirmed',
        text: `${claim.speaker.name}: ${spanText(e.text, content)}${verification.length ? ` (${verification.map((h) => spanText(e.text, h.span)).join('; ')})` : ''}`,
        evidence: [words({ article: e.article.id, span: content })],
      });
    }
  }
  return out;
}
