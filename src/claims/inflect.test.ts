// Verb inflection by rule: every form of a lexicon verb is generated from its base.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingForm, pastForms, thirdPerson, verbForms } from './inflect.js';

test('third person singular follows the spelling rules', () => {
  const cases: [string, string][] = [['say', 'says'], ['push', 'pushes'], ['deny', 'denies'], ['go', 'goes'], ['stress', 'stresses'], ['warn', 'warns']];
  for (const [base, form] of cases) assert.equal(thirdPerson(base), form, base);
});

test('past forms drop a final e, turn a consonant y into ied, and double when the lexicon says so', () => {
  assert.deepEqual(pastForms('claim', false), ['claimed']);
  assert.deepEqual(pastForms('argue', false), ['argued']);
  assert.deepEqual(pastForms('deny', false), ['denied']);
  assert.deepEqual(pastForms('admit', true), ['admitted']);
  assert.deepEqual(pastForms('label', true), ['labelled', 'labeled']);
});

test('-ing forms drop a silent e but keep ee, and turn ie into y', () => {
  assert.deepEqual(ingForm('argue', false), ['arguing']);
  assert.deepEqual(ingForm('see', false), ['seeing']);
  assert.deepEqual(ingForm('lie', false), ['lying']);
  assert.deepEqual(ingForm('quip', true), ['quipping']);
});

test('irregular forms replace the regular past', () => {
  const forms = verbForms('say', false, ['said', 'says', 'saying']);
  assert.ok(forms.includes('said'));
  assert.ok(!forms.includes('sayed'));
  assert.ok(forms.includes('say'));
});
