// Metonyms: a capital or a building the gazetteer says stands for a government ("Marrowgate",
// "the Kremlin") is read as an actor when the sentence makes it one: the subject of a verb,
// a possessor ("Marrowgate's envoy"), an agent ("criticised by Marrowgate"), a party ("talks with
// Marrowgate", "sanctions against Marrowgate"), the source ("according to Marrowgate") or the holder
// of a title ("Kremlin spokesperson"). Travel and location ("flew to Marrowgate", "a Marrowgate
// hospital", "the envoy in Marrowgate") keep the literal place.

import { isPossessive } from './roles.js';
import { ACCORDING_TO, ACTOR_NOUNS_AFTER, ACTOR_PREPOSITIONS, ADVERBS_BEFORE_VERB, ATTACK_WORDS, DIRECTIONAL_PREPOSITIONS, LIST_CONJUNCTIONS, LITERAL_PREPOSITIONS, MAX_COORDINATED_NAMES, MOTION_LOOK_BACK_TOKENS, MOTION_WORDS, PLACE_NOUNS_AFTER } from './rules.js';
import { sameSentence, type ArticleView } from './view.js';

export type MetonymReading = 'actor' | 'literal';

export interface MetonymSite {
  /** Token range of the mention. */
  readonly first: number;
  readonly last: number;
  /** A building (the Kremlin) rather than a city: buildings are actors unless the sentence says otherwise. */
  readonly isBuilding: boolean;
  /** The mention sits inside another mention's title ("Kremlin spokesperson Orla Brant"). */
  readonly insideTitle: boolean;
}


function isMotion(view: ArticleView, i: number): boolean {
  const token = view.tokens[i]!;
  return MOTION_WORDS.has(token.normal) || MOTION_WORDS.has(token.lemma);
}

/**
 * How the sentence uses a capital or building at `site`. `previousConjunct` is the reading of a
 * capital or building just before it in a list ("criticised by Marrowgate, Tollbridge and Paris").
 */
export function readMetonym(view: ArticleView, site: MetonymSite, previousConjunct: MetonymReading | null): MetonymReading {
  if (site.insideTitle) return 'actor';
  const n = view.tokens.length;
  const next = site.last < n && sameSentence(view, site.last, site.first) ? site.last : -1;
  if (next >= 0 && isPossessive(view, next)) return 'actor';
  if (next >= 0) {
    const word = view.tokens[next]!.normal;
    if (ACTOR_NOUNS_AFTER.has(word)) return 'actor';
    if (PLACE_NOUNS_AFTER.has(word)) return 'literal';
  }
  let p = site.first - 1;
  if (p >= 0 && view.tokens[p]!.normal === 'the') p--;
  if (p >= 0 && sameSentence(view, p, site.first)) {
    const token = view.tokens[p]!;
    const word = token.normal;
    if (word === ACCORDING_TO[1] && p > 0 && view.tokens[p - 1]!.normal === ACCORDING_TO[0]) return 'actor';
    if (LITERAL_PREPOSITIONS.has(word)) return 'literal';
    if (DIRECTIONAL_PREPOSITIONS.has(word)) return motionBefore(view, p) ? 'literal' : 'actor';
    if (ACTOR_PREPOSITIONS.has(word)) return (word === 'on' || word === 'against') && attackBefore(view, p) ? 'literal' : 'actor';
    if (token.pos === 'VERB') return isMotion(view, p) ? 'literal' : 'actor';
    if (LIST_CONJUNCTIONS.has(word) && previousConjunct) return previousConjunct;
    // "Why would the deal help Marrowgate?": a content word before it and the sentence ends: its object.
    const endsSentence = next < 0 || /^[.?!]$/.test(view.surfaces[next]!);
    if (endsSentence && token.pos === 'NOUN' && !isMotion(view, p)) return 'actor';
  }
  if (isSubject(view, site)) return 'actor';
  return site.isBuilding ? 'actor' : 'literal';
}

function motionBefore(view: ArticleView, preposition: number): boolean {
  for (let k = preposition - 1; k >= 0 && preposition - k <= MOTION_LOOK_BACK_TOKENS && sameSentence(view, k, preposition); k--) {
    if (isMotion(view, k)) return true;
  }
  return false;
}

function attackBefore(view: ArticleView, preposition: number): boolean {
  for (let k = preposition - 1; k >= 0 && preposition - k <= MOTION_LOOK_BACK_TOKENS && sameSentence(view, k, preposition); k--) {
    const token = view.tokens[k]!;
    if (ATTACK_WORDS.has(token.normal) || ATTACK_WORDS.has(token.lemma)) return true;
  }
  return false;
}

/** "Marrowgate has sent", "Marrowgate and Paris have denied", "Marrowgate also said": a verb follows the name (and its conjuncts). */
function isSubject(view: ArticleView, site: MetonymSite): boolean {
  const n = view.tokens.length;
  let k = site.last;
  let names = 0;
  while (k < n && sameSentence(view, k, site.first)) {
    const token = view.tokens[k]!;
    if (LIST_CONJUNCTIONS.has(token.normal) && k + 1 < n && view.capitalised[k + 1] && names < MAX_COORDINATED_NAMES) {
      k++;
      while (k < n && (view.capitalised[k] || token.normal === 'and') && view.tokens[k]!.pos !== 'VERB' && view.tokens[k]!.pos !== 'AUX') k++;
      names++;
      continue;
    }
    if (ADVERBS_BEFORE_VERB.has(token.normal)) {
      k++;
      continue;
    }
    return token.pos === 'VERB' || token.pos === 'AUX';
  }
  return false;
}
