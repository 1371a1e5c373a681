// In-memory indexes over GazetteerData: every lookup the entity recogniser makes is one or two
// Map reads. Keys are foldForLookup forms (the folding tokens carry in `normal`), except
// acronyms, which are matched as written so "US" never meets the pronoun "us".

import { foldForLookup } from '../tokens/normal.js';
import type { GazetteerData, GazetteerEntry, RoleWord } from './types.js';

export interface Gazetteer {
  readonly version: string;
  entry(id: string): GazetteerEntry | undefined;
  /**
   * Entries whose canonical name, a name or a nominal equals `folded` (foldForLookup form: lower
   * case, ASCII quotes/dashes). Case-blind, so callers decide whether the surface looks like a
   * name. A leading "the " in the query may be dropped ("the kremlin" finds the Kremlin, stored
   * as "Kremlin"), never added: "north" does not find the nominal "the North", nor "hague" the
   * city "The Hague". Empty when none; sorted by id.
   */
  byName(folded: string): readonly GazetteerEntry[];
  /** Entries with this acronym, matched on the surface as written ("NIS", "Nato", "DPRK"). */
  byAcronym(surface: string): readonly GazetteerEntry[];
  /** Entries with this demonym (folded): "north korean", "north koreans". */
  byDemonym(folded: string): readonly GazetteerEntry[];
  /** The role word for a folded word or phrase ("spokesman", "lt gen", "mr"), if any. */
  roleWord(folded: string): RoleWord | undefined;
  /**
   * True when some name, nominal or demonym (folded) begins with `folded`, string-wise: a lookup
   * window that reads `folded` so far may still grow into a hit, so a recogniser can stop widening
   * a window at the first false instead of trying every length up to `maxNameWords`. As in
   * `byName`, a leading "the " may be dropped ("the kreml" → "kremlin"), and "the" alone is true.
   * Monotone: true for a string means true for each of its prefixes.
   */
  isNamePrefix(folded: string): boolean;
  /** True when some role word or phrase (folded) begins with `folded`, string-wise ("lt", "lt g", "lt gen"). Monotone. */
  isRoleWordPrefix(folded: string): boolean;
  /** True when some role word or phrase (folded) ends with `folded`, string-wise ("gen", "t gen", "lt gen"): the same stop for windows widened leftwards. Monotone. */
  isRoleWordSuffix(folded: string): boolean;
  /** Every role word and phrase, folded: the keys `roleWord` finds (for callers that index them their own way). */
  readonly roleWordKeys: readonly string[];
  /** Longest number of words of any name, nominal, acronym, demonym or role phrase: bounds the recogniser's look-ahead. */
  readonly maxNameWords: number;
  /**
   * One country's instance of a generic entry: specificFor("generic:foreign-ministry",
   * "country:RU") is the Russian Foreign Ministry. Undefined when the gazetteer has none (the
   * recogniser then keys the mention by the generic name and the country itself).
   */
  specificFor(genericId: string, countryId: string): GazetteerEntry | undefined;
}

/**
 * Generic entries ("Foreign Ministry", "Defence Ministry", "parliament", "state media") name a
 * kind of body, not one body: the recogniser resolves them by the country in the same phrase or
 * the article's dominant country, through `specificFor`.
 */
export const GENERIC_ID_PREFIX = 'generic:';

export function isGenericEntry(entry: GazetteerEntry): boolean {
  return entry.id.startsWith(GENERIC_ID_PREFIX);
}

const NO_ENTRIES: readonly GazetteerEntry[] = Object.freeze([]);
const LEADING_ARTICLE = 'the ';

/** Builds the lookup indexes over `data` (also used by tests with invented data). */
export function gazetteerFromData(data: GazetteerData): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  const names = new Map<string, GazetteerEntry[]>();
  const acronyms = new Map<string, GazetteerEntry[]>();
  const demonyms = new Map<string, GazetteerEntry[]>();
  const roleWords = new Map<string, RoleWord>();
  let maxNameWords = 1;
  const count = (phrase: string): string => {
    maxNameWords = Math.max(maxNameWords, wordCount(phrase));
    return phrase;
  };

  for (const entry of data.entries) byId.set(entry.id, entry);
  for (const entry of data.entries) {
    for (const name of [entry.canonical, ...entry.names, ...entry.nominals]) addTo(names, foldForLookup(count(name)), entry);
    for (const acronym of entry.acronyms) addTo(acronyms, count(acronym), entry);
    for (const demonym of entry.demonyms) addTo(demonyms, foldForLookup(count(demonym)), entry);
  }
  for (const role of data.roleWords) {
    const key = foldForLookup(count(role.text));
    if (!roleWords.has(key)) roleWords.set(key, role);
  }
  for (const list of [...names.values(), ...acronyms.values(), ...demonyms.values()]) list.sort((a, b) => compareIds(a.id, b.id));
  // ~25,000 prefixes for ~3,500 phrases (1.4 MB): one Set read per widening step, where trying
  // every window length cost up to maxNameWords + 3 string builds and Map reads per capitalised token.
  const namePrefixes = prefixesOf([...names.keys(), ...demonyms.keys()]);
  const roleWordPrefixes = prefixesOf(roleWords.keys());
  const roleWordSuffixes = suffixesOf(roleWords.keys());

  const instances = new Map<string, GazetteerEntry>();
  for (const entry of data.entries) {
    const country = entry.instanceOf ? countryOf(entry, byId) : undefined;
    if (entry.instanceOf && country) instances.set(instanceKey(entry.instanceOf, country.id), entry);
  }

  return {
    version: data.version,
    maxNameWords,
    roleWordKeys: [...roleWords.keys()],
    entry: (id) => byId.get(id),
    byName(folded) {
      const exact = names.get(folded);
      if (!folded.startsWith(LEADING_ARTICLE)) return exact ?? NO_ENTRIES;
      // "the Kremlin": the article belongs to the sentence, not to the stored name.
      const withoutArticle = names.get(folded.slice(LEADING_ARTICLE.length));
      if (!exact) return withoutArticle ?? NO_ENTRIES;
      if (!withoutArticle?.length) return exact;
      return [...new Set([...exact, ...withoutArticle])].sort((a, b) => compareIds(a.id, b.id));
    },
    byAcronym: (surface) => acronyms.get(surface) ?? NO_ENTRIES,
    byDemonym: (folded) => demonyms.get(folded) ?? NO_ENTRIES,
    roleWord: (folded) => roleWords.get(folded),
    isNamePrefix(folded) {
      if (namePrefixes.has(folded)) return true;
      if (!folded.startsWith('the')) return false;
      return folded === 'the' || (folded.startsWith(LEADING_ARTICLE) && namePrefixes.has(folded.slice(LEADING_ARTICLE.length)));
    },
    isRoleWordPrefix: (folded) => roleWordPrefixes.has(folded),
    isRoleWordSuffix: (folded) => roleWordSuffixes.has(folded),
    specificFor: (genericId, countryId) => instances.get(instanceKey(genericId, countryId)),
  };
}

/** The country an entry belongs to, following partOf ("agency:kr-jcs" → armed forces → "country:KR"). */
function countryOf(entry: GazetteerEntry, byId: ReadonlyMap<string, GazetteerEntry>): GazetteerEntry | undefined {
  const seen = new Set<string>();
  let current: GazetteerEntry | undefined = entry;
  while (current && !seen.has(current.id)) {
    if (current.type === 'country') return current;
    seen.add(current.id);
    current = current.partOf ? byId.get(current.partOf) : undefined;
  }
  return undefined;
}

function instanceKey(genericId: string, countryId: string): string {
  return `${genericId} ${countryId}`;
}

function addTo(index: Map<string, GazetteerEntry[]>, key: string, entry: GazetteerEntry): void {
  const list = index.get(key);
  if (!list) index.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/** Every string prefix of every key, the empty string and the keys themselves included. */
function prefixesOf(keys: Iterable<string>): ReadonlySet<string> {
  const prefixes = new Set<string>(['']);
  for (const key of keys) for (let length = key.length; length > 0 && !prefixes.has(key.slice(0, length)); length--) prefixes.add(key.slice(0, length));
  return prefixes;
}

/** Every string suffix of every key, the empty string and the keys themselves included. */
function suffixesOf(keys: Iterable<string>): ReadonlySet<string> {
  const suffixes = new Set<string>(['']);
  for (const key of keys) for (let start = 0; start < key.length && !suffixes.has(key.slice(start)); start++) suffixes.add(key.slice(start));
  return suffixes;
}

function wordCount(phrase: string): number {
  return phrase.split(/\s+/).filter((word) => word.length > 0).length;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
