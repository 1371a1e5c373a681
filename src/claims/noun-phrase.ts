// Noun phrases around a cue: the subject before a reporting verb ("harbour authority spokesman
// Andrei Novak said"), the speaker after an inverted one ("…," said Andrei Novak, a lawyer), apposition
// and relative clauses included the way attribution corpora mark sources. Token ranges only;
// naming and resolving the speaker is speakers.ts's job.

import {
  APPOSITION_OPENERS,
  COORDINATORS,
  NP_LINK_PREPOSITIONS,
  PERSONAL_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  RELATIVE_PRONOUNS,
  SOURCE_MAX_TOKENS,
  APPOSITION_MAX_TOKENS,
  NOT_NOMINAL_WORDS,
  LIST_LOOKAHEAD_TOKENS,
  QUANTIFIER_HEADS,
  APPOSITION_MAX_SEGMENTS,
  SUBJECT_PRONOUNS,
  DASHES as DASHES_IN_PHRASE,
} from './rules.js';
import { isCueVerbForm } from './verb-forms.js';
import type { TokenView } from './view.js';

/** Tokens [first, end) of a phrase; `head` is the noun phrase proper, without apposition. */
export interface Phrase {
  readonly first: number;
  readonly end: number;
  readonly headFirst: number;
  readonly headEnd: number;
}

export function isQuoteMarkToken(view: TokenView, i: number): boolean {
  return view.pos[i] === 'PUNCT' && /^["\u201C\u201D\u201E\u2018\u2019«»']+$/.test(view.surface[i]!);
}

function isCapitalised(view: TokenView, i: number): boolean {
  return /^\p{Lu}/u.test(view.surface[i]!);
}

/** A word that can sit inside a noun phrase: nouns, names, numbers, adjectives, determiners, possessives. */
export function isNominal(view: TokenView, i: number): boolean {
  const pos = view.pos[i];
  const norm = view.norm[i]!;
  if (NOT_NOMINAL_WORDS.has(norm)) return false;
  switch (pos) {
    case 'NOUN':
    case 'PROPN':
    case 'NUM':
    case 'ADJ':
    case 'DET':
      return true;
    case 'X':
      return /[\p{L}\p{N}]/u.test(norm);
    case 'PART':
      return norm === "'s" || norm === "'";
    case 'PRON':
      return POSSESSIVE_DETERMINERS.has(norm);
    case 'VERB':
      // A participle between a determiner and a noun modifies it: "an invited crowd", "the leading candidate".
      if (/(ed|ing)$/.test(norm) && i > 0 && i + 1 < view.count && ['DET', 'ADJ', 'ADV'].includes(view.pos[i - 1]!) && ['NOUN', 'ADJ', 'PROPN'].includes(view.pos[i + 1]!)) return true;
      return isCapitalised(view, i) && i > 0 && view.pos[i - 1] !== 'PUNCT' && !COORDINATORS.has(norm);
    case 'ADV':
      // "newly filed reports": an -ly adverb before a participle that modifies a noun.
      if (norm.endsWith('ly') && i + 2 < view.count && view.pos[i + 1] === 'VERB' && /ed$/.test(view.norm[i + 1]!) && ['NOUN', 'ADJ', 'PROPN'].includes(view.pos[i + 2]!)) return true;
      return isCapitalised(view, i) && i > 0 && view.pos[i - 1] !== 'PUNCT' && !COORDINATORS.has(norm);
    case 'ADP':
    case 'AUX':
    case 'SCONJ':
    case 'INTJ':
      // The tagger reads some names as verbs ("Ted", "Will"); a capital mid-sentence marks a name.
      return isCapitalised(view, i) && i > 0 && view.pos[i - 1] !== 'PUNCT' && !COORDINATORS.has(norm);
    case 'PUNCT':
      // "U.S.-led", "Jean-Luc" and the like are single tokens; a lone hyphen inside a name is kept.
      return norm === '-' && i > 0 && view.end[i - 1] === view.start[i];
    default:
      return false;
  }
}

function isDeterminerLike(view: TokenView, i: number): boolean {
  return view.pos[i] === 'DET';
}

/** A word that can end a noun phrase (its head): not a determiner, adjective or possessive marker. */
export function isHeadWord(view: TokenView, i: number): boolean {
  const pos = view.pos[i];
  if (pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || pos === 'X') return true;
  if (pos === 'PRON') return PERSONAL_PRONOUNS.has(view.norm[i]!);
  // Capitalised words the tagger mis-read ("Says", "Ted") and adjectives used as nouns ("the wounded").
  return isNominal(view, i) && (isCapitalised(view, i) || pos === 'ADJ');
}

function matchingOpenBracket(view: TokenView, close: number, floor: number): number {
  for (let i = close - 1; i >= floor && close - i <= SOURCE_MAX_TOKENS; i--) {
    if (view.surface[i] === '(') return i;
    if (view.surface[i] === ')') return -1;
  }
  return -1;
}

function matchingCloseBracket(view: TokenView, open: number, limit: number): number {
  for (let i = open + 1; i < limit && i - open <= SOURCE_MAX_TOKENS; i++) {
    if (view.surface[i] === ')') return i;
    if (view.surface[i] === '(') return -1;
  }
  return -1;
}

/**
 * The noun phrase that ends at token `last` (inclusive), read leftwards no further than `floor`:
 * names with titles, possessives, brackets ("(R-Utah)"), of/for/at-phrases and coordination
 * ("Veldmark and Osterland", "Veldmark, Osterland and Arvenia"). Null when `last` is no head word.
 */
export function nounPhraseEndingAt(view: TokenView, last: number, floor: number): Phrase | null {
  if (last < floor) return null;
  const lastNorm = view.norm[last]!;
  if (view.pos[last] === 'PRON' && PERSONAL_PRONOUNS.has(lastNorm)) {
    return { first: last, end: last + 1, headFirst: last, headEnd: last + 1 };
  }
  let i = last;
  if (view.surface[i] === ')') {
    const open = matchingOpenBracket(view, i, floor);
    if (open <= floor) return null;
    i = open - 1;
  }
  if (i < floor || !isHeadWord(view, i)) return null;
  let first = i;
  let sawCoordinator = false;
  i--;
  while (i >= floor && last - i < SOURCE_MAX_TOKENS) {
    if (view.timeOf[i] !== -1 || isQuoteMarkToken(view, i)) break;
    const norm = view.norm[i]!;
    if (view.surface[i] === ')') {
      const open = matchingOpenBracket(view, i, floor);
      if (open <= floor) break;
      first = open;
      i = open - 1;
      continue;
    }
    if (isNominal(view, i)) {
      if (view.pos[i] === 'PRON' && PERSONAL_PRONOUNS.has(norm)) break;
      first = i;
      i--;
      continue;
    }
    const before = i - 1;
    const nounBefore = before >= floor && isHeadWord(view, before) && view.timeOf[before] === -1;
    // A reduced relative inside the phrase: "its allies backing Osterland", "people familiar with".
    if (view.pos[i] === 'VERB' && norm.endsWith('ing') && nounBefore && view.pos[before] === 'NOUN' && view.norm[before]!.endsWith('s')) {
      first = i;
      i--;
      continue;
    }
    if (NP_LINK_PREPOSITIONS.has(norm) && nounBefore) {
      first = i;
      i--;
      continue;
    }
    if (COORDINATORS.has(norm) && nounBefore) {
      sawCoordinator = true;
      first = i;
      i--;
      continue;
    }
    // Commas inside a list of names: "Veldmark, Osterland, and Arvenia".
    if (norm === ',' && sawCoordinator && nounBefore && isCapitalised(view, before)) {
      first = i;
      i--;
      continue;
    }
    break;
  }
  // A phrase never starts with a preposition, conjunction or comma left over from the scan.
  while (first < last && (NP_LINK_PREPOSITIONS.has(view.norm[first]!) || COORDINATORS.has(view.norm[first]!) || view.norm[first] === ',')) first++;
  // "In a meeting with the board of the Post Trump said": a phrase that follows a preposition is its
  // object; the subject is the name at its end.
  const opener = first - 1 >= floor ? first - 1 : -1;
  const afterPreposition = opener !== -1 && view.pos[opener] === 'ADP';
  if (afterPreposition || DASHES_IN_PHRASE.has(view.norm[opener] ?? '')) {
    let nameFirst = last + 1;
    while (nameFirst - 1 >= first && view.pos[nameFirst - 1] === 'PROPN' && !isDeterminerLike(view, nameFirst - 1)) nameFirst--;
    if (nameFirst <= last && nameFirst > first) return { first: nameFirst, end: last + 1, headFirst: nameFirst, headEnd: last + 1 };
  }
  // A capitalised "The" inside the scan starts a sentence the splitter missed.
  for (let k = last; k > first; k--) {
    if (view.surface[k] === 'The' || view.surface[k] === 'A') return { first: k, end: last + 1, headFirst: k, headEnd: last + 1 };
  }
  return { first, end: last + 1, headFirst: first, headEnd: last + 1 };
}

/**
 * The subject of a verb group that starts at token `verbFirst`: a noun phrase, a relative pronoun
 * ("who said"), or a phrase with an apposition or relative clause between commas, whose closing
 * comma attribution corpora keep in the source ("Jane Roe, a lawyer for the family, said").
 */
export function subjectBefore(view: TokenView, verbFirst: number, floor: number): Phrase | null {
  const last = verbFirst - 1;
  if (last < floor) return null;
  const norm = view.norm[last]!;
  // "who said", "which found", "Veldmark that first claimed" (the tagger calls that "that" anything).
  const relative = RELATIVE_PRONOUNS.has(norm) && (view.pos[last] === 'PRON' || (norm === 'that' && last - 1 >= floor && isHeadWord(view, last - 1)));
  if (relative) {
    return { first: last, end: last + 1, headFirst: last, headEnd: last + 1 };
  }
  if (norm === ',') return appositiveSubject(view, last, floor);
  return nounPhraseEndingAt(view, last, floor);
}

/** "-ing" right after a noun inside a segment: a participle that modifies the noun, not the verb of a clause. */
function isPostModifyingParticiple(view: TokenView, i: number, first: number): boolean {
  if (i <= first || !view.norm[i]!.endsWith('ing')) return false;
  const before = view.pos[i - 1];
  return before === 'NOUN' || before === 'PROPN';
}

/** How a comma-delimited segment after a name reads: an apposition ("a lawyer", "59", "of Ashton", "who …"), an aside ("speaking to reporters", "like Obama"), or neither. */
function segmentKind(view: TokenView, first: number, end: number): 'apposition' | 'aside' | null {
  if (first >= end) return null;
  const opener = view.norm[first]!;
  const pos = view.pos[first];
  if (RELATIVE_PRONOUNS.has(opener) && opener !== 'that') return 'apposition';
  const nominalOpener =
    APPOSITION_OPENERS.has(opener) || opener === 'of' || POSSESSIVE_DETERMINERS.has(opener) || pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' || pos === 'NUM' || (pos === 'DET' && opener !== 'that');
  if (!nominalOpener) return pos === 'VERB' || pos === 'ADP' || pos === 'SCONJ' || pos === 'ADV' ? 'aside' : null;
  // An apposition is a noun phrase, perhaps with a relative clause ("a lawyer who …") or a participle
  // after its noun ("one of the states suing the agency", "associate for education organizing");
  // a clause with its own verb is not.
  for (let i = first; i < end; i++) {
    if (RELATIVE_PRONOUNS.has(view.norm[i]!) && i > first) break;
    if (view.pos[i] === 'AUX') return null;
    if (view.pos[i] === 'VERB' && !isNominal(view, i) && !isPostModifyingParticiple(view, i, first)) return null;
  }
  return 'apposition';
}

/** The comma before `close` within reach, or -1 when a quotation or the floor comes first. */
function previousComma(view: TokenView, close: number, floor: number): number {
  for (let i = close - 1; i >= floor && close - i <= APPOSITION_MAX_TOKENS; i--) {
    if (isQuoteMarkToken(view, i)) return -1;
    if (view.norm[i] === ',') return i;
  }
  return -1;
}

/** A segment holds a reporting verb of its own ("Mr. Obama, who understood that …, told"): it is an attribution, not part of the source. */
function segmentHasCue(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.pos[i] === 'VERB' && isCueVerbForm(view.norm[i]!)) return true;
  return false;
}

/**
 * "<name>, <apposition>[, <apposition>…], <verb>": the comma at `comma` closes the last
 * apposition. Attribution corpora keep the appositions and that closing comma in the source
 * ("Jane Roe, 59, of Ashton, a lawyer,"); an aside ("Trump, speaking to veterans, said") or a
 * relative clause with its own cue leaves only the name.
 */
function appositiveSubject(view: TokenView, comma: number, floor: number): Phrase | null {
  let close = comma;
  let sawCue = false;
  for (let segment = 0; segment < APPOSITION_MAX_SEGMENTS; segment++) {
    let opening = previousComma(view, close, floor);
    if (opening === -1 || opening + 1 >= close) return null;
    let kind = segmentKind(view, opening + 1, close);
    // A segment with a list inside ("accused by Veldmark, Osterland, and Arvenia of …"): look past the list's commas.
    if (kind !== 'aside' && (COORDINATORS.has(view.norm[opening + 1]!) || view.pos[opening + 1] === 'PROPN')) {
      let earlier = opening;
      for (let widen = 0; widen < APPOSITION_MAX_SEGMENTS; widen++) {
        earlier = previousComma(view, earlier, floor);
        if (earlier === -1) break;
        if (segmentKind(view, earlier + 1, close) === 'aside') {
          opening = earlier;
          kind = 'aside';
          break;
        }
      }
    }
    if (kind === null) return null;
    if (segmentHasCue(view, opening + 1, close)) sawCue = true;
    const head = nounPhraseEndingAt(view, opening - 1, floor);
    if (kind === 'aside') {
      if (segment > 0 || !head || (view.pos[head.first] === 'PRON' && !PERSONAL_PRONOUNS.has(view.norm[head.first]!))) return null;
      return head;
    }
    if (!head) return null;
    if (view.pos[head.first] === 'PRON' && head.end - head.first === 1) return null;
    // The name may itself follow an apposition ("Rawlings, 59, of Ashton, Md., who …"): keep walking.
    const beforeHead = head.first - 1;
    if (beforeHead >= floor && view.norm[beforeHead] === ',' && segment + 1 < APPOSITION_MAX_SEGMENTS) {
      const earlier = previousComma(view, beforeHead, floor);
      const earlierHead = earlier === -1 ? null : nounPhraseEndingAt(view, earlier - 1, floor);
      if (earlierHead && segmentKind(view, beforeHead + 1, opening) === 'apposition' && segmentKind(view, earlier + 1, beforeHead) === 'apposition') {
        close = beforeHead;
        continue;
      }
    }
    // "Scott Roe, the attorney general of Tarn, one of the states suing the agency, said": the first
    // segment is itself an apposition to the name before it, and the name is the speaker.
    if (beforeHead >= floor && view.norm[beforeHead] === ',' && view.pos[head.headFirst] !== 'PROPN' && segmentKind(view, beforeHead + 1, opening) === 'apposition') {
      const name = nounPhraseEndingAt(view, beforeHead - 1, floor);
      if (name && view.pos[name.headFirst] === 'PROPN' && (name.first === floor || view.norm[name.first - 1] === ',' || isQuoteMarkToken(view, name.first - 1))) {
        return sawCue ? name : { first: name.first, end: comma + 1, headFirst: name.headFirst, headEnd: name.headEnd };
      }
    }
    if (sawCue) return head;
    return { first: head.first, end: comma + 1, headFirst: head.first, headEnd: head.end };
  }
  return null;
}

/** A coordinating conjunction follows within a few names: the commas before it separate list items. */
function listClosesAhead(view: TokenView, from: number, limit: number): boolean {
  for (let i = from; i < limit && i - from <= LIST_LOOKAHEAD_TOKENS; i++) {
    if (COORDINATORS.has(view.norm[i]!)) return true;
    if (!isNominal(view, i) && view.norm[i] !== ',') return false;
  }
  return false;
}

/**
 * The speaker named after an inverted cue ("…," said Jane Roe, the panel's chair): a noun phrase
 * from `from`, with an apposition after a comma when one follows, never past `limit`.
 */
export function nounPhraseFrom(view: TokenView, from: number, limit: number, withApposition: boolean, afterPreposition = false): Phrase | null {
  if (from >= limit) return null;
  if (view.pos[from] === 'PRON' && PERSONAL_PRONOUNS.has(view.norm[from]!)) {
    return { first: from, end: from + 1, headFirst: from, headEnd: from + 1 };
  }
  let i = from;
  let lastHead = -1;
  while (i < limit && i - from < SOURCE_MAX_TOKENS) {
    // A quoted title after a possessive belongs to the name: "MSNBC's “Morning Joe”".
    if (isQuoteMarkToken(view, i) && i > from && view.norm[i - 1] === "'s" && view.quoteOf[i] !== -1) {
      const quote = view.quotations[view.quoteOf[i]!]!;
      let close = i + 1;
      while (close < limit && view.end[close]! < quote.end) close++;
      if (quote.closed && close < limit && close - i <= APPOSITION_MAX_TOKENS) {
        lastHead = close;
        i = close + 1;
        continue;
      }
    }
    if (view.timeOf[i] !== -1 || isQuoteMarkToken(view, i)) break;
    const norm = view.norm[i]!;
    if (view.surface[i] === '(') {
      const close = matchingCloseBracket(view, i, limit);
      if (close === -1 || lastHead === -1) break;
      i = close + 1;
      lastHead = close;
      continue;
    }
    // After "according to" the tagger often reads the next word as a verb ("to police/VERB").
    const forced = afterPreposition && i === from && /^[\p{L}]/u.test(view.surface[i]!) && view.pos[i] === 'VERB';
    if (forced || (isNominal(view, i) && !(view.pos[i] === 'PRON' && PERSONAL_PRONOUNS.has(norm)))) {
      if (forced || isHeadWord(view, i) || (QUANTIFIER_HEADS.has(norm) && view.norm[i + 1] === 'of')) lastHead = i;
      i++;
      continue;
    }
    const next = i + 1;
    const nominalNext = next < limit && isNominal(view, next) && view.timeOf[next] === -1;
    if ((NP_LINK_PREPOSITIONS.has(norm) || COORDINATORS.has(norm)) && lastHead !== -1 && nominalNext) {
      i++;
      continue;
    }
    // "Veldmark, Osterland, and Arvenia": a comma in a list of names that a conjunction closes.
    if (norm === ',' && lastHead !== -1 && isCapitalised(view, lastHead) && nominalNext && isCapitalised(view, next) && listClosesAhead(view, next, limit)) {
      i++;
      continue;
    }
    if (norm === ',' && lastHead !== -1 && isCapitalised(view, lastHead) && next + 1 < limit && COORDINATORS.has(view.norm[next]!) && isCapitalised(view, next + 1)) {
      i += 2;
      continue;
    }
    break;
  }
  if (lastHead === -1) return null;
  const headEnd = lastHead + 1;
  let end = headEnd;
  // ", a lawyer for the family, who has …": appositions and relative clauses run to the next comma.
  for (let segment = 0; withApposition && segment < APPOSITION_MAX_SEGMENTS && view.norm[end] === ',' && end + 1 < limit; segment++) {
    let segmentEnd = end + 1;
    while (segmentEnd < limit && view.norm[segmentEnd] !== ',' && !isQuoteMarkToken(view, segmentEnd) && !/^[.!?;:]$/.test(view.norm[segmentEnd]!)) segmentEnd++;
    if (segmentKind(view, end + 1, segmentEnd) !== 'apposition' && !RELATIVE_PRONOUNS.has(view.norm[end + 1]!)) break;
    if (segmentHasCue(view, end + 1, segmentEnd)) break;
    if (segmentEnd - from > SOURCE_MAX_TOKENS) break;
    end = segmentEnd;
  }
  return { first: from, end, headFirst: from, headEnd };
}

export interface NounPhraseHead {
  /** The head token, or -1. */
  readonly head: number;
  /** A second noun phrase follows the first without a link: "denied Osterland a late winner". */
  readonly twoObjects: boolean;
}

/**
 * The head of the noun phrase starting at `first`: its last head word before anything that is
 * not nominal ("of", "as", a verb). A verb the tagger read inside a compound ("the pay/VERB
 * claims") does not end it. After a head in `clauseTakingHeads`, a name or pronoun opens a bare
 * complement clause and ends the phrase ("Robinson's contention England dominated").
 */
export function headOfNounPhrase(view: TokenView, first: number, end: number, clauseTakingHeads: ReadonlySet<string> = new Set()): NounPhraseHead {
  let head = -1;
  let twoObjects = false;
  for (let i = first; i < end; i++) {
    if (head !== -1 && clauseTakingHeads.has(view.norm[head]!) && (view.pos[i] === 'PROPN' || SUBJECT_PRONOUNS.has(view.norm[i]!))) break;
    const compoundVerb = view.pos[i] === 'VERB' && i + 1 < end && (view.pos[i + 1] === 'NOUN' || view.pos[i + 1] === 'PROPN');
    if (!isNominal(view, i) && !compoundVerb) break;
    const opensNewPhrase = view.pos[i] === 'DET' || (view.pos[i] === 'PRON' && POSSESSIVE_DETERMINERS.has(view.norm[i]!));
    if (head !== -1 && opensNewPhrase) {
      twoObjects = true;
      break;
    }
    if (isHeadWord(view, i)) head = i;
  }
  return { head, twoObjects };
}
