// Timeline: dated events from claims (when a statement was made, dates inside what was said) and
// from the writer's own sentences that carry a resolved date and an event verb. Reports of one
// event by several articles are merged: intervals that mostly overlap and sentences that share
// enough content words. Merged reports form connected components kept up to date as articles
// arrive, so adding an article rebuilds only the events it touches.

import type {
  ArticleEvidence,
  ArticleId,
  DateInterval,
  EvidenceRef,
  Span,
  TimelineEvent,
  TimelineEventKind,
  Token,
} from '../model/index.js';
import { compareIntervals, compareStrings, dayNumber, distinctSorted, tokensIn } from './annotations.js';
import { claimantOf } from './claimant.js';
import {
  EVENT_MIN_INTERVAL_JACCARD,
  EVENT_MIN_SHARED_WORDS,
  EVENT_MIN_WORD_DICE,
  EVENT_STOP_LEMMAS,
  EVENT_TIME_KINDS,
  NON_EVENT_VERB_LEMMAS,
} from './rules.js';

const EVENT_TIMES = new Set(EVENT_TIME_KINDS);
const NON_EVENT_VERBS = new Set(NON_EVENT_VERB_LEMMAS);
const STOP = new Set(EVENT_STOP_LEMMAS);
const FUNCTION_POS = new Set(['PUNCT', 'SPACE', 'DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'SYM', 'INTJ']);
const KIND_PRIORITY: Record<TimelineEventKind, number> = { statement: 0, reported: 1, narrative: 2 };

/** One dated report of an event in one article, before merging. */
export interface EventCandidate {
  readonly article: ArticleId;
  readonly published: string | null;
  readonly kind: TimelineEventKind;
  /** For a statement: the claimant's key. Two statements are one event only when one speaker made them. */
  readonly speaker: string | null;
  readonly interval: DateInterval;
  /** The interval's first and last day as day numbers, for comparing without re-reading dates. */
  readonly startDay: number;
  readonly endDay: number;
  readonly sentence: Span;
  readonly time: Span;
  /** Distinct content lemmas of the sentence outside the time words, sorted. */
  readonly words: readonly string[];
}

function contentWords(tokens: readonly Token[], sentence: Span, time: Span): string[] {
  return distinctSorted(
    tokensIn(tokens, sentence)
      .filter((t) => (t.span.end <= time.start || t.span.start >= time.end) && !FUNCTION_POS.has(t.pos) && /[\p{L}\p{N}]/u.test(t.normal) && !STOP.has(t.lemma) && !STOP.has(t.normal))
      .map((t) => t.lemma),
  );
}

function hasEventVerb(tokens: readonly Token[], sentence: Span): boolean {
  return tokensIn(tokens, sentence).some((t) => t.pos === 'VERB' && !NON_EVENT_VERBS.has(t.lemma));
}

/** Dated event reports in one article: one per (sentence, time expression), the claim's reading first. */
export function eventCandidates(evidence: ArticleEvidence): EventCandidate[] {
  const { language } = evidence;
  const bySlot = new Map<string, { kind: TimelineEventKind; speaker: string | null; sentence: number; time: number }>();
  const offer = (kind: TimelineEventKind, speaker: string | null, sentence: number, time: number) => {
    const slot = `${sentence}:${time}`;
    const held = bySlot.get(slot);
    if (!held || KIND_PRIORITY[kind] < KIND_PRIORITY[held.kind]) bySlot.set(slot, { kind, speaker, sentence, time });
  };
  for (const claim of evidence.claims) {
    if (claim.statementTime !== null) offer('statement', claimantOf(claim.speaker).key, claim.sentence, claim.statementTime);
    for (const t of claim.times) if (t !== claim.statementTime) offer('reported', null, claim.sentence, t);
  }
  let s = 0;
  language.times.forEach((time, t) => {
    while (s < language.sentences.length && language.sentences[s]!.span.end <= time.span.start) s++;
    const sentence = language.sentences[s];
    if (sentence && sentence.span.start <= time.span.start && hasEventVerb(language.tokens, sentence.span)) offer('narrative', null, s, t);
  });
  const candidates: EventCandidate[] = [];
  for (const { kind, speaker, sentence, time } of bySlot.values()) {
    const expression = language.times[time];
    const span = language.sentences[sentence]?.span;
    if (!expression?.resolved || !span || !EVENT_TIMES.has(expression.kind)) continue;
    candidates.push({
      article: evidence.article.id,
      published: evidence.article.published ? evidence.article.published.iso.slice(0, 10) : null,
      kind,
      speaker,
      interval: { ...expression.resolved, openEnd: expression.openEnd },
      startDay: dayNumber(expression.resolved.start),
      endDay: dayNumber(expression.resolved.end),
      sentence: span,
      time: expression.span,
      words: contentWords(language.tokens, span, expression.span),
    });
  }
  return candidates.sort(compareCandidates);
}

function compareCandidates(a: EventCandidate, b: EventCandidate): number {
  return (
    compareIntervals(a.interval, b.interval) ||
    compareStrings(a.published ?? '~', b.published ?? '~') ||
    compareStrings(a.article, b.article) ||
    a.sentence.start - b.sentence.start ||
    a.time.start - b.time.start
  );
}

function sharedWords(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

/**
 * True when two reports are of one event: intervals mostly overlap and the sentences share enough
 * content words; two statements also need one speaker (the event is that speaker's saying it).
 */
export function isSameEvent(a: EventCandidate, b: EventCandidate): boolean {
  if (a.speaker !== b.speaker) return false;
  const common = Math.min(a.endDay, b.endDay) - Math.max(a.startDay, b.startDay) + 1;
  const either = Math.max(a.endDay, b.endDay) - Math.min(a.startDay, b.startDay) + 1;
  if (common <= 0 || common / either < EVENT_MIN_INTERVAL_JACCARD) return false;
  const shared = sharedWords(a.words, b.words);
  return shared >= EVENT_MIN_SHARED_WORDS && (2 * shared) / (a.words.length + b.words.length) >= EVENT_MIN_WORD_DICE;
}

function eventOf(members: readonly EventCandidate[]): TimelineEvent {
  let narrowest = members[0]!;
  for (const m of members) if (m.endDay - m.startDay < narrowest.endDay - narrowest.startDay) narrowest = m;
  const refs = (pick: (m: EventCandidate) => Span): EvidenceRef[] => {
    const seen = new Set<string>();
    const out: EvidenceRef[] = [];
    for (const m of members) {
      const span = pick(m);
      const id = `${m.article}:${span.start}:${span.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ article: m.article, span });
    }
    return out;
  };
  return {
    interval: narrowest.interval,
    kinds: distinctSorted(members.map((m) => m.kind)),
    evidence: refs((m) => m.sentence),
    times: refs((m) => m.time),
    articles: distinctSorted(members.map((m) => m.article)),
  };
}

/**
 * Reports of one event, merged as they arrive: connected components of isSameEvent (union-find),
 * which do not depend on arrival order. A new report is compared only with reports starting in
 * the days an interval overlap of EVENT_MIN_INTERVAL_JACCARD allows (a report starting more than
 * len·(1−J)/J days before a later one cannot reach it), so a busy story stays near-linear.
 */
export interface TimelineIndex {
  readonly candidates: EventCandidate[];
  readonly parent: number[];
  /** Root → candidate indices of its component. */
  readonly members: Map<number, number[]>;
  /** Start day and speaker → candidates: only reports that can merge share a bucket. */
  readonly byStartDay: Map<string, number[]>;
  /** Root → its event as last built; the events in `sorted`. */
  readonly events: Map<number, TimelineEvent>;
  readonly sorted: TimelineEvent[];
  /** Roots whose event must be rebuilt or dropped. */
  readonly dirty: Set<number>;
}

export function createTimelineIndex(): TimelineIndex {
  return { candidates: [], parent: [], members: new Map(), byStartDay: new Map(), events: new Map(), sorted: [], dirty: new Set() };
}

function find(index: TimelineIndex, i: number): number {
  let root = i;
  while (index.parent[root] !== root) root = index.parent[root]!;
  while (index.parent[i] !== root) {
    const next = index.parent[i]!;
    index.parent[i] = root;
    i = next;
  }
  return root;
}

function union(index: TimelineIndex, a: number, b: number): void {
  let ra = find(index, a);
  let rb = find(index, b);
  if (ra === rb) return;
  if (index.members.get(ra)!.length < index.members.get(rb)!.length) [ra, rb] = [rb, ra];
  index.parent[rb] = ra;
  index.members.get(ra)!.push(...index.members.get(rb)!);
  index.members.delete(rb);
  index.dirty.add(ra);
  index.dirty.add(rb);
}

function bucketOf(day: number, candidate: EventCandidate): string {
  return candidate.speaker === null ? String(day) : `${day}\u0000${candidate.speaker}`;
}

export function addEventCandidates(index: TimelineIndex, candidates: readonly EventCandidate[]): void {
  for (const candidate of candidates) {
    const id = index.candidates.length;
    index.candidates.push(candidate);
    index.parent.push(id);
    index.members.set(id, [id]);
    index.dirty.add(id);
    const length = candidate.endDay - candidate.startDay + 1;
    const reach = Math.floor((length * (1 - EVENT_MIN_INTERVAL_JACCARD)) / EVENT_MIN_INTERVAL_JACCARD);
    for (let day = candidate.startDay - reach; day <= candidate.endDay; day++) {
      for (const other of index.byStartDay.get(bucketOf(day, candidate)) ?? []) if (isSameEvent(index.candidates[other]!, candidate)) union(index, other, id);
    }
    const bucket = bucketOf(candidate.startDay, candidate);
    const list = index.byStartDay.get(bucket);
    if (list) list.push(id);
    else index.byStartDay.set(bucket, [id]);
  }
}

function sortedPosition(sorted: readonly TimelineEvent[], event: TimelineEvent): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEvents(sorted[mid]!, event) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The merged events in date order; rebuilds only the components changed since the last call. */
export function timelineOf(index: TimelineIndex): TimelineEvent[] {
  for (const root of index.dirty) {
    const old = index.events.get(root);
    if (!old) continue;
    index.sorted.splice(sortedPosition(index.sorted, old), 1);
    index.events.delete(root);
  }
  for (const root of index.dirty) {
    if (find(index, root) !== root) continue;
    const members = index.members.get(root)!.map((i) => index.candidates[i]!).sort(compareCandidates);
    const event = eventOf(members);
    index.events.set(root, event);
    index.sorted.splice(sortedPosition(index.sorted, event), 0, event);
  }
  index.dirty.clear();
  return [...index.sorted];
}

/** The events of a set of reports, in date order. */
export function mergeEvents(candidates: readonly EventCandidate[]): TimelineEvent[] {
  const index = createTimelineIndex();
  addEventCandidates(index, candidates);
  return timelineOf(index);
}

/** A total order on events: date, then the first report's words, then its time words. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const ea = a.evidence[0]!;
  const eb = b.evidence[0]!;
  const ta = a.times[0]!;
  const tb = b.times[0]!;
  return compareIntervals(a.interval, b.interval) || compareStrings(ea.article, eb.article) || ea.span.start - eb.span.start || ta.span.start - tb.span.start;
}
