// Claimants and relays: the speaker at the end of the chain, its origin, and the outlets a
// claim's sentence credits as the channel ("told the Daily Beacon", "according to Reuters").

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Speaker } from '../model/index.js';
import { claimantOf, relayNamesOf, relayRecordsOf } from './claimant.js';
import { buildEvidence, type ClaimSpec } from './fixture-builder.js';

const BEACON = { key: 'media:daily beacon', canonical: 'Daily Beacon', type: 'media' as const, mentions: ['Daily Beacon'] };
const MINISTER = { name: 'Ilse Marten', type: 'person' as const, entity: 'person:ilse marten', affiliation: 'Ostrel' };

function relaysOf(text: string, claim: ClaimSpec): string[] {
  const evidence = buildEvidence({ id: text, text, entities: [BEACON], claims: [claim] });
  return relayNamesOf(evidence, evidence.claims[0]!);
}

test('names the relays between the writer and the speaker, nearest the writer first', () => {
  const cases: [string, string, ClaimSpec, string[]][] = [
    ['a media entity after "told the"', 'Minister Ilse Marten told the Daily Beacon that the port would reopen.', { source: 'Minister Ilse Marten', cue: 'told', content: 'that the port would reopen', speaker: MINISTER }, ['Daily Beacon']],
    ['a wire agency after "according to"', 'The port would reopen, Minister Ilse Marten said, according to Reuters.', { source: 'Minister Ilse Marten', cue: 'said', content: 'The port would reopen', speaker: MINISTER }, ['Reuters']],
    [
      'a media credit, then the claims stage’s relay',
      'Lawmaker Tomas Brenner told the Daily Beacon, citing Minister Ilse Marten, that the port would reopen.',
      { source: 'Lawmaker Tomas Brenner', cue: 'told', content: 'that the port would reopen', speaker: MINISTER, relayedBy: [{ name: 'Tomas Brenner', type: 'person' }] },
      ['Daily Beacon', 'Tomas Brenner'],
    ],
    ['a media entity not after a relay cue is no relay', 'Minister Ilse Marten said the Daily Beacon was wrong about the port.', { source: 'Minister Ilse Marten', cue: 'said', content: 'the Daily Beacon was wrong about the port', speaker: MINISTER }, []],
  ];
  for (const [name, text, claim, relays] of cases) assert.deepEqual(relaysOf(text, claim), relays, name);
});

test('a claimant is keyed by its entity and counted under the body it speaks for', () => {
  const evidence = buildEvidence({ id: 'c', text: 'Minister Ilse Marten said the port would reopen.', claims: [{ source: 'Minister Ilse Marten', cue: 'said', content: 'the port would reopen', speaker: MINISTER }] });
  assert.deepEqual(claimantOf(evidence.claims[0]!.speaker), { key: 'person:ilse marten', name: 'Ilse Marten', type: 'person', entity: 'person:ilse marten', origin: 'Ostrel' });
  assert.equal(claimantOf({ name: 'Harbour  Officials', type: 'anonymous', entity: null, role: null, affiliation: null }).key, 'name:harbour officials');
});

test('the line of a relay that another line names as its relay is a relay record, not a source', () => {
  const text = 'The Harbour Courier quoted unnamed port officials as saying that the ferry had sunk. Minister Ilse Marten said the port would reopen.';
  const courier = { name: 'Harbour Courier', type: 'media' as const };
  const evidence = buildEvidence({
    id: 'relay-record',
    text,
    claims: [
      { source: 'The Harbour Courier', cue: 'quoted', content: 'unnamed port officials as saying that the ferry had sunk', speaker: courier, kind: 'according_to' },
      { source: 'unnamed port officials', cue: 'saying', content: 'that the ferry had sunk', speaker: { name: 'port officials', type: 'anonymous' }, relayedBy: [courier] },
      { source: 'Minister Ilse Marten', cue: 'said', content: 'the port would reopen', speaker: MINISTER },
    ],
  });
  assert.deepEqual([...relayRecordsOf(text, evidence.claims)], [0]);
});

test('a line that says more than its relayed line is a statement of its own, even when the claims stage names it as a relay', () => {
  const text = 'Port sources said the harbour was closing a quay for repairs while the port officials said the ferry had sunk.';
  const sources = { name: 'Port sources', type: 'anonymous' as const };
  const evidence = buildEvidence({
    id: 'not-a-relay',
    text,
    claims: [
      { source: 'Port sources', cue: 'said', content: 'the harbour was closing a quay for repairs while the port officials said the ferry had sunk', speaker: sources },
      { source: 'the port officials', cue: 'said', content: 'the ferry had sunk', speaker: { name: 'port officials', type: 'anonymous' }, relayedBy: [sources] },
    ],
  });
  assert.deepEqual([...relayRecordsOf(text, evidence.claims)], []);
});

test('one person spelled differently across articles is one claimant and one source', () => {
  const spellings = [
    { name: 'Ahn Tae-rim', type: 'person' as const, entity: 'person:ahn taerim' as Speaker['entity'] },
    { name: 'Ahn Taerim', type: 'person' as const, entity: null },
    { name: 'AHN Tae-Rim', type: 'person' as const, entity: null },
    { name: 'Ahn T. Tae-rim', type: 'person' as const, entity: null },
  ];
  const keys = spellings.map((s) => claimantOf({ ...s, role: null, affiliation: null }).key);
  assert.deepEqual(new Set(keys).size, 1, keys.join(' / '));
  const middleInitial = ['Halvard J Omsk', 'Halvard Omsk'].map((name) => claimantOf({ name, type: 'person', entity: null, role: null, affiliation: null }).key);
  assert.equal(middleInitial[0], middleInitial[1]);
  assert.notEqual(claimantOf({ name: 'Halvard Omsk', type: 'person', entity: null, role: null, affiliation: null }).key, claimantOf({ name: 'Halvard Orsk', type: 'person', entity: null, role: null, affiliation: null }).key);
});

test('a generic word as speaker is an unnamed report, not a named source', () => {
  for (const name of ['Speculation', 'Reports', 'Experts', 'Many commentators', 'press reports', 'unspecified reports']) {
    const c = claimantOf({ name, type: 'organisation', entity: null, role: null, affiliation: null });
    assert.equal(c.type, 'anonymous', name);
    assert.match(c.name, /unnamed|unspecified/, name);
  }
  for (const name of ['Tarn Capital', 'Ilse Marten', 'Harbour Reports Ltd']) {
    assert.notEqual(claimantOf({ name, type: 'organisation', entity: null, role: null, affiliation: null }).type, 'anonymous', name);
  }
});
