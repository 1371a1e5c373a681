// When each claim of one article was made. The claims stage dates a claim only when a time
// expression governs its cue ("said on Wednesday"); reporters date an occasion once and report its
// next sentences undated. This module carries a statement date over to the undated claims of the
// same occasion, as an annotator reading the paragraph would: a claim that shares a voice (a
// speaker, a relay, the body a speaker speaks for, or an actor named outside the quoted words)
// with a dated claim in its own sentence or just before it. It also reads an "as of" time inside
// what was said as the date the figures in it hold.

import type { ArticleEvidence, Claim, DateInterval, TimeExpression } from '../model/index.js';
import { foldName, mentionsIn, spanContains } from './annotations.js';
import { AS_OF_TIME_PREFIXES, CONTEXT_DATE_MAX_SENTENCES_BACK } from './rules.js';

/** How a claim's statement date was found. */
export type StatementDateBasis = 'explicit' | 'as-of' | 'same-sentence' | 'context';

export interface StatementDate {
  readonly interval: DateInterval;
  readonly basis: StatementDateBasis;
  /** Index of the claim the date was carried over from (the claim itself when explicit or as-of). */
  readonly from: number;
}

const AS_OF_PATTERN = new RegExp(`^(?:${AS_OF_TIME_PREFIXES.map((p) => p.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');

function intervalOf(time: TimeExpression | undefined): DateInterval | null {
  if (!time?.resolved) return null;
  return { start: time.resolved.start, end: time.resolved.end, precision: time.resolved.precision, openEnd: time.openEnd };
}

/**
 * The date the claim itself carries: the time governing its cue; else an "as of" time in what was
 * said; else a content fragment that is nothing but a time ("On Wednesday, October 23, the
 * ministry announced…" split so the date landed in the content): a date alone says nothing, it
 * dates the saying.
 */
function ownDate(evidence: ArticleEvidence, claim: Claim): { interval: DateInterval; basis: 'explicit' | 'as-of' } | null {
  const { times } = evidence.language;
  const stated = claim.statementTime === null ? null : intervalOf(times[claim.statementTime]);
  if (stated) return { interval: stated, basis: 'explicit' };
  for (const t of claim.times) {
    const time = times[t];
    const interval = intervalOf(time);
    if (!time || !interval) continue;
    const words = evidence.text.slice(time.span.start, time.span.end);
    if (AS_OF_PATTERN.test(words)) return { interval, basis: 'as-of' };
    const wholeFragment = claim.content.some((f) => evidence.text.slice(f.start, f.end).replace(/[\s,.;:]+$/u, '').trim() === words.trim());
    if (wholeFragment) return { interval, basis: 'explicit' };
  }
  return null;
}

/** Who a claim is voiced by: speaker and relays by name and entity, and the bodies they speak for. */
interface Voices {
  readonly names: ReadonlySet<string>;
  readonly bodies: ReadonlySet<string>;
}

function voicesOf(claim: Claim, actors: readonly string[]): Voices {
  const names = new Set<string>(actors);
  const bodies = new Set<string>();
  for (const speaker of [claim.speaker, ...claim.relayedBy]) {
    names.add(foldName(speaker.name));
    if (speaker.entity) names.add(speaker.entity);
    if (speaker.affiliation) bodies.add(foldName(speaker.affiliation));
  }
  names.delete('');
  bodies.delete('');
  return { names, bodies };
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Two claims share a voice: a name in common, or one is the body the other's speaker speaks for. Two speakers of one body are not one voice. */
function shareVoice(a: Voices, b: Voices): boolean {
  return intersects(a.names, b.names) || intersects(a.bodies, b.names) || intersects(a.names, b.bodies);
}

/**
 * Actors the writer names in each sentence outside every claim's source and content ("German and
 * British officials also weighed in on Wednesday, with …"): folded canonical names and entity keys.
 */
function sentenceActors(evidence: ArticleEvidence): Map<number, string[]> {
  const { language } = evidence;
  const claimsBySentence = new Map<number, Claim[]>();
  for (const claim of evidence.claims) {
    const list = claimsBySentence.get(claim.sentence);
    if (list) list.push(claim);
    else claimsBySentence.set(claim.sentence, [claim]);
  }
  const actors = new Map<number, string[]>();
  for (const [index, claims] of claimsBySentence) {
    const sentence = language.sentences[index];
    if (!sentence) continue;
    const quoted = claims.flatMap((c) => [...c.content, ...(c.source ? [c.source] : [])]);
    const found: string[] = [];
    for (const { mention } of mentionsIn(language, sentence.span)) {
      if (quoted.some((q) => spanContains(q, mention.span))) continue;
      for (const e of [language.entities[mention.entity], mention.actsFor === null ? undefined : language.entities[mention.actsFor]]) {
        if (!e) continue;
        found.push(e.key, foldName(e.canonical));
      }
    }
    actors.set(index, found);
  }
  return actors;
}

/** The statement date of every claim of the article (parallel to evidence.claims), null when nothing dates it. */
export function statementDatesOf(evidence: ArticleEvidence): (StatementDate | null)[] {
  const { claims } = evidence;
  const actors = sentenceActors(evidence);
  const voices = claims.map((c) => voicesOf(c, actors.get(c.sentence) ?? []));
  const dates: (StatementDate | null)[] = claims.map((c, i) => {
    const own = ownDate(evidence, c);
    return own ? { ...own, from: i } : null;
  });
  // Same sentence first, in either direction: "The agency believes X, its spokesman said on Monday."
  const explicit = dates.slice();
  claims.forEach((c, i) => {
    if (dates[i]) return;
    let best: number | null = null;
    claims.forEach((d, j) => {
      if (j === i || d.sentence !== c.sentence || !explicit[j] || !shareVoice(voices[i]!, voices[j]!)) return;
      if (best === null || Math.abs(j - i) < Math.abs(best - i)) best = j;
    });
    if (best !== null) dates[i] = { interval: explicit[best]!.interval, basis: 'same-sentence', from: best };
  });
  // Then the sentences just before, in text order, so a date carries on while the occasion does.
  const order = claims.map((_, i) => i).sort((a, b) => claims[a]!.sentence - claims[b]!.sentence || a - b);
  order.forEach((i, at) => {
    if (dates[i]) return;
    const sentence = claims[i]!.sentence;
    for (let k = at - 1; k >= 0; k--) {
      const j = order[k]!;
      const back = sentence - claims[j]!.sentence;
      if (back > CONTEXT_DATE_MAX_SENTENCES_BACK) break;
      if (back === 0 || !dates[j] || !shareVoice(voices[i]!, voices[j]!)) continue;
      dates[i] = { interval: dates[j]!.interval, basis: 'context', from: j };
      break;
    }
  });
  return dates;
}
