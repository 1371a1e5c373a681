// The gazetteer's lookups, on the bundled data (the recogniser's real view) and on invented data
// (the rules of each index, one at a time).

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { foldForLookup } from '../tokens/normal.js';
import { gazetteerFromData, isGenericEntry, loadGazetteer, type GazetteerData, type GazetteerEntry } from './index.js';
import { readGazetteerFile } from './load.js';

const gazetteer = loadGazetteer();
const ids = (entries: readonly GazetteerEntry[]): string[] => entries.map((entry) => entry.id);

test('acronyms match as written: DPRK, NATO and Nato, NIS, US, but not the pronoun "us"', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['DPRK', ['country:KP']],
    ['NATO', ['body:nato']],
    ['Nato', ['body:nato']],
    ['NIS', ['agency:kr-nis']],
    ['US', ['country:US']],
    ['U.S.', ['country:US']],
    ['UK', ['country:GB']],
    ['KCNA', ['media:kcna']],
    ['us', []],
    ['nato', []],
  ];
  for (const [surface, expected] of cases) assert.deepEqual(ids(gazetteer.byAcronym(surface)), expected, surface);
});

test('demonyms find their country in singular and plural, and plurals follow English endings', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['north korean', ['country:KP']],
    ['north koreans', ['country:KP']],
    ['south korean', ['country:KR']],
    ['americans', ['country:US']],
    ['britons', ['country:GB']],
    ['ukrainians', ['country:UA']],
    ['chinese', ['country:CN']],
    ['chineses', []],
    ['britishs', []],
  ];
  for (const [folded, expected] of cases) assert.deepEqual(ids(gazetteer.byDemonym(folded)), expected, folded);
});

test('names, aliases and nominals find their entry, with links to what a capital or building stands for', () => {
  const cases: ReadonlyArray<readonly [string, string, string | null]> = [
    ['kiev', 'city:kyiv', 'country:UA'],
    ['kyiv', 'city:kyiv', 'country:UA'],
    ['pyongyang', 'city:pyongyang', 'country:KP'],
    ['washington', 'city:washington', 'country:US'],
    ['the kremlin', 'building:kremlin', 'body:ru-presidency'],
    ['kremlin', 'building:kremlin', 'body:ru-presidency'],
    ['the pentagon', 'building:pentagon', 'agency:us-defense-department'],
    ['downing street', 'building:downing-street', 'body:gb-pm-office'],
    ["democratic people's republic of korea", 'country:KP', null],
    ['burma', 'country:MM', null],
    ['ivory coast', 'country:CI', null],
    ['britain', 'country:GB', null],
    ['national intelligence service', 'agency:kr-nis', null],
    ['north atlantic treaty organization', 'body:nato', null],
  ];
  for (const [folded, id, standsFor] of cases) {
    const found = gazetteer.byName(folded);
    assert.deepEqual(ids(found), [id], folded);
    assert.equal(found[0]!.standsFor, standsFor, folded);
  }
  assert.ok(ids(gazetteer.byName('the north')).includes('country:KP'));
  assert.ok(ids(gazetteer.byName('the alliance')).includes('body:nato'));
  assert.deepEqual(ids(gazetteer.byName('north')), []);
});

test('role words know their kind, with and without abbreviation periods', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['mr', 'honorific'],
    ['mr.', 'honorific'],
    ['dr', 'honorific'],
    ['lt gen', 'rank'],
    ['lt. gen.', 'rank'],
    ['lieutenant general', 'rank'],
    ['general', 'rank'],
    ['president', 'office'],
    ['prime minister', 'office'],
    ['secretary-general', 'office'],
    ['spokesman', 'function'],
    ['spokeswoman', 'function'],
    ['analyst', 'function'],
  ];
  for (const [folded, kind] of cases) assert.equal(gazetteer.roleWord(folded)?.kind, kind, folded);
  assert.equal(gazetteer.roleWord('banana'), undefined);
});

test('a generic body resolves to the instance of the country in view, through partOf chains', () => {
  const generic = gazetteer.byName('foreign ministry');
  assert.deepEqual(ids(generic), ['generic:foreign-ministry']);
  assert.ok(isGenericEntry(generic[0]!));
  const cases: ReadonlyArray<readonly [string, string, string | undefined]> = [
    ['generic:foreign-ministry', 'country:RU', 'agency:ru-foreign-ministry'],
    ['generic:foreign-ministry', 'country:US', 'agency:us-state-department'],
    ['generic:defence-ministry', 'country:KR', 'agency:kr-defence-ministry'],
    ['generic:joint-chiefs', 'country:KR', 'agency:kr-jcs'],
    ['generic:general-staff', 'country:UA', 'agency:ua-general-staff'],
    ['generic:foreign-ministry', 'country:IS', undefined],
  ];
  for (const [genericId, countryId, expected] of cases) assert.equal(gazetteer.specificFor(genericId, countryId)?.id, expected, `${genericId} ${countryId}`);
  assert.deepEqual(ids(gazetteer.byName('russian foreign ministry')), ['agency:ru-foreign-ministry']);
});

test('loading twice returns the same indexed gazetteer', () => {
  assert.equal(loadGazetteer(), gazetteer);
});

test('every id is unique and every link points at an existing entry of the right kind', () => {
  const data = readBundledData();
  const byId = new Map(data.entries.map((entry) => [entry.id, entry]));
  assert.equal(byId.size, data.entries.length, 'duplicate ids');
  const broken: string[] = [];
  for (const entry of data.entries) {
    for (const field of ['standsFor', 'partOf', 'instanceOf'] as const) {
      const target = entry[field];
      if (target && !byId.has(target)) broken.push(`${entry.id}.${field} → ${target}`);
    }
    if (entry.instanceOf && !entry.instanceOf.startsWith('generic:')) broken.push(`${entry.id}.instanceOf is not generic`);
    if (entry.placeKind === 'city' && entry.standsFor && byId.get(entry.standsFor)?.type !== 'country') broken.push(`${entry.id} stands for a non-country`);
  }
  assert.deepEqual(broken, []);
});

test('no two entries of one type share a name, except the shared names the curated data lists', () => {
  const data = readBundledData();
  const meta = readCuratedMeta();
  const owners = new Map<string, Set<string>>();
  for (const entry of data.entries) {
    for (const name of [entry.canonical, ...entry.names]) {
      const key = `${entry.type}|${foldForLookup(name)}`;
      owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
    }
  }
  const shared = [...owners].filter(([, holders]) => holders.size > 1).map(([key]) => key).sort();
  const intended = meta.sharedNames.map((item) => `${item.type}|${foldForLookup(item.name)}`).sort();
  assert.deepEqual(shared, intended);
});

test('a name with a leading article is found without it only when the query drops it', () => {
  const gazetteerOfTowers = gazetteerFromData(inventedData([
    entry({ id: 'building:glass-tower', canonical: 'Glass Tower', nominals: ['the tower'] }),
    entry({ id: 'media:herald', type: 'media', canonical: 'The Harbour Herald' }),
  ]));
  assert.deepEqual(ids(gazetteerOfTowers.byName('the glass tower')), ['building:glass-tower']);
  assert.deepEqual(ids(gazetteerOfTowers.byName('glass tower')), ['building:glass-tower']);
  assert.deepEqual(ids(gazetteerOfTowers.byName('the tower')), ['building:glass-tower']);
  assert.deepEqual(ids(gazetteerOfTowers.byName('tower')), []);
  assert.deepEqual(ids(gazetteerOfTowers.byName('the harbour herald')), ['media:herald']);
  assert.deepEqual(ids(gazetteerOfTowers.byName('harbour herald')), []);
});

test('maxNameWords is the longest name, nominal or role phrase in words', () => {
  const invented = gazetteerFromData({
    ...inventedData([entry({ id: 'body:long', canonical: 'Four Word Invented Council', nominals: ['the five word invented body'] })]),
    roleWords: [{ text: 'chief spokesman', kind: 'function' }],
  });
  assert.equal(invented.maxNameWords, 5);
  assert.equal(invented.roleWord('chief spokesman')?.kind, 'function');
});

test('a missing or malformed gazetteer file is refused with its path and the rebuild command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  const missing = join(dir, 'absent.json');
  assert.throws(() => readGazetteerFile(missing), (error: Error) => error.message.includes(missing) && error.message.includes('npm run gazetteer'));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"version": "1", "sources": [], "entries": [{"id": "x"}], "roleWords": []}');
  assert.throws(() => readGazetteerFile(broken), (error: Error) => error.message.includes(broken) && error.message.includes('entries.0'));
});

function entry(fields: Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'canonical'>): GazetteerEntry {
  return { type: 'place', placeKind: null, names: [], acronyms: [], demonyms: [], nominals: [], wikidataId: null, iso2: null, standsFor: null, partOf: null, instanceOf: null, ...fields };
}

function inventedData(entries: GazetteerEntry[]): GazetteerData {
  return { version: 'test', sources: ['invented'], entries, roleWords: [] };
}

function readBundledData(): GazetteerData {
  return readGazetteerFile(join(repoRoot(), 'data', 'gazetteer', 'gazetteer.json'));
}

function readCuratedMeta(): { sharedNames: Array<{ name: string; type: string }> } {
  return readJson(join(repoRoot(), 'data', 'gazetteer', 'curated', 'meta.json')) as { sharedNames: Array<{ name: string; type: string }> };
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

test('name prefixes: every beginning of a name, nominal or demonym, with or without a leading "the"', () => {
  for (const phrase of ["democratic people's republic of korea", 'north koreans', 'the kremlin', 'kremlin']) {
    for (let length = 0; length <= phrase.length; length++) assert.ok(gazetteer.isNamePrefix(phrase.slice(0, length)), phrase.slice(0, length));
  }
  assert.ok(gazetteer.isNamePrefix('the'), 'a window may start on "the"');
  for (const folded of ['kremlin palace guards', 'north korea x', 'the zzq']) assert.equal(gazetteer.isNamePrefix(folded), false, folded);
});

test('name and role prefixes agree with byName, byDemonym and roleWord on invented data', () => {
  const entry = (id: string, canonical: string, names: string[], demonyms: string[] = []): GazetteerEntry => ({
    id, type: 'country', placeKind: 'country', canonical, names, acronyms: [], demonyms, nominals: [], wikidataId: null, iso2: null, standsFor: null, partOf: null,
  });
  const invented = gazetteerFromData({
    version: 'test',
    sources: [],
    entries: [entry('country:VD', 'Veldoria', ['Republic of Veldoria'], ['Veldorian']), entry('country:CS', 'Castavia', [])],
    roleWords: [{ text: 'Lt Gen', kind: 'rank' }, { text: 'spokesman', kind: 'function' }],
  });
  // Every key the lookups find is a prefix; widening a window past a non-prefix never finds anything.
  for (const key of ['veldoria', 'republic of veldoria', 'veldorian', 'castavia']) {
    assert.ok(invented.byName(key).length + invented.byDemonym(key).length > 0, key);
    assert.ok(invented.isNamePrefix(key), key);
  }
  assert.ok(invented.isNamePrefix('the republic of'));
  assert.equal(invented.isNamePrefix('republic of castavia'), false);
  for (const key of ['lt', 'lt gen', 'spokes', 'spokesman']) assert.ok(invented.isRoleWordPrefix(key), key);
  assert.equal(invented.isRoleWordPrefix('lt gen smith'), false);
  assert.equal(invented.isRoleWordPrefix('spokesmen'), false);
  for (const key of ['gen', 't gen', 'lt gen', 'man', 'spokesman']) assert.ok(invented.isRoleWordSuffix(key), key);
  assert.equal(invented.isRoleWordSuffix('smith lt gen'), false);
  assert.equal(invented.isRoleWordSuffix('spokes'), false);
  assert.deepEqual([...invented.roleWordKeys].sort(), ['lt gen', 'spokesman']);
});
