// Canonical names: the one name an entity is printed under, chosen from the names the article
// writes (people) or the gazetteer lists (bodies). Keys (keys.ts) already make variants meet; this
// makes them print alike, following news and the seed gold conventions:
//   - a person is named by the fullest name written, without a middle initial when the article
//     also writes the name without it ("Halvard J Omsk" and "Halvard Omsk" → "Halvard Omsk");
//   - a fused romanised Korean given name is hyphenated ("Ahn Taerim" → "Ahn Tae-rim");
//   - a government body is named by its formal "Ministry of …" / "Department of …" name when the
//     gazetteer lists one that keeps every word of its short name ("US Treasury" → "US Department
//     of the Treasury");
//   - a state news agency is named by its acronym ("IRNA"), as news cites such agencies.

import type { GazetteerEntry } from '../gazetteer/index.js';
import { keyWords } from './keys.js';
import { ACRONYM_NAMED_CLASS, FORMAL_BODY_NAME, KOREAN_FAMILY_NAMES, KOREAN_GIVEN_NAME_SYLLABLES } from './rules.js';

/** Words a body's short name and its formal name need not share: the body nouns themselves. */
const BODY_NOUNS: ReadonlySet<string> = new Set(['ministry', 'department']);

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word);
}

/**
 * The canonical name of a person from the names the article writes for them (titles left out),
 * or null when it writes none.
 */
export function personCanonical(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  let chosen = names.reduce((best, s) => (s.length > best.length ? s : best));
  const words = chosen.split(/\s+/);
  if (words.length >= 3 && words.slice(1, -1).some(isInitial)) {
    const withoutInitials = keyWords([words[0], ...words.slice(1, -1).filter((w) => !isInitial(w)), words[words.length - 1]].join(' '));
    const written = names.find((n) => sameWords(keyWords(n), withoutInitials));
    if (written) chosen = written;
  }
  // A hyphenated spelling of the same name beats a fused or spaced one ("Tae-rim" over "Taerim").
  const hyphenated = names.find((n) => n.includes('-') && sameWords(keyWords(n), keyWords(chosen)));
  if (hyphenated) return hyphenated;
  return hyphenateKoreanGivenName(chosen);
}

/** "Ahn Taerim" → "Ahn Tae-rim"; any other name unchanged. */
export function hyphenateKoreanGivenName(name: string): string {
  const words = name.split(' ');
  if (words.length !== 2) return name;
  const [family, given] = words as [string, string];
  if (!KOREAN_FAMILY_NAMES.has(family.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(given)) return name;
  const lower = given.toLowerCase();
  const splits: number[] = [];
  for (let at = 1; at < lower.length; at++) {
    if (KOREAN_GIVEN_NAME_SYLLABLES.has(lower.slice(0, at)) && KOREAN_GIVEN_NAME_SYLLABLES.has(lower.slice(at))) splits.push(at);
  }
  if (splits.length !== 1) return name;
  const at = splits[0]!;
  return `${family} ${given.slice(0, at)}-${given.slice(at)}`;
}

/** A gazetteer entry's canonical name: a body's formal name or a state agency's acronym (see the file comment), else the gazetteer's. */
export function entryCanonical(entry: GazetteerEntry): string {
  if (entry.instanceOf === ACRONYM_NAMED_CLASS && entry.acronyms.length === 1) return entry.acronyms[0]!;
  if (entry.type !== 'government_body' || FORMAL_BODY_NAME.test(entry.canonical)) return entry.canonical;
  const wanted = keyWords(entry.canonical).filter((w) => !BODY_NOUNS.has(w));
  const firstWord = entry.canonical.split(' ')[0]!;
  const formal = entry.names
    .filter((n) => FORMAL_BODY_NAME.test(n))
    .filter((n) => {
      const words = new Set(keyWords(n));
      return wanted.every((w) => words.has(w));
    })
    .sort((a, b) => Number(!a.startsWith(`${firstWord} `)) - Number(!b.startsWith(`${firstWord} `)) || a.length - b.length || (a < b ? -1 : 1));
  return formal[0] ?? entry.canonical;
}
