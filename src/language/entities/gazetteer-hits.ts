// The gazetteer pass of the entity recogniser: the longest runs of tokens that the gazetteer knows
// as a name ("Democratic People's Republic of Korea"), an acronym ("NIS", as written), a demonym
// ("North Korean") or a description that refers back ("the alliance"). Parts of hyphenated words
// are looked up too ("Ex-Labour", "Veldorian-style"), so a name inside a compound is not lost.

import { startsLower, startsUpperOrDigit } from './chars.js';
import { gazetteerEntry, type Gazetteer, type GazetteerEntry } from '../gazetteer/index.js';
import { foldForLookup } from '../tokens/index.js';
import { EXTRA_REGION_DEMONYMS, EXTRA_TOKENS_PER_NAME_WINDOW, FALLBACK_PLACES, MAX_FALLBACK_NAME_WORDS, type FallbackPlace, NAME_INNER_WORDS, NAME_NEVER_ENDS_ON, NAME_WINDOW_STOPS, NEGATING_PREFIXES, NEVER_NAMES } from './rules.js';
import { foldGazetteerText } from './keys.js';
import type { ArticleView } from './view.js';

export type HitVia = 'name' | 'acronym' | 'demonym' | 'nominal';

export interface GazetteerHit {
  /** Token range [first, end). A hit inside a hyphenated word has end = first + 1. */
  readonly first: number;
  readonly end: number;
  /** Character range in the article text. */
  readonly start: number;
  readonly endChar: number;
  readonly entries: readonly GazetteerEntry[];
  readonly via: HitVia;
  /** The hit is part of one hyphenated token, not whole tokens. */
  readonly partOfWord: boolean;
}


/** Non-overlapping gazetteer hits, longest first at each position, in text order. */
export function findGazetteerHits(view: ArticleView, gazetteer: Gazetteer): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  const n = view.tokens.length;
  const maxTokens = gazetteer.maxNameWords + EXTRA_TOKENS_PER_NAME_WINDOW;
  for (let i = 0; i < n; ) {
    const best = longestHitAt(view, gazetteer, i, Math.min(n, i + maxTokens));
    if (best) {
      hits.push(best);
      i = best.end;
      continue;
    }
    addHitsInsideWord(view, gazetteer, i, hits);
    i++;
  }
  return hits;
}

/** The longest gazetteer hit starting at token i and ending by `limit` (exclusive), if any. */
export function longestHitAt(view: ArticleView, gazetteer: Gazetteer, i: number, limit: number): GazetteerHit | null {
  const startsWithThe = view.tokens[i]!.normal === 'the';
  if (!startsWithThe && !view.capitalised[i]) return null;
  if (NEVER_NAMES.has(view.tokens[i]!.normal) || view.isCurrency[i]) return null;
  let end = i + 1;
  while (end < limit && view.sentenceOf[end] === view.sentenceOf[i] && !NAME_WINDOW_STOPS.has(view.surfaces[end]!) && canBeInName(view, end)) end++;
  // Keys of the windows [i, j), built word by word while some gazetteer name still begins that way;
  // windows of up to MAX_FALLBACK_NAME_WORDS are always tried for the fallback places and region demonyms.
  const keys = [view.tokens[i]!.normal];
  for (let j = i + 2; j <= end; j++) {
    const key = keys[keys.length - 1]! + (view.spaceBefore[j - 1] ? ' ' : '') + view.tokens[j - 1]!.normal;
    if (j - i > MAX_FALLBACK_NAME_WORDS && !gazetteer.isNamePrefix(key)) break;
    keys.push(key);
  }
  for (let j = i + keys.length; j > i; j--) {
    if (startsWithThe && j === i + 1) break;
    const found = lookup(view, gazetteer, keys[j - i - 1]!, i, j, startsWithThe);
    if (found) return found;
  }
  return null;
}

/** Most windows find nothing: a hit is only built, as one object without a spread, once something matched. */
function wholeTokenHit(view: ArticleView, first: number, end: number, entries: readonly GazetteerEntry[], via: HitVia): GazetteerHit {
  return { first, end, start: view.tokens[first]!.span.start, endChar: view.tokens[end - 1]!.span.end, partOfWord: false, entries, via };
}

function lookup(view: ArticleView, gazetteer: Gazetteer, key: string, first: number, end: number, startsWithThe: boolean): GazetteerHit | null {
  const named = gazetteer.byName(key);
  if (startsWithThe) {
    // "the Kremlin" is found from "Kremlin"; from "the" only descriptions that refer back, and not
    // the start of a longer name ("the North Korean border" is not "the North").
    if (end < view.tokens.length && view.sentenceOf[end] === view.sentenceOf[first] && view.capitalised[end]) return null;
    const nominal = named.filter((entry) => entry.nominals.some((phrase) => foldGazetteerText(phrase) === key));
    return nominal.length > 0 ? wholeTokenHit(view, first, end, nominal, 'nominal') : null;
  }
  // A name ends on a capitalised word or a number ("Veldoria", "KX-9"), never on "of" or "'s"; one
  // ending in a lower-case word ("Veldorian military") must not be an adjective of the next noun
  // ("Veldorian military uniforms").
  const lastSurface = view.surfaces[end - 1]!;
  const endsOnName = startsUpperOrDigit(lastSurface) || end - first === 1;
  const endsOnWord = !endsOnName && startsLower(lastSurface) && !NAME_NEVER_ENDS_ON.has(view.tokens[end - 1]!.normal) && !modifiesNextNoun(view, gazetteer, end);
  if (named.length > 0 && (endsOnName || endsOnWord)) {
    const asName = named.filter((entry) => !entry.nominals.some((phrase) => foldGazetteerText(phrase) === key));
    if (asName.length > 0) return wholeTokenHit(view, first, end, asName, 'name');
    return wholeTokenHit(view, first, end, named, 'nominal');
  }
  if (end - first === 1) {
    const acronym = gazetteer.byAcronym(view.surfaces[first]!);
    if (acronym.length > 0) return wholeTokenHit(view, first, end, acronym, 'acronym');
  }
  // Demonyms and fallback places end on a name too: most windows stop here.
  if (!endsOnName) return null;
  const demonym = demonymEntries(gazetteer, key);
  if (demonym.length > 0) return wholeTokenHit(view, first, end, demonym, 'demonym');
  const fallback = FALLBACK_ENTRIES.find(({ place }) => place.names.includes(key) && (!place.needsThe || (first > 0 && view.tokens[first - 1]!.normal === 'the')));
  return fallback ? wholeTokenHit(view, first, end, [fallback.entry], 'name') : null;
}

/** Places the gazetteer may lack ("the West"), as entries of their own; used only when it has none. */
const FALLBACK_ENTRIES: readonly { place: FallbackPlace; entry: GazetteerEntry }[] = FALLBACK_PLACES.map((place) => ({
  place,
  entry: gazetteerEntry({ id: place.id, type: 'place', placeKind: 'region', canonical: place.canonical, demonyms: place.demonyms }),
}));

/** The gazetteer's demonym entries, else a region's demonym it lacks ("European"), else a fallback place's ("Western"). */
function demonymEntries(gazetteer: Gazetteer, key: string): readonly GazetteerEntry[] {
  const known = gazetteer.byDemonym(key);
  if (known.length > 0) return known;
  const regionId = EXTRA_REGION_DEMONYMS.get(key);
  const region = regionId ? gazetteer.entry(regionId) : undefined;
  if (region) return [region];
  const fallback = FALLBACK_ENTRIES.find(({ place }) => place.demonyms.includes(key));
  return fallback ? [fallback.entry] : [];
}

/** Only capitalised words, nouns, adjectives and a few joining words can continue a name: the lookup window stops elsewhere. */
function canBeInName(view: ArticleView, i: number): boolean {
  if (view.capitalised[i]) return true;
  const token = view.tokens[i]!;
  return token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'PROPN' || token.pos === 'NUM' || NAME_INNER_WORDS.has(token.normal);
}

/** The token at `next` is a noun or adjective the phrase before it describes (not a role word: "Veldorian foreign ministry spokesperson"). */
export function modifiesNextNoun(view: ArticleView, gazetteer: Gazetteer, next: number): boolean {
  if (next >= view.tokens.length || view.sentenceOf[next] !== view.sentenceOf[next - 1]) return false;
  const token = view.tokens[next]!;
  if (token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'ADJ') return false;
  return !gazetteer.roleWord(token.normal) && !gazetteer.roleWord(token.lemma);
}

/** Adds to `hits` the names inside token i's hyphenated parts: "Ex-Labour" → Labour, "Veldorian-style" → Veldorian, "Veldoria-Castavia" → both; never after "non-". */
function addHitsInsideWord(view: ArticleView, gazetteer: Gazetteer, i: number, hits: GazetteerHit[]): void {
  const surface = view.surfaces[i]!;
  // Most tokens hold no hyphen at all: rule them out before the Unicode pattern (and without an array per token).
  if (!hasHyphen(surface) || !/[\p{L}][-\u2010\u2011][\p{L}]/u.test(surface)) return;
  const tokenStart = view.tokens[i]!.span.start;
  const parts = [...surface.matchAll(/[^-\u2010\u2011]+/gu)];
  parts.forEach((part, index) => {
    const text = part[0];
    if (!/^\p{Lu}/u.test(text)) return;
    const before = parts[index - 1]?.[0];
    if (before !== undefined && NEGATING_PREFIXES.has(before.toLowerCase())) return;
    const key = foldForLookup(text);
    const start = tokenStart + part.index!;
    const span = { first: i, end: i + 1, start, endChar: start + text.length, partOfWord: true };
    const named = gazetteer.byName(key).filter((entry) => !entry.nominals.some((phrase) => foldGazetteerText(phrase) === key));
    if (named.length > 0) hits.push({ ...span, entries: named, via: 'name' });
    else if (gazetteer.byAcronym(text).length > 0) hits.push({ ...span, entries: gazetteer.byAcronym(text), via: 'acronym' });
    else if (demonymEntries(gazetteer, key).length > 0) hits.push({ ...span, entries: demonymEntries(gazetteer, key), via: 'demonym' });
  });
}

/** Some "-", U+2010 or U+2011 in the word: the hyphens addHitsInsideWord splits on. */
function hasHyphen(surface: string): boolean {
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    if (code === 0x2d || code === 0x2010 || code === 0x2011) return true;
  }
  return false;
}
