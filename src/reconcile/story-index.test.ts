// The incremental story index: a sentence lifted from an earlier report is a copy of it whichever
// article arrives first, a ledger already handed out never changes when articles are added later,
// and an article can be added once.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleIdOf, buildEvidence, type ArticleSpec } from './fixture-builder.js';
import { addArticle, createStoryIndex, ledgerOf, reconcileStory } from './index.js';

const TARSA = { key: 'country:TA', canonical: 'Tarsa', type: 'country' as const, mentions: ['Tarsa'], demonyms: ['Tarsan'] };
const BUREAU = { name: 'Ostrel Bureau', type: 'government' as const, entity: 'agency:os-bureau', affiliation: 'Ostrel' };
const LIFTED = 'The Ostrel Bureau said that 700 Tarsan troops had crossed the northern river near the old customs post.';

function report(id: string, outlet: string, published: string, before: string, after: string): ArticleSpec {
  return {
    id,
    outlet,
    published,
    text: `${before} ${LIFTED} ${after}`,
    entities: [TARSA],
    quantities: [{ text: '700 Tarsan troops' }],
    claims: [{ source: 'The Ostrel Bureau', cue: 'said', content: 'that 700 Tarsan troops had crossed the northern river near the old customs post', speaker: BUREAU }],
  };
}

const FIRST = report('first', 'Lakeside Daily', '2031-04-02', 'Border villages were evacuated overnight.', 'Farmers said roads to the market were closed.');
const LIFTER = report('lifter', 'Valley Wire', '2031-04-03', 'Tension rose along the frontier on Thursday as patrols were doubled.', 'Officials in the capital called an emergency meeting.');

test('a long sentence lifted from an earlier report makes the later article a copy of it for that claim, in either order of arrival', () => {
  for (const order of [[FIRST, LIFTER], [LIFTER, FIRST]]) {
    const ledger = reconcileStory('crossing', order.map(buildEvidence));
    const count = ledger.propositions.find((p) => p.id === 'country:TA|send:personnel|count|personnel')!;
    assert.equal(count.figures.length, 1);
    assert.deepEqual(count.figures[0]!.articles, [articleIdOf('first'), articleIdOf('lifter')].sort());
    assert.equal(count.independence.reports, 1, 'two articles, one report');
    assert.deepEqual(count.independence.outlets, ['Lakeside Daily', 'Valley Wire']);
    const lifted = count.independence.chains.find((c) => c.article === articleIdOf('lifter'))!;
    assert.equal(lifted.copiedFrom, articleIdOf('first'));
    assert.deepEqual(ledger.copies, [], 'the texts differ: no whole-article copy');
  }
});

test('a ledger handed out does not change when articles are added afterwards', () => {
  const index = createStoryIndex('crossing');
  addArticle(index, buildEvidence(LIFTER));
  const early = ledgerOf(index, '2031-04-03T00:00:00Z');
  const snapshot = structuredClone(early);
  addArticle(index, buildEvidence(FIRST));
  const later = ledgerOf(index, '2031-04-04T00:00:00Z');
  assert.deepEqual(early, snapshot);
  assert.notDeepEqual(later.propositions, early.propositions);
});
