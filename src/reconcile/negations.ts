// Negated assertions: a voice whose words say a thing had not happened ("they didn't move them to
// Kestria yet", said on the 20th) against another voice's claims that it had happened before then
// ("shipped from 8 to 13 October", or said so on the 15th). That is a contradiction at the time.
// Claims that date it at or after the negation, or not at all, may tell what changed since and are
// not set against it. Negations are found by claim-key.ts; the words and limits live in rules.ts.

import type { ClaimRelation, DateInterval } from '../model/index.js';
import { compareStrings, dayNumber } from './annotations.js';
import type { ClaimFacts } from './article-facts.js';
import { side } from './claim-relations.js';
import { ASSERTING_STANCES, MAX_NEGATION_CLAIMANTS_RELATED } from './rules.js';

const ASSERTING = new Set<string>(ASSERTING_STANCES);

/** One proposition's stance groups as the proposition keeps them: negated groups flagged. */
export interface StanceGroup {
  readonly negated: boolean;
  readonly claims: readonly ClaimFacts[];
}

const dateWords = (i: DateInterval) => (i.start === i.end ? i.start : `${i.start}/${i.end}`);

/** The latest day by which an asserting claim says it had happened: the event's date, else the statement's; null when undated. */
function happenedBy(c: ClaimFacts): { date: DateInterval; how: string } | null {
  if (c.hypothetical) return null;
  if (c.eventAt) return { date: c.eventAt, how: `happened ${dateWords(c.eventAt)}` };
  if (c.statedAt) return { date: c.statedAt, how: `said so ${dateWords(c.statedAt)}` };
  return null;
}

/** Every negated-assertion relation in one proposition, given its stance groups (any order). */
export function negationRelationsOf(groups: readonly StanceGroup[]): ClaimRelation[] {
  const negated = groups.filter((g) => g.negated);
  if (negated.length === 0) return [];
  const relations: ClaimRelation[] = [];
  // When each asserting claim says it had happened, worked out once for every negated claim.
  const asserting = groups
    .filter((g) => !g.negated && ASSERTING.has(g.claims[0]!.claim.stance))
    .map((g) => ({ g, dated: g.claims.flatMap((a) => {
      const by = happenedBy(a);
      return by ? [{ a, by }] : [];
    }) }));
  for (const n of negated) {
    for (const claim of n.claims) {
      if (!claim.statedAt) continue;
      const said = dayNumber(claim.statedAt.start);
      const against = asserting
        .map(({ g, dated }) => ({ g, before: dated.filter((d) => d.a.originKey !== claim.originKey && dayNumber(d.by.date.end) < said) }))
        .filter((x) => x.before.length > 0)
        .sort((x, y) => compareStrings(x.g.claims[0]!.claimant.name, y.g.claims[0]!.claimant.name) || compareStrings(x.g.claims[0]!.claim.stance, y.g.claims[0]!.claim.stance))
        .slice(0, MAX_NEGATION_CLAIMANTS_RELATED);
      for (const { before } of against) {
        const b = side(before.map((d) => d.a));
        const first = before[0]!.by;
        relations.push({
          kind: 'contradiction',
          rule: 'negated-assertion',
          a: side([claim]),
          b,
          why: `${claim.claimant.name} said (${dateWords(claim.statedAt)}) that it had not happened; ${b.speaker.name} says it had (${first.how}): they cannot both be right`,
        });
      }
    }
  }
  return relations;
}
