// Figures of one proposition: one statement reported with the two ends of its relay chain
// ("Reyl said at least 3,000" in one article, "Kestria believes at least 3,000, Reyl said" in
// another) is one figure of the original claimant, relayed, with the earliest statement date.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleId, Figure } from '../model/index.js';
import { buildEvidence, type ArticleSpec, type EntitySpec } from './fixture-builder.js';
import { mergeRelayedFigures } from './figures.js';
import { reconcileStory } from './index.js';

function figure(by: string, value: number, relayedBy: string[], asOf: string | null, qualifier: Figure['qualifier'] = 'at least'): { key: string; figure: Figure } {
  return {
    key: `${by}|${value}`,
    figure: {
      value,
      low: value,
      high: qualifier === 'at least' ? null : value,
      alternatives: null,
      qualifier,
      vague: false,
      increment: false,
      total: false,
      projected: false,
      unit: 'troops',
      claimant: { key: `name:${by.toLowerCase()}`, name: by, type: 'government', entity: null, origin: by },
      relayedBy,
      asOf: asOf ? { start: asOf, end: asOf, precision: 'day', openEnd: false, basis: 'statement' } : null,
      refersTo: null,
      articles: [by.toLowerCase() as ArticleId],
      evidence: [],
      claims: [],
    },
  };
}

test('a figure whose claimant relays the same figure of another claimant joins it', () => {
  const merged = mergeRelayedFigures([figure('Kestria', 3000, ['Tomas Reyl'], '2031-03-12'), figure('Tomas Reyl', 3000, [], null)]);
  assert.equal(merged.length, 1);
  const f = merged[0]!.figure;
  assert.equal(f.claimant.name, 'Kestria');
  assert.deepEqual(f.relayedBy, ['Tomas Reyl']);
  assert.equal(f.asOf?.start, '2031-03-12');
  assert.deepEqual(f.articles, ['kestria', 'tomas reyl']);
});

test('a chain of relays merges into its original claimant, in any order', () => {
  const chain = [figure('Kestria', 3000, ['Kestrian Bureau'], '2031-03-12'), figure('Kestrian Bureau', 3000, ['Tomas Reyl'], null), figure('Tomas Reyl', 3000, [], null)];
  for (const order of [chain, [...chain].reverse(), [chain[1]!, chain[2]!, chain[0]!]]) {
    const merged = mergeRelayedFigures(order);
    assert.deepEqual(
      merged.map(({ figure: f }) => `${f.claimant.name} via ${f.relayedBy.join(',')} in ${f.articles.length}`),
      ['Kestria via Kestrian Bureau,Tomas Reyl in 3'],
    );
  }
});

test('another figure, another qualifier, or a claimant who is no relay stays apart', () => {
  const cases: [string, ReturnType<typeof figure>[]][] = [
    ['another value', [figure('Kestria', 3000, ['Tomas Reyl'], '2031-03-12'), figure('Tomas Reyl', 3500, [], null)]],
    ['another qualifier', [figure('Kestria', 3000, ['Tomas Reyl'], '2031-03-12'), figure('Tomas Reyl', 3000, [], null, 'exact')]],
    ['not a relay', [figure('Kestria', 3000, ['Tomas Reyl'], '2031-03-12'), figure('Ashford Watch', 3000, [], null)]],
  ];
  for (const [name, figures] of cases) assert.equal(mergeRelayedFigures(figures).length, 2, name);
});

test('across articles, the spokesman\'s figure and the government\'s figure he voiced are one figure in the ledger', () => {
  const vardia: EntitySpec = { key: 'country:VA', canonical: 'Vardia', type: 'country', mentions: ['Vardia'], demonyms: ['Vardian'] };
  const spokesman = { name: 'Tomas Reyl', type: 'person' as const, entity: 'person:tomas reyl', affiliation: 'Kestria' };
  const a: ArticleSpec = {
    id: 'spokesman',
    outlet: 'Valley Post',
    text: 'Tomas Reyl told reporters that at least 3,000 Vardian troops had entered Kestria.',
    entities: [vardia],
    quantities: [{ text: 'at least 3,000 Vardian troops', qualifier: 'at least', low: 3000, high: null }],
    claims: [{ source: 'Tomas Reyl', cue: 'told', content: 'reporters that at least 3,000 Vardian troops had entered Kestria', speaker: spokesman }],
  };
  const b: ArticleSpec = {
    id: 'government',
    outlet: 'Harbour Gazette',
    published: '2031-03-14',
    text: 'Kestria believes at least 3,000 Vardian troops are training at three bases, spokesman Tomas Reyl said on Wednesday.',
    entities: [vardia],
    quantities: [{ text: 'at least 3,000 Vardian troops', qualifier: 'at least', low: 3000, high: null }],
    times: [{ text: 'on Wednesday', start: '2031-03-12' }],
    claims: [
      { source: 'Kestria', cue: 'believes', content: 'at least 3,000 Vardian troops are training at three bases', speaker: { name: 'Kestria', entity: 'country:KS' }, relayedBy: [spokesman] },
      // The claims stage's second line for the spokesman's own words: a relay record, dated by "said on Wednesday".
      { source: 'spokesman Tomas Reyl', cue: 'said', content: 'Kestria believes at least 3,000 Vardian troops are training at three bases', speaker: spokesman, statementTime: 'on Wednesday' },
    ],
  };
  const ledger = reconcileStory('relay', [buildEvidence(a), buildEvidence(b)]);
  const count = ledger.propositions.find((p) => p.measure === 'count')!;
  assert.deepEqual(
    count.figures.map((f) => `${f.claimant.name} via ${f.relayedBy.join(',')} ${f.asOf?.start} in ${f.articles.length}`),
    ['Kestria via Tomas Reyl 2031-03-12 in 2'],
  );
});
