// Behaviour of findQuantities on invented sentences: qualifiers, ranges, alternatives, increments,
// totals, spelled-out and vague numbers, money, percent, measures, casualty units, and what is
// not a quantity (years, dates, clock times, ordinals, durations, ages, labels).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quantity } from '../../model/quantity.js';
import { spanText } from '../../model/span.js';
import { findQuantities } from './find-quantities.js';

interface Expected {
  readonly surface: string;
  readonly value?: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly alternatives?: readonly number[] | null;
  readonly unit?: string | null;
  readonly qualifier?: Quantity['qualifier'];
  readonly increment?: boolean;
  readonly total?: boolean;
  readonly vague?: boolean;
  readonly kind?: Quantity['kind'];
  readonly currency?: string | null;
}

/** Finds the one quantity in `text` and checks each field the case names. */
function checkOne(text: string, expected: Expected): void {
  const found = findQuantities(text);
  assert.equal(found.length, 1, `${text}: expected one quantity, found ${JSON.stringify(found.map((q) => spanText(text, q.span)))}`);
  const q = found[0]!;
  assert.equal(spanText(text, q.span), expected.surface, text);
  for (const key of ['value', 'low', 'high', 'unit', 'qualifier', 'increment', 'total', 'vague', 'kind', 'currency'] as const) {
    if (expected[key] !== undefined) assert.deepEqual(q[key], expected[key], `${text}: ${key}`);
  }
  if (expected.alternatives !== undefined) assert.deepEqual(q.alternatives, expected.alternatives, `${text}: alternatives`);
}

test('normalises each qualifier and sets the bounds it implies', () => {
  const cases: [string, Expected][] = [
    ['The army sent 4,200 soldiers north.', { surface: '4,200 soldiers', value: 4200, low: 4200, high: 4200, qualifier: 'exact' }],
    ['Officials said about 600 marines landed.', { surface: 'about 600 marines', qualifier: 'about', low: 600, high: 600 }],
    ['Around 250 residents fled the fire.', { surface: 'Around 250 residents', qualifier: 'about' }],
    ['Approximately 90 vessels were inspected.', { surface: 'Approximately 90 vessels', qualifier: 'about' }],
    ['The port handled roughly 7,000 containers.', { surface: 'roughly 7,000 containers', qualifier: 'roughly' }],
    ['Rebels hold some 2,300 prisoners.', { surface: 'some 2,300 prisoners', qualifier: 'some' }],
    ['The militia has at least 80 drones.', { surface: 'at least 80 drones', qualifier: 'at least', low: 80, high: null }],
    ['The strike hit more than 40 villages.', { surface: 'more than 40 villages', qualifier: 'more than', low: 40, high: null }],
    ['The club has over 5,000 members.', { surface: 'over 5,000 members', qualifier: 'more than' }],
    ['The vote drew upwards of 900 delegates.', { surface: 'upwards of 900 delegates', qualifier: 'more than' }],
    ['The firm kept fewer than 30 staff.', { surface: 'fewer than 30 staff', qualifier: 'less than', low: null, high: 30 }],
    ['The lab employs under 12 scientists.', { surface: 'under 12 scientists', qualifier: 'less than' }],
    ['The plan could cost up to 700 jobs.', { surface: 'up to 700 jobs', qualifier: 'up to', low: null, high: 700 }],
    ['The raid freed nearly 300 hostages.', { surface: 'nearly 300 hostages', qualifier: 'nearly', high: 300 }],
    ['The storm damaged almost 60 homes.', { surface: 'almost 60 homes', qualifier: 'nearly' }],
    ['The rally drew as many as 15,000 people.', { surface: 'as many as 15,000 people', qualifier: 'as many as', high: 15000 }],
    ['The council has no more than nine seats.', { surface: 'no more than nine seats', qualifier: 'at most', value: 9 }],
    ['The mission needs 3,000 troops or more.', { surface: '3,000 troops or more', qualifier: 'at least', low: 3000, high: null }],
  ];
  for (const [text, expected] of cases) checkOne(text, expected);
});

test('reads ranges and alternatives as bounds without a single value', () => {
  const cases: [string, Expected][] = [
    ['Between 15,000 and 20,000 refugees crossed.', { surface: 'Between 15,000 and 20,000 refugees', value: null, low: 15000, high: 20000, unit: 'refugees' }],
    ['The unit lost 40 to 50 vehicles.', { surface: '40 to 50 vehicles', value: null, low: 40, high: 50 }],
    ['Each battery fires 20-30 rockets.', { surface: '20-30 rockets', low: 20, high: 30 }],
    ['They sent between 2 and 3 million leaflets.', { surface: 'between 2 and 3 million leaflets', low: 2e6, high: 3e6 }],
    ['Was it 800 or 8,000 soldiers?', { surface: '800 or 8,000 soldiers', value: null, alternatives: [800, 8000], low: 800, high: 8000, qualifier: null }],
  ];
  for (const [text, expected] of cases) checkOne(text, expected);
});

test('marks increments and totals', () => {
  const cases: [string, Expected][] = [
    ['Later another 700 sailors arrived.', { surface: 'another 700 sailors', increment: true, qualifier: 'exact' }],
    ['The regiment sent an additional 450 officers.', { surface: 'an additional 450 officers', increment: true }],
    ['A further 12 ships docked.', { surface: 'A further 12 ships', increment: true }],
    ['Then 200 more volunteers signed up.', { surface: '200 more volunteers', increment: true, unit: 'volunteers' }],
    ['The state deployed a total of 6,000 police.', { surface: 'a total of 6,000 police', total: true, unit: 'police' }],
  ];
  for (const [text, expected] of cases) checkOne(text, expected);
});

test('a total without a noun takes the unit of the figure it adds to', () => {
  const text = 'The navy moved 900 sailors. That brings the total to 2,400.';
  const found = findQuantities(text);
  assert.deepEqual(found.map((q) => [spanText(text, q.span), q.unit, q.total]), [
    ['900 sailors', 'sailors', false],
    ['the total to 2,400', 'sailors', true],
  ]);
});

test('reads spelled-out numbers and scale words', () => {
  const cases: [string, Expected][] = [
    ['Seven ministers resigned.', { surface: 'Seven ministers', value: 7 }],
    ['It freed twenty-five detainees.', { surface: 'twenty-five detainees', value: 25 }],
    ['The city has one million residents.', { surface: 'one million residents', value: 1e6 }],
    ['The region holds 2.5 million voters.', { surface: '2.5 million voters', value: 2.5e6 }],
    ['Nearly half a million people fled.', { surface: 'Nearly half a million people', value: 5e5, qualifier: 'nearly' }],
    ['A dozen tanks crossed the river.', { surface: 'A dozen tanks', value: 12 }],
    ['It built two hundred and fifty shelters.', { surface: 'two hundred and fifty shelters', value: 250 }],
    ['One soldier was captured in the raid.', { surface: 'One soldier', value: 1, unit: 'soldier' }],
  ];
  for (const [text, expected] of cases) checkOne(text, expected);
});

test('vague amounts have no value, a least bound and no qualifier', () => {
  const cases: [string, Expected][] = [
    ['Dozens of fishermen were detained.', { surface: 'Dozens of fishermen', vague: true, value: null, low: 24, qualifier: null, unit: 'fishermen' }],
    ['Thousands of Georgians marched.', { surface: 'Thousands of Georgians', vague: true, unit: 'people' }],
    ['It displaced tens of thousands of families.', { surface: 'tens of thousands of families', vague: true, low: 20000 }],
    ['The war killed hundreds of thousands of civilians.', { surface: 'hundreds of thousands of civilians', vague: true, low: 2e5 }],
    ['Several Norwegian trawlers were seized.', { surface: 'Several Norwegian trawlers', vague: true, unit: 'trawlers' }],
    ['A number of Estonian officials resigned.', { surface: 'A number of Estonian officials', vague: true, unit: 'officials' }],
    ['An undisclosed number of drones were shot down.', { surface: 'An undisclosed number of drones', vague: true }],
    ['Volunteers arrived, their ranks estimated to be in the thousands, by dawn.', { surface: 'in the thousands', vague: true, unit: 'volunteers' }],
    ['The firm lost billions of dollars.', { surface: 'billions of dollars', vague: true, kind: 'money', unit: 'US dollars', currency: 'USD' }],
  ];
  for (const [text, expected] of cases) checkOne(text, expected);
});

test('reads money, percentages and measures', () => {
  const cases: [string, Expected][] = [
    ['The deal is worth $8bn in total.', { surface: '$8bn in total', value: 8e9, kind: 'money', currency: 'USD', unit: 'US dollars', total: true }],
    ['Profit was £1.2m this year.', { surface: '£1.2m', value: 1.2e6, currency: 'GBP', unit: 'pounds' }],
    ['The fund holds €500 million.', { surface: '€500 million', value: 5e8, currency: 'EUR' }],
    ['It paid HK$4.5bn for the port.', { surface: 'HK$4.5bn', value: 4.5e9, currency: 'HKD', unit: 'Hong Kong dollars' }],
    ['The grant was 300 million euros.', { surface: '300 million euros', value: 3e8, currency: 'EUR', kind: 'money' }],
    ['Turnout fell to 48%.', { surface: '48%', value: 48, kind: 'percent', unit: 'percent' }],
    ['Inflation hit 7.5 per cent.', { surface: '7.5 per cent', value: 7.5, kind: 'percent' }],
    ['The fire burned 1,200 square kilometres of forest.', { surface: '1,200 square kilometres', value: 1200, kind: 'measure', unit: 'square kilometres' }],
    ['The convoy carried 40 tonnes of grain.', { surface: '40 tonnes', kind: 'measure', unit: 'tonnes' }],
  ];
  for (const [text, expected] of cases) checkOne(text, expected);
});

test('takes the counted noun past proper adjectives and descriptive modifiers', () => {
  const cases: [string, Expected][] = [
    ['About 3,000 Belgian special forces troops trained.', { surface: 'About 3,000 Belgian special forces troops', unit: 'special forces troops' }],
    ['It built four different storage depots.', { surface: 'four different storage depots', unit: 'storage depots' }],
    ['Five other Nordic governments agreed.', { surface: 'Five other Nordic governments', unit: 'governments' }],
    ['The 12 committee members voted.', { surface: 'The 12 committee members', unit: 'committee members' }],
    ['The bank seized 600 Italian containers.', { surface: '600 Italian containers', unit: 'containers' }],
  ];
  for (const [text, expected] of cases) checkOne(text, expected);
});

test('casualty verbs after the noun become the unit', () => {
  const cases: [string, Expected][] = [
    ['Officials said nine Chilean miners had been killed in the collapse.', { surface: 'nine Chilean miners', unit: 'killed' }],
    ['Four guards were also reportedly injured.', { surface: 'Four guards', unit: 'wounded' }],
    ['About 20,000 Bolivians and Peruvians were killed or wounded.', { surface: 'About 20,000 Bolivians and Peruvians', unit: 'killed or wounded', qualifier: 'about' }],
    ['The flood left 35 dead.', { surface: '35 dead', unit: 'killed' }],
  ];
  for (const [text, expected] of cases) checkOne(text, expected);
});

test('a bare figure joined to a hedged one leaves the qualifier open', () => {
  const text = 'The army lost at least 2,000 soldiers killed and 9,000 wounded.';
  const found = findQuantities(text);
  assert.deepEqual(found.map((q) => [spanText(text, q.span), q.unit, q.qualifier]), [
    ['at least 2,000 soldiers killed', 'killed', 'at least'],
    ['9,000 wounded', 'wounded', null],
  ]);
});

test('keeps quote marks inside the span when the noun stands outside the quote', () => {
  checkOne('He said “at least 400” Danish sailors had landed.', { surface: '“at least 400” Danish sailors', value: 400, qualifier: 'at least', unit: 'sailors' });
  checkOne('A source said a “number of Finns” had arrived.', { surface: 'number of Finns', vague: true, unit: 'people' });
});

test('a four-digit figure between a qualifier and a counted noun is a count, not a year', () => {
  checkOne('About 2000 protesters marched on the square.', { surface: 'About 2000 protesters', value: 2000, unit: 'protesters', qualifier: 'about', kind: 'count' });
  checkOne('Police said some 1500 demonstrators gathered.', { surface: 'some 1500 demonstrators', value: 1500, unit: 'demonstrators', qualifier: 'some', kind: 'count' });
  checkOne('More than 1200 volunteers signed up.', { surface: 'More than 1200 volunteers', value: 1200, unit: 'volunteers', qualifier: 'more than', kind: 'count' });
  checkOne('At least 1800 delegates attended.', { surface: 'At least 1800 delegates', qualifier: 'at least', kind: 'count' });
  // Without the qualifier, or without the noun, the figure stays a year.
  for (const text of ['In 2000 protesters marched on the square.', 'Prices have doubled since about 2000.', 'In about 1990 researchers found the wreck.']) {
    assert.deepEqual(findQuantities(text).map((q) => spanText(text, q.span)), [], text);
  }
});

test('finds nothing in years, dates, clock times, ordinals, durations, ages and labels', () => {
  const texts = [
    'The treaty was signed in 2018 and revised since 2006.',
    'The talks opened on 3 October and ran from 8 to 13 October.',
    'On October 23, the ministry spoke.',
    'Friday 25 October 2024 05:30 BST',
    'The meeting starts at 10am.',
    'It was the first time, the 70th session and the 2nd vote.',
    'The war has lasted three years, and the siege two weeks.',
    'The witness, who is 40 years old, spoke; a 25-year-old also did.',
    'Mr Lindqvist, 52, said the plan would work.',
    'Forecasts put growth at three times the target.',
    'It is one of the largest armies; both sides agree; they help one another.',
    'The Group of Seven met on Channel 4 and flew on Apollo 11.',
    'The KN-23 missile and the F-16 jet were shown.',
    'Call 020 7946 0958 for details.',
    'Sales rose in the 1990s.',
    'All three were later released.',
  ];
  for (const text of texts) {
    const found = findQuantities(text);
    assert.deepEqual(found.map((q) => spanText(text, q.span)), [], text);
  }
});

test('spans keep offsets exact around no-break and thin spaces', () => {
  const cases: [string, string, number][] = [
    ['Officials said some\u00a01,500 troops arrived.', 'some\u00a01,500 troops', 1500],
    ['The census counted 12\u00a0500 residents.', '12\u00a0500 residents', 12500],
    ['The census counted 7\u202f300 voters.', '7\u202f300 voters', 7300],
    ['It holds 1\u2009250\u2009000 barrels.', '1\u2009250\u2009000 barrels', 1250000],
  ];
  for (const [text, surface, value] of cases) {
    const [q] = findQuantities(text);
    assert.ok(q, text);
    assert.equal(text.slice(q.span.start, q.span.end), surface);
    assert.equal(q.value, value);
    assert.ok(q.valueSpan.start >= q.span.start && q.valueSpan.end <= q.span.end);
  }
});

test('returns quantities sorted and not overlapping, each span inside the text', () => {
  const text = 'Some 1,200 police and 300 soldiers guarded 14 sites; 2,000 more arrived, bringing the total to 3,500.\n\nA second block mentions $5m and 12% growth.';
  const found = findQuantities(text);
  assert.ok(found.length >= 6);
  for (let i = 0; i < found.length; i++) {
    const q = found[i]!;
    assert.ok(q.span.start < q.span.end && q.span.end <= text.length);
    if (i > 0) assert.ok(found[i - 1]!.span.end <= q.span.start, 'sorted and disjoint');
    assert.ok(q.valueSpan.start >= q.span.start && q.valueSpan.end <= q.span.end, 'the value lies inside the span');
  }
});

test('is deterministic: the same text gives the same quantities', () => {
  const text = 'About 3,000 troops, dozens of officers and $2bn in aid.';
  assert.deepEqual(findQuantities(text), findQuantities(text));
});
