// Conflicting assessments: the writer notes a report is not confirmed ("The reports have not been
// confirmed", "these reports were not supported by any evidence") while a claimant judges the same
// thing true or likely ("reports of casualties were 'also likely to be true'"). Neither is a fact
// about the event; they are two judgements of one report, which an analyst weighs side by side.
// The judged claims may sit in an overlapping proposition ("casualties" covers "killed"). Words and
// limits live in rules.ts.

import type { ClaimRelation, PropositionId } from '../model/index.js';
import { spanText } from '../model/index.js';
import { compareStrings } from './annotations.js';
import type { ClaimFacts } from './article-facts.js';
import { side } from './claim-relations.js';
import { JUDGING_STANCES, MAX_ASSESSMENT_CLAIMANTS_RELATED, OVERLAPPING_PREDICATES } from './rules.js';

const JUDGING = new Set<string>(JUDGING_STANCES);

/** True for a report the writer doubts: an unverified claim carrying the writer's verification words. */
export function isWriterDoubted(c: ClaimFacts): boolean {
  return c.claim.stance === 'unverified' && c.claim.hedges.some((h) => h.kind === 'verification');
}

/** The claim proposition itself and those whose family overlaps it ("Vardia|kill:personnel|claim" → "…|casualty:personnel|claim"). */
export function overlappingPropositionIds(id: PropositionId): PropositionId[] {
  const [subject, family] = id.split('|') as [string, string];
  const colon = family.indexOf(':');
  const predicate = family.slice(0, colon);
  const object = family.slice(colon + 1);
  return [id, ...(OVERLAPPING_PREDICATES[predicate] ?? []).map((p) => `${subject}|${p}:${object}|claim` as PropositionId)];
}

/**
 * The relations between the doubted reports of one proposition (`doubted`) and the judging claims of
 * other voices among `candidates` (claims of it and of overlapping propositions), one per pair of
 * claimants. `textOf` gives an article's text, to quote the writer's words.
 */
export function assessmentRelationsOf(doubted: readonly ClaimFacts[], candidates: readonly ClaimFacts[], textOf: (article: string) => string): ClaimRelation[] {
  const relations: ClaimRelation[] = [];
  const byClaimant = (list: readonly ClaimFacts[]) => {
    const groups = new Map<string, ClaimFacts[]>();
    for (const c of list) {
      const group = groups.get(c.claimant.key);
      if (group) group.push(c);
      else groups.set(c.claimant.key, [c]);
    }
    return [...groups.values()].sort((x, y) => compareStrings(x[0]!.claimant.name, y[0]!.claimant.name) || compareStrings(x[0]!.claimant.key, y[0]!.claimant.key));
  };
  for (const reports of byClaimant(doubted)) {
    const voices = new Set(reports.map((c) => c.originKey));
    const judging = candidates.filter((c) => JUDGING.has(c.claim.stance) && !c.hypothetical && !c.relayRecord && !voices.has(c.originKey));
    const doubts = reports.flatMap((c) => c.claim.hedges.filter((h) => h.kind === 'verification').map((h) => spanText(textOf(c.article), h.span)));
    const words = [...new Set(doubts)].map((w) => `"${w}"`).join('; ');
    for (const judges of byClaimant(judging).slice(0, MAX_ASSESSMENT_CLAIMANTS_RELATED)) {
      const judge = judges[0]!.claimant.name;
      relations.push({
        kind: 'conflicting-assessment',
        rule: 'doubted-report-judged',
        a: side(judges),
        b: side(reports),
        why: `${judge} judges true or likely (${judges[0]!.claim.stance}) what ${reports[0]!.claimant.name} reported and the writer says is not confirmed (${words}): two judgements of one report, not two facts`,
      });
    }
  }
  return relations;
}
