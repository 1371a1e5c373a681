// One statement reported twice: two claimants of one voice (a ministry and its government, a
// spokesman and the White House) with the same stance on one proposition, in two articles, whose
// contents share most of their words ("the immediate withdrawal of alleged troops from Kestria",
// "the 'immediate' withdrawal of soldiers sent to Vardia"). The stance entries stay apart (they
// name different claimants); the relation says they are one statement worded differently, which
// is what an analyst checks before counting two. Thresholds live in rules.ts.

import type { ClaimRelation } from '../model/index.js';
import { compareStrings, dayNumber } from './annotations.js';
import type { ClaimFacts } from './article-facts.js';
import { side } from './claim-relations.js';
import {
  SAME_STATEMENT_COMMON_MIN_CLAIMS,
  SAME_STATEMENT_COMMON_WORD_SHARE,
  SAME_STATEMENT_DATES_DIFFER_DAYS,
  SAME_STATEMENT_MAX_COMPARISONS,
  SAME_STATEMENT_MAX_COMPARISONS_PER_PROPOSITION,
  SAME_STATEMENT_MIN_SHARE,
  SAME_STATEMENT_MIN_SHARED_WORDS,
} from './rules.js';
import type { StanceGroup } from './negations.js';

const MAX_WORDS_SHOWN = 4;

/** Words too common in the proposition to say two claims are one statement. */
function commonWords(groups: readonly StanceGroup[]): ReadonlySet<string> {
  const claims = groups.flatMap((g) => g.claims);
  if (claims.length < SAME_STATEMENT_COMMON_MIN_CLAIMS) return new Set();
  const counts = new Map<string, number>();
  for (const c of claims) for (const lemma of c.contentLemmas) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= SAME_STATEMENT_COMMON_WORD_SHARE * claims.length).map(([lemma]) => lemma));
}

/** A claim's content lemmas less the proposition's common words, each claim's worked out once. */
type Distinctive = (c: ClaimFacts) => readonly string[];

function distinctiveWords(common: ReadonlySet<string>): Distinctive {
  const cache = new Map<ClaimFacts, string[]>();
  return (c) => {
    let words = cache.get(c);
    if (!words) cache.set(c, (words = [...c.contentLemmas].filter((l) => !common.has(l))));
    return words;
  };
}

function sameStatement(x: ClaimFacts, y: ClaimFacts, distinctive: Distinctive): boolean {
  if (x.article === y.article) return false;
  const xs = distinctive(x);
  const shared = xs.filter((l) => y.contentLemmas.has(l)).length;
  return shared >= SAME_STATEMENT_MIN_SHARED_WORDS && shared >= SAME_STATEMENT_MIN_SHARE * Math.min(xs.length, distinctive(y).length);
}

/** Words of `x` the other does not have, in text order: where the two wordings differ. */
function ownWords(x: ClaimFacts, y: ClaimFacts): string {
  const own = [...x.contentLemmas].filter((l) => !y.contentLemmas.has(l)).slice(0, MAX_WORDS_SHOWN);
  return own.length > 0 ? own.join(' ') : '(no other words)';
}

/** ", though the reports date it 2031-03-02 and 2031-03-09": dates that differ are for the analyst to check. */
function datesNote(x: ClaimFacts, y: ClaimFacts): string {
  if (!x.statedAt || !y.statedAt) return '';
  const apart = Math.abs(dayNumber(x.statedAt.start) - dayNumber(y.statedAt.start));
  return apart >= SAME_STATEMENT_DATES_DIFFER_DAYS ? `, though the two reports date it ${apart} days apart (${x.statedAt.start}, ${y.statedAt.start}): check the dates` : '';
}

/** "Kestria says", "Kestria and its foreign ministry, both speaking for Kestria, are reported as 'demands'". */
function whoSays(x: ClaimFacts, y: ClaimFacts): string {
  const one = x.claimant.name === y.claimant.name;
  const who = one ? x.claimant.name : `${x.claimant.name} and ${y.claimant.name}, both speaking for ${x.claimant.origin},`;
  if (x.claim.stance === 'asserts') return `${who} ${one ? 'says' : 'say'}`;
  return `${who} ${one ? 'is' : 'are'} reported as "${x.claim.stance}"`;
}

/** Every same-statement relation among one proposition's stance groups (any order). */
export function restatementRelationsOf(groups: readonly StanceGroup[]): ClaimRelation[] {
  // Claimant groups by voice and stance: only a voice heard through two claimants needs relating.
  const byVoice = new Map<string, ClaimFacts[][]>();
  for (const g of groups) {
    if (g.negated) continue;
    const first = g.claims[0]!;
    const key = `${first.originKey}\u0000${first.claim.stance}`;
    const list = byVoice.get(key);
    if (list) list.push([...g.claims]);
    else byVoice.set(key, [[...g.claims]]);
  }
  const relations: ClaimRelation[] = [];
  // The proposition's common words are counted only when some voice is heard through two claimants.
  let distinctive: Distinctive | null = null;
  const budget = { left: SAME_STATEMENT_MAX_COMPARISONS_PER_PROPOSITION };
  for (const claimants of byVoice.values()) {
    if (claimants.length < 2) continue;
    distinctive ??= distinctiveWords(commonWords(groups));
    claimants.sort((a, b) => compareStrings(a[0]!.claimant.name, b[0]!.claimant.name) || compareStrings(a[0]!.claimant.key, b[0]!.claimant.key));
    for (const list of claimants) list.sort((x, y) => compareStrings(x.article, y.article) || x.index - y.index);
    for (let i = 0; i < claimants.length; i++) {
      for (let j = i + 1; j < claimants.length; j++) {
        if (budget.left <= 0) return relations;
        const pair = firstSameStatement(claimants[i]!, claimants[j]!, distinctive, budget);
        if (!pair) continue;
        const [x, y] = pair;
        relations.push({
          kind: 'restatement',
          rule: 'same-statement',
          a: side([x]),
          b: side([y]),
          why: `${whoSays(x, y)} the same thing in two articles, worded differently ("${ownWords(x, y)}" / "${ownWords(y, x)}"): one statement reported twice, not two${datesNote(x, y)}`,
        });
      }
    }
  }
  return relations;
}

function firstSameStatement(as: readonly ClaimFacts[], bs: readonly ClaimFacts[], distinctive: Distinctive, budget: { left: number }): [ClaimFacts, ClaimFacts] | null {
  let compared = 0;
  for (const x of as) {
    for (const y of bs) {
      if (++compared > SAME_STATEMENT_MAX_COMPARISONS || --budget.left < 0) return null;
      if (sameStatement(x, y, distinctive)) return [x, y];
    }
  }
  return null;
}
