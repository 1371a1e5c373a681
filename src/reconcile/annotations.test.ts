// Day arithmetic and name folding: day numbers agree with the calendar across leap years and
// centuries; folded names meet across spellings.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayNumber, foldName } from './annotations.js';

test('counts days since 1970-01-01 as the calendar does', () => {
  for (const iso of ['1970-01-01', '1900-02-28', '1900-03-01', '2000-02-29', '2000-03-01', '2024-02-29', '2031-12-31', '1969-12-31', '2100-03-01']) {
    const [y, m, d] = iso.split('-').map(Number);
    assert.equal(dayNumber(iso), Date.UTC(y!, m! - 1, d!) / 86_400_000, iso);
  }
  assert.equal(dayNumber('2024-10-25T05:30:00+01:00'), dayNumber('2024-10-25'), 'a timestamp is read by its date');
});

test('folds names so spellings of one name meet', () => {
  const cases: [string, string][] = [
    ['Ana-Maria Lund', 'ana maria lund'],
    ['  Ilse  Márten ', 'ilse marten'],
    ['O’Neill', 'o neill'],
  ];
  for (const [name, folded] of cases) assert.equal(foldName(name), folded, name);
});
