// Figures the writer states in the article's own voice: they fill the series where nobody is quoted
// on a figure, named as the outlet's own reporting, never counted as an original source, and stay
// out of propositions where a quoted claimant gives a figure.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEvidence, type ArticleSpec, type EntitySpec, type QuantitySpec } from './fixture-builder.js';
import { reconcileStory } from './index.js';
import { narrativeClaimsOf } from './narrative-figures.js';

const TARN: EntitySpec = { key: 'organisation:tarn oil', canonical: 'Tarn Oil', type: 'organisation', mentions: ['Tarn Oil'] };
const USD = { kind: 'money', currency: 'USD', unit: 'US dollars', unitText: null } as const;

function narrative(id: string, outlet: string | null): ArticleSpec {
  return {
    id,
    outlet,
    published: '2031-06-01',
    text: 'Tarn Oil bill\n\nTarn Oil faces a $27bn tax bill from the state.',
    entities: [TARN],
    quantities: [{ text: '$27bn', value: 27e9, ...USD }],
  };
}

const billsOf = (specs: readonly ArticleSpec[]) => reconcileStory('invented', specs.map(buildEvidence)).propositions.filter((p) => p.family.key === 'measure:bill');

test('a figure stated in the writer\'s own voice joins the series as the outlet\'s own reporting, not as a source', () => {
  const [bill, ...rest] = billsOf([narrative('a', 'Harbour Gazette'), narrative('b', null)]);
  assert.equal(rest.length, 0);
  assert.ok(bill);
  assert.deepEqual(bill.figures.map((f) => [f.value, f.claimant.name]), [
    [27e9, 'Harbour Gazette (own reporting)'],
    [27e9, 'the writer (outlet unknown)'],
  ]);
  assert.equal(bill.independence.articles.length, 2);
  assert.deepEqual(bill.independence.originalSources, []);
  assert.deepEqual(bill.stances, []);
});

test('beside a quoted claimant\'s figure, the writer\'s figures are left out of the series and of independence', () => {
  const quoted: ArticleSpec = {
    id: 'quoted',
    outlet: 'Valley Post',
    published: '2031-06-02',
    text: 'Tarn Oil bill\n\nThe ministry said Tarn Oil faces a $28bn tax bill.',
    entities: [TARN],
    quantities: [{ text: '$28bn', value: 28e9, ...USD }],
    claims: [{ source: 'The ministry', cue: 'said', content: 'Tarn Oil faces a $28bn tax bill', speaker: { name: 'the ministry', type: 'government' } }],
  };
  const [bill] = billsOf([narrative('a', 'Harbour Gazette'), quoted]);
  assert.ok(bill);
  assert.deepEqual(bill.figures.map((f) => [f.value, f.claimant.name]), [[28e9, 'the ministry']]);
  assert.equal(bill.independence.articles.length, 1);
});

test('small counts, vague amounts and figures that only refer are no narrative figures', () => {
  const text = 'Council vote\n\nThe 15 council members met as three soldiers watched, and billions of dollars were at stake; 400 troops arrived.';
  const quantities: QuantitySpec[] = [
    { text: '15 council members', kind: 'count', unit: 'council members' },
    { text: 'three soldiers', value: 3, kind: 'count', unit: 'soldiers' },
    { text: 'billions of dollars', ...USD, vague: true },
    { text: '400 troops', kind: 'count', unit: 'troops' },
  ];
  const evidence = buildEvidence({ id: 'counts', text, quantities });
  const [claim, ...rest] = narrativeClaimsOf(evidence);
  assert.equal(rest.length, 0);
  assert.deepEqual(claim!.quantities.map((q) => evidence.language.quantities[q]!.unit), ['troops']);
});

test('two writers\' own undated figures that differ are not called a contradiction: nothing says they are of one time', () => {
  const other: ArticleSpec = { ...narrative('c', 'Valley Post'), published: null, text: 'Tarn Oil bill\n\nTarn Oil faces a $35bn tax bill from the state.', quantities: [{ text: '$35bn', value: 35e9, ...USD }] };
  const [bill] = billsOf([{ ...narrative('a', 'Harbour Gazette'), published: null }, other]);
  assert.ok(bill);
  assert.equal(bill.figures.length, 2);
  assert.deepEqual(bill.relations.map((r) => r.kind), ['evolution']);
  assert.match(bill.relations[0]!.why, /the writer's own undated figure/);
});
