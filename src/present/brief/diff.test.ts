// The brief diff: only figures that are new or changed are reported, even when one claimant gives
// several figures for one proposition on one date (issue 5: a false "changed figure" before).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Brief, BriefFigure, BriefProposition } from './brief-data.js';
import { diffBriefs } from './diff.js';

function figure(value: number, extra: Partial<BriefFigure> = {}): BriefFigure {
  return {
    value,
    low: value,
    high: value,
    alternatives: null,
    qualifier: 'exact',
    unit: 'troops',
    increment: false,
    total: false,
    projected: false,
    claimant: { name: 'Kestrian Intelligence Bureau', type: 'government', origin: 'Kestria' },
    relayedBy: [],
    asOf: { start: '2031-03-13', end: '2031-03-13', precision: 'day', basis: 'statement' },
    refersTo: null,
    articles: [],
    evidence: [],
    ...extra,
  };
}

function proposition(figures: BriefFigure[]): BriefProposition {
  return {
    id: 'country:VA|send:personnel|count|personnel',
    label: 'Vardia · sent / deployed / present (troops) · troops (count)',
    measure: 'count',
    unit: 'troops',
    figures,
    relations: [],
    stances: [],
    conflicts: [],
    independence: { articles: 1, outlets: 1, reports: 1, originalSources: ['Kestria'], sources: [{ name: 'Kestria', claimants: ['Kestrian Intelligence Bureau'] }], outletNames: ['Northern Ledger'], chains: [] },
  };
}

function brief(figures: BriefFigure[]): Brief {
  return { story: 's', generatedAt: null, articles: [], propositions: [proposition(figures)], timeline: [], denials: [], speakers: [], openQuestions: [] };
}

// "another 1,500 soldiers had arrived, bringing the total to 3,500": two figures, one claimant, one date.
const increment = figure(1500, { increment: true });
const total = figure(3500, { total: true });

test('a claimant giving two figures on one date shows no change when neither changed', () => {
  const diff = diffBriefs(brief([increment, total]), brief([total, increment]), null);
  assert.deepEqual(diff.changes, []);
});

test('a third figure on that date is new, not a change of the other two', () => {
  const projection = figure(8000, { projected: true });
  const diff = diffBriefs(brief([increment, total]), brief([increment, total, projection]), null);
  assert.deepEqual(
    diff.changes.map((c) => c.kind),
    ['new-figure'],
  );
  assert.match(diff.changes[0]!.text, /8,000 troops \(expected\)/);
});

test('one figure replaced by another on the same date is a changed figure, old → new', () => {
  const revised = figure(3700, { total: true });
  const diff = diffBriefs(brief([increment, total]), brief([increment, revised]), null);
  assert.deepEqual(
    diff.changes.map((c) => c.kind),
    ['changed-figure'],
  );
  assert.match(diff.changes[0]!.text, /3,500 troops \(total\) → 3,700 troops \(total\)/);
});

test('a figure on a new date is new', () => {
  const later = figure(4000, { total: true, asOf: { start: '2031-03-20', end: '2031-03-20', precision: 'day', basis: 'statement' } });
  const diff = diffBriefs(brief([increment, total]), brief([increment, total, later]), null);
  assert.deepEqual(
    diff.changes.map((c) => c.kind),
    ['new-figure'],
  );
});

test('a contradiction between figures that was not there before is a new conflict; one already there is not', () => {
  const bureau = figure(1500);
  const minister = figure(4000, { claimant: { name: 'Vardian defence minister', type: 'government', origin: 'Vardia' } });
  const withConflict = (): Brief => {
    const b = brief([bureau, minister]);
    return { ...b, propositions: [{ ...b.propositions[0]!, relations: [{ a: 0, b: 1, kind: 'contradiction', why: 'different claimants, same period' }] }] };
  };
  const conflicts = (d: ReturnType<typeof diffBriefs>) => d.changes.filter((c) => c.kind === 'new-conflict').map((c) => c.text);
  assert.deepEqual(conflicts(diffBriefs(brief([bureau]), withConflict(), null)), [
    'Vardia · sent / deployed / present (troops) · troops (count): Kestrian Intelligence Bureau 1,500 troops against Vardian defence minister 4,000 troops',
  ]);
  assert.deepEqual(conflicts(diffBriefs(withConflict(), withConflict(), null)), []);
});
