// franc's language guess (franc-min: its data, its scoring), computed faster for a fixed list of
// candidate languages. franc rebuilds a trigram dictionary object per call and, per candidate,
// looks every trigram of the sample up in that language's dictionary object (36 candidates × ~250
// trigrams of a 300-character sample): on the BBC corpus that was half of extraction's time. Here
// the candidates' rank tables are merged once into one Map, trigram → (language, rank) pairs, so a
// guess is one Map read per distinct trigram of the sample, and ASCII trigrams are keyed by number.
//
// The answer is franc's, to the letter: the same cleaning, the same trigram counts, the same
// distance sum (integers, so summation order is immaterial) and the same tie-break (the language
// listed first in franc's data wins, as its stable sort keeps).

import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants: the longest sample it reads, and the distance of a trigram a language lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
const UNDETERMINED = 'und';

interface ScriptModel {
  /** Candidate languages written in this script, in franc's data order (its tie-break order). */
  readonly languages: readonly string[];
  /** Trigram key (see trigramKey) → flat pairs [language index, rank, language index, rank, …]. */
  readonly ranks: ReadonlyMap<TrigramKey, readonly number[]>;
}

export interface LanguageGuesser {
  /** franc(sample, { minLength, only: candidates }): an ISO 639-3 code, or 'und'. */
  guess(sample: string): string;
}

export function createLanguageGuesser(candidates: readonly string[], minLength: number): LanguageGuesser {
  const allowed = new Set(candidates);
  const models = new Map<string, ScriptModel>();
  for (const [script, languages] of Object.entries(data)) {
    const kept = Object.keys(languages).filter((language) => allowed.has(language));
    const ranks = new Map<TrigramKey, number[]>();
    kept.forEach((language, index) => {
      const trigrams = languages[language]!.split('|');
      // franc's rank of a trigram listed twice is its first position.
      const seen = new Set<string>();
      trigrams.forEach((trigram, rank) => {
        if (seen.has(trigram)) return;
        seen.add(trigram);
        // Every trigram in franc's data is three UTF-16 units; anything else could never meet one cut from a sample.
        const key = trigram.length === 3 ? trigramKey(trigram, 0) : trigram;
        const pairs = ranks.get(key);
        if (pairs) pairs.push(index, rank);
        else ranks.set(key, [index, rank]);
      });
    });
    models.set(script, { languages: kept, ranks });
  }
  const scripts = Object.entries(expressions);

  return {
    guess(value) {
      if (!value || value.length < minLength) return UNDETERMINED;
      const sample = value.slice(0, MAX_LENGTH);
      const [script, share] = topScript(sample, scripts);
      if (script === undefined) return UNDETERMINED;
      const model = models.get(script);
      // Scripts franc has no trigrams for name their one language ("kor", "jpn", …).
      if (!model) return share === 0 || !allowed.has(script) ? UNDETERMINED : script;
      return closest(sample, model);
    },
  };
}

/** The script whose characters occur most in the sample (the first listed wins a tie), and its share. */
function topScript(sample: string, scripts: readonly (readonly [string, RegExp])[]): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const [script, expression] of scripts) {
    const count = (sample.match(expression)?.length ?? 0) / sample.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** The candidate nearest the sample's trigram profile, franc's way. */
function closest(sample: string, model: ScriptModel): string {
  if (model.languages.length === 0) return UNDETERMINED;
  const counts = trigramCounts(sample);
  // Every trigram costs MAX_DIFFERENCE unless the language ranks it; then |count − rank − 1|.
  const distances = new Array<number>(model.languages.length).fill(MAX_DIFFERENCE * counts.size);
  for (const [key, count] of counts) {
    const pairs = model.ranks.get(key);
    if (!pairs) continue;
    for (let k = 0; k < pairs.length; k += 2) distances[pairs[k]!]! += Math.abs(count - pairs[k + 1]! - 1) - MAX_DIFFERENCE;
  }
  let best = 0;
  for (let l = 1; l < distances.length; l++) if (distances[l]! < distances[best]!) best = l;
  return model.languages[best]!;
}

/**
 * A trigram as a Map key: three ASCII units packed in one small integer (no string is cut out of
 * the sample for them), any other trigram as its string. Equal trigrams get equal keys, and the
 * two kinds never meet.
 */
type TrigramKey = number | string;

function trigramKey(text: string, at: number): TrigramKey {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) < 128 ? (a << 14) | (b << 7) | c : text.slice(at, at + 3);
}

/** trigram-utils' asDictionary: ASCII punctuation and digits become spaces, whitespace runs one space, lower case, padded. */
function trigramCounts(sample: string): Map<TrigramKey, number> {
  const cleaned = ` ${sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<TrigramKey, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const key = trigramKey(cleaned, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
