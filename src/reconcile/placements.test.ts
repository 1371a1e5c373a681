// Where claims put what they tell, and two voices that place it, in the same days, in parts of one
// country that cannot overlap (issue 5: "training in eastern Vardia" against "arriving in Vardia's
// Lorn region", west of its population centre).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimRelation } from '../model/index.js';
import { buildEvidence, type ArticleSpec, type EntitySpec, type SpeakerSpec } from './fixture-builder.js';
import { reconcileStory } from './index.js';
import { placementsOf } from './placements.js';

const VARDIA_CENTRE = { lat: 50, lon: 40 };
const VARDIA: EntitySpec = { key: 'country:VA', canonical: 'Vardia', type: 'country', mentions: ['Vardia'], geo: { ...VARDIA_CENTRE, country: 'country:VA' as never, countryCentre: VARDIA_CENTRE } };
const KESTRIA: EntitySpec = { key: 'country:KS', canonical: 'Kestria', type: 'country', mentions: ['Kestria'], demonyms: ['Kestrian'] };
const cityOf = (name: string, lon: number): EntitySpec => ({
  key: `city:${name.toLowerCase()}`,
  canonical: name,
  type: 'place',
  placeKind: 'city',
  mentions: [name],
  geo: { lat: 51, lon, country: 'country:VA' as never, countryCentre: VARDIA_CENTRE },
});
const LORN = cityOf('Lorn', 36);
const TESSPORT = cityOf('Tessport', 120);
const ALLIANCE: SpeakerSpec = { name: 'Lumen Alliance', type: 'organisation' };
const OSTREL: SpeakerSpec = { name: 'Ostrel intelligence', type: 'government', affiliation: 'Ostrel' };

function training(on: string): ArticleSpec {
  return {
    id: `training-${on}`,
    outlet: 'Harbour Gazette',
    published: on,
    text: 'Training\n\nThe Lumen Alliance said on Monday that Kestrian troops were training at three bases in eastern Vardia.',
    entities: [VARDIA, KESTRIA],
    times: [{ text: 'on Monday', start: on }],
    claims: [{ source: 'The Lumen Alliance', cue: 'said', content: 'that Kestrian troops were training at three bases in eastern Vardia', speaker: ALLIANCE, statementTime: 'on Monday' }],
  };
}

function arrival(on: string, city: EntitySpec): ArticleSpec {
  return {
    id: `arrival-${on}-${city.canonical}`,
    outlet: 'Valley Post',
    published: on,
    text: `Arrival\n\nOstrel intelligence said on Monday that Kestrian troops had arrived in Vardia's ${city.canonical} region.`,
    entities: [VARDIA, KESTRIA, city],
    times: [{ text: 'on Monday', start: on }],
    claims: [{ source: 'Ostrel intelligence', cue: 'said', content: `that Kestrian troops had arrived in Vardia's ${city.canonical} region`, speaker: OSTREL, statementTime: 'on Monday' }],
  };
}

const placementRelations = (specs: readonly ArticleSpec[]): ClaimRelation[] => reconcileStory('invented', specs.map(buildEvidence)).claimRelations.filter((r) => r.rule === 'different-places');

test('a claim is placed by a compass part of a country or by a named place, with the words that say so', () => {
  const evidence = buildEvidence(arrival('2031-07-07', LORN));
  assert.deepEqual(placementsOf(evidence, evidence.claims[0]!).map((p) => [p.countryName, p.part.kind, p.words]), [['Vardia', 'place', "in Vardia's Lorn"]]);
  const east = buildEvidence(training('2031-07-07'));
  assert.deepEqual(placementsOf(east, east.claims[0]!).map((p) => [p.part, p.words]), [[{ kind: 'side', side: 'east' }, 'in eastern Vardia']]);
});

test('two voices placing it in the same days east of a country and in a city west of its centre disagree on where', () => {
  const [relation, ...rest] = placementRelations([training('2031-07-07'), arrival('2031-07-07', LORN)]);
  assert.equal(rest.length, 0);
  assert.ok(relation);
  assert.equal(relation.kind, 'contradiction');
  assert.deepEqual([relation.a.speaker.name, relation.b.speaker.name].sort(), ['Lumen Alliance', 'Ostrel intelligence']);
  assert.match(relation.why, /puts it (in eastern Vardia|in Vardia's Lorn) and/);
  assert.match(relation.why, /Lorn \(51°N 36°E\) lies west of Vardia's population centre \(50°N 40°E\), outside "eastern Vardia"/);
});

test('"Vardia\'s Far East" names the east of Vardia', () => {
  const spec: ArticleSpec = { ...training('2031-07-07'), text: 'Training\n\nThe Lumen Alliance said on Monday that Kestrian troops were shipped to Vardia\'s Far East.', claims: [{ source: 'The Lumen Alliance', cue: 'said', content: "that Kestrian troops were shipped to Vardia's Far East", speaker: ALLIANCE, statementTime: 'on Monday' }] };
  const evidence = buildEvidence(spec);
  assert.deepEqual(placementsOf(evidence, evidence.claims[0]!).map((p) => [p.part, p.words]), [[{ kind: 'side', side: 'east' }, "to Vardia's Far East"]]);
});

test('no disagreement for a city inside the side named, or for placements weeks apart', () => {
  assert.deepEqual(placementRelations([training('2031-07-07'), arrival('2031-07-07', TESSPORT)]), []);
  assert.deepEqual(placementRelations([training('2031-07-07'), arrival('2031-07-28', LORN)]), []);
});
