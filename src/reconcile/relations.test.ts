// Figure relations, one case per rule: who gives the figures, when, with which qualifier, and
// whether one is an increment, a running total or a projection.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AsOf, Figure, QuantityQualifier } from '../model/index.js';
import { classifyFigures, relateFigures, valueRange } from './relations.js';

interface FigureSpec {
  readonly by: string;
  readonly value?: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly alternatives?: readonly number[];
  readonly qualifier?: QuantityQualifier | null;
  readonly on?: string | null;
  readonly increment?: boolean;
  readonly total?: boolean;
  readonly projected?: boolean;
  readonly target?: string;
  readonly vague?: boolean;
  /** The as-of date comes from the article's publication, not the text. */
  readonly published?: boolean;
  /** The as-of interval ends here (an imprecise statement date such as "earlier this month"). */
  readonly until?: string;
  /** Countries its words place it in. */
  readonly places?: readonly string[];
  /** An earlier day its own words date it to ("about 2,000 litres on Monday"). */
  readonly dated?: string;
}

function figure(spec: FigureSpec): Figure {
  const value = spec.value === undefined ? null : spec.value;
  const asOf: AsOf | null =
    spec.on === null || spec.on === undefined ? null : { start: spec.on, end: spec.until ?? spec.on, precision: 'day', openEnd: false, basis: spec.published ? 'publication' : 'statement' };
  return {
    value,
    low: spec.low !== undefined ? spec.low : value,
    high: spec.high !== undefined ? spec.high : value,
    alternatives: spec.alternatives ?? null,
    qualifier: spec.qualifier !== undefined ? spec.qualifier : value !== null ? 'exact' : null,
    vague: spec.vague ?? false,
    increment: spec.increment ?? false,
    total: spec.total ?? false,
    projected: spec.projected ?? false,
    unit: 'troops',
    claimant: { key: `name:${spec.by.toLowerCase()}`, name: spec.by, type: 'government', entity: null, origin: spec.by },
    relayedBy: [],
    asOf,
    refersTo: spec.dated ? { start: spec.dated, end: spec.dated, precision: 'day', openEnd: false } : spec.target ? { start: `${spec.target}-01`, end: `${spec.target}-28`, precision: 'month', openEnd: false } : null,
    ...(spec.places ? { places: spec.places } : {}),
    articles: [],
    evidence: [],
    claims: [],
  };
}

test('classifies each kind of figure pair', () => {
  const cases: [string, FigureSpec, FigureSpec, string, RegExp][] = [
    ['same claimant, same figure, qualifier drifts', { by: 'Bureau', value: 3000, on: '2031-03-10' }, { by: 'Bureau', value: 3000, qualifier: 'about', on: '2031-03-12' }, 'restatement', /same figure twice/],
    ['same claimant adds an increment', { by: 'Bureau', value: 2000, on: '2031-03-10' }, { by: 'Bureau', value: 1500, increment: true, on: '2031-03-13' }, 'evolution', /increment/],
    ['same claimant gives a running total', { by: 'Bureau', value: 1500, increment: true, on: '2031-03-13' }, { by: 'Bureau', value: 3500, total: true, on: '2031-03-13' }, 'evolution', /running total .* includes the increment/],
    ['same claimant projects a target', { by: 'Bureau', value: 3500, on: '2031-03-13' }, { by: 'Bureau', value: 8000, projected: true, target: '2031-06', on: '2031-03-13' }, 'evolution', /target, not a count/],
    ['same claimant, later figure', { by: 'Bureau', value: 2000, on: '2031-03-01' }, { by: 'Bureau', value: 1800, on: '2031-03-20' }, 'evolution', /later figure/],
    ['same claimant revises its figure two days later', { by: 'Bureau', value: 2000, on: '2031-03-13' }, { by: 'Bureau', value: 12000, qualifier: 'at least', on: '2031-03-15' }, 'evolution', /later figure/],
    ['a figure its words date to an earlier day than the statement', { by: 'Bureau', value: 2000, qualifier: 'about', on: '2031-03-15', dated: '2031-03-13' }, { by: 'Bureau', value: 12000, qualifier: 'at least', on: '2031-03-15' }, 'evolution', /after about 2,000 \(2031-03-13\)/],
    ['same claimant, same day, incompatible', { by: 'Bureau', value: 2000, on: '2031-03-01' }, { by: 'Bureau', value: 5000, on: '2031-03-01' }, 'contradiction', /incompatible figures for the same period/],
    ['at least N against a larger figure', { by: 'Council', value: 3000, qualifier: 'at least', on: '2031-03-14' }, { by: 'Bureau', value: 3500, on: '2031-03-14' }, 'consistent', /ranges overlap/],
    ['about N against N within the tolerance', { by: 'Council', value: 3000, qualifier: 'about', on: '2031-03-14' }, { by: 'Bureau', value: 3200, on: '2031-03-14' }, 'consistent', /ranges overlap/],
    ['alternatives that include the other figure', { by: 'Minister', value: null, low: 1500, high: 12000, alternatives: [1500, 12000], on: '2031-03-14' }, { by: 'Bureau', value: 3000, on: '2031-03-14' }, 'consistent', /overlap/],
    ['a vague amount and a figure it allows', { by: 'Official', value: null, low: 2000, high: null, vague: true, on: '2031-03-14' }, { by: 'Bureau', value: 3000, on: '2031-03-14' }, 'consistent', /overlap/],
    ['two claimants agree exactly', { by: 'Council', value: 3000, on: '2031-03-14' }, { by: 'Bureau', value: 3000, on: '2031-03-15' }, 'consistent', /same figure/],
    ['different claimants, same period, incompatible', { by: 'Bureau', value: 3500, on: '2031-03-13' }, { by: 'Watch', value: 9000, on: '2031-03-14' }, 'contradiction', /same period/],
    ['different claimants, undated, incompatible', { by: 'Bureau', value: 3500, on: null }, { by: 'Watch', value: 9000, on: null }, 'contradiction', /same period/],
    ['a later, larger figure from another claimant', { by: 'Bureau', value: 1500, on: '2031-03-01' }, { by: 'Watch', value: 9000, on: '2031-03-20' }, 'evolution', /counts grow/],
    ['a later, smaller figure from another claimant', { by: 'Bureau', value: 9000, on: '2031-03-01' }, { by: 'Watch', value: 1500, on: '2031-03-20' }, 'contradiction', /smaller/],
    ['same claimant, two figures dated only by publication', { by: 'Bureau', value: 1500, on: '2031-03-20', published: true }, { by: 'Bureau', value: 3000, on: '2031-03-20', published: true }, 'evolution', /successive counts, not a self-contradiction/],
    ['different claimants dated only by publication, days apart', { by: 'Watch', value: 3000, on: '2031-03-10', published: true }, { by: 'Bureau', value: 1500, on: '2031-03-20', published: true }, 'evolution', /which was said first is unknown/],
    ['a running total from another claimant includes a smaller batch', { by: 'Bureau', value: 1500, on: '2031-03-13' }, { by: 'Lawmaker', value: 3000, total: true, on: '2031-03-13' }, 'evolution', /running total and a smaller batch/],
    ['a week that takes in another claimant\'s day: order unknown', { by: 'Bureau', value: 1500, on: '2031-03-10', until: '2031-03-16' }, { by: 'Watch', value: 3000, qualifier: 'at least', on: '2031-03-12' }, 'evolution', /which was said first is unknown/],
    ['two days within the tolerance are one period', { by: 'Bureau', value: 1500, on: '2031-03-12', until: '2031-03-13' }, { by: 'Watch', value: 9000, on: '2031-03-13' }, 'contradiction', /same period/],
    ['an imprecise date sits at its middle', { by: 'Bureau', value: 1500, on: '2031-03-01', until: '2031-03-24' }, { by: 'Watch', value: 3000, on: '2031-03-23' }, 'evolution', /later, larger/],
  ];
  for (const [name, a, b, kind, why] of cases) {
    const relation = classifyFigures(figure(a), figure(b));
    assert.equal(relation.kind, kind, name);
    assert.match(relation.why, why, name);
  }
});

test('an undated plan is compared with other claimants\' projections of the same figure only, as a different referent', () => {
  const figures = [
    figure({ by: 'Bureau', value: 10000, projected: true, target: '2031-06', on: '2031-03-13' }),
    figure({ by: 'Minister', value: 10000, projected: true, on: null }),
    figure({ by: 'Minister', value: 12000, projected: true, on: null }),
    figure({ by: 'Watch', value: 12500, projected: true, target: '2031-06', on: '2031-03-14' }),
  ];
  const relations = relateFigures(figures);
  assert.deepEqual(relations.map((r) => `${r.a}-${r.b} ${r.kind}`), ['0-1 different-referent', '0-3 evolution', '1-2 evolution']);
  assert.match(relations[0]!.why, /Bureau's is a target for 2031-06-01\/2031-06-28 and Minister's a plan with no stated time: two referents/);
});

test('equal figures of two claimants about different times or countries are different referents; in the same country they agree', () => {
  const june = classifyFigures(figure({ by: 'Bureau', value: 8000, projected: true, target: '2031-06', on: '2031-03-13' }), figure({ by: 'Watch', value: 8000, projected: true, target: '2031-09', on: '2031-03-14' }));
  assert.equal(june.kind, 'different-referent');
  const apart = classifyFigures(figure({ by: 'Minister', value: 10000, on: '2031-03-10', places: ['Vardia'] }), figure({ by: 'Bureau', value: 10000, on: '2031-03-11', places: ['Kestria'] }));
  assert.equal(apart.kind, 'different-referent');
  assert.match(apart.why, /Minister's words place it in Vardia and Bureau's in Kestria/);
  const together = classifyFigures(figure({ by: 'Minister', value: 10000, on: '2031-03-10', places: ['Kestria'] }), figure({ by: 'Bureau', value: 10000, on: '2031-03-11', places: ['Kestria'] }));
  assert.equal(together.kind, 'consistent');
  const unplaced = classifyFigures(figure({ by: 'Minister', value: 10000, on: '2031-03-10' }), figure({ by: 'Bureau', value: 10000, on: '2031-03-11', places: ['Kestria'] }));
  assert.equal(unplaced.kind, 'consistent', 'a figure whose words name no country is not set apart');
});

test('figures 100 times apart or more are incomparable, never consistent or a contradiction', () => {
  const far = classifyFigures(figure({ by: 'Bureau', value: 3000, on: '2031-03-13' }), figure({ by: 'Watch', value: 900000, on: '2031-03-13' }));
  assert.equal(far.kind, 'incomparable');
  assert.match(far.why, /^not compared: .*factor of 300/);
});

test('reads qualifiers as the ranges of values they allow', () => {
  const cases: [FigureSpec, readonly [number, number]][] = [
    [{ by: 'x', value: 3000 }, [3000, 3000]],
    [{ by: 'x', value: 3000, qualifier: 'at least' }, [3000, Infinity]],
    [{ by: 'x', value: 3000, qualifier: 'more than' }, [3000, Infinity]],
    [{ by: 'x', value: 3000, qualifier: 'up to' }, [0, 3000]],
    [{ by: 'x', value: 3000, qualifier: 'about' }, [2700, 3300]],
    [{ by: 'x', value: 10000, qualifier: 'nearly' }, [9000, 10000]],
    [{ by: 'x', value: null, low: 1500, high: 12000, alternatives: [1500, 12000] }, [1500, 12000]],
  ];
  for (const [spec, range] of cases) assert.deepEqual(valueRange(figure(spec)), range, JSON.stringify(spec));
});

test('relates each claimant’s series in order, same-period figures across claimants, and each figure to the latest earlier one of another claimant', () => {
  const figures = [
    figure({ by: 'Bureau', value: 2000, on: '2031-03-01' }),
    figure({ by: 'Watch', value: 2100, on: '2031-03-02' }),
    figure({ by: 'Bureau', value: 1500, increment: true, on: '2031-03-10' }),
    figure({ by: 'Bureau', value: 3500, total: true, on: '2031-03-10' }),
    figure({ by: 'Watch', value: 9000, on: '2031-03-11' }),
  ];
  const pairs = relateFigures(figures).map((r) => `${r.a}-${r.b} ${r.kind}`);
  assert.deepEqual(pairs, ['0-1 contradiction', '0-2 evolution', '1-3 evolution', '1-4 evolution', '2-3 evolution', '3-4 contradiction']);
});

test('two claimants\' figures within 1.5% of each other are one figure rounded differently; 3% apart they contradict', () => {
  const rounded = classifyFigures(figure({ by: 'Bureau', value: 9.3e9, on: '2031-03-10' }), figure({ by: 'Ministry', value: 9.4e9, on: '2031-03-10' }));
  assert.equal(rounded.kind, 'consistent');
  assert.match(rounded.why, /rounded differently/);
  assert.equal(classifyFigures(figure({ by: 'Bureau', value: 9.3e9, on: '2031-03-10' }), figure({ by: 'Ministry', value: 9.6e9, on: '2031-03-10' })).kind, 'contradiction');
});
