// Attributions in one article: for every cue candidate, where its source and its content are.
// Each unit is read in two passes. The first decides each cue's shape (subject before the verb,
// inverted "said X", a trailing "…, X said", a participle sharing the clause's subject,
// "according to X", a noun cue "X's claim that …"); the shapes that close a clause become
// boundaries. The second finds each content up to the nearest boundary. Quotations decide where
// direct speech starts and ends, even across sentence breaks.

import type { Stance } from '../model/claim.js';
import type { Phrase } from './noun-phrase.js';
import type { CueCandidate } from './find-cues.js';
import type { TokenView, Unit } from './view.js';
import { planUnit, type Plan } from './plans.js';
import { resolveContents } from './content-span.js';

/** A half-open character range into the article text. */
export interface CharRange {
  readonly start: number;
  readonly end: number;
}

/** The span lies wholly inside one of the ranges. */
export function rangesHold(ranges: readonly CharRange[], span: CharRange): boolean {
  return ranges.some((r) => span.start >= r.start && span.end <= r.end);
}

/** How the source stands to the cue. */
export type SourceRole =
  | 'subject' // "Novak said …"
  | 'inverted' // "…," said Novak
  | 'relative' // "…, who said …": the source is the pronoun, its antecedent the speaker
  | 'possessor' // "Novak's claim that …"
  | 'object' // "blasted the alliance for accusing …": the object of the clause's verb
  | 'agent' // "… was announced by the ministry"
  | 'according' // "according to the ministry"
  | 'shared' // ", adding that …": the subject of the clause the participle hangs on
  | 'colon' // "NOVAK: …" in a transcript or headline
  | 'none'; // "reportedly": no source named

export interface Attribution {
  readonly cue: CueCandidate;
  /** Cue tokens [cueFirst, cueEnd): the candidate's range, widened for "according to a statement from". */
  readonly cueFirst: number;
  readonly cueEnd: number;
  readonly unit: number;
  readonly source: Phrase | null;
  readonly sourceRole: SourceRole;
  /** Character ranges of the content, in text order; never empty. */
  content: CharRange[];
  readonly stance: Stance;
  /** The attribution whose speaker this one shares (", adding that …"). */
  sharesSpeakerOf: Attribution | null;
  /** The attribution that explicitly relays this one ("A quoted B as saying", "…, citing B"). */
  relayedThrough: Attribution | null;
}

function isTitleUnit(view: TokenView, unit: Unit, titleBlocks: ReadonlySet<number>): boolean {
  return titleBlocks.has(unit.block);
}

/** The attribution a relay participle hangs on: the nearest other cue of the unit that is not itself a relay. */
function nearestHost(plans: readonly Plan[], p: number, indexOfPlan: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  plans.forEach((plan, q) => {
    const index = indexOfPlan.get(q);
    if (q === p || index === undefined || plan.orientation === 'relay' || plan.orientation === 'evidential') return;
    const distance = Math.abs(plan.cue.head - plans[p]!.cue.head);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** Every attribution of the article, in text order of their cues. */
export function findAttributions(view: TokenView, titleBlocks: ReadonlySet<number>): Attribution[] {
  const out: Attribution[] = [];
  view.units.forEach((unit, unitIndex) => {
    const plans = planUnit(view, unit);
    if (plans.length === 0) return;
    const contents = resolveContents(view, unit, plans, isTitleUnit(view, unit, titleBlocks));
    const indexOfPlan = new Map<number, number>();
    plans.forEach((plan, p) => {
      const content = contents[p];
      if (!content || content.length === 0) return;
      indexOfPlan.set(p, out.length);
      out.push({
        cue: plan.cue,
        cueFirst: plan.cueFirst,
        cueEnd: plan.cueEnd,
        unit: unitIndex,
        source: plan.source,
        sourceRole: plan.sourceRole,
        content,
        stance: plan.stance,
        sharesSpeakerOf: null,
        relayedThrough: null,
      });
    });
    // Shared subjects and explicit relays point at the attribution they hang on.
    plans.forEach((plan, p) => {
      const index = indexOfPlan.get(p);
      if (index === undefined) return;
      const attribution = out[index]!;
      if (plan.orientation === 'shared') {
        for (let q = p - 1; q >= 0; q--) {
          const host = indexOfPlan.get(q);
          if (host !== undefined && plans[q]!.source) {
            attribution.sharesSpeakerOf = out[host]!;
            break;
          }
        }
      }
      if (plan.relayedByPlan !== null) {
        const relay = indexOfPlan.get(plan.relayedByPlan);
        attribution.relayedThrough = relay === undefined ? null : out[relay]!;
      }
      // ", citing officials": the officials are relayed by the clause's own attribution and say what it says.
      if (plan.orientation === 'relay') {
        const host = nearestHost(plans, p, indexOfPlan);
        if (host !== undefined) {
          attribution.relayedThrough = out[host]!;
          attribution.content = [...out[host]!.content];
        }
      }
    });
  });
  return out;
}
