// Story ledger: what the reconcile stage makes of many articles about one story. Its input is one
// ArticleEvidence per article (text, language annotations, claims); its output groups the claims
// into propositions (what is being claimed), with figure series, stance conflicts, independence
// counts, a merged timeline and the denials. Every figure, event and denial points back to exact
// words as { article, span }; the presenter serialises (brief JSON, CLI) and prints the words.

import type { DateValue } from './article.js';
import type { Claim, SpeakerType, Stance } from './claim.js';
import type { ArticleId } from './ids.js';
import type { EntityKey, LanguageAnnotations } from './language.js';
import type { QuantityQualifier } from './quantity.js';
import type { Span } from './span.js';
import type { TimePrecision } from './time-expression.js';

// ---- Input ---------------------------------------------------------------------------------

/** What reconcile needs to know about an article besides its words. */
export interface StoryArticle {
  readonly id: ArticleId;
  /** The outlet's name ("The Harbour Gazette"); null when extract found none. */
  readonly outlet: string | null;
  readonly published: DateValue | null;
  /** The file or input label the article came from, for the reader. */
  readonly file: string | null;
  readonly url: string | null;
}

/** One article as the claims stage leaves it: spans in `claims` and `language` index `text`. */
export interface ArticleEvidence {
  readonly article: StoryArticle;
  readonly text: string;
  readonly language: LanguageAnnotations;
  readonly claims: readonly Claim[];
}

// ---- Shared pieces --------------------------------------------------------------------------

/** Exact words in one article: the presenter prints spanText(text, span) and the offsets. */
export interface EvidenceRef {
  readonly article: ArticleId;
  readonly span: Span;
}

/** Inclusive ISO days (`YYYY-MM-DD`), start <= end; `openEnd` for "since X" (the end is unknown). */
export interface DateInterval {
  readonly start: string;
  readonly end: string;
  readonly precision: TimePrecision;
  readonly openEnd: boolean;
}

/** statement: the text dates the statement ("said on Wednesday"); publication: only the article's date is known. */
export type AsOfBasis = 'statement' | 'publication';

export interface AsOf extends DateInterval {
  readonly basis: AsOfBasis;
}

/** Who originally said something: the end of the relay chain, never the outlet that printed it. */
export interface Claimant {
  /** Stable across articles: the speaker's entity key, else `name:` and the folded name. */
  readonly key: string;
  readonly name: string;
  readonly type: SpeakerType;
  readonly entity: EntityKey | null;
  /** The government or body the claimant speaks for (its affiliation), else its own name: what counts as one independent source. */
  readonly origin: string;
}

/** One claim of one article: `claim` indexes ArticleEvidence.claims. */
export interface ClaimRef {
  readonly article: ArticleId;
  readonly claim: number;
}

// ---- Articles and copies --------------------------------------------------------------------

/** A news agency credit that makes an article a relay of the agency's copy: "SEOUL (AP) —". */
export interface WireCredit {
  readonly agency: string;
  readonly evidence: EvidenceRef;
}

export interface LedgerArticle {
  readonly id: ArticleId;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly file: string | null;
  readonly url: string | null;
  readonly wire: WireCredit | null;
  /** The earliest article this one is a near-identical copy of; null for an original. */
  readonly copyOf: ArticleId | null;
}

/** Articles whose texts are near-identical: one origin (the earliest), the rest copies of it. */
export interface CopyGroup {
  readonly origin: ArticleId;
  /** Sorted by id. */
  readonly copies: readonly ArticleId[];
  /** The lowest estimated word-shingle similarity between a copy and a neighbour it was linked by, 0..1. */
  readonly similarity: number;
  readonly why: string;
}

// ---- Propositions ---------------------------------------------------------------------------

/** Branded so a proposition id is never confused with an article or entity key. */
export type PropositionId = string & { readonly __propositionId: true };

/** count: the figures claimants give; claim: whether it happened (assert vs deny). */
export type PropositionMeasure = 'count' | 'claim';

/** One feature a claim was keyed by, with the words that gave it. */
export interface KeyFeature {
  /** The folded, comparable value ("country:KP", "send:personnel", "personnel"). */
  readonly key: string;
  /** For people: "Vardia", "sent / deployed / present", "troops". */
  readonly label: string;
  /** Where the words that gave it stand; null when it came from the speaker or a default rule. */
  readonly evidence: EvidenceRef | null;
  /** Which rule gave it (the rule's name in src/reconcile/rules.ts terms): "demonym before the counted noun". */
  readonly via: string;
}

/** Why one claim belongs to a proposition: its subject, predicate family and (for counts) unit. */
export interface PropositionMember {
  readonly claim: ClaimRef;
  /** Index into LanguageAnnotations.quantities for a count member; null for a claim member. */
  readonly quantity: number | null;
  readonly subject: KeyFeature;
  readonly family: KeyFeature;
  readonly unit: KeyFeature | null;
  /** Set when the claim's words say this did not happen ("they didn't move them"): a negated stance, not an assertion. */
  readonly negated?: true;
}

/** A figure as one claimant gives it; repeats of the same figure across articles are one figure. */
export interface Figure {
  /** The single figure; null for a range, alternatives or a vague amount. */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly alternatives: readonly number[] | null;
  readonly qualifier: QuantityQualifier | null;
  readonly vague: boolean;
  /** "another 1,500": added to an earlier figure. */
  readonly increment: boolean;
  /** "a total of 3,000": a running total. */
  readonly total: boolean;
  /** A target or expectation ("aims to deploy 10,000 by December"), not a count of what is. */
  readonly projected: boolean;
  /** The counted noun as most of the evidence writes it ("troops"). */
  readonly unit: string | null;
  readonly claimant: Claimant;
  /** Speakers and outlets the figure passed through on its way to the articles, nearest the writer first, distinct. Never the articles' own outlets. */
  readonly relayedBy: readonly string[];
  /** When the figure was stated: the earliest statement date, else the earliest publication date; null when neither is known. */
  readonly asOf: AsOf | null;
  /** The time the figure is about, when its words say ("from 8 to 13 October", "by December"). */
  readonly refersTo: DateInterval | null;
  /** Places its words put it in ("deployed in Kestria"), by name, sorted; absent or empty when none is named. */
  readonly places?: readonly string[];
  /** Sorted by id. */
  readonly articles: readonly ArticleId[];
  /** The figure's words (the quantity) in each article, in article then text order. */
  readonly evidence: readonly EvidenceRef[];
  /** The claims that carry it. */
  readonly claims: readonly ClaimRef[];
  /** Set when the writer states it in the article's own voice, nobody quoted (the claimant is the outlet's own reporting). */
  readonly narrative?: true;
}

/**
 * evolution, contradiction, consistent, restatement: as the brief's JSON contract says.
 * different-referent: the same figure about something else (another time or place), so neither a
 * confirmation nor a contradiction. incomparable: figures so far apart in size (rules.ts
 * INCOMPARABLE_VALUE_RATIO) that they almost surely measure different things: not compared.
 */
export type FigureRelationKind = 'evolution' | 'contradiction' | 'consistent' | 'restatement' | 'different-referent' | 'incomparable';

/** `a` and `b` index Proposition.figures; `a` < `b` (figures are in as-of order). */
export interface FigureRelation {
  readonly a: number;
  readonly b: number;
  readonly kind: FigureRelationKind;
  readonly why: string;
}

/** One speaker's stance on a proposition, however many articles carry it. */
export interface StanceEntry {
  readonly speaker: Claimant;
  readonly stance: Stance;
  /**
   * Set when the speaker's words say it did not happen ("they didn't move them to Kestria"). Not a
   * denial (it disputes nobody's report), so never in the story's denials: it is set against the
   * assertions that it had happened before it was said (a claim relation, negated-assertion).
   */
  readonly negated?: true;
  /** The earliest statement date, when the text gives one. */
  readonly when: DateInterval | null;
  readonly articles: readonly ArticleId[];
  /** The claim content (first fragment) in each article. */
  readonly evidence: readonly EvidenceRef[];
}

/** A denial set against the assertions it contradicts; indices into Proposition.stances. */
export interface StanceConflict {
  readonly denial: number;
  readonly against: readonly number[];
  readonly why: string;
}

/** One step of how a claim reached an article: outlet → copied from → relays → speaker. */
export interface CitationChain {
  readonly article: ArticleId;
  readonly outlet: string | null;
  /** The article this one's words were copied from (whole-article or sentence copy). */
  readonly copiedFrom: ArticleId | null;
  /** Agencies, outlets and people between the writer and the speaker, nearest the writer first. */
  readonly via: readonly string[];
  readonly speaker: string;
}

export interface OriginalSource {
  /** The origin (government, body or person) counted once, however many claimants speak for it. */
  readonly name: string;
  readonly claimants: readonly string[];
  readonly articles: readonly ArticleId[];
}

export interface Independence {
  /** Sorted by id. */
  readonly articles: readonly ArticleId[];
  /** Distinct outlet names, sorted. */
  readonly outlets: readonly string[];
  /** Articles that name no outlet; each counts on its own. */
  readonly unknownOutletArticles: number;
  /** Distinct reports once copies (syndicated or copied sentences) collapse to their origin article. */
  readonly reports: number;
  readonly originalSources: readonly OriginalSource[];
  /** Distinct chains, sorted. */
  readonly chains: readonly CitationChain[];
}

export interface Proposition {
  readonly id: PropositionId;
  /** "Vardia · sent / deployed / present (troops) · troops (count)". */
  readonly label: string;
  readonly measure: PropositionMeasure;
  readonly subject: { readonly key: string; readonly label: string };
  readonly family: { readonly key: string; readonly label: string };
  /** The counted unit's key and label for a count; null for a claim. */
  readonly unit: { readonly key: string; readonly label: string } | null;
  /** In as-of order; empty for a claim proposition. */
  readonly figures: readonly Figure[];
  readonly relations: readonly FigureRelation[];
  readonly stances: readonly StanceEntry[];
  readonly conflicts: readonly StanceConflict[];
  readonly independence: Independence;
  /** Every claim grouped here and why, sorted by article, claim, quantity. */
  readonly members: readonly PropositionMember[];
}

// ---- Claim-level relations ------------------------------------------------------------------

/**
 * evolution: one voice's stance moved (not confirmed → confirms); consistent: the same report, its
 * date told with different precision; restatement: one statement reported under two claimants of
 * one voice, worded differently; contradiction: one voice says a thing had not happened that
 * another says had happened before then, or two voices place it, in the same days, in parts of a
 * country that cannot overlap; conflicting-assessment: a claimant judges true or likely
 * a report the writer says is not confirmed (two judgements of one report, not two facts).
 */
export type ClaimRelationKind = 'evolution' | 'consistent' | 'restatement' | 'contradiction' | 'conflicting-assessment';

/** The rule that drew a claim relation (src/reconcile/rules.ts names its words and thresholds). */
export type ClaimRelationRule = 'stance-evolution' | 'date-imprecision' | 'same-statement' | 'negated-assertion' | 'doubted-report-judged' | 'different-places';

/** One side of a claim relation: one claimant's claims with one stance. */
export interface ClaimRelationSide {
  readonly speaker: Claimant;
  readonly stance: Stance;
  /** The earliest statement date, when the text gives one. */
  readonly when: DateInterval | null;
  /** Sorted by article, claim. */
  readonly claims: readonly ClaimRef[];
  /** The content (first fragment) of each claim. */
  readonly evidence: readonly EvidenceRef[];
}

/** A relation between claims (not figures): of one voice, possibly across propositions, or (negated-assertion) of two voices on one proposition. */
export interface ClaimRelation {
  readonly kind: ClaimRelationKind;
  readonly rule: ClaimRelationRule;
  /** `a` is the earlier side when the order is known. */
  readonly a: ClaimRelationSide;
  readonly b: ClaimRelationSide;
  readonly why: string;
}

// ---- Timeline and denials -------------------------------------------------------------------

/** statement: a dated statement ("said on Wednesday"); reported: a date inside what was said; narrative: the writer's own dated sentence. */
export type TimelineEventKind = 'statement' | 'reported' | 'narrative';

export interface TimelineEvent {
  readonly interval: DateInterval;
  /** Distinct kinds of the merged reports, sorted. */
  readonly kinds: readonly TimelineEventKind[];
  /** The sentence in each report, in as-of then article order; the first one reads best as the label. */
  readonly evidence: readonly EvidenceRef[];
  /** The time expressions that date it. */
  readonly times: readonly EvidenceRef[];
  readonly articles: readonly ArticleId[];
}

export interface Denial {
  readonly speaker: Claimant;
  /** The claim propositions it denies (may be empty when the denial's words name no subject). */
  readonly propositions: readonly PropositionId[];
  /** The denial's content in each article. */
  readonly what: readonly EvidenceRef[];
  /** The earliest statement date, when the text gives one. */
  readonly when: DateInterval | null;
  /** The earliest publication date among the articles carrying it: the denial is no later than this. */
  readonly reportedBy: string | null;
  readonly articles: readonly ArticleId[];
}

export interface StoryLedger {
  readonly story: string;
  /** Given by the caller (the stage never reads the clock); null when not given. */
  readonly generatedAt: string | null;
  /** Sorted by id. */
  readonly articles: readonly LedgerArticle[];
  /** Sorted by origin. */
  readonly copies: readonly CopyGroup[];
  /** Count propositions first, then by number of articles (most first), then id. */
  readonly propositions: readonly Proposition[];
  /** In date order. */
  readonly timeline: readonly TimelineEvent[];
  /** Sorted by speaker then date. */
  readonly denials: readonly Denial[];
  /** Relations between claims of one voice: stance evolutions, dates told with different precision. Sorted by a's speaker, then b's. */
  readonly claimRelations: readonly ClaimRelation[];
}
