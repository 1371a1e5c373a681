// Text fingerprints for article identity: an exact key for "the same text" (case, punctuation and
// whitespace folded) and a MinHash signature for "near-identical text" (the same wire copy with a
// different headline or a corrected sentence). Pure and deterministic.

import { createHash } from 'node:crypto';

/** Number of hash functions in a signature; 64 gives a Jaccard estimate within about ±0.06. */
export const MINHASH_SIZE = 64;
/** Rows per LSH band: 16 bands of 4 rows make pairs with Jaccard >= ~0.5 collide in some band. */
export const LSH_ROWS_PER_BAND = 4;
/** Words per shingle. Five words keep common phrases ("said in a statement") from matching alone. */
export const SHINGLE_WORDS = 5;

export interface TextFingerprint {
  /** sha256 of the folded text: equal keys mean the same words in the same order. */
  readonly exactKey: string;
  readonly minhash: readonly number[];
  /** One key per LSH band, for finding candidate near-duplicates by equality lookups. */
  readonly bandKeys: readonly string[];
  readonly wordCount: number;
}

export function foldedWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function fingerprintText(text: string): TextFingerprint {
  const words = foldedWords(text);
  const exactKey = createHash('sha256').update(words.join(' ')).digest('hex');
  const minhash = minhashSignature(words);
  const bandKeys: string[] = [];
  for (let band = 0; band * LSH_ROWS_PER_BAND < MINHASH_SIZE; band++) {
    const rows = minhash.slice(band * LSH_ROWS_PER_BAND, (band + 1) * LSH_ROWS_PER_BAND);
    bandKeys.push(`${band}:${rows.map((r) => r.toString(36)).join('.')}`);
  }
  return { exactKey, minhash, bandKeys, wordCount: words.length };
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

function minhashSignature(words: readonly string[]): number[] {
  const signature = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  const shingleCount = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < shingleCount; i++) {
    const base = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' '));
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = mix32(base ^ SEEDS[k]!);
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: spreads a hash so each seed acts as an independent hash function. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS: readonly number[] = Array.from({ length: MINHASH_SIZE }, (_, k) => mix32((k + 1) * 0x9e3779b1));
