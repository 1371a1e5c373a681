// Figures the writer states in the article's own voice ("Yukos faces a $27bn back-tax bill"): no
// one is quoted, so the claims stage attributes nothing, yet these are often a story's defining
// numbers. Each sentence holding such figures becomes one narrative claim of the writer, so its
// figures join the count propositions beside the attributed ones. The writer is named as the
// outlet's own reporting; it is never counted as an independent original source (independence.ts),
// never a stance in the assert-vs-deny propositions, and never a speaker of the brief.

import type { ArticleEvidence, Claim, Claimant, Quantity } from '../model/index.js';
import { foldName } from './annotations.js';

/** Smaller counts in the writer's voice are mostly descriptions ("three soldiers were wounded" aside), not the story's figures. */
const NARRATIVE_MIN_COUNT = 10;
/** Determiners that make a figure refer to things already known: "the 15 council members". */
const REFERRING_BEFORE = /\b(?:the|its|their|his|her|these|those|our)\s+$/;

/** What the brief calls a writer whose outlet is unknown. */
export const UNKNOWN_WRITER_NAME = 'the writer (outlet unknown)';

/**
 * A figure the writer states as a finding: money, a percentage, or a count of something named of
 * at least NARRATIVE_MIN_COUNT; never a bare number, a vague amount ("billions of dollars"), or a
 * definite description that only refers ("the two leaders", "its 15 members").
 */
function isStatedFigure(evidence: ArticleEvidence, q: Quantity): boolean {
  if (q.vague) return false;
  if (q.kind === 'count' && (q.unit === null || (q.value !== null && q.value < NARRATIVE_MIN_COUNT))) return false;
  if (q.kind !== 'money' && q.kind !== 'percent' && q.kind !== 'count') return false;
  const before = evidence.text.slice(Math.max(0, q.span.start - 12), q.valueSpan.start).toLowerCase();
  return !REFERRING_BEFORE.test(before);
}

/** The writer's claimant: the outlet's own reporting, one per outlet (one per article when the outlet is unknown). */
export function writerClaimant(evidence: ArticleEvidence): Claimant {
  const outlet = evidence.article.outlet;
  const name = outlet ? `${outlet} (own reporting)` : UNKNOWN_WRITER_NAME;
  return { key: outlet ? `writer:${foldName(outlet)}` : `writer:${evidence.article.id}`, name, type: 'media', entity: null, origin: name };
}

/** One narrative claim per sentence holding figures no claim's content holds, in sentence order. */
export function narrativeClaimsOf(evidence: ArticleEvidence): Claim[] {
  const { quantities, sentences, times } = evidence.language;
  const attributed = new Set<number>();
  for (const c of evidence.claims) for (const q of c.quantities) attributed.add(q);
  const bySentence = new Map<number, number[]>();
  let s = 0;
  quantities.forEach((q, i) => {
    if (attributed.has(i) || !isStatedFigure(evidence, q)) return;
    while (s < sentences.length && sentences[s]!.span.end <= q.span.start) s++;
    const sentence = sentences[s];
    if (!sentence || q.span.start < sentence.span.start) return;
    const list = bySentence.get(s);
    if (list) list.push(i);
    else bySentence.set(s, [i]);
  });
  const speaker = writerClaimant(evidence);
  return [...bySentence].map(([index, figures]): Claim => {
    const span = sentences[index]!.span;
    return {
      sentence: index,
      source: null,
      cue: null,
      content: [span],
      kind: 'indirect',
      speaker: { name: speaker.name, type: 'media', entity: null, role: null, affiliation: null },
      relayedBy: [],
      stance: 'asserts',
      hedges: [],
      quantities: figures,
      times: times.flatMap((t, i) => (span.start <= t.span.start && t.span.end <= span.end ? [i] : [])),
      statementTime: null,
    };
  });
}
