// What money, percent and bare figures measure (issue 5): read from the words around the figure,
// so a bid, a stake and a market's turnover in one currency are never one proposition, and a figure
// whose measured thing the words do not give is compared with nothing.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../model/index.js';
import { buildEvidence, type ArticleSpec, type EntitySpec, type QuantitySpec } from './fixture-builder.js';
import { reconcileStory } from './index.js';
import { isCurrencyConversion, measuredThingOf } from './measured-thing.js';
import { classifyFigures } from './relations.js';

const POUNDS = { kind: 'money', currency: 'GBP', unit: 'pounds', unitText: null } as const;
const PERCENT = { kind: 'percent', unit: 'percent', unitText: null } as const;

function measuredKey(text: string, quantity: QuantitySpec): string | null {
  const evidence = buildEvidence({ id: text, text, quantities: [quantity] });
  const sentence = evidence.language.sentences.findIndex((s) => s.span.start <= evidence.language.quantities[0]!.span.start && evidence.language.quantities[0]!.span.start < s.span.end);
  return measuredThingOf(evidence, evidence.language.quantities[0]!, sentence)?.key ?? null;
}

test('reads the noun a money or percent figure measures from the words around it', () => {
  const cases: [string, string, QuantitySpec, string | null][] = [
    ['figure modifying a noun', 'Harlow Exchange rejected a £1.3bn offer from Vell Bourse.', { text: '£1.3bn', ...POUNDS }, 'offer'],
    ['figure modifying a compound noun', 'The fund backed a £1.3bn takeover bid for the exchange.', { text: '£1.3bn', ...POUNDS }, 'bid'],
    ['figure restated in brackets', 'Harlow Exchange rejected a £1.3bn ($2.5bn) offer.', { text: '$2.5bn', kind: 'money', currency: 'USD', unit: 'US dollars', unitText: null }, 'offer'],
    ['percent modifying a noun', 'Vell Bourse bought a 29% stake in the exchange.', { text: '29%', ...PERCENT }, 'stake'],
    ['noun worth the figure', 'The fund holds a stake worth £350m in the exchange.', { text: '£350m', ...POUNDS }, 'stake'],
    ['noun of the figure', 'The firm faces a tax bill of £27bn from the authorities.', { text: '£27bn', ...POUNDS }, 'bill'],
    ['plural noun of the figure', 'Vell Bourse reported profits of £120m for the quarter.', { text: '£120m', ...POUNDS }, 'profit'],
    ['subject of "be"', 'Its profit was £120m, the bourse said.', { text: '£120m', ...POUNDS }, 'profit'],
    ['subject of a change verb', 'Quarterly profits rose 27% at the bourse.', { text: '27%', ...PERCENT }, 'change of profit'],
    ['object of a verb of change', 'The bourse will boost its dividend by 27%.', { text: '27%', ...PERCENT }, 'change of dividend'],
    ['object of a verb', 'Vell Bourse offered £1.3bn for the exchange.', { text: '£1.3bn', ...POUNDS }, 'offer'],
    ['noun linked by "valued at"', 'The shares are valued at £2bn by the market.', { text: '£2bn', ...POUNDS }, 'share'],
    ['object of "values … at" in a relative clause', 'The board met over a proposal that values the club at £800m.', { text: '£800m', ...POUNDS }, 'club'],
    ['noun the amount is counted in', 'Tarn Oil is claiming £20bn in damages from the state.', { text: '£20bn', ...POUNDS }, 'damage'],
    ['price of an act on an object', 'Vell Bourse bought the production unit for £9bn.', { text: '£9bn', ...POUNDS }, 'buy for'],
    ['second restatement in brackets', 'The unit faces a £10m (€14m; $19m) tax bill.', { text: '$19m', kind: 'money', currency: 'USD', unit: 'US dollars', unitText: null }, 'bill'],
    ['nothing says what it measures', 'It gave £0.48, the bourse said.', { text: '£0.48', ...POUNDS }, null],
    ['only a generic noun', 'A figure of £5m was mentioned.', { text: '£5m', ...POUNDS }, null],
  ];
  for (const [name, text, quantity, expected] of cases) assert.equal(measuredKey(text, quantity), expected, name);
});

const BOURSE: EntitySpec = { key: 'organisation:vell bourse', canonical: 'Vell Bourse', type: 'organisation', mentions: ['Vell Bourse'] };

function article(id: string, text: string, quantity: QuantitySpec, content: string, speaker: string): ArticleSpec {
  return {
    id,
    outlet: null,
    published: '2031-02-01',
    text,
    entities: [BOURSE],
    quantities: [quantity],
    claims: [{ source: speaker, cue: 'said', content, speaker: { name: speaker, type: 'organisation', entity: null } }],
  };
}

test('a bid, a stake and a turnover in one currency are different propositions, never contradictions', () => {
  const ledger = reconcileStory('bourse', [
    buildEvidence(article('bid', 'Harlow Exchange said Vell Bourse made a £1.3bn offer.', { text: '£1.3bn', ...POUNDS }, 'Vell Bourse made a £1.3bn offer', 'Harlow Exchange')),
    buildEvidence(article('stake', 'Tarn Fund said Vell Bourse holds a stake worth £350m.', { text: '£350m', ...POUNDS }, 'Vell Bourse holds a stake worth £350m', 'Tarn Fund')),
    buildEvidence(article('turnover', 'Experts said Vell Bourse has a turnover of £1.4 trillion.', { text: '£1.4 trillion', value: 1.4e12, ...POUNDS }, 'Vell Bourse has a turnover of £1.4 trillion', 'Experts')),
    buildEvidence(article('bid-2', 'Moor Capital said Vell Bourse offered £1.35bn.', { text: '£1.35bn', value: 1.35e9, ...POUNDS }, 'Vell Bourse offered £1.35bn', 'Moor Capital')),
  ]);
  const counts = ledger.propositions.filter((p) => p.measure === 'count');
  assert.deepEqual(counts.map((p) => p.label).sort(), ['Vell Bourse: offer (GBP)', 'Vell Bourse: stake (GBP)', 'Vell Bourse: turnover (GBP)']);
  assert.equal(counts.flatMap((p) => p.relations).filter((r) => r.kind === 'contradiction').length, 0);
  const offer = counts.find((p) => p.label === 'Vell Bourse: offer (GBP)')!;
  assert.equal(offer.figures.length, 2, 'the offer and the verb "offered" are one measured thing');
  assert.ok(counts.every((p) => !p.family.label.includes('sent')), 'money is never "sent / deployed / present"');
});

test('figures whose measured thing is not found share a proposition but are never related', () => {
  const ledger = reconcileStory('bourse', [
    buildEvidence(article('a', 'Harlow Exchange said Vell Bourse gave £0.48 to it.', { text: '£0.48', ...POUNDS }, 'Vell Bourse gave £0.48 to it', 'Harlow Exchange')),
    buildEvidence(article('b', 'Tarn Fund said Vell Bourse gave £900m to it.', { text: '£900m', ...POUNDS }, 'Vell Bourse gave £900m to it', 'Tarn Fund')),
  ]);
  const unmeasured = ledger.propositions.filter((p) => p.measure === 'count');
  assert.equal(unmeasured.length, 1);
  assert.equal(unmeasured[0]!.figures.length, 2);
  assert.deepEqual(unmeasured[0]!.relations, []);
});

function figure(by: string, value: number): Figure {
  return {
    value, low: value, high: value, alternatives: null, qualifier: 'exact', vague: false, increment: false, total: false, projected: false, unit: 'pounds',
    claimant: { key: `name:${by}`, name: by, type: 'organisation', entity: null, origin: by },
    relayedBy: [], asOf: { start: '2031-02-01', end: '2031-02-01', precision: 'day', openEnd: false, basis: 'statement' }, refersTo: null, articles: [], evidence: [], claims: [],
  };
}

test('two figures at least 100 times apart are never called a contradiction, and the why says so', () => {
  const far = classifyFigures(figure('Experts', 1.4e12), figure('Harlow Exchange', 1.3e9));
  assert.notEqual(far.kind, 'contradiction');
  assert.match(far.why, /factor of 1,077.*different things/);
  assert.equal(classifyFigures(figure('Experts', 1.4e9), figure('Harlow Exchange', 1.3e9)).kind, 'contradiction', 'close figures still conflict');
});

test('a figure in another currency in brackets right after a money figure is its conversion, not a figure of its own', () => {
  const USD = { kind: 'money', currency: 'USD', unit: 'US dollars', unitText: null } as const;
  const EUR = { kind: 'money', currency: 'EUR', unit: 'euros', unitText: null } as const;
  const conversions = (text: string, quantities: QuantitySpec[]) => {
    const evidence = buildEvidence({ id: text, text, quantities });
    return evidence.language.quantities.map((q) => isCurrencyConversion(evidence, q));
  };
  assert.deepEqual(conversions('The bid values the club at £800m ($1.5bn).', [{ text: '£800m', ...POUNDS }, { text: '$1.5bn', ...USD }]), [false, true]);
  assert.deepEqual(conversions('A 1bn euro (£0.7bn; $1.3bn) claim.', [{ text: '1bn euro', ...EUR }, { text: '£0.7bn', ...POUNDS }, { text: '$1.3bn', ...USD }]), [false, true, true]);
  assert.deepEqual(conversions('It paid £800m and then $1.5bn more.', [{ text: '£800m', ...POUNDS }, { text: '$1.5bn', ...USD }]), [false, false]);
  assert.deepEqual(conversions('It paid £800m (£1m more than planned).', [{ text: '£800m', ...POUNDS }, { text: '£1m', ...POUNDS }]), [false, false]);
});
