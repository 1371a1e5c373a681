// Titles and roles around names: the honorific, rank or role words before a name ("US defence
// secretary Tamsin X", "Lt Gen Y", "Mr Z"), the description before an organisation ("computer
// firm Quillmore"), the role given by apposition ("X, director of Y,"), and role-only descriptions
// that stand for a person ("the defence minister"). Role words come from the gazetteer first.

import { startsLower, startsWithLetter, startsWithLetterOrDot } from './chars.js';
import type { Gazetteer, RoleWord } from '../gazetteer/index.js';
import { APPOSITION_SEPARATORS, APPOSITION_STOPS, CLAUSE_START_WORDS, EXTRA_PERSON_ROLE_HEADS, EXTRA_ROLE_PHRASES, FALLBACK_HONORIFICS, FALLBACK_RANKS, MAX_APPOSITION_ROLE_TOKENS, MAX_ROLE_TOKENS, MAX_ROLE_WORD_TOKENS, MEDIA_DESCRIPTORS, MEDIA_DESCRIPTOR_MODIFIERS, NEVER_NAMES, ORGANISATION_DESCRIPTORS, REPORTING_VERB_LEMMAS, ROLE_DETERMINERS, ROLE_MODIFIER_POS, ROLE_PREFIXES, ROLE_START_POS } from './rules.js';
import type { GazetteerHit } from './gazetteer-hits.js';
import { sameSentence, type ArticleView } from './view.js';

export type RoleKind = RoleWord['kind'];

export interface RoleWordSpan {
  readonly first: number;
  readonly end: number;
  readonly kind: RoleKind;
}

/** What the role readers need: the view, role words, and the gazetteer hits by their last token. */
export interface RoleContext {
  readonly view: ArticleView;
  readonly gazetteer: Gazetteer;
  /** Whole-token gazetteer hits keyed by their end (exclusive token index). */
  readonly hitEndingAt: ReadonlyMap<number, GazetteerHit>;
  readonly hitStartingAt: ReadonlyMap<number, GazetteerHit>;
  /** Role words found so far, by start and by end token (undefined: not looked up yet): every module asks again. */
  readonly roleCache: {
    readonly starting: (RoleWordSpan | null | undefined)[];
    readonly ending: (RoleWordSpan | null | undefined)[];
    /** The kind of each token read alone (roleKindOfKey on its own key), asked by both readers. */
    readonly single: (RoleKind | null | undefined)[];
  };
}

export function newRoleCache(tokenCount: number): RoleContext['roleCache'] {
  return { starting: new Array(tokenCount), ending: new Array(tokenCount + 1), single: new Array(tokenCount) };
}


export function isPossessive(view: ArticleView, i: number): boolean {
  if (i <= 0 || i >= view.tokens.length) return false;
  const surface = view.surfaces[i]!;
  if (surface === "'s" || surface === '’s') return true;
  // "Mr Brooks' speech": a bare apostrophe straight after a word ending in s.
  return (surface === "'" || surface === '’') && view.tokens[i - 1]!.span.end === view.tokens[i]!.span.start && /s$/iu.test(view.surfaces[i - 1]!);
}

/** Single words looked up before, per gazetteer: the same words come back in every article. */
const singleWordKinds = new WeakMap<Gazetteer, Map<string, RoleKind | null>>();

/** The kind of a folded role word or phrase, from the gazetteer, else from our fallbacks. */
export function roleKindOf(gazetteer: Gazetteer, folded: string): RoleKind | null {
  if (folded.includes(' ')) return lookUpRoleKind(gazetteer, folded);
  // Nearly every word is ruled out by its shape, without hashing it; "ex-", "vice-"… forms go on.
  if (!roleWordShapes(gazetteer)[shapeOf(folded)] && !(mayStartWithRolePrefix(folded) && ROLE_PREFIXES.some((prefix) => folded.startsWith(prefix)))) return null;
  let memo = singleWordKinds.get(gazetteer);
  if (!memo) singleWordKinds.set(gazetteer, (memo = new Map()));
  let kind = memo.get(folded);
  if (kind === undefined) {
    kind = lookUpRoleKind(gazetteer, folded);
    memo.set(folded, kind);
  }
  return kind;
}

/** Role keys by shape, per gazetteer: 1 where some role word without a space has that shape. */
const roleShapesByGazetteer = new WeakMap<Gazetteer, Uint8Array>();

/**
 * A word's first, second and last character and its length, as an index: equal words have equal
 * shapes. With first and last character and length alone, 7.6% of BBC tokens shared a role word's
 * shape and went on to a Map read; with the second character too, 3.1%.
 */
function shapeOf(word: string): number {
  return ((word.charCodeAt(0) & 127) << 15) | ((word.charCodeAt(1) & 31) << 10) | ((word.charCodeAt(word.length - 1) & 31) << 5) | (word.length & 31);
}

/** The shapes of every single-word key lookUpRoleKind accepts without stripping a prefix. */
function roleWordShapes(gazetteer: Gazetteer): Uint8Array {
  let shapes = roleShapesByGazetteer.get(gazetteer);
  if (!shapes) {
    shapes = new Uint8Array(1 << 22);
    for (const list of [gazetteer.roleWordKeys, FALLBACK_HONORIFICS, FALLBACK_RANKS, EXTRA_ROLE_PHRASES, EXTRA_PERSON_ROLE_HEADS]) {
      for (const key of list) if (!key.includes(' ')) shapes[shapeOf(key)] = 1;
    }
    roleShapesByGazetteer.set(gazetteer, shapes);
  }
  return shapes;
}

function lookUpRoleKind(gazetteer: Gazetteer, folded: string): RoleKind | null {
  const known = gazetteer.roleWord(folded);
  if (known) return known.kind;
  if (FALLBACK_HONORIFICS.has(folded)) return 'honorific';
  if (FALLBACK_RANKS.has(folded)) return 'rank';
  if (EXTRA_ROLE_PHRASES.has(folded) || EXTRA_PERSON_ROLE_HEADS.has(folded)) return 'function';
  for (const prefix of ROLE_PREFIXES) {
    if (folded.startsWith(prefix) && folded.length > prefix.length) return lookUpRoleKind(gazetteer, folded.slice(prefix.length));
  }
  return null;
}

function roleKindOfKey(ctx: RoleContext, first: number, end: number, key: string): RoleKind | null {
  if (end - first !== 1) return readRoleKindOfKey(ctx, first, end, key);
  let kind = ctx.roleCache.single[first];
  if (kind === undefined) ctx.roleCache.single[first] = kind = readRoleKindOfKey(ctx, first, end, key);
  return kind;
}

function readRoleKindOfKey(ctx: RoleContext, first: number, end: number, key: string): RoleKind | null {
  const { view } = ctx;
  let kind = roleKindOf(ctx.gazetteer, key);
  if (!kind && end - first === 1) {
    const lemma = view.tokens[first]!.lemma;
    if (lemma !== key) kind = roleKindOf(ctx.gazetteer, lemma);
  }
  if (!kind) return null;
  // "miss", "general", "major" are words too: as titles they are written with a capital.
  if ((kind === 'honorific' || kind === 'rank') && !view.capitalised[first]) return null;
  if (!startsWithLetter(view.surfaces[first]!)) return null;
  return kind;
}

/** The longest role word or phrase that starts at token i. */
export function roleWordAt(ctx: RoleContext, i: number): RoleWordSpan | null {
  const cached = ctx.roleCache.starting[i];
  if (cached !== undefined) return cached;
  const found = findRoleWordAt(ctx, i);
  ctx.roleCache.starting[i] = found;
  return found;
}

/** Every beginning of a role word or phrase that our own lists add to the gazetteer's. */
const EXTRA_ROLE_PREFIXES: ReadonlySet<string> = (() => {
  const prefixes = new Set<string>();
  for (const list of [FALLBACK_HONORIFICS, FALLBACK_RANKS, EXTRA_ROLE_PHRASES, EXTRA_PERSON_ROLE_HEADS]) {
    for (const phrase of list) for (let length = 0; length <= phrase.length; length++) prefixes.add(phrase.slice(0, length));
  }
  return prefixes;
})();

/** Every beginning of one of ROLE_PREFIXES ("", "e", "ex", "ex-", "v"…): one Set read instead of a scan. */
const ROLE_PREFIX_BEGINNINGS: ReadonlySet<string> = new Set(ROLE_PREFIXES.flatMap((prefix) => Array.from({ length: prefix.length + 1 }, (_, length) => prefix.slice(0, length))));

/** Every ROLE_PREFIXES entry holds a hyphen: a word without one starts with none of them, and skips the scan. */
const ROLE_PREFIXES_ALL_HYPHENATED = ROLE_PREFIXES.every((prefix) => prefix.includes('-'));

/** `word` may start with one of ROLE_PREFIXES: false only when it surely does not. */
function mayStartWithRolePrefix(word: string): boolean {
  return !ROLE_PREFIXES_ALL_HYPHENATED || word.includes('-');
}

/** Some role phrase may still begin with `folded`, after dropping "ex-", "vice-"… as lookUpRoleKind does. */
function isRolePrefix(gazetteer: Gazetteer, folded: string): boolean {
  if (gazetteer.isRoleWordPrefix(folded) || EXTRA_ROLE_PREFIXES.has(folded)) return true;
  if (!mayStartWithRolePrefix(folded)) return false;
  for (const prefix of ROLE_PREFIXES) {
    if (folded.startsWith(prefix) && folded.length > prefix.length) return isRolePrefix(gazetteer, folded.slice(prefix.length));
  }
  return false;
}

function findRoleWordAt(ctx: RoleContext, i: number): RoleWordSpan | null {
  const { view } = ctx;
  const n = view.tokens.length;
  if (!startsWithLetter(view.surfaces[i] ?? '')) return null;
  if (!view.capitalised[i] && !ROLE_START_POS.has(view.tokens[i]!.pos)) return null;
  const word = view.tokens[i]!.normal;
  // A word no role phrase begins with, even after "ex-", "vice-"…, starts no longer window (most words).
  const mayGrow = isRolePrefix(ctx.gazetteer, word) || ROLE_PREFIX_BEGINNINGS.has(word) || (mayStartWithRolePrefix(word) && ROLE_PREFIXES.some((prefix) => word.startsWith(prefix)));
  if (!mayGrow) {
    // The one-word window alone: no keys array to build for most tokens.
    const kind = roleKindOfKey(ctx, i, i + 1, word);
    return kind ? { first: i, end: i + 1, kind } : null;
  }
  // Keys of the windows starting at i, built word by word; a role phrase never spans punctuation.
  const keys: string[] = [word];
  for (let end = i + 2; end <= n && end - i <= MAX_ROLE_WORD_TOKENS && view.sentenceOf[end - 1] === view.sentenceOf[i]; end++) {
    if (!startsWithLetterOrDot(view.surfaces[end - 1]!)) break;
    const key = keys[keys.length - 1]! + (view.spaceBefore[end - 1] ? ' ' : '') + view.tokens[end - 1]!.normal;
    // No role phrase begins this way, so none of the longer windows can be one either.
    if (!isRolePrefix(ctx.gazetteer, key)) break;
    keys.push(key);
  }
  for (let k = keys.length; k >= 1; k--) {
    const kind = roleKindOfKey(ctx, i, i + k, keys[k - 1]!);
    if (kind) return { first: i, end: i + k, kind };
  }
  return null;
}

/** The longest role word or phrase that ends just before token `end`. */
export function roleWordEndingAt(ctx: RoleContext, end: number): RoleWordSpan | null {
  const cached = ctx.roleCache.ending[end];
  if (cached !== undefined) return cached;
  const found = findRoleWordEndingAt(ctx, end);
  ctx.roleCache.ending[end] = found;
  return found;
}

function findRoleWordEndingAt(ctx: RoleContext, end: number): RoleWordSpan | null {
  const { view } = ctx;
  if (end <= 0 || !startsWithLetter(view.surfaces[end - 1] ?? '')) return null;
  // Keys of the windows ending at `end`, built word by word leftwards, as keyOf joins them.
  const keys: string[] = [view.tokens[end - 1]!.normal];
  for (let first = end - 2; first >= 0 && end - first <= MAX_ROLE_WORD_TOKENS && sameSentence(view, first, end - 1); first--) {
    const key = view.tokens[first]!.normal + (view.spaceBefore[first + 1] ? ' ' : '') + keys[keys.length - 1]!;
    // No role phrase ends this way, so none of the longer windows can be one either.
    if (!isRoleSuffix(ctx.gazetteer, key)) break;
    keys.push(key);
  }
  for (let k = keys.length; k >= 1; k--) {
    const kind = roleKindOfKey(ctx, end - k, end, keys[k - 1]!);
    if (kind) return { first: end - k, end, kind };
  }
  return null;
}

/** Every ending of a role word or phrase that our own lists add to the gazetteer's. */
const EXTRA_ROLE_SUFFIXES: ReadonlySet<string> = (() => {
  const suffixes = new Set<string>();
  for (const list of [FALLBACK_HONORIFICS, FALLBACK_RANKS, EXTRA_ROLE_PHRASES, EXTRA_PERSON_ROLE_HEADS]) {
    for (const phrase of list) for (let start = 0; start <= phrase.length; start++) suffixes.add(phrase.slice(start));
  }
  return suffixes;
})();

/** The non-empty endings of each of ROLE_PREFIXES ("-", "x-", "ex-"…): where a prefixed role phrase may be cut. */
const ROLE_PREFIX_ENDINGS: readonly string[] = [...new Set(ROLE_PREFIXES.flatMap((prefix) => Array.from(prefix, (_, start) => prefix.slice(start))))];
const ROLE_PREFIX_ENDINGS_ALL_HYPHENATED = ROLE_PREFIX_ENDINGS.every((ending) => ending.includes('-'));

/**
 * Some key lookUpRoleKind accepts may still end with `folded`: an ending of a role phrase, or an
 * ending of a prefix ("ex-", "vice-") followed by a whole prefixed role phrase, as lookUpRoleKind
 * strips them. Monotone, like isRolePrefix: false for a string means false for all it ends.
 */
function isRoleSuffix(gazetteer: Gazetteer, folded: string): boolean {
  if (gazetteer.isRoleWordSuffix(folded) || EXTRA_ROLE_SUFFIXES.has(folded)) return true;
  // Every ending of a prefix holds its hyphen: a hyphenless word starts with none of them.
  if (ROLE_PREFIX_ENDINGS_ALL_HYPHENATED && !folded.includes('-')) return false;
  for (const ending of ROLE_PREFIX_ENDINGS) {
    if (folded.length > ending.length && folded.startsWith(ending) && roleKindOf(gazetteer, folded.slice(ending.length)) !== null) return true;
  }
  return false;
}

export interface TitleBefore {
  /** First token of the whole title (role words and modifiers, honorific included). */
  readonly first: number;
  /** Role words without a trailing honorific: [roleFirst, roleEnd); empty when only an honorific. */
  readonly roleFirst: number;
  readonly roleEnd: number;
  readonly hasHonorific: boolean;
  /** The role is a person's (a rank, an office, a function), not only an honorific. */
  readonly hasRole: boolean;
}

/** The title directly before a name: honorific, rank and role words, and their modifiers leftwards. */
export function findTitleBefore(ctx: RoleContext, nameFirst: number): TitleBefore | null {
  let j = nameFirst;
  let hasHonorific = false;
  let hasRole = false;
  let roleEnd = nameFirst;
  for (;;) {
    const word = roleWordEndingAt(ctx, j);
    if (!word || !sameSentence(ctx.view, word.first, nameFirst)) break;
    if (word.kind === 'honorific') {
      // "shadow home secretary Mr Omsk": the role ends before the honorific.
      if (!hasRole) roleEnd = word.first;
      hasHonorific = true;
    } else hasRole = true;
    j = word.first;
    if (nameFirst - j >= MAX_ROLE_TOKENS) break;
  }
  if (!hasHonorific && !hasRole) return null;
  const first = hasRole ? extendModifiersLeft(ctx, j, nameFirst) : j;
  return { first, roleFirst: first, roleEnd: hasRole ? roleEnd : first, hasHonorific, hasRole };
}

/**
 * Extends a role or description leftwards over its modifiers: gazetteer names and demonyms
 * ("White House", "Veldorian"), capitalised words ("Green Party"), a possessive after a name
 * ("Veldoria's"), and lower-case nouns and adjectives ("national security").
 */
export function extendModifiersLeft(ctx: RoleContext, from: number, anchor: number): number {
  const { view } = ctx;
  let first = from;
  let k = from - 1;
  while (k >= 0 && anchor - k <= MAX_ROLE_TOKENS && sameSentence(view, k, anchor)) {
    const hit = ctx.hitEndingAt.get(k + 1);
    if (hit && hit.via !== 'nominal') {
      first = hit.first;
      k = hit.first - 1;
      continue;
    }
    const surface = view.surfaces[k]!;
    const token = view.tokens[k]!;
    if ((surface === "'s" || surface === '’s') && k > 0 && (view.capitalised[k - 1] || ctx.hitEndingAt.has(k))) {
      first = k;
      k--;
      continue;
    }
    if (view.capitalised[k]) {
      if (CLAUSE_START_WORDS.has(token.normal) || NEVER_NAMES.has(token.normal)) break;
      first = k;
      k--;
      continue;
    }
    if (startsLower(surface) && ROLE_MODIFIER_POS.has(token.pos) && !REPORTING_VERB_LEMMAS.has(token.lemma) && !CLAUSE_START_WORDS.has(token.normal)) {
      first = k;
      k--;
      continue;
    }
    break;
  }
  return first;
}

export interface DescriptorBefore {
  readonly first: number;
  readonly end: number;
  readonly isMedia: boolean;
}

/** "computer firm Quillmore", "state news agency VNA", "analysts Tarnwell": a lower-case description just before an organisation's name. */
export function findDescriptorBefore(ctx: RoleContext, nameFirst: number): DescriptorBefore | null {
  const { view } = ctx;
  const k = nameFirst - 1;
  if (k < 0 || !sameSentence(view, k, nameFirst) || view.capitalised[k]) return null;
  const token = view.tokens[k]!;
  const head = ORGANISATION_DESCRIPTORS.has(token.normal) ? token.normal : ORGANISATION_DESCRIPTORS.has(token.lemma) ? token.lemma : null;
  if (!head) return null;
  const before = k > 0 ? view.tokens[k - 1]!.normal : '';
  const isMedia = MEDIA_DESCRIPTORS.has(head) || MEDIA_DESCRIPTOR_MODIFIERS.has(before);
  return { first: extendModifiersLeft(ctx, k, nameFirst), end: nameFirst, isMedia };
}

/** "X, director of a risk analysis firm Y," / "X - Z's former head of press at Y -": the role after a name. */
export function findAppositionAfter(ctx: RoleContext, nameEnd: number): { first: number; end: number } | null {
  const { view } = ctx;
  const n = view.tokens.length;
  if (nameEnd >= n || !APPOSITION_SEPARATORS.has(view.surfaces[nameEnd]!) || !sameSentence(view, nameEnd, nameEnd - 1)) return null;
  let k = nameEnd + 1;
  if (k < n && ROLE_DETERMINERS.has(view.tokens[k]!.normal)) k++;
  const first = k;
  let headSeen = false;
  let prepositionSeen = false;
  for (; k < n && k - first < MAX_APPOSITION_ROLE_TOKENS && sameSentence(view, k, nameEnd); k++) {
    const surface = view.surfaces[k]!;
    const token = view.tokens[k]!;
    if (APPOSITION_STOPS.has(surface) || APPOSITION_SEPARATORS.has(surface)) break;
    if (token.pos === 'VERB' || token.pos === 'AUX' || (token.pos === 'PRON' && !isPossessivePronoun(token.normal))) {
      if (!headSeen) return null;
      break;
    }
    // A capitalised head must be a title the gazetteer knows ("Governor of…"); "Tower Keeper" is a name.
    if (!prepositionSeen && !headSeen && roleWordAt(ctx, k) && (!view.capitalised[k] || ctx.gazetteer.roleWord(token.normal))) headSeen = true;
    if (token.pos === 'ADP') prepositionSeen = true;
  }
  if (!headSeen || k === first) return null;
  return { first, end: k };
}

/** "The chairman of the Law Society, Orla X warned": a role before a comma and a name, opening its clause. */
export function findAppositionBefore(ctx: RoleContext, nameFirst: number): { first: number; end: number } | null {
  const { view } = ctx;
  const comma = nameFirst - 1;
  if (comma < 1 || view.surfaces[comma] !== ',' || !sameSentence(view, comma, nameFirst)) return null;
  let k = comma - 1;
  while (k > 0 && comma - k < MAX_APPOSITION_ROLE_TOKENS && sameSentence(view, k - 1, comma) && !APPOSITION_STOPS.has(view.surfaces[k - 1]!) && !view.opensClause[k]) k--;
  if (!view.opensClause[k]) return null;
  const opener = view.tokens[k]!.normal;
  if (opener !== 'the' && opener !== 'another' && opener !== 'a' && opener !== 'an') return null;
  for (let i = k + 1; i < comma; i++) {
    const token = view.tokens[i]!;
    if (token.pos === 'VERB' || token.pos === 'AUX') return null;
  }
  for (let i = k + 1; i < comma; i++) {
    if (view.tokens[i]!.pos === 'ADP') break;
    if (roleWordAt(ctx, i)) return { first: k + 1, end: comma };
  }
  return null;
}

function isPossessivePronoun(normal: string): boolean {
  return normal === 'his' || normal === 'her' || normal === 'its' || normal === 'their';
}
