// What a money, percent or unit-less figure measures, read from the words around it: the noun it
// modifies ("a £1.3bn offer", "a 29% stake"), the noun it is the amount of ("a stake worth £350m",
// "profits of 120.7m euros", "shares valued at £2bn", "raised its offer to £1.5bn"), the change of a
// noun ("profits rose 27%", "a 27% rise in profits"), or the act it is the object of ("paid $9bn",
// "sold for $9bn"). Claim keys use it so that only figures of one measured thing are compared; a
// figure whose measured thing is not found is compared with nothing.

import type { ArticleEvidence, Quantity, Token } from '../model/index.js';
import { tokenRangeIn } from './annotations.js';
import {
  CHANGE_ADVERBS,
  CHANGE_NOUN_LEMMAS,
  CHANGE_SUBJECT_MAX_TOKENS_BEFORE,
  CHANGE_VERB_LEMMAS,
  GENERIC_MEASURE_NOUNS,
  MEASURE_LINK_VERBS,
  MEASURE_LINK_WORDS,
  NOT_MEASURED_NOUNS,
  NOT_MEASURING_VERB_LEMMAS,
  RESTATED_FIGURE_MAX_TOKENS,
  TRANSITIVE_CHANGE_VERB_LEMMAS,
} from './rules.js';

const LINK_WORDS = new Set(MEASURE_LINK_WORDS);
const LINK_VERBS = new Set(MEASURE_LINK_VERBS);
const CHANGE_VERBS = new Set(CHANGE_VERB_LEMMAS);
const CHANGE_ADVERB = new Set(CHANGE_ADVERBS);
const CHANGE_NOUNS = new Set(CHANGE_NOUN_LEMMAS);
const TRANSITIVE_CHANGE_VERBS = new Set(TRANSITIVE_CHANGE_VERB_LEMMAS);
/** Words that may stand between a verb and its object's head noun: "boost its 2004 dividend payment". */
const NOUN_PHRASE_POS = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const GENERIC = new Set(GENERIC_MEASURE_NOUNS);
const NOT_MEASURED = new Set(NOT_MEASURED_NOUNS);
const NOT_MEASURING_VERBS = new Set(NOT_MEASURING_VERB_LEMMAS);
/** Prepositions after a generic or change noun that name what it is of: "a rise of 5% in profits", "a total of $27bn in back taxes". */
const OBJECT_PREPOSITIONS = new Set(['in', 'for', 'of', 'on']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

export interface MeasuredThing {
  /** `offer`, `profit`, `change of profit`, `pay`: lemmas, so "offered £1.3bn" and "a £1.3bn offer" meet. */
  readonly key: string;
  /** As a reader says it: "offer", "change in profits", "paid". */
  readonly label: string;
  /** Token index of the word that names it. */
  readonly token: number;
  readonly via: string;
}

interface Reader {
  readonly evidence: ArticleEvidence;
  readonly tokens: readonly Token[];
  /** Token index bounds of the sentence, [first, end). */
  readonly first: number;
  readonly end: number;
}

function surface(r: Reader, i: number): string {
  const t = r.tokens[i]!;
  return r.evidence.text.slice(t.span.start, t.span.end);
}

function inTime(r: Reader, i: number): boolean {
  const span = r.tokens[i]!.span;
  return r.evidence.language.times.some((t) => t.span.start <= span.start && span.end <= t.span.end);
}

function isWord(t: Token): boolean {
  return /^\p{L}/u.test(t.normal);
}

/** A common noun that can be what a figure measures. */
function isMeasuredNoun(r: Reader, i: number): boolean {
  if (i < r.first || i >= r.end) return false;
  const t = r.tokens[i]!;
  return t.pos === 'NOUN' && isWord(t) && !NOT_MEASURED.has(t.lemma) && !NOT_MEASURED.has(t.normal) && !inTime(r, i);
}

function thing(r: Reader, i: number, via: string): MeasuredThing {
  const t = r.tokens[i]!;
  return { key: t.lemma, label: surface(r, i).toLowerCase(), token: i, via };
}

function change(r: Reader, i: number, via: string): MeasuredThing {
  const t = r.tokens[i]!;
  return { key: `change of ${t.lemma}`, label: `change in ${surface(r, i).toLowerCase()}`, token: i, via };
}

/** The head of the noun phrase starting at `i` ("takeover bid", "back taxes"): the last noun of a run of adjectives and names, then nouns; null when the run has no noun. */
function headAfter(r: Reader, i: number): number | null {
  let head: number | null = null;
  for (let j = i; j < r.end; j++) {
    const t = r.tokens[j]!;
    // "back-tax claim": a hyphen inside the phrase joins its words.
    if (t.normal === '-' && j > i && j + 1 < r.end && isWord(r.tokens[j + 1]!)) continue;
    if (!isWord(t) || inTime(r, j)) break;
    if (head === null && (t.pos === 'ADJ' || t.pos === 'PROPN')) continue;
    if (!isMeasuredNoun(r, j)) break;
    head = j;
  }
  return head;
}

/** The noun at or just before `i`, one adjective or comma between allowed ("shares, worth"). */
function nounBefore(r: Reader, i: number): number | null {
  for (let j = i; j >= r.first && j > i - 2; j--) {
    if (isMeasuredNoun(r, j)) return j;
    if (r.tokens[j]!.pos !== 'ADJ' && r.tokens[j]!.normal !== ',') return null;
  }
  return null;
}

/** What a generic or change noun is of: the noun phrase after "in"/"for"/"of" right after `i`. */
function objectAfter(r: Reader, i: number): number | null {
  if (i >= r.end || !OBJECT_PREPOSITIONS.has(r.tokens[i]!.normal)) return null;
  let j = i + 1;
  while (j < r.end && (r.tokens[j]!.pos === 'DET' || r.tokens[j]!.pos === 'PRON')) j++;
  return headAfter(r, j);
}

/**
 * The subject noun of a verb at `verb`: the nearest noun before it in its clause that does not sit in
 * a prepositional phrase ("Deutsche Boerse's profits for the year rose", "profit in the three months
 * to 31 December was"). Words inside a time expression are skipped without counting.
 */
function subjectBefore(r: Reader, verb: number): number | null {
  let counted = 0;
  for (let j = verb - 1; j >= r.first && counted < CHANGE_SUBJECT_MAX_TOKENS_BEFORE; j--) {
    if (inTime(r, j)) continue;
    counted++;
    const t = r.tokens[j]!;
    if (t.pos === 'PUNCT' && t.normal !== "'" && t.normal !== "'s") return null;
    if (t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return null;
    if (!isMeasuredNoun(r, j)) continue;
    let k = j - 1;
    while (k >= r.first && (inTime(r, k) || ['DET', 'NUM', 'ADJ'].includes(r.tokens[k]!.pos))) k--;
    if (k >= r.first && r.tokens[k]!.pos === 'ADP') continue;
    return j;
  }
  return null;
}

/** The verb a noun phrase ending at `noun` is the object of, within a few words: "boost its 2004 dividend payment". */
function verbBeforeObject(r: Reader, noun: number): number | null {
  for (let j = noun - 1; j >= r.first && j >= noun - 5; j--) {
    const t = r.tokens[j]!;
    if (t.pos === 'VERB') return j;
    // "a proposal that values/NOUN the club at £800m": right after a relative pronoun, a tagged noun is the verb.
    if (t.pos === 'NOUN' && j - 1 >= r.first && RELATIVE_PRONOUNS.has(r.tokens[j - 1]!.normal)) return j;
    if (!NOUN_PHRASE_POS.has(t.pos)) return null;
  }
  return null;
}

function isChangeVerb(t: Token): boolean {
  return CHANGE_VERBS.has(t.lemma) || CHANGE_VERBS.has(t.normal);
}

/**
 * True for a money figure the writer adds in brackets as a conversion of the one before it, in
 * another currency: "£800m ($1.5bn)", "1bn roubles ($35.7m; £19.1m)". It is that figure again,
 * not a claim of its own, so it gets no proposition of its own.
 */
export function isCurrencyConversion(evidence: ArticleEvidence, quantity: Quantity): boolean {
  if (quantity.kind !== 'money') return false;
  const before = evidence.language.quantities.filter((q) => q.span.end <= quantity.span.start && quantity.span.start - q.span.end <= CONVERSION_MAX_GAP_CHARS);
  const previous = before[before.length - 1];
  if (!previous || previous.kind !== 'money' || previous.currency === quantity.currency) return false;
  const gap = evidence.text.slice(previous.span.end, quantity.span.start);
  // "(" after the first figure (perhaps after its unit word), or ";" between two conversions.
  return /^\s*(?:\p{L}+\s*)?\(\s*$/u.test(gap) || (/^\s*;\s*$/.test(gap) && isCurrencyConversion(evidence, previous));
}
/** A conversion stands within these few characters of the figure it converts. */
const CONVERSION_MAX_GAP_CHARS = 24;

/**
 * The token index a figure is read back from: before the figure it restates in brackets
 * ("£1.3bn ($2.5bn)", "70 euro cents (£0.48; $0.98)"), else its own first token.
 */
function startOfRestated(r: Reader, evidence: ArticleEvidence, first: number): number {
  let open = -1;
  for (let j = first - 1; j >= r.first && j >= first - RESTATED_FIGURE_MAX_TOKENS; j--) {
    const n = r.tokens[j]!.normal;
    if (n === ')') return first;
    if (n === '(') {
      open = j;
      break;
    }
  }
  if (open < 0) return first;
  const at = r.tokens[open]!.span.start;
  // The restated figure ends right before the bracket, or one unit word before it ("70 euro cents (").
  const previous = evidence.language.quantities.find((q) => q.span.end <= at && /^\s*(?:\p{L}+\s*)?$/u.test(evidence.text.slice(q.span.end, at)));
  return previous ? tokenRangeIn(r.tokens, previous.span).first : first;
}

/** After a figure and any bracketed restatement of it: "£1.3bn ($2.5bn) offer". */
function afterRestatement(r: Reader, end: number): number {
  const t = r.tokens[end];
  if (t && (t.normal === '(' || t.normal === ')')) {
    if (t.normal === ')') return end + 1;
    for (let j = end + 1; j < r.end && j <= end + RESTATED_FIGURE_MAX_TOKENS; j++) if (r.tokens[j]!.normal === ')') return j + 1;
  }
  return end;
}

/** Reads what a figure ending before token `before` is the amount of, looking backwards: link words, change verbs, "to"/"from", "for", a verb's object. */
function readBackwards(r: Reader, evidence: ArticleEvidence, start: number, end: number): MeasuredThing | null {
  let p = start - 1;
  if (p < r.first) return null;
  const prev = r.tokens[p]!;
  // "rose by 27%"
  if (prev.normal === 'by' && p - 1 >= r.first && (isChangeVerb(r.tokens[p - 1]!) || CHANGE_ADVERB.has(r.tokens[p - 1]!.normal))) p--;
  const at = r.tokens[p]!;
  if (LINK_WORDS.has(at.normal)) {
    const noun = nounBefore(r, p - 1);
    if (noun === null) {
      // "the deal is worth £1.3bn": the subject of "be".
      if (at.normal !== 'of' && p - 1 >= r.first && r.tokens[p - 1]!.pos === 'AUX') {
        const subject = subjectBefore(r, p - 1);
        if (subject !== null) return thing(r, subject, `subject of "is ${at.normal}"`);
      }
      return null;
    }
    const lemma = r.tokens[noun]!.lemma;
    if (CHANGE_NOUNS.has(lemma)) {
      const object = objectAfter(r, afterRestatement(r, end));
      return object !== null ? change(r, object, 'change noun before the figure, its object after it') : null;
    }
    if (GENERIC.has(lemma)) {
      const object = objectAfter(r, afterRestatement(r, end));
      return object !== null ? thing(r, object, 'what the amount is of, after the figure') : null;
    }
    return thing(r, noun, `noun before "${at.normal}"`);
  }
  // "profit was 120.7m euros", "the bill is $27bn"
  if (at.pos === 'AUX' && at.lemma === 'be') {
    const subject = subjectBefore(r, p);
    return subject !== null ? thing(r, subject, 'subject of "be" before the figure') : null;
  }
  // "boost its dividend by 27%", "cut its stake by 5%"
  if (at.normal === 'by') {
    const noun = nounBefore(r, p - 1);
    const verb = noun !== null ? verbBeforeObject(r, noun) : null;
    if (noun !== null && verb !== null && (TRANSITIVE_CHANGE_VERBS.has(r.tokens[verb]!.lemma) || isChangeVerb(r.tokens[verb]!))) {
      return change(r, noun, 'object of a verb of change, changed by the figure');
    }
    return null;
  }
  if (isChangeVerb(at) || (CHANGE_ADVERB.has(at.normal) && p - 1 >= r.first && r.tokens[p - 1]!.pos === 'AUX')) {
    const verb = CHANGE_ADVERB.has(at.normal) ? p - 1 : p;
    const subject = subjectBefore(r, verb);
    return subject !== null ? change(r, subject, 'subject of a change verb') : null;
  }
  if (at.normal === 'at' || at.normal === 'to' || at.normal === 'from') {
    const q = p - 1;
    if (q < r.first) return null;
    const link = r.tokens[q]!;
    if (at.normal !== 'from' && LINK_VERBS.has(link.lemma)) {
      const noun = nounBefore(r, q - 1) ?? (r.tokens[q - 1]?.pos === 'AUX' ? subjectBefore(r, q - 1) : null);
      return noun !== null ? thing(r, noun, `noun before "${surface(r, q)} ${at.normal}"`) : null;
    }
    // "valued the exchange at £1.35bn": the value of the verb's object.
    if (at.normal === 'at') {
      const verb = isMeasuredNoun(r, q) ? verbBeforeObject(r, q) : null;
      return verb !== null && LINK_VERBS.has(r.tokens[verb]!.lemma) ? thing(r, q, `object of "${surface(r, verb)}" before "at"`) : null;
    }
    if (isMeasuredNoun(r, q)) return thing(r, q, `noun before "${at.normal}": its new level`);
    if (isChangeVerb(link)) {
      const subject = subjectBefore(r, q);
      return subject !== null ? thing(r, subject, `subject of a change verb: its new level`) : null;
    }
    // "rose 27% to 120.7m euros": back over the change figure to the verb.
    const previous = evidence.language.quantities.find((x) => x.span.end <= at.span.start && evidence.text.slice(x.span.end, at.span.start).trim() === '');
    if (previous) {
      const before = tokenRangeIn(r.tokens, previous.span).first - 1;
      const verb = before >= r.first && r.tokens[before]!.normal === 'by' ? before - 1 : before;
      if (verb >= r.first && isChangeVerb(r.tokens[verb]!)) {
        const subject = subjectBefore(r, verb);
        return subject !== null ? thing(r, subject, 'subject of a change verb: its new level') : null;
      }
    }
    return null;
  }
  if (at.normal === 'for') {
    // "bought the production unit for $9.4bn": the price of the act on the object before "for".
    const object = nounBefore(r, p - 1);
    const verb = object !== null ? (verbBeforeObject(r, object) ?? p - 1) : p - 1;
    if (verb >= r.first && r.tokens[verb]!.pos === 'VERB' && !NOT_MEASURING_VERBS.has(r.tokens[verb]!.lemma)) {
      const t = r.tokens[verb]!;
      return { key: `${t.lemma} for`, label: `${surface(r, verb).toLowerCase()} for`, token: verb, via: 'price of the act before "for"' };
    }
    return null;
  }
  if (at.pos === 'VERB' && !NOT_MEASURING_VERBS.has(at.lemma) && !isChangeVerb(at)) {
    return { key: at.lemma, label: surface(r, p).toLowerCase(), token: p, via: 'object of the verb before the figure' };
  }
  return null;
}

/**
 * What the figure measures, or null when the words around it do not say. `sentence` is the index of
 * the sentence the figure stands in. Reads the noun the figure modifies first ("a £1.3bn offer"),
 * then the words before it.
 */
export function measuredThingOf(evidence: ArticleEvidence, quantity: Quantity, sentence: number): MeasuredThing | null {
  const { tokens, sentences } = evidence.language;
  const bounds = sentences[sentence] ? tokenRangeIn(tokens, sentences[sentence]!.span) : { first: 0, end: tokens.length };
  const r: Reader = { evidence, tokens, first: bounds.first, end: bounds.end };
  const own = tokenRangeIn(tokens, quantity.span);
  if (own.end <= own.first) return null;
  // "1bn roubles ($35.7m; £19.1m) back-tax claim": a figure restated in brackets measures what the first one does.
  const start = startOfRestated(r, evidence, own.first);
  if (start !== own.first) {
    const outer = evidence.language.quantities.find((q) => tokenRangeIn(tokens, q.span).first === start);
    if (outer && outer !== quantity) return measuredThingOf(evidence, outer, sentence);
  }
  const after = afterRestatement(r, own.end);
  const modified = headAfter(r, after);
  if (modified !== null) {
    const lemma = tokens[modified]!.lemma;
    if (CHANGE_NOUNS.has(lemma)) {
      const object = objectAfter(r, modified + 1);
      return object !== null ? change(r, object, 'change noun the figure modifies, its object after it') : null;
    }
    if (!GENERIC.has(lemma)) return thing(r, modified, 'noun the figure modifies');
  }
  const before = readBackwards(r, evidence, own.first, own.end);
  if (before) return before;
  // "claiming $20bn in damages", "$27bn in taxes and fines": what the amount is counted in.
  const countedIn = r.tokens[after]?.normal === 'in' ? objectAfter(r, after) : null;
  return countedIn !== null && !GENERIC.has(tokens[countedIn]!.lemma) ? thing(r, countedIn, 'noun after "in" that the amount is counted in') : null;
}
