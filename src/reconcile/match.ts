// Why two claims are (or are not) one proposition, pairwise and in words: they must agree on
// subject, predicate family and (for counts) unit. Grouping is the equivalence this comparison
// defines, so the story index computes it by bucketing equal keys; this module explains a pair.

import type { KeyFeature, PropositionMember } from '../model/index.js';

export type MatchFeatureName = 'measure' | 'subject' | 'family' | 'unit';

export interface MatchReason {
  readonly feature: MatchFeatureName;
  readonly agrees: boolean;
  /** "subject: Vardia (demonym before the counted noun) = Vardia (nearest actor named in the content)". */
  readonly why: string;
}

export interface MatchExplanation {
  readonly grouped: boolean;
  readonly reasons: readonly MatchReason[];
}

function describe(feature: KeyFeature): string {
  return `${feature.label} [${feature.key}] (${feature.via})`;
}

function compare(name: MatchFeatureName, a: KeyFeature, b: KeyFeature): MatchReason {
  const agrees = a.key === b.key;
  return { feature: name, agrees, why: `${name}: ${describe(a)} ${agrees ? '=' : '≠'} ${describe(b)}` };
}

/** Explains whether two proposition members belong together, feature by feature. */
export function explainMatch(a: PropositionMember, b: PropositionMember): MatchExplanation {
  const aCount = a.quantity !== null;
  const bCount = b.quantity !== null;
  const reasons: MatchReason[] = [
    { feature: 'measure', agrees: aCount === bCount, why: `measure: ${aCount ? 'count' : 'claim'} ${aCount === bCount ? '=' : '≠'} ${bCount ? 'count' : 'claim'}` },
    compare('subject', a.subject, b.subject),
    compare('family', a.family, b.family),
  ];
  if (a.unit && b.unit) reasons.push(compare('unit', a.unit, b.unit));
  return { grouped: reasons.every((r) => r.agrees), reasons };
}
