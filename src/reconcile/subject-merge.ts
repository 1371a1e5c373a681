// One subject written differently across a story's articles: "Yuganskneftegas" in one article,
// "Yuganskneftgas" (a misspelling) in another and "Yugansk" in a third are one company, "Man Utd" is
// "Manchester United", "Malcom Glazer" is "Malcolm Glazer". Each article keys its subjects on its
// own (claim-key.ts); the story merges the keys whose names are variants of one name, by rules that
// each say why (rules.ts), and never by spelling for places and countries. The result depends only
// on the set of subjects seen, never on the order articles arrived in.

import type { ArticleEvidence } from '../model/index.js';
import { compareStrings, foldName } from './annotations.js';
import type { ClaimKey } from './claim-key.js';
import {
  MERGEABLE_SUBJECT_TYPES,
  PERSON_FIRST_NAME_TYPO_MIN_LETTERS,
  SUBJECT_ABBREVIATION_MIN_LETTERS,
  SUBJECT_DESCRIPTOR_WORDS,
  SUBJECT_TYPO_LONG_LETTERS,
  SUBJECT_TYPO_LONG_MAX_EDITS,
  SUBJECT_TYPO_MAX_EDITS,
  SUBJECT_TYPO_MIN_LETTERS,
} from './rules.js';

const MERGEABLE = new Set(MERGEABLE_SUBJECT_TYPES);
const DESCRIPTORS = new Set(SUBJECT_DESCRIPTOR_WORDS);
/** Mention kinds that are names of the entity itself (not a description or a role). */
const NAME_MENTION_KINDS = new Set(['name', 'short-name', 'acronym', 'alias']);

/** What the story knows of one subject key, gathered from every article that used it. */
export interface SubjectInfo {
  readonly key: string;
  /** True when some article linked the entity to the gazetteer: its name is an identity, never fuzzy-matched. */
  gazetteer: boolean;
  /** Folded names the entity layer gave this entity in some article ("yugansk" for Yuganskneftegas). */
  readonly names: Set<string>;
  /** The entity's canonical names as the articles spell them ("Malcolm Glazer"), for the merged subject's label. */
  readonly labels: Set<string>;
}

/** Where a subject key now points, and why, for keys merged into another. */
export interface SubjectMerge {
  readonly canonical: string;
  /** How the canonical subject is spelt: the first of its spellings in code-point order, so arrival order does not matter. */
  readonly label: string;
  readonly why: string;
}

function typeOf(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? '' : key.slice(0, colon);
}

function nameOf(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

function letters(name: string): string {
  return name.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every subject key a keyed article uses (claims and figures). */
export function subjectKeysOf(keys: readonly ClaimKey[]): Set<string> {
  const found = new Set<string>();
  for (const key of keys) {
    found.add(key.subject.key);
    for (const count of key.counts) found.add(count.subject.key);
  }
  return found;
}

/**
 * Adds what one article says about its mergeable subject keys to `infos`: whether the gazetteer
 * knows the entity and the names the article gives it. Returns true when the merges may change and
 * must be recomputed: a new key, a key newly known to the gazetteer, a name that is another key's
 * name, or a new spelling of a merged subject (its label). Most articles bring none of these, so
 * the pairwise comparison of subjects runs rarely.
 */
export function addSubjectInfo(infos: Map<string, SubjectInfo>, evidence: ArticleEvidence, subjectKeys: Iterable<string>, isMerged: (key: string) => boolean = () => true): boolean {
  const { entities, mentions } = evidence.language;
  const wanted = new Set([...subjectKeys].filter((k) => MERGEABLE.has(typeOf(k))));
  if (wanted.size === 0) return false;
  let changed = false;
  const infoOf = (key: string): SubjectInfo => {
    let info = infos.get(key);
    if (!info) {
      infos.set(key, (info = { key, gazetteer: false, names: new Set(), labels: new Set() }));
      changed = true;
    }
    return info;
  };
  for (const key of wanted) infoOf(key);
  entities.forEach((entity, index) => {
    if (!wanted.has(entity.key)) return;
    const info = infoOf(entity.key);
    if (entity.gazetteerId !== null && !info.gazetteer) {
      info.gazetteer = true;
      changed = true;
    }
    if (!info.labels.has(entity.canonical)) {
      info.labels.add(entity.canonical);
      if (isMerged(entity.key)) changed = true;
    }
    const names = [entity.canonical, ...mentions.filter((m) => m.entity === index && NAME_MENTION_KINDS.has(m.kind)).map((m) => evidence.text.slice(m.span.start, m.span.end))];
    for (const name of names) {
      const folded = foldName(name);
      if (folded === '' || info.names.has(folded)) continue;
      info.names.add(folded);
      const other = `${typeOf(entity.key)}:${folded}`;
      if (other !== entity.key && infos.has(other)) changed = true;
    }
  });
  return changed;
}

/** Levenshtein distance, stopping early once it exceeds `limit` (returns limit + 1). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** True when `short` is `long` with letters left out, keeping its first letter ("utd" of "united"). */
function isLetterAbbreviation(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}

/** "Yugansk" of "Yuganskneftegas", "Man Utd" of "Manchester United": the first word a prefix of the first word, the others abbreviations of theirs. */
function abbreviationWhy(a: string, b: string): string | null {
  const [short, long] = letters(a).length <= letters(b).length ? [a, b] : [b, a];
  if (short === long || letters(short).length < SUBJECT_ABBREVIATION_MIN_LETTERS) return null;
  const s = short.split(' ');
  const l = long.split(' ');
  if (s.length > l.length || !l[0]!.startsWith(s[0]!)) return null;
  for (let i = 1; i < s.length; i++) if (!isLetterAbbreviation(s[i]!, l[i]!)) return null;
  return `"${short}" is a shortened form of "${long}"`;
}

/** "state owned rosneft" of "rosneft": the longer name is the shorter with describing words before it. */
function descriptorWhy(a: string, b: string): string | null {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long || !long.endsWith(` ${short}`)) return null;
  const extra = long.slice(0, long.length - short.length - 1).split(' ');
  return extra.every((w) => DESCRIPTORS.has(w)) ? `"${long}" is "${short}" with describing words before it` : null;
}

function typoWhy(a: string, b: string): string | null {
  const shorter = Math.min(letters(a).length, letters(b).length);
  if (shorter < SUBJECT_TYPO_MIN_LETTERS) return null;
  const limit = shorter >= SUBJECT_TYPO_LONG_LETTERS ? SUBJECT_TYPO_LONG_MAX_EDITS : SUBJECT_TYPO_MAX_EDITS;
  const distance = editDistance(a, b, limit);
  return distance <= limit ? `"${a}" and "${b}" differ by ${distance} letter${distance === 1 ? '' : 's'} (a misspelling)` : null;
}

/** Same surname, first names one a prefix of the other or one edit apart when long enough. */
function personWhy(a: string, b: string): string | null {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length < 2 || y.length < 2 || x[x.length - 1] !== y[y.length - 1]) return null;
  const fx = x[0]!;
  const fy = y[0]!;
  if (fx === fy) return null; // same first and last name: the language stage keys them alike already, or middle names differ
  const prefix = fx.startsWith(fy) || fy.startsWith(fx);
  const typo = Math.min(fx.length, fy.length) >= PERSON_FIRST_NAME_TYPO_MIN_LETTERS && editDistance(fx, fy, 1) <= 1;
  if (!prefix && !typo) return null;
  return `same surname, first names "${fx}" and "${fy}" ${prefix ? 'one short for the other' : 'one letter apart (a misspelling)'}`;
}

/** Why two subject keys name one subject, or null. */
export function sameSubjectWhy(a: SubjectInfo, b: SubjectInfo): string | null {
  const type = typeOf(a.key);
  if (type !== typeOf(b.key) || !MERGEABLE.has(type) || a.key === b.key) return null;
  const an = nameOf(a.key);
  const bn = nameOf(b.key);
  if (a.names.has(bn) || b.names.has(an)) return `the entity layer named "${an}" and "${bn}" as one ${type} in one article`;
  if (type === 'person') return personWhy(an, bn);
  // Describing words are no spelling: "state-owned Rosneft" is Rosneft even when the gazetteer knows it.
  const described = descriptorWhy(an, bn);
  if (described) return described;
  if (a.gazetteer || b.gazetteer) return null;
  return abbreviationWhy(an, bn) ?? typoWhy(an, bn);
}

/**
 * The merges among `infos`: each merged key → the key it joins and why. A name that matches two
 * subjects which do not match each other ("Deutsche" with "Deutsche Bank" and "Deutsche Boerse")
 * is ambiguous and merges with neither. Each group is named by its longest name (ties: smallest
 * key), so the result depends only on the keys seen.
 */
export function subjectMerges(infos: ReadonlyMap<string, SubjectInfo>): Map<string, SubjectMerge> {
  const byType = new Map<string, SubjectInfo[]>();
  for (const info of [...infos.values()].sort((a, b) => compareStrings(a.key, b.key))) {
    const list = byType.get(typeOf(info.key));
    if (list) list.push(info);
    else byType.set(typeOf(info.key), [info]);
  }
  const edges = new Map<string, Map<string, string>>();
  const link = (a: string, b: string, why: string) => {
    if (!edges.has(a)) edges.set(a, new Map());
    edges.get(a)!.set(b, why);
  };
  for (const list of byType.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const why = sameSubjectWhy(list[i]!, list[j]!);
        if (why === null) continue;
        link(list[i]!.key, list[j]!.key, why);
        link(list[j]!.key, list[i]!.key, why);
      }
    }
  }
  const ambiguous = new Set<string>();
  for (const [key, neighbours] of edges) {
    const others = [...neighbours.keys()];
    if (others.some((x, i) => others.slice(i + 1).some((y) => !edges.get(x)?.has(y)))) ambiguous.add(key);
  }
  const merges = new Map<string, SubjectMerge>();
  const seen = new Set<string>();
  for (const start of [...edges.keys()].sort(compareStrings)) {
    if (seen.has(start) || ambiguous.has(start)) continue;
    const component: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const key = queue.pop()!;
      component.push(key);
      for (const next of edges.get(key)?.keys() ?? []) {
        if (seen.has(next) || ambiguous.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    if (component.length < 2) continue;
    const canonical = component.reduce((best, key) => {
      const d = letters(nameOf(key)).length - letters(nameOf(best)).length;
      return d > 0 || (d === 0 && compareStrings(key, best) < 0) ? key : best;
    });
    const label = [...infos.get(canonical)!.labels].sort(compareStrings)[0] ?? nameOf(canonical);
    for (const key of component) {
      if (key === canonical) continue;
      const reasons = [...edges.get(key)!].filter(([other]) => component.includes(other)).map(([, why]) => why).sort(compareStrings);
      merges.set(key, { canonical, label, why: `same subject as "${nameOf(canonical)}": ${reasons.join('; ')}` });
    }
  }
  return merges;
}

/** A proposition id with its subject part (before the first "|") replaced by its merge's canonical key. */
export function mergedPropositionId<T extends string>(id: T, merges: ReadonlyMap<string, SubjectMerge>): T {
  const bar = id.indexOf('|');
  const merge = merges.get(id.slice(0, bar));
  return merge ? (`${merge.canonical}${id.slice(bar)}` as T) : id;
}
