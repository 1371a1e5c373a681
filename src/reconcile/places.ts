// The countries a claim's words put what it speaks of in: a country named right after a location
// preposition inside the content ("deployed in Kestria", "shipped to Vardia's east coast"). Two
// claimants' equal figures in different countries are about different things (relations.ts).
// Countries only: a region and its country ("the Far East", "Russia") would look like two places.

import type { ArticleEvidence, Claim } from '../model/index.js';
import { tokenRangeIn } from './annotations.js';
import { LOCATION_PREPOSITIONS } from './rules.js';

const LOCATION = new Set(LOCATION_PREPOSITIONS);
/** Words that may stand between the preposition and the name: "in the Republic", "to eastern Vardia". */
const BETWEEN = new Set(['the', 'eastern', 'western', 'northern', 'southern', 'central']);

/** Canonical names of the countries the claim's content places it in, sorted, distinct. */
export function countriesPlacedIn(evidence: ArticleEvidence, claim: Claim): string[] {
  const { tokens, mentions, entities } = evidence.language;
  const found = new Set<string>();
  for (const m of mentions) {
    const entity = entities[m.entity];
    if (!entity || !(entity.type === 'country' || entity.placeKind === 'country') || m.actsFor !== null) continue;
    if (!claim.content.some((f) => f.start <= m.span.start && m.span.end <= f.end)) continue;
    let before = tokenRangeIn(tokens, m.span).first - 1;
    while (before >= 0 && BETWEEN.has(tokens[before]!.normal)) before--;
    if (before >= 0 && LOCATION.has(tokens[before]!.normal)) found.add(entity.canonical);
  }
  return [...found].sort();
}
