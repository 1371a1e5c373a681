// Canonical entity keys: the same key for the same entity in every article, so the store can
// join them. A gazetteer id when the entity is linked, else its type and its folded name with
// hyphens, dots and middle initials gone ("Ahn Tae-rim" and "Ahn Taerim" → "person:ahn taerim").

import type { EntityKey, EntityType } from '../../model/language.js';
import { foldForLookup } from '../tokens/index.js';
import { REGION_WORDS_IN_KEYS } from './rules.js';

export function gazetteerKey(id: string): EntityKey {
  return id as EntityKey;
}

/** The words of a name as keys compare them: folded, without hyphens, dots and apostrophes. */
export function keyWords(name: string): string[] {
  return foldForLookup(name)
    .replace(/[-.\u2010\u2011'’]/g, '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** "person:halvard omsk" for "Halvard J Omsk": single-letter initials are dropped so variants meet. */
export function personKey(parts: readonly string[]): EntityKey {
  const kept = parts.filter((p) => p.length > 1);
  return `person:${(kept.length > 0 ? kept : parts).join(' ')}` as EntityKey;
}

/** `${type}:${folded name}` without a leading "the"; places drop region words ("Hollin Region" → "place:hollin"). */
export function nameKey(type: EntityType, name: string): EntityKey {
  let words = keyWords(name);
  if (words[0] === 'the' && words.length > 1) words = words.slice(1);
  if (type === 'place') {
    const kept = words.filter((w) => !REGION_WORDS_IN_KEYS.has(w));
    if (kept.length > 0) words = kept;
  }
  return `${type}:${words.join(' ')}` as EntityKey;
}

/** A country's body named by description: "government_body:veldoria foreign ministry". */
export function countryBodyKey(type: EntityType, countryCanonical: string, descriptor: string): EntityKey {
  return `${type}:${keyWords(countryCanonical).join(' ')} ${descriptor}` as EntityKey;
}

/** Folded gazetteer texts (canonical names, nominals): a fixed set, folded once rather than at every hit. */
const foldedGazetteerTexts = new Map<string, string>();

/** foldForLookup of a text from the gazetteer, memoised. Never for article text, which would grow the memo without bound. */
export function foldGazetteerText(text: string): string {
  let folded = foldedGazetteerTexts.get(text);
  if (folded === undefined) foldedGazetteerTexts.set(text, (folded = foldForLookup(text)));
  return folded;
}
