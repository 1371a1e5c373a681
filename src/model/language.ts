// The language stage's reading of one article: tokens and sentences, the entities the article
// speaks of with every mention linked to them, the figures and the times. Everything is a Span
// into ExtractedArticle.text; claims and reconcile read this, never the language stage's code.

import type { Quantity } from './quantity.js';
import type { Span } from './span.js';
import type { TimeExpression } from './time-expression.js';

/** Universal Dependencies part-of-speech tags (the tagger's inventory), plus SPACE for line breaks. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  readonly span: Span;
  readonly pos: PartOfSpeech;
  /** Lower case, quotes and dashes folded to ASCII, no-break spaces to spaces: for lexicon lookups. */
  readonly normal: string;
  /** Dictionary form ("said" → "say", "troops" → "troop"); equals `normal` when the tagger has none. */
  readonly lemma: string;
}

/** Half-open range of token indices [first, end). */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

export interface Sentence {
  readonly span: Span;
  readonly tokens: TokenRange;
  /** Index into ExtractedArticle.blocks: sentences never cross a block. */
  readonly block: number;
}

/** What an entity is. Places carry a finer `placeKind`. */
export type EntityType =
  | 'person'
  | 'organisation'
  | 'government_body'
  | 'country'
  | 'place'
  | 'military_unit'
  | 'media'
  | 'event'
  | 'treaty'
  | 'other';

export type PlaceKind = 'country' | 'region' | 'city' | 'facility' | 'other';

/**
 * A canonical id, the same in every article and across the store: a gazetteer id ("country:KP",
 * "body:nato", "agency:kr-nis") when the gazetteer knows the entity, else the type and the folded
 * full name ("person:ahn tae rim"), so "Ahn Tae-rim" and "Ahn Taerim" meet.
 */
export type EntityKey = string & { readonly __entityKey: true };

export interface Entity {
  readonly key: EntityKey;
  /** The fullest proper name the article (or gazetteer) gives: "Maria Okafor", "Veldoria". */
  readonly canonical: string;
  readonly type: EntityType;
  /** Set for places and countries. */
  readonly placeKind: PlaceKind | null;
  /** The gazetteer entry this entity was linked to, when there is one. */
  readonly gazetteerId: string | null;
  /** Wikidata QID from the gazetteer, when it has one. */
  readonly wikidataId: string | null;
  /** The role the article gives a person or body ("White House national security spokesman"). */
  readonly role: string | null;
  /** The organisation or country a person or body belongs to, when the text or gazetteer says. */
  readonly affiliation: EntityKey | null;
  /**
   * For a capital or building that news uses for a government (Pyongyang, the Kremlin): what it
   * stands for when used as an actor. The entity itself stays a place or building.
   */
  readonly standsFor: EntityKey | null;
  /** Where a gazetteer place lies, when the gazetteer knows (cities and countries). */
  readonly geo?: EntityGeo;
}

/** Degrees north (lat) and east (lon). */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/**
 * Where a place lies: a city's position; for a country, its population centre (the point its
 * people split east from west and north from south), which is what "eastern Vardia" is east of.
 */
export interface EntityGeo extends GeoPoint {
  /** The country it lies in (itself for a country). */
  readonly country: EntityKey | null;
  /** That country's population centre, when known. */
  readonly countryCentre: GeoPoint | null;
}

/** How a mention names its entity. */
export type MentionKind =
  | 'name' // "Maria Okafor", "Veldoria"
  | 'titled-name' // "presidential spokeswoman Maria L Okafor": role and name together
  | 'short-name' // "Ms Okafor", "Okafor", "Putin"
  | 'acronym' // "NIS", "DPRK", "Nato"
  | 'alias' // a name variant from the gazetteer: "the North", "Kiev", "Democratic People's Republic of Korea"
  | 'nominal' // a description that refers back: "the agency", "the alliance", "the defence minister"
  | 'demonym'; // "North Korean troops": about the country, not a mention of it as an actor

export interface EntityMention {
  readonly span: Span;
  /** Index into LanguageAnnotations.entities. */
  readonly entity: number;
  readonly kind: MentionKind;
  /** The role words inside a titled name or a nominal ("national security spokesman"). */
  readonly roleSpan: Span | null;
  /**
   * Set when this mention of a capital or building is used as an actor ("Pyongyang denied…"): the
   * index of the entity it stands for. Null for a literal use ("troops arrived in Pyongyang").
   */
  readonly actsFor: number | null;
}

export interface LanguageAnnotations {
  readonly tokens: readonly Token[];
  /** In text order, not overlapping. */
  readonly sentences: readonly Sentence[];
  /** One per distinct entity in the article, in order of first mention. */
  readonly entities: readonly Entity[];
  /** In text order. */
  readonly mentions: readonly EntityMention[];
  readonly quantities: readonly Quantity[];
  readonly times: readonly TimeExpression[];
}
