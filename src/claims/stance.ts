// The stance of a claim: the cue's own (from the lexicon) adjusted by what the text says around
// it. A negated or unable confirmation is unverified; a writer's "has not been confirmed" makes
// the claim unverified; a neutral cue whose content dismisses a report as fake is a denial, one
// that states a condition or threat a warning, one that states a likelihood an estimate.
// A denial is about the truth of a proposition: "rejected the claims" and "denied sending troops"
// deny, "rejected the offer" and "dismissed an attempt" turn down an action and only state a
// position (asserts). A neutral statement the writer marks as contested ("purporting to show",
// "without providing evidence") is an allegation.

import type { Stance } from '../model/claim.js';
import type { Attribution } from './attributions.js';
import type { FoundHedge } from './hedges.js';
import { contentStartKind } from './clause-reading.js';
import { headOfNounPhrase, nounPhraseFrom } from './noun-phrase.js';
import {
  ALLEGING_HEDGE_OPENERS,
  ALLEGING_HEDGE_REACH_TOKENS,
  AUXILIARY_FORMS,
  CONDEMNING_WORDS,
  CONFIRMING_WORDS,
  COORDINATORS,
  DECISION_DENIAL_VERBS,
  DEMANDING_WORDS,
  DENIABLE_NOUNS,
  DESCRIBING_VERBS,
  ESTIMATE_WORDS,
  FALSEHOOD_WORDS,
  NEGATING_LEADS,
  NEGATIONS,
  NEGATIONS_BEFORE_EVIDENCE,
  PERSON_OBJECT_PRONOUNS,
  POSSESSIVE_MARKERS,
  REPORT_NOUNS,
  RUMOUR_WORDS,
  SCORN_WORDS,
  SUBJECT_PRONOUNS,
  THWARTED_PARTY_NOUNS,
  TRUTH_DENYING_WORDS,
  WARNING_WORDS,
  WITHHELD_NOUNS,
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
    // "did not blame the referee", "refused to accuse anyone": no accusation is made.
    if (base === 'alleges') return 'asserts';
  }
  if (hedges.some((h) => h.unverified)) return 'unverified';
  const words = contentWords(view, contentTokens);
  const verb = cue.entry?.base ?? '';
  const proposition = isProposition(view, attribution, contentTokens);
  // "dismissed the reports as fake", "called it a hoax": calling something untrue denies it; scorn
  // ("absurd") denies only a proposition. A demand ("called for an end to the lies") denies nothing.
  const describes = (DESCRIBING_VERBS.has(verb) && base !== 'demands') || base === 'denies';
  if (describes && (hasAny(words, FALSEHOOD_WORDS) || (proposition && hasAny(words, SCORN_WORDS)))) return 'denies';
  // "said the reports were untrue": a neutral statement that calls a report false. A mere mention
  // of rumours ("following rumours that …") calls nothing false.
  if ((base === 'asserts' || base === 'alleges') && callsReportFalse(view, contentTokens)) return 'denies';
  // "rejected the offer", "ruled out a bid": turning down an action states a position, and the
  // words of the offer ("about £1bn", "illegal") are not the speaker's.
  if (base === 'denies' && !proposition) return 'asserts';
  if (base !== 'asserts') return base;
  if (marksContested(view, attribution, contentTokens, hedges)) return 'alleges';
  if (hasAny(words, CONDEMNING_WORDS)) return 'condemns';
  if (hasUnnegated(view, contentTokens, CONFIRMING_WORDS)) return 'confirms';
  if (hasAny(words, DEMANDING_WORDS)) return 'demands';
  if (hasAny(words, WARNING_WORDS)) return 'warns';
  if (hasAny(words, ESTIMATE_WORDS)) return 'estimates';
  return 'asserts';
}

/** A falsehood word (not a mere "rumour") follows a report noun in the content: "the reports were false". */
function callsReportFalse(view: TokenView, contentTokens: readonly [number, number][]): boolean {
  let sawReport = false;
  for (const [first, end] of contentTokens) {
    for (let i = first; i < end; i++) {
      const word = view.norm[i]!;
      if (sawReport && FALSEHOOD_WORDS.has(word) && !RUMOUR_WORDS.has(word)) return true;
      if (REPORT_NOUNS.has(word)) sawReport = true;
    }
  }
  return false;
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

/**
 * The writer marks this claim as contested: an alleging hedge inside the claim's own words (cue
 * to content) or just after them ("…, without providing evidence"), outside quotations,
 * not one that qualifies another clause of the sentence.
 */
function marksContested(view: TokenView, attribution: Attribution, contentTokens: readonly [number, number][], hedges: readonly FoundHedge[]): boolean {
  let first = attribution.cueFirst;
  let end = attribution.cueEnd;
  for (const [a, b] of contentTokens) {
    first = Math.min(first, a);
    end = Math.max(end, b);
  }
  return hedges.some(
    (h) =>
      h.kind === 'verification' &&
      ALLEGING_HEDGE_OPENERS.has(view.norm[h.first]!) &&
      h.first >= first &&
      h.first <= end + ALLEGING_HEDGE_REACH_TOKENS &&
      // The writer's mark: words inside a quotation are the speaker's own.
      view.quoteOf[h.first] === -1 &&
      (h.end <= attribution.cueFirst || h.first >= attribution.cueEnd),
  );
}

/** The cue's words (verb or noun, lemma or form) include a word of TRUTH_DENYING_WORDS. */
function deniesTruthByWord(view: TokenView, attribution: Attribution): boolean {
  if (TRUTH_DENYING_WORDS.has(attribution.cue.entry?.base ?? '')) return true;
  for (let i = attribution.cueFirst; i < attribution.cueEnd; i++) {
    if (TRUTH_DENYING_WORDS.has(view.norm[i]!) || TRUTH_DENYING_WORDS.has(view.lemma[i]!)) return true;
  }
  return false;
}

/** The content opens with a subject and a finite verb: "the plan would fail", "they were wrong". */
function opensFiniteClause(view: TokenView, first: number, end: number): boolean {
  const pronoun = SUBJECT_PRONOUNS.has(view.norm[first]!);
  const subject = pronoun ? null : nounPhraseFrom(view, first, end, false);
  let after = pronoun ? first + 1 : subject ? subject.end : -1;
  if (after === -1) return false;
  // "rejected the proposal and the parties have opposed it": an object, then a second clause.
  for (let i = first; i < after; i++) if (COORDINATORS.has(view.norm[i]!)) return false;
  while (after < end && (view.pos[after] === 'ADV' || NEGATIONS.has(view.norm[after]!))) after++;
  if (after >= end) return false;
  return view.pos[after] === 'AUX' || AUXILIARY_FORMS.has(view.norm[after]!) || (pronoun && view.pos[after] === 'VERB');
}

/**
 * The content states a proposition that a denial can contradict: a clause or quotation, a gerund
 * ("denied sending troops"), or a noun phrase headed by a claim noun ("rejected the allegations").
 * After "deny", "dispute" and the like any noun phrase is one ("denied involvement"), unless it
 * names something withheld or someone thwarted ("denied him bail", "denied access", "the keeper
 * denied Osterland").
 */
function isProposition(view: TokenView, attribution: Attribution, contentTokens: readonly [number, number][]): boolean {
  const range = contentTokens[0];
  if (!range) return false;
  const [first, end] = range;
  const kind = contentStartKind(view, first, end);
  const truthDenying = deniesTruthByWord(view, attribution);
  // "will reject that by claiming …": a demonstrative "that", not a complementiser.
  const demonstrative = kind === 'that' && (first + 1 >= end || view.pos[first + 1] === 'ADP' || view.pos[first + 1] === 'PUNCT');
  if (demonstrative) return truthDenying;
  if (kind === 'that' || kind === 'wh' || kind === 'quote') return true;
  if (kind !== 'np' && kind !== 'clause') return false;
  // "denied the figures were wrong" is a clause; after "rejected", "the comparison made in …" is not.
  if (kind === 'clause' && (truthDenying || opensFiniteClause(view, first, end))) return true;
  const verb = attribution.cue.entry?.base ?? '';
  const word = view.norm[first]!;
  if (view.pos[first] === 'VERB' && word.endsWith('ing')) return !DECISION_DENIAL_VERBS.has(verb);
  const { head, twoObjects } = headOfNounPhrase(view, first, end, DENIABLE_NOUNS);
  const headWord = head === -1 ? '' : view.norm[head]!;
  if (DENIABLE_NOUNS.has(headWord)) return true;
  if (!truthDenying) return false;
  // "denied Mr Roe, his spokesman, said …": a subject with its apposition, then its verb.
  const subject = nounPhraseFrom(view, first, end, true);
  const verbAt = subject ? (subject.end !== subject.headEnd && view.norm[subject.end] === ',' ? subject.end + 1 : subject.end) : end;
  if (verbAt < end && (view.pos[verbAt] === 'VERB' || view.pos[verbAt] === 'AUX')) return true;
  // "denied him bail", "denied Osterland a late winner": the first object is who went without
  // ("denied it" is a clause reading and never gets here).
  const secondObject = first + 1 < end && view.pos[first + 1] !== 'PUNCT' && view.pos[first + 1] !== 'ADP';
  const withheldFromSomeone = twoObjects || PERSON_OBJECT_PRONOUNS.has(word) || (word === 'them' && secondObject);
  // "the keeper denied the striker", "saves denied Osterland": a person or side is thwarted, not contradicted.
  const thwartsSomeone = head !== -1 && ((view.pos[head] === 'PROPN' && !POSSESSIVE_MARKERS.has(view.norm[head + 1] ?? '')) || THWARTED_PARTY_NOUNS.has(headWord));
  return !withheldFromSomeone && !thwartsSomeone && !WITHHELD_NOUNS.has(headWord);
}
