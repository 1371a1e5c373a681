// Relations between claims of one voice (one original source: a government through its officials,
// or a body), which figure relations cannot draw because the claims carry no figure or sit in two
// propositions:
// - stance evolution: a voice that said it could not confirm ("no evidence", "unable to confirm")
//   and later confirms: the stance moved over time, which is not a contradiction;
// - date imprecision: one claimant's report of one proposition told in two articles with dates of
//   different precision ("last week", "from 8 to 13 October"): one report, not two events.
// Each relation says why in words. Rules and word lists live in rules.ts.

import type { ArticleEvidence, Claim, ClaimRelation, ClaimRelationSide, DateInterval, EvidenceRef, TimeExpression } from '../model/index.js';
import { spanText } from '../model/index.js';
import { compareIntervals, compareStrings, dayNumber, foldName, tokenRangeIn } from './annotations.js';
import type { ClaimFacts } from './article-facts.js';
import {
  AS_OF_TIME_PREFIXES,
  ASSERTING_STANCES,
  DATE_IMPRECISION_MAX_GAP_DAYS,
  DATE_IMPRECISION_MIN_SHARED_WORDS,
  EARLIER_STANCE_WORDS,
  EVENT_STOP_LEMMAS,
  EVENT_TIME_KINDS,
  MAX_CONFIRMING_CLAIMANTS_RELATED,
  MAX_DATE_IMPRECISION_RELATIONS_PER_REPORT,
  NOT_CONFIRMED_PHRASES,
  NOT_EVENT_DATE_KINDS,
  UNKNOWN_SUBJECT_KEY,
  VOICE_ROLE_WORDS,
} from './rules.js';

const ROLE_WORDS = new Set(VOICE_ROLE_WORDS);
const STOP_LEMMAS = new Set(EVENT_STOP_LEMMAS);
const NOT_EVENT_KINDS = new Set(NOT_EVENT_DATE_KINDS);
/** A name folded for matching a voice: "U.S." and "US" meet. */
const voiceFold = (name: string) => foldName(name).split(' ').filter((w) => !ROLE_WORDS.has(w)).join('');

/**
 * The voice each claim speaks for: its claimant's origin with role words dropped, as the article's
 * entity of that name when there is one (so "U.S. officials" and "United States" meet through the
 * article's "U.S." mention), else the folded name. Claim relations are drawn within one voice.
 */
export function voiceKeysOf(evidence: ArticleEvidence, claims: readonly ClaimFacts[]): string[] {
  const { entities, mentions } = evidence.language;
  const byName = new Map<string, string>();
  const name = (n: string, key: string) => {
    const folded = voiceFold(n);
    if (folded && !byName.has(folded)) byName.set(folded, key);
  };
  entities.forEach((e) => name(e.canonical, e.key));
  for (const m of mentions) name(spanText(evidence.text, m.span), entities[m.entity]!.key);
  return claims.map((c) => {
    if (c.claimant.origin === c.claimant.name && c.claimant.entity) return c.claimant.entity;
    const folded = voiceFold(c.claimant.origin);
    return folded ? (byName.get(folded) ?? `name:${folded}`) : c.originKey;
  });
}

const ASSERTING = new Set<string>(ASSERTING_STANCES);
const EVENT_KINDS = new Set<string>(EVENT_TIME_KINDS);
/** Coarser precisions rank higher: a week contains days, a month weeks. */
const PRECISION_RANK: Readonly<Record<string, number>> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };

const lower = (s: string) => s.toLowerCase().replace(/[\u2019']/g, "'");
/** One regular expression for a word list, whole words only; group 2 is the phrase found. */
const phrasePattern = (phrases: readonly string[]) => new RegExp(`(^|[^a-z])(${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=[^a-z]|$)`);
const NOT_CONFIRMED = phrasePattern(NOT_CONFIRMED_PHRASES);
const EARLIER = phrasePattern(EARLIER_STANCE_WORDS);

function sentenceOf(evidence: ArticleEvidence, c: ClaimFacts): string {
  const sentence = evidence.language.sentences[c.claim.sentence];
  return sentence ? spanText(evidence.text, sentence.span) : c.claim.content.map((s) => spanText(evidence.text, s)).join(' ');
}

/** The not-confirmed words of a claim ("no evidence"), or null: a denial is a denial, not a hedge, and a confirmation confirms. */
function notConfirmedWords(evidence: ArticleEvidence, c: ClaimFacts): string | null {
  if (c.claim.stance === 'denies' || c.claim.stance === 'confirms') return null;
  const texts = [...c.claim.hedges.map((h) => h.span), ...c.claim.content].map((s) => lower(spanText(evidence.text, s)));
  for (const text of texts) {
    const found = NOT_CONFIRMED.exec(text);
    if (found) return found[2]!;
  }
  return c.claim.stance === 'unverified' ? 'unverified' : null;
}

/** What the relation rules read of one claim, worked out once when its article is added. */
export interface RelationClaim {
  readonly c: ClaimFacts;
  /** The voice it speaks for (voiceKeysOf). */
  readonly voice: string;
  /** Its not-confirmed words ("no evidence"), or null. */
  readonly notConfirmed: string | null;
  /** Its sentence says the not-confirmed stance came first ("had previously been unable to confirm"). */
  readonly earlierByWords: boolean;
  /** For an asserting claim of a claim proposition: the time that dates the event it tells, and its words. */
  readonly event: { readonly time: TimeExpression; readonly words: string; readonly lemmas: ReadonlySet<string> } | null;
}

/**
 * The claims of one article that a relation rule can use (a not-confirmed claim, a confirmation, an
 * asserting claim that dates its event), with what the rules read of them; relay records never.
 */
export function relationClaimsOf(evidence: ArticleEvidence, claims: readonly ClaimFacts[]): RelationClaim[] {
  const voices = voiceKeysOf(evidence, claims);
  return claims.flatMap((c, i): RelationClaim[] => {
    if (c.relayRecord || c.narrative) return [];
    const notConfirmed = notConfirmedWords(evidence, c);
    const time = ASSERTING.has(c.claim.stance) && c.claimProposition ? eventTimeOf(evidence, c.claim) : null;
    if (!notConfirmed && c.claim.stance !== 'confirms' && !time) return [];
    return [{
      c,
      voice: voices[i]!,
      notConfirmed,
      earlierByWords: notConfirmed !== null && EARLIER.test(lower(sentenceOf(evidence, c))),
      event: time ? { time, words: spanText(evidence.text, time.span), lemmas: c.contentLemmas } : null,
    }];
  });
}

/** One side of a claim relation: one claimant's claims, in article and claim order, dated by the earliest statement date. */
export function side(group: readonly ClaimFacts[]): ClaimRelationSide {
  const sorted = [...group].sort((x, y) => compareStrings(x.article, y.article) || x.index - y.index);
  let when: DateInterval | null = null;
  for (const c of sorted) if (c.statedAt && compareIntervals(c.statedAt, when) < 0) when = c.statedAt;
  return {
    speaker: sorted[0]!.claimant,
    stance: sorted[0]!.claim.stance,
    when,
    claims: sorted.map((c) => ({ article: c.article, claim: c.index })),
    evidence: sorted.map((c): EvidenceRef => ({ article: c.article, span: c.claim.content[0]! })),
  };
}

/** "Mark Rutte, then NATO spokesperson (both speaking for NATO)": the voice named by the side whose origin is a body's own name, not a role. */
function voiceWords(a: ClaimRelationSide, b: ClaimRelationSide): string {
  if (a.speaker.key === b.speaker.key) return a.speaker.name;
  const plain = (s: ClaimRelationSide) => foldName(s.speaker.origin).split(' ').every((w) => !ROLE_WORDS.has(w));
  const voice = plain(b) ? b.speaker.origin : a.speaker.origin;
  return `${a.speaker.name}, then ${b.speaker.name} (both speaking for ${voice})`;
}

const dateWords = (i: DateInterval | null) => (i ? (i.start === i.end ? i.start : `${i.start}/${i.end}`) : 'undated');

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return new Map([...groups].sort((x, y) => compareStrings(x[0], y[0])));
}

/**
 * Stance evolution within one voice: each claimant's not-confirmed claims on a subject against the
 * confirmations of the same voice on that subject (a not-confirmed claim whose words name no subject,
 * "unable to confirm the reports", is set against any). Not drawn when both are dated and the
 * not-confirmed one is the later: a voice that stops confirming is not firming up.
 */
function stanceEvolutions(voice: string, claims: readonly RelationClaim[]): ClaimRelation[] {
  const notConfirmed: { c: ClaimFacts; words: string; earlier: boolean }[] = [];
  const confirming: ClaimFacts[] = [];
  for (const r of claims) {
    if (r.c.claim.stance === 'confirms') confirming.push(r.c);
    else if (r.notConfirmed) notConfirmed.push({ c: r.c, words: r.notConfirmed, earlier: r.earlierByWords });
  }
  if (notConfirmed.length === 0 || confirming.length === 0) return [];
  const relations: ClaimRelation[] = [];
  const confirmers = groupBy(confirming, (c) => `${c.key.subject.key}\u0000${c.claimant.key}`);
  for (const [key, group] of groupBy(notConfirmed, ({ c }) => `${c.key.subject.key}\u0000${c.claimant.key}`)) {
    const subject = key.split('\u0000')[0]!;
    // Words that name no subject, or name the speaker's own body ("Washington's first mention of such evidence"), say who did not confirm, not what.
    const anySubject = subject === UNKNOWN_SUBJECT_KEY || subject === voice;
    const a = side(group.map((g) => g.c));
    const earlierByWords = group.some((g) => g.earlier);
    let related = 0;
    for (const [otherKey, confirms] of confirmers) {
      if (related >= MAX_CONFIRMING_CLAIMANTS_RELATED) break;
      if (!anySubject && otherKey.split('\u0000')[0] !== subject) continue;
      const b = side(confirms);
      if (a.when && b.when && dayNumber(a.when.start) > dayNumber(b.when.end) && !earlierByWords) continue;
      const ordered = earlierByWords || (a.when !== null && b.when !== null && dayNumber(a.when.end) < dayNumber(b.when.start));
      // With no order known, only a doubt and a confirmation of the same proposition read as one stance that moved.
      if (!ordered && !group.some((g) => g.c.claimProposition !== null && confirms.some((c) => c.claimProposition === g.c.claimProposition))) continue;
      const order =
        a.when && b.when && dayNumber(a.when.end) < dayNumber(b.when.start)
          ? `on ${dateWords(a.when)}, confirmed on ${dateWords(b.when)}`
          : earlierByWords
            ? 'earlier, as its words say'
            : `${dateWords(a.when)}, confirmed ${dateWords(b.when)}: not both dated, so the confirmation is read as the later stance`;
      relations.push({
        kind: 'evolution',
        rule: 'stance-evolution',
        a,
        b,
        why: `${voiceWords(a, b)}: not confirmed at first ("${group[0]!.words}", ${order}), confirmed later: a stance that firmed up over time, not a contradiction`,
      });
      related++;
    }
  }
  return relations;
}

/** Content words of a claim outside its times: what two reports of one event share besides the date. */
export function contentLemmasOf(evidence: ArticleEvidence, claim: Claim): Set<string> {
  const { tokens, times } = evidence.language;
  const timeSpans = claim.times.map((i) => times[i]!.span);
  const lemmas = new Set<string>();
  for (const fragment of claim.content) {
    const { first, end } = tokenRangeIn(tokens, fragment);
    for (let i = first; i < end; i++) {
      const t = tokens[i]!;
      if (!/^\p{L}{2,}$/u.test(t.lemma) || STOP_LEMMAS.has(t.lemma) || timeSpans.some((s) => s.start <= t.span.start && t.span.end <= s.end)) continue;
      lemmas.add(t.lemma);
    }
  }
  return lemmas;
}

/** The first time in a claim's content that dates an event (never the time that dates the statement, nor a target or a start). */
export function eventTimeOf(evidence: ArticleEvidence, claim: Claim): TimeExpression | null {
  for (const i of claim.times) {
    if (i === claim.statementTime) continue;
    const t = evidence.language.times[i];
    if (!t || !EVENT_KINDS.has(t.kind) || NOT_EVENT_KINDS.has(t.kind) || t.openEnd) continue;
    // "As of Wednesday" dates a count, not the event the report tells.
    const words = spanText(evidence.text, t.span).toLowerCase();
    if (AS_OF_TIME_PREFIXES.some((p) => words.startsWith(p))) continue;
    return t;
  }
  return null;
}

/** How two dated reports of one event fit, when they are one report told with different precision; null when they are not. */
function imprecisionWhy(x: TimeExpression, y: TimeExpression): string | null {
  // A date that cannot be placed (nothing anchors "last week") may be any precision; one that can, only a coarser one.
  const [coarse, fine] = !x.resolved ? [x, y] : !y.resolved ? [y, x] : (PRECISION_RANK[x.resolved.precision] ?? 0) >= (PRECISION_RANK[y.resolved.precision] ?? 0) ? [x, y] : [y, x];
  if (!fine.resolved) return null;
  if (!coarse.resolved) return 'the coarser date cannot be placed in the calendar (nothing anchors it)';
  if (coarse.resolved.precision === fine.resolved.precision && coarse.resolved.start !== fine.resolved.start) return null;
  const [c0, c1] = [dayNumber(coarse.resolved.start), dayNumber(coarse.resolved.end)];
  const [f0, f1] = [dayNumber(fine.resolved.start), dayNumber(fine.resolved.end)];
  if (c0 <= f0 && f1 <= c1) return `${coarse.resolved.start}/${coarse.resolved.end} (${coarse.resolved.precision}) contains ${fine.resolved.start}/${fine.resolved.end}`;
  const gap = Math.max(f0 - c1, c0 - f1);
  return gap <= DATE_IMPRECISION_MAX_GAP_DAYS ? `the intervals lie ${gap} days apart, within a loosely named ${coarse.resolved.precision}` : null;
}

/**
 * Date imprecision: one claimant's asserting claims on one proposition in different articles, each
 * dating the event, with dates of different precision that nest or lie close: one report, consistent.
 */
function dateImprecisions(claims: readonly RelationClaim[]): ClaimRelation[] {
  const relations: ClaimRelation[] = [];
  const dated = claims.flatMap((r) => (r.event ? [{ c: r.c, ...r.event }] : []));
  for (const group of groupBy(dated, ({ c }) => `${c.claimant.key}\u0000${c.claimProposition}`).values()) {
    // One relation per pair of distinct date wordings in different articles: the same words twice say nothing new.
    const byWords = [...groupBy(group, (d) => d.words.toLowerCase()).values()];
    let drawn = 0;
    for (let i = 0; i < byWords.length && drawn < MAX_DATE_IMPRECISION_RELATIONS_PER_REPORT; i++) {
      for (let j = i + 1; j < byWords.length && drawn < MAX_DATE_IMPRECISION_RELATIONS_PER_REPORT; j++) {
        const x = byWords[i]![0]!;
        const shares = (d: (typeof dated)[number]) => [...d.lemmas].filter((l) => x.lemmas.has(l)).length >= DATE_IMPRECISION_MIN_SHARED_WORDS;
        const y = byWords[j]!.find((d) => d.c.article !== x.c.article && shares(d));
        if (!y) continue;
        const fit = imprecisionWhy(x.time, y.time);
        if (!fit) continue;
        const [a, b] = compareStrings(x.c.article, y.c.article) <= 0 ? [x, y] : [y, x];
        drawn++;
        relations.push({
          kind: 'consistent',
          rule: 'date-imprecision',
          a: side([a.c]),
          b: side([b.c]),
          why: `date imprecision: ${a.c.claimant.name} reports the same thing dated "${a.words}" in one article and "${b.words}" in another; ${fit}: one report, not a contradiction`,
        });
      }
    }
  }
  return relations;
}

/** Every claim relation among the claims of one voice (relationClaimsOf, any order). */
export function claimRelationsOf(voice: string, claims: readonly RelationClaim[]): ClaimRelation[] {
  // Article then claim order, whatever order the articles were added in: the same story gives the same relations.
  const sorted = [...claims].sort((x, y) => compareStrings(x.c.article, y.c.article) || x.c.index - y.c.index);
  return [...stanceEvolutions(voice, sorted), ...dateImprecisions(sorted)];
}

export function compareClaimRelations(x: ClaimRelation, y: ClaimRelation): number {
  const first = (s: ClaimRelationSide) => `${s.claims[0]!.article}\u0000${String(s.claims[0]!.claim).padStart(6, '0')}`;
  return (
    compareStrings(x.a.speaker.name, y.a.speaker.name) ||
    compareStrings(x.b.speaker.name, y.b.speaker.name) ||
    compareStrings(x.rule, y.rule) ||
    compareStrings(first(x.a), first(y.a)) ||
    compareStrings(first(x.b), first(y.b))
  );
}
