// The gazetteer's shape: the countries, capitals, international bodies, government agencies,
// buildings used as metonyms, and the titles and role words the entity recogniser knows before
// it reads an article. Built as data (data/gazetteer/) by scripts/build-gazetteer.ts.

import type { EntityType, PlaceKind } from '../../model/language.js';

export interface GazetteerEntry {
  /** Stable id: "country:KP", "city:pyongyang", "body:nato", "agency:kr-nis", "building:kremlin". */
  readonly id: string;
  readonly type: EntityType;
  /** Set for countries and places. */
  readonly placeKind: PlaceKind | null;
  /** The name Crosscheck shows: "North Korea", "NATO", "National Intelligence Service". */
  readonly canonical: string;
  /**
   * Every other full name and spelling that means this entry, case as usually written:
   * "Democratic People's Republic of Korea", "Kiev", "the North Atlantic Treaty Organization".
   */
  readonly names: readonly string[];
  /** Upper-case short forms matched case-sensitively (or as written, e.g. "Nato"): "DPRK", "NIS". */
  readonly acronyms: readonly string[];
  /** Adjectival and plural forms: "North Korean", "North Koreans". Kept apart from names. */
  readonly demonyms: readonly string[];
  /**
   * Descriptions that refer back to this entry once it has been named in the article:
   * "the alliance" (NATO), "the North" (North Korea, when South Korea is in view), "the agency".
   */
  readonly nominals: readonly string[];
  readonly wikidataId: string | null;
  /** ISO 3166-1 alpha-2 for countries ("KP"); null otherwise. */
  readonly iso2: string | null;
  /** Id of the entry this one stands for when used as an actor: capital → its country, "building:kremlin" → "body:ru-presidency". */
  readonly standsFor: string | null;
  /** Id of the country or body an agency or office belongs to: "agency:kr-nis" → "country:KR". */
  readonly partOf: string | null;
  /**
   * For one country's ministry or institution, the generic entry it is an instance of
   * ("agency:ru-foreign-ministry" → "generic:foreign-ministry"), so a bare "the Foreign Ministry"
   * can be resolved to the country in view. Null (or absent, in older data) otherwise.
   */
  readonly instanceOf?: string | null;
  /** Where a city is. Absent for other entries and for cities the sources place nowhere. */
  readonly position?: GeoPoint;
  /**
   * For a country: the population-weighted median of its cities' latitudes and longitudes, the
   * line that splits "eastern" from "western" and "northern" from "southern" parts of it.
   */
  readonly centre?: GeoPoint;
}

/** Degrees north (latitude) and east (longitude). */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** A title written before a name ("Mr", "Lt Gen", "President") or a role word in a description ("spokesman"). */
export interface RoleWord {
  readonly text: string;
  /** honorific: Mr/Mrs/Dr, dropped from canonical names; rank: military and police ranks; office: president, minister; function: spokesman, director, lawmaker. */
  readonly kind: 'honorific' | 'rank' | 'office' | 'function';
}

export interface GazetteerData {
  /** The version of the data: bump when entries change, so stored entity keys can be traced. */
  readonly version: string;
  /** Where each part came from: package names and versions, or "hand-written". */
  readonly sources: readonly string[];
  readonly entries: readonly GazetteerEntry[];
  readonly roleWords: readonly RoleWord[];
}

/** An entry with only the fields given; every list empty and every link null otherwise. */
export function gazetteerEntry(fields: Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'type' | 'canonical'>): GazetteerEntry {
  return {
    placeKind: null,
    names: [],
    acronyms: [],
    demonyms: [],
    nominals: [],
    wikidataId: null,
    iso2: null,
    standsFor: null,
    partOf: null,
    ...fields,
  };
}
