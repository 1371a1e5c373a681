// Reading a unit's tokens around a cue: quotation marks, the adjuncts between a cue and its
// content ("said on Wednesday in a statement that"), what kind of content starts where, and
// whether a cue's clause ends. Shared by the plan builders (plans.ts) and content finding.

import {
  ADJUNCT_PREPOSITIONS,
  CLAUSE_BREAKS,
  DASHES,
  MAX_ADJUNCTS,
  NP_LINK_PREPOSITIONS,
  OBJECT_PRONOUNS,
  RECIPIENT_PARTICLES,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TERMINAL_PUNCTUATION,
  TRAILING_CUE_ADVERBS,
  VP_COORDINATORS,
  WH_WORDS,
} from './rules.js';
import { isHeadWord, isNominal, isQuoteMarkToken, nounPhraseFrom } from './noun-phrase.js';
import type { CueCandidate } from './find-cues.js';
import type { TokenView, Unit } from './view.js';

export function isTerminal(view: TokenView, i: number): boolean {
  return TERMINAL_PUNCTUATION.has(view.norm[i]!);
}

export function closesQuotation(view: TokenView, i: number): boolean {
  if (i < 0 || !isQuoteMarkToken(view, i)) return false;
  const q = view.quoteOf[i]!;
  return q !== -1 && view.quotations[q]!.closed && view.quotations[q]!.end === view.end[i];
}

export function opensQuotation(view: TokenView, i: number): boolean {
  if (i >= view.count || !isQuoteMarkToken(view, i)) return false;
  const q = view.quoteOf[i]!;
  return q !== -1 && view.quotations[q]!.start === view.start[i];
}

/** The token before `i` within its block: the previous unit's last token when `i` starts a unit. */
export function tokenBefore(view: TokenView, unit: Unit, i: number): number {
  if (i > unit.first) return i - 1;
  const previousUnit = view.units[view.unitOf[i]! - 1];
  return previousUnit && previousUnit.block === unit.block ? previousUnit.end - 1 : -1;
}

/**
 * The first token after `from` that is not part of the cue's adjuncts: time expressions ("on
 * Wednesday"), prepositional phrases ("in a statement", "at a briefing"), an aside between commas
 * ("claimed, without providing details, that …") and, for verbs that take one, the listener
 * ("told reporters", "told him").
 */
export function skipAdjuncts(view: TokenView, from: number, limit: number, allowRecipient: boolean): number {
  let i = from;
  let recipientDone = !allowRecipient;
  for (let guard = 0; guard < MAX_ADJUNCTS && i < limit; guard++) {
    const time = view.timeOf[i]!;
    if (time !== -1) {
      while (i < limit && view.timeOf[i] === time) i++;
      continue;
    }
    const norm = view.norm[i]!;
    const infinitive = isInfinitiveAt(view, i, limit);
    if (ADJUNCT_PREPOSITIONS.has(norm) && !infinitive && i + 1 < limit && view.quoteOf[i] === -1) {
      if (view.pos[i + 1] === 'VERB') {
        // "without providing any details": an aside that runs to the next comma.
        let k = i + 1;
        while (k < limit && view.norm[k] !== ',') k++;
        if (k >= limit) return i;
        i = k;
        continue;
      }
      const np = adjunctObject(view, i + 1, limit);
      // "after media reports claimed …" is a clause, not an adjunct: the cue's own words end before it.
      if (np && np.end < limit && (view.pos[np.end] === 'AUX' || (view.pos[np.end] === 'VERB' && !isNominal(view, np.end) && np.end + 1 < limit && !isTerminal(view, np.end + 1) && view.timeOf[np.end + 1] === -1))) return i;
      if (np) {
        i = np.end;
        // "at a campaign stop/VERB this week": a noun the tagger read as a verb still ends the phrase.
        if (i < limit && view.pos[i] === 'VERB' && (i + 1 >= limit || isTerminal(view, i + 1) || view.norm[i + 1] === ',' || view.timeOf[i + 1] !== -1)) i++;
        continue;
      }
      return i;
    }
    if (TRAILING_CUE_ADVERBS.has(norm) && (i + 1 >= limit || isTerminal(view, i + 1) || view.norm[i + 1] === ',' || isQuoteMarkToken(view, i + 1))) {
      i++;
      continue;
    }
    if (norm === ',' && i + 1 < limit) {
      const next = view.norm[i + 1]!;
      // "said, “…”", "claimed last week, without details, that …": the comma only sets off what follows.
      // ", in which …", ", of whom …" opens a relative clause about the last noun: the clause ends at the comma.
      const relative = i + 2 < limit && (view.norm[i + 2] === 'which' || view.norm[i + 2] === 'whom');
      if ((ADJUNCT_PREPOSITIONS.has(next) && !relative) || view.timeOf[i + 1] !== -1 || opensQuotation(view, i + 1) || next === 'that') {
        i++;
        continue;
      }
      return i;
    }
    if (!recipientDone) {
      recipientDone = true;
      if (OBJECT_PRONOUNS.has(norm)) {
        if (isInfinitiveAt(view, i + 1, limit)) return i;
        i++;
        continue;
      }
      if (isNominal(view, i) && norm !== 'that') {
        const np = nounPhraseFrom(view, i, limit, false);
        if (np) {
          const after = np.end;
          // "told the crews were …" has no listener: the noun phrase is the content's subject.
          if (after < limit && (view.pos[after] === 'VERB' || view.pos[after] === 'AUX')) return i;
          // "urged allies to act": the listener and the infinitive are the content together.
          if (isInfinitiveAt(view, after, limit)) return i;
          i = after;
          continue;
        }
      }
    }
    break;
  }
  return i;
}

/** "to act", "to “ask the council”": an infinitive starts at token `i`. */
export function isInfinitiveAt(view: TokenView, i: number, limit: number): boolean {
  if (i + 1 >= limit || view.norm[i] !== 'to') return false;
  const verbAt = isQuoteMarkToken(view, i + 1) ? i + 2 : i + 1;
  return verbAt < limit && (view.pos[verbAt] === 'VERB' || view.pos[verbAt] === 'AUX');
}

/** The verb names a listener before its content: "told reporters …", "called on the government to …". */
export function takesRecipient(view: TokenView, cue: CueCandidate): boolean {
  if (!cue.entry) return false;
  return cue.entry.takesRecipient || RECIPIENT_PARTICLES.has(view.norm[cue.end - 1]!);
}

/** The object of an adjunct preposition: a noun phrase that may hold a date ("of the 2016 election"). */
export function adjunctObject(view: TokenView, from: number, limit: number): { end: number } | null {
  let i = from;
  let sawHead = false;
  while (i < limit) {
    if (view.timeOf[i] !== -1 || (isNominal(view, i) && !isQuoteMarkToken(view, i))) {
      sawHead ||= view.timeOf[i] !== -1 || isHeadWord(view, i);
      i++;
      continue;
    }
    if (sawHead && NP_LINK_PREPOSITIONS.has(view.norm[i]!) && i + 1 < limit && (isNominal(view, i + 1) || view.timeOf[i + 1] !== -1)) {
      i++;
      continue;
    }
    break;
  }
  return sawHead ? { end: i } : null;
}

export type StartKind = 'that' | 'wh' | 'quote' | 'clause' | 'to' | 'np' | 'other';

/** What kind of content starts at token `s`. */
export function contentStartKind(view: TokenView, s: number, limit: number): StartKind {
  const norm = view.norm[s]!;
  if (norm === 'that') return 'that';
  if (WH_WORDS.has(norm)) return 'wh';
  if (isQuoteMarkToken(view, s) || view.quoteOf[s] !== -1) return 'quote';
  if (isInfinitiveAt(view, s, limit)) return 'to';
  if (SUBJECT_PRONOUNS.has(norm)) return 'clause';
  // "believes at least 3,000 boats are …": a figure opens a noun phrase whatever its first word.
  if (view.quantityAt[s] !== -1) {
    const q = view.language.quantities[view.quantityAt[s]!]!;
    let after = s;
    while (after < limit && view.end[after]! <= q.span.end) after++;
    while (after < limit && (isNominal(view, after) || view.pos[after] === 'ADV')) after++;
    return after < limit && (view.pos[after] === 'VERB' || view.pos[after] === 'AUX') ? 'clause' : 'np';
  }
  const np = nounPhraseFrom(view, s, limit, false);
  if (np) {
    let after = np.end;
    while (after < limit && view.pos[after] === 'ADV') after++;
    if (after < limit && (view.pos[after] === 'VERB' || view.pos[after] === 'AUX') && !isNominal(view, after)) return 'clause';
    return 'np';
  }
  // A gerund ("cited improving mental health services"), a participle before a noun ("called for
  // increased spending") or a noun phrase with quoted words in it.
  if (isNominal(view, s) || view.pos[s] === 'INTJ' || OBJECT_PRONOUNS.has(norm) || (view.pos[s] === 'VERB' && view.norm[s]!.endsWith('ing'))) return 'np';
  if (view.pos[s] === 'VERB' && view.norm[s]!.endsWith('ed') && s + 1 < limit && (view.pos[s + 1] === 'NOUN' || view.pos[s + 1] === 'ADJ')) return 'np';
  return 'other';
}

/** The content from `s` to `limit` has a verb or a quotation: a clause even when it opens with a noun phrase ("says voter fraud “would be …”"). */
export function hasVerbOrQuote(view: TokenView, s: number, limit: number): boolean {
  for (let i = s; i < limit; i++) {
    if (view.quoteOf[i] !== -1) return true;
    if ((view.pos[i] === 'VERB' || view.pos[i] === 'AUX') && !isNominal(view, i)) return true;
  }
  return false;
}

export function firstTokenAtOrAfter(view: TokenView, offset: number): number {
  let lo = 0;
  let hi = view.count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (view.start[mid]! >= offset) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/** Tokens after a trailing cue: adjuncts skipped, the next token is the unit's end, a comma or a boundary. */
export function closesClause(view: TokenView, unit: Unit, after: number): boolean {
  if (after >= unit.end) return true;
  const norm = view.norm[after]!;
  // An opening quotation mark after the cue starts its content; only a closing one ends the clause.
  if (opensQuotation(view, after)) return false;
  if (view.norm[after - 1] === ':' && after - 1 >= unit.first) return false;
  return isTerminal(view, after) || norm === ',' || CLAUSE_BREAKS.has(norm) || DASHES.has(norm) || isQuoteMarkToken(view, after) || SUBORDINATORS.has(norm);
}

/** A comma or conjunction right before `i` that joins a participle or second verb to the clause: its index, or -1. */
export function joinerBefore(view: TokenView, unit: Unit, i: number, participle: boolean): number {
  const prev = i - 1;
  if (prev < unit.first) return -1;
  const norm = view.norm[prev]!;
  if (norm === ',') return prev;
  if (VP_COORDINATORS.has(norm)) return view.norm[prev - 1] === ',' && prev - 1 >= unit.first ? prev - 1 : prev;
  // '“…,” adding that …': the comma sits inside the closing quotation mark.
  if (participle && closesQuotation(view, prev) && view.norm[prev - 1] === ',') return prev;
  return -1;
}
