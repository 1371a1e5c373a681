// The build script's rules and its promise: the committed data/gazetteer/gazetteer.json is
// exactly what `npm run gazetteer` makes from the installed packages and the curated files.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  buildGazetteer,
  findRepoRoot,
  GAZETTEER_OUTPUT_PATH,
  readGazetteerSources,
  serialiseGazetteer,
  type CuratedSources,
  type SourceCity,
  type VersionedSource,
} from '../../../scripts/build-gazetteer.js';
import type { GazetteerData, GazetteerEntry } from './types.js';

const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
const sources = readGazetteerSources(repoRoot);

test('the committed gazetteer.json is what the build makes now from the packages and curated files', () => {
  const built = buildGazetteer(sources.worldCountries, sources.curated, sources.cities);
  const committedText = readFileSync(join(repoRoot, GAZETTEER_OUTPUT_PATH), 'utf8');
  const committed = JSON.parse(committedText) as GazetteerData;
  assert.equal(committed.version, built.version);
  assert.deepEqual(committed.sources, built.sources);
  assert.deepEqual(entryDifferences(committed.entries, built.entries), [], 'entries differ: run `npm run gazetteer` and commit the result');
  assert.deepEqual(committed.roleWords, built.roleWords, 'role words differ: run `npm run gazetteer`');
  assert.equal(committedText, serialiseGazetteer(built), 'same data, different layout: run `npm run gazetteer`');
});

test('building twice gives byte-identical output', () => {
  const first = serialiseGazetteer(buildGazetteer(sources.worldCountries, sources.curated, inventedCities([])));
  const second = serialiseGazetteer(buildGazetteer(sources.worldCountries, sources.curated, inventedCities([])));
  assert.equal(first, second);
});

test('package alternative spellings become names, acronyms or nothing by their form', () => {
  const kp = countryEntry(buildWith([]), 'KP');
  assert.ok(kp.names.includes("Democratic People's Republic of Korea"));
  assert.deepEqual(kp.acronyms, ['DPRK']);
  assert.ok(!kp.names.includes('KP'), 'the ISO code is not a name');
  assert.ok(!kp.names.some((name) => name.includes(',')), 'catalogue inversions are not names');
  assert.ok(!kp.names.some((name) => /[\u3131-\uD79D]/.test(name)), 'Hangul forms are not English names');
  const ae = countryEntry(buildWith([]), 'AE');
  assert.ok(ae.acronyms.includes('UAE'));
});

test('diacritic-free, Saint/St and unbracketed variants are added', () => {
  const data = buildWith([]);
  assert.ok(countryEntry(data, 'CI').names.includes("Cote d'Ivoire"));
  assert.ok(countryEntry(data, 'LC').names.includes('St Lucia'));
  assert.ok(countryEntry(data, 'VA').names.includes('Holy See'));
  assert.ok(!countryEntry(data, 'VA').names.some((name) => name.includes('(')));
});

test('demonym plurals follow the English ending, and a territory yields a shared demonym to its state', () => {
  const data = buildWith([]);
  assert.deepEqual(countryEntry(data, 'KP').demonyms, ['North Korean', 'North Koreans']);
  assert.deepEqual(countryEntry(data, 'CH').demonyms, ['Swiss']);
  assert.ok(countryEntry(data, 'CN').demonyms.includes('Chinese') && !countryEntry(data, 'CN').demonyms.includes('Chineses'));
  assert.ok(!countryEntry(data, 'MP').demonyms.includes('American'), 'Northern Marianas give "American" to the US');
  assert.ok(countryEntry(data, 'US').demonyms.includes('American'));
  assert.ok(countryEntry(data, 'CD').demonyms.includes('Congolese') && countryEntry(data, 'CG').demonyms.includes('Congolese'), 'two states keep a shared demonym');
});

test('cities are kept by seat rank and population, and merge with a capital spelt differently', () => {
  const data = buildWith([
    city('Invented Provincial Seat', 'KR', 'PPLA', 400_000),
    city('Small Provincial Seat', 'KR', 'PPLA', 200_000),
    city('Huge District Seat', 'KR', 'PPLA2', 1_500_000),
    city('Large District Seat', 'KR', 'PPLA2', 900_000),
    city('Huge Plain Town', 'KR', 'PPL', 5_000_000),
    city('Sanaa', 'YE', 'PPLA', 2_000_000),
  ]);
  const cityIds = data.entries.filter((entry) => entry.placeKind === 'city').map((entry) => entry.id);
  assert.ok(cityIds.includes('city:invented-provincial-seat'));
  assert.ok(cityIds.includes('city:huge-district-seat'));
  assert.ok(!cityIds.includes('city:small-provincial-seat'));
  assert.ok(!cityIds.includes('city:large-district-seat'));
  assert.ok(!cityIds.includes('city:huge-plain-town'));
  const sanaa = data.entries.filter((entry) => entry.partOf === 'country:YE' && entry.placeKind === 'city');
  assert.deepEqual(sanaa.map((entry) => [entry.id, entry.canonical, entry.standsFor]), [['city:sanaa', "Sana'a", 'country:YE']]);
  assert.equal(data.entries.find((entry) => entry.id === 'city:invented-provincial-seat')?.standsFor, null, 'only capitals stand for their country');
});

test('cities get the position of the most populous source city of their name; countries the population-weighted median of their cities', () => {
  const at = (name: string, population: number, lon: number, lat: number): SourceCity => ({ ...city(name, 'KR', 'PPLA', population), loc: { coordinates: [lon, lat] } });
  const data = buildWith([
    at('Westport Seat', 600_000, 126.0, 37.0),
    at('Westport Seat', 1_000, 140.0, 30.0),
    at('Eastport Seat', 500_000, 129.0, 35.0),
    at('Eastern Village', 2_000_000, 129.5, 35.5),
  ]);
  assert.deepEqual(data.entries.find((e) => e.id === 'city:westport-seat')?.position, { lat: 37, lon: 126 });
  // Half of the 3,101,000 people live at or west of 129.5°E, half at or south of 35.5°N.
  assert.deepEqual(countryEntry(data, 'KR').centre, { lat: 35.5, lon: 129.5 });
  assert.equal(countryEntry(data, 'JP').centre, undefined, 'a country with no placed city has no centre');
});

test('two cities of one name get their country in the id', () => {
  const data = buildWith([city('Twinford', 'KR', 'PPLA', 500_000), city('Twinford', 'JP', 'PPLA', 500_000)]);
  const twins = data.entries.filter((entry) => entry.canonical === 'Twinford').map((entry) => entry.id);
  assert.deepEqual(twins, ['city:twinford-jp', 'city:twinford-kr']);
});

test('a country instance of a generic body also answers to the generic names qualified by the country', () => {
  const ministry = buildWith([]).entries.find((entry) => entry.id === 'agency:ru-defence-ministry')!;
  assert.ok(ministry.names.includes('Russian Ministry of Defence'));
  assert.ok(ministry.names.includes('Russian Defense Ministry'));
  const usMinistry = buildWith([]).entries.find((entry) => entry.id === 'agency:us-state-department')!;
  assert.ok(usMinistry.names.includes('US Foreign Ministry'), 'the US adjective from the curated overrides');
});

test('broken curated data is refused with the entry at fault', () => {
  const cases: ReadonlyArray<readonly [string, (curated: CuratedSources) => CuratedSources, RegExp]> = [
    ['duplicate id', (c) => ({ ...c, regions: [...c.regions, c.regions[0]!] }), /two gazetteer entries have the id region:/],
    ['dangling link', (c) => ({ ...c, buildings: [{ ...c.buildings[0]!, standsFor: 'body:nowhere' }, ...c.buildings.slice(1)] }), /standsFor body:nowhere is not an entry/],
    ['stale city drop', (c) => ({ ...c, cities: { ...c.cities, drops: [...c.cities.drops, { country: 'KR', source: 'Nowhereville', why: 'test' }] } }), /drops match no kept city: KR\|nowhereville/],
    ['stale city override', (c) => ({ ...c, cities: { ...c.cities, overrides: [...c.cities.overrides, { country: 'KR', source: 'Nowhereville', names: [] }] } }), /Nowhereville \(KR\) matches no city/],
    ['unknown country', (c) => ({ ...c, countries: { ...c.countries, wikidataIds: { ...c.countries.wikidataIds, ZZ: 'Q1' } } }), /ZZ, which world-countries does not have/],
  ];
  for (const [label, breakIt, message] of cases) {
    assert.throws(() => buildGazetteer(sources.worldCountries, breakIt(sources.curated), sources.cities), message, label);
  }
});

function buildWith(cities: SourceCity[]): GazetteerData {
  return buildGazetteer(sources.worldCountries, sources.curated, inventedCities(cities));
}

function inventedCities(records: SourceCity[]): VersionedSource<SourceCity> {
  // The curated overrides and drops name real package cities; keep them resolvable with stand-ins.
  const standIns = [...sources.curated.cities.overrides, ...sources.curated.cities.drops]
    .filter((fix) => !sources.worldCountries.records.some((country) => country.cca2 === fix.country && country.capital.includes(fix.source)))
    .map((fix) => city(fix.source, fix.country, 'PPLA', 1_000_000));
  return { label: 'invented-cities@0', records: [...standIns, ...records] };
}

function city(name: string, country: string, featureCode: string, population: number): SourceCity {
  return { name, country, featureCode, population };
}

function countryEntry(data: GazetteerData, iso2: string): GazetteerEntry {
  const found = data.entries.find((entry) => entry.id === `country:${iso2}`);
  assert.ok(found, `country:${iso2}`);
  return found;
}

/** Ids added, removed or changed between two entry lists (the first 20), for a readable failure. */
function entryDifferences(committed: readonly GazetteerEntry[], built: readonly GazetteerEntry[]): string[] {
  const before = new Map(committed.map((entry) => [entry.id, JSON.stringify(entry)]));
  const after = new Map(built.map((entry) => [entry.id, JSON.stringify(entry)]));
  const differences: string[] = [];
  for (const [id, text] of after) if (before.get(id) !== text) differences.push(before.has(id) ? `changed ${id}` : `new ${id}`);
  for (const id of before.keys()) if (!after.has(id)) differences.push(`removed ${id}`);
  return differences.slice(0, 20);
}
