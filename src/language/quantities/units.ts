// Finds what a figure counts: the head of the noun phrase after it ("3,000 North Korean troops"
// → troops), demonym plurals as people, measure and currency words, casualty units ("soldiers
// had been killed" → killed), and, when nothing follows, a counted noun elsewhere in the sentence.

import {
  ADVERB_ENDING,
  CAPITALISED_NON_DEMONYMS,
  CASUALTY_BOTH_UNIT,
  CASUALTY_BRIDGE_WORDS,
  CASUALTY_JOINERS,
  CASUALTY_MAX_BRIDGE_WORDS,
  CASUALTY_WORDS,
  COUNTED_NOUNS,
  DEMONYM_COORDINATORS,
  DEMONYM_PLURAL_ENDINGS,
  DEMONYM_PLURALS,
  DEMONYM_UNIT,
  IRREGULAR_PLURAL_ENDINGS,
  IRREGULAR_PLURALS,
  MAX_NOUN_PHRASE_WORDS,
  NOT_PLURAL_ENDINGS,
  NOUN_PHRASE_STOPS,
  SENTENCE_END_MARKS,
  UNIT_SKIPPED_MODIFIERS,
} from './lexicon.js';
import { parseFigure } from './numbers.js';
import { hasCapital, isCapitalised, type Token } from './tokens.js';

export interface NounPhrase {
  /** First token of the unit's words (after skipped modifiers) and the head. */
  readonly unitFirst: number;
  readonly head: number;
  /** Last token of the phrase, past a coordinated demonym ("Ukrainians and Russians"). */
  readonly last: number;
  readonly unit: string;
  /** The head is in the counted-noun lexicon (or is a demonym): strong evidence of a count. */
  readonly known: boolean;
}

export interface CasualtyUnit {
  readonly unit: string;
  readonly first: number;
  readonly last: number;
  /** No words stand between the counted noun (or figure) and the casualty word. */
  readonly adjacent: boolean;
}

export function isDemonymPlural(token: Token): boolean {
  if (!isCapitalised(token) || COUNTED_NOUNS.has(token.lower) || CAPITALISED_NON_DEMONYMS.has(token.lower)) return false;
  return DEMONYM_PLURALS.has(token.lower) || DEMONYM_PLURAL_ENDINGS.some((ending) => token.lower.endsWith(ending));
}

export function looksPlural(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower) || IRREGULAR_PLURAL_ENDINGS.some((ending) => lower.endsWith(ending))) return true;
  return lower.length > 3 && lower.endsWith('s') && !NOT_PLURAL_ENDINGS.some((ending) => lower.endsWith(ending));
}

function isHeadCandidate(token: Token): boolean {
  return COUNTED_NOUNS.has(token.lower) || looksPlural(token.lower) || isDemonymPlural(token);
}

/**
 * The noun phrase starting at `index`: modifiers, then the head (a counted noun, a plural or a
 * demonym plural). Once a head is seen, the first word that could not be a further head ends it,
 * so "soldiers killed" → soldiers and "special forces troops" → special forces troops.
 */
export function readNounPhrase(text: string, tokens: readonly Token[], index: number): NounPhrase | null {
  let head = -1;
  for (let k = index; k < tokens.length && k < index + MAX_NOUN_PHRASE_WORDS; k++) {
    const token = tokens[k]!;
    if (!token.isWord || (k > index && token.lineStart) || NOUN_PHRASE_STOPS.has(token.lower) || parseFigure(token.lower)) break;
    if (isHeadCandidate(token)) head = k;
    else if (head >= 0) break;
  }
  if (head < 0) return null;
  let unitFirst = index;
  while (unitFirst < head && (hasCapital(tokens[unitFirst]!) || UNIT_SKIPPED_MODIFIERS.has(tokens[unitFirst]!.lower))) unitFirst++;
  const headToken = tokens[head]!;
  let last = head;
  if (isDemonymPlural(headToken)) {
    const joiner = tokens[head + 1];
    const partner = tokens[head + 2];
    if (joiner && partner && DEMONYM_COORDINATORS.has(joiner.lower) && isDemonymPlural(partner)) last = head + 2;
    return { unitFirst: index, head, last, unit: DEMONYM_UNIT, known: true };
  }
  const unit = text.slice(tokens[unitFirst]!.start, headToken.end).toLowerCase().replace(/\s+/g, ' ');
  return { unitFirst, head, last, unit, known: COUNTED_NOUNS.has(headToken.lower) };
}

/**
 * A casualty word at `index`, or after a few auxiliaries and adverbs ("were also allegedly
 * injured"); "killed or wounded" becomes one unit.
 */
export function readCasualty(tokens: readonly Token[], index: number): CasualtyUnit | null {
  let k = index;
  let bridged = 0;
  while (k < tokens.length && bridged <= CASUALTY_MAX_BRIDGE_WORDS) {
    const token = tokens[k]!;
    if (token.lineStart && k > index) return null;
    const casualty = CASUALTY_WORDS.get(token.lower);
    if (casualty) {
      const joiner = tokens[k + 1];
      const other = tokens[k + 2] ? CASUALTY_WORDS.get(tokens[k + 2]!.lower) : undefined;
      if (joiner && other && other !== casualty && CASUALTY_JOINERS.has(joiner.lower)) {
        return { unit: CASUALTY_BOTH_UNIT, first: k, last: k + 2, adjacent: bridged === 0 };
      }
      return { unit: casualty, first: k, last: k, adjacent: bridged === 0 };
    }
    if (!token.isWord || !(CASUALTY_BRIDGE_WORDS.has(token.lower) || token.lower.endsWith(ADVERB_ENDING))) return null;
    k++;
    bridged++;
  }
  return null;
}

/** Token range [first, last] of the sentence holding `index`: bounded by sentence marks and line breaks. */
export function sentenceAround(tokens: readonly Token[], index: number): { first: number; last: number } {
  let first = index;
  while (first > 0 && !tokens[first]!.lineStart && !SENTENCE_END_MARKS.has(tokens[first - 1]!.text)) first--;
  let last = index;
  while (last + 1 < tokens.length && !tokens[last + 1]!.lineStart && !SENTENCE_END_MARKS.has(tokens[last]!.text)) last++;
  return { first, last };
}

/**
 * The counted noun nearest to `index` in its sentence, skipping tokens `taken` says belong to
 * other quantities: "estimated to be in the thousands" after "dispatching troops" → troops.
 */
export function nearestCountedNoun(tokens: readonly Token[], index: number, taken: (tokenIndex: number) => boolean): number | null {
  const { first, last } = sentenceAround(tokens, index);
  for (let distance = 1; index - distance >= first || index + distance <= last; distance++) {
    for (const k of [index + distance, index - distance]) {
      if (k < first || k > last || taken(k)) continue;
      const token = tokens[k]!;
      if (COUNTED_NOUNS.has(token.lower) && looksPlural(token.lower)) return k;
    }
  }
  return null;
}
