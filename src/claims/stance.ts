// The stance of a claim: the cue's own (from the lexicon) adjusted by what the text says around
// it. A negated or unable confirmation is unverified; a writer's "has not been confirmed" makes
// the claim unverified; a neutral cue whose content dismisses a report as fake is a denial, one
// that states a condition or threat a warning, one that states a likelihood an estimate.

import type { Stance } from '../model/claim.js';
import type { Attribution } from './attributions.js';
import type { FoundHedge } from './hedges.js';
import {
  CONDEMNING_WORDS,
  CONFIRMING_WORDS,
  DEMANDING_WORDS,
  DESCRIBING_VERBS,
  DISMISSIVE_WORDS,
  ESTIMATE_WORDS,
  NEGATING_LEADS,
  NEGATIONS_BEFORE_EVIDENCE,
  REPORT_NOUNS,
  WARNING_WORDS,
} from './rules.js';
import type { TokenView } from './view.js';

function contentWords(view: TokenView, contentTokens: readonly [number, number][]): Set<string> {
  const words = new Set<string>();
  for (const [first, end] of contentTokens) for (let i = first; i < end; i++) words.add(view.norm[i]!);
  return words;
}

function hasAny(words: ReadonlySet<string>, list: ReadonlySet<string>): boolean {
  for (const w of list) if (words.has(w)) return true;
  return false;
}

/** The stance of an attribution; `contentTokens` are its content as token ranges. */
export function decideStance(view: TokenView, attribution: Attribution, contentTokens: readonly [number, number][], hedges: readonly FoundHedge[]): Stance {
  const base = attribution.stance;
  const cue = attribution.cue;
  const lead = cue.first >= 2 ? view.norm[cue.first - 2]! : '';
  const negated = cue.negated || (NEGATING_LEADS.has(lead) && view.norm[cue.first - 1] === 'to');
  if (base === 'declined') return 'declined';
  if (negated) {
    if (base === 'confirms') return 'unverified';
    if (base === 'denies') return 'asserts';
  }
  if (hedges.some((h) => h.unverified)) return 'unverified';
  const words = contentWords(view, contentTokens);
  const verb = cue.entry?.base ?? '';
  const dismissesReport = hasAny(words, DISMISSIVE_WORDS) && (DESCRIBING_VERBS.has(verb) || base === 'denies' || hasAny(words, REPORT_NOUNS));
  if (dismissesReport) return 'denies';
  if (base !== 'asserts') return base;
  if (hasAny(words, CONDEMNING_WORDS)) return 'condemns';
  if (hasUnnegated(view, contentTokens, CONFIRMING_WORDS)) return 'confirms';
  if (hasAny(words, DEMANDING_WORDS)) return 'demands';
  if (hasAny(words, WARNING_WORDS)) return 'warns';
  if (hasAny(words, ESTIMATE_WORDS)) return 'estimates';
  return 'asserts';
}

/** One of `list` appears in the content without "no", "not" or "without" just before it ("no evidence" does not confirm). */
function hasUnnegated(view: TokenView, contentTokens: readonly [number, number][], list: ReadonlySet<string>): boolean {
  for (const [first, end] of contentTokens) {
    for (let i = first; i < end; i++) {
      if (!list.has(view.norm[i]!)) continue;
      const before = i > first ? view.norm[i - 1]! : '';
      const twoBefore = i > first + 1 ? view.norm[i - 2]! : '';
      if (!NEGATIONS_BEFORE_EVIDENCE.has(before) && !NEGATIONS_BEFORE_EVIDENCE.has(twoBefore)) return true;
    }
  }
  return false;
}
