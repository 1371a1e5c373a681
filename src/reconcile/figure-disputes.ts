// Disputed figures: "Sources on one side claimed a unit of about 3,000 was being formed, while the
// other side's source said the number was nowhere near that figure." The second claim has no
// figure of its own and its verb is neutral, but it denies the first claim's figure. This module
// finds such claims within one article (a back-reference to a figure and words saying it is wrong)
// and the claim whose figure they dispute: the nearest earlier figure in the same or the previous
// sentence, unless it is the disputing speaker's own.

import type { ArticleEvidence } from '../model/index.js';
import { foldName } from './annotations.js';
import { FIGURE_BACK_REFERENCES, FIGURE_DISPUTE_MAX_SENTENCES_BACK, FIGURE_DISPUTE_WORDS } from './rules.js';

const phrases = (list: readonly string[]) => new RegExp(`\\b(?:${list.map((p) => p.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');
const BACK_REFERENCE = phrases(FIGURE_BACK_REFERENCES);
const DISPUTE = phrases(FIGURE_DISPUTE_WORDS);

/** Index of the claim each claim disputes the figure of, or null (parallel to evidence.claims). */
export function disputedClaimsOf(evidence: ArticleEvidence): (number | null)[] {
  const { claims, text } = evidence;
  return claims.map((claim, i) => {
    if (claim.quantities.length > 0) return null;
    const words = claim.content.map((f) => text.slice(f.start, f.end)).join(' ');
    if (!BACK_REFERENCE.test(words) || !DISPUTE.test(words)) return null;
    const start = claim.content[0]!.start;
    const speaker = foldName(claim.speaker.name);
    let nearest: number | null = null;
    claims.forEach((other, j) => {
      if (j === i || other.quantities.length === 0 || other.content[0]!.start >= start) return;
      if (claim.sentence - other.sentence > FIGURE_DISPUTE_MAX_SENTENCES_BACK || other.sentence > claim.sentence) return;
      if (nearest === null || other.content[0]!.start > claims[nearest]!.content[0]!.start) nearest = j;
    });
    if (nearest === null) return null;
    // "That figure" is the nearest figure before it; when that is the speaker's own, nothing is disputed.
    const referent = claims[nearest]!;
    const sameSpeaker = foldName(referent.speaker.name) === speaker || (claim.speaker.entity !== null && referent.speaker.entity === claim.speaker.entity);
    return sameSpeaker ? null : nearest;
  });
}
