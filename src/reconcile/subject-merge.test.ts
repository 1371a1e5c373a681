// One subject written differently across articles (invented names): a shortened form, a
// misspelling, a person's misspelt first name and the entity layer's own aliases merge, each saying
// why; countries, gazetteer names, different first names and ambiguous short names never do; and
// a story gives the same propositions whatever order its articles arrive in.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEvidence, type ArticleSpec } from './fixture-builder.js';
import { reconcileStory } from './index.js';
import { editDistance, sameSubjectWhy, subjectMerges, type SubjectInfo } from './subject-merge.js';

function info(key: string, options: { gazetteer?: boolean; names?: readonly string[] } = {}): SubjectInfo {
  return { key, gazetteer: options.gazetteer ?? false, names: new Set(options.names ?? []), labels: new Set([key.slice(key.indexOf(':') + 1)]) };
}

function mergesOf(...infos: SubjectInfo[]) {
  return subjectMerges(new Map(infos.map((i) => [i.key, i])));
}

test('edit distance stops early past its limit', () => {
  assert.equal(editDistance('korvaneftegaz', 'korvaneftgaz', 2), 1);
  assert.equal(editDistance('halvard', 'halverd', 1), 1);
  assert.equal(editDistance('abcdefgh', 'zyxwvuts', 2), 3);
});

test('a shortened form and a misspelling of a long organisation name merge into the longest spelling, saying why', () => {
  const merges = mergesOf(info('organisation:korvaneftegaz'), info('organisation:korvaneftgaz'), info('organisation:korva'));
  assert.equal(merges.get('organisation:korvaneftgaz')?.canonical, 'organisation:korvaneftegaz');
  assert.match(merges.get('organisation:korvaneftgaz')!.why, /differ by 1 letter \(a misspelling\)/);
  assert.equal(merges.get('organisation:korva')?.canonical, 'organisation:korvaneftegaz');
  assert.match(merges.get('organisation:korva')!.why, /"korva" is a shortened form of "korvaneftegaz"/);
  assert.equal(merges.has('organisation:korvaneftegaz'), false, 'the canonical key is not merged into anything');
});

test('an abbreviated club name ("Dun Utd") merges with the full one word by word', () => {
  const why = sameSubjectWhy(info('organisation:dunmore utd'), info('organisation:dunmore united'));
  assert.match(why ?? '', /shortened form/);
  assert.equal(sameSubjectWhy(info('organisation:dun'), info('organisation:dunmore united')), null, 'three letters are too few to stand for a name');
});

test('countries, gazetteer-known names and short names are never merged by spelling', () => {
  assert.equal(sameSubjectWhy(info('country:AX'), info('country:AY')), null);
  assert.equal(sameSubjectWhy(info('place:ostravia'), info('place:ostralia')), null);
  assert.equal(sameSubjectWhy(info('organisation:ostraviabank', { gazetteer: true }), info('organisation:ostraliabank')), null);
  assert.equal(sameSubjectWhy(info('organisation:velmar'), info('organisation:velmor')), null, 'under eight letters, one letter makes another name');
  assert.equal(sameSubjectWhy(info('organisation:velmar'), info('person:velmar')), null, 'different types');
});

test('people merge only with the same surname and compatible first names', () => {
  assert.match(sameSubjectWhy(info('person:halvard omsk'), info('person:halverd omsk')) ?? '', /one letter apart/);
  assert.match(sameSubjectWhy(info('person:alexandra omsk'), info('person:alex omsk')) ?? '', /one short for the other/);
  assert.equal(sameSubjectWhy(info('person:mark omsk'), info('person:mary omsk')), null);
  assert.equal(sameSubjectWhy(info('person:halvard omsk'), info('person:halvard omska')), null, 'different surnames');
});

test('names the entity layer linked in one article merge whatever their spelling', () => {
  const why = sameSubjectWhy(info('organisation:northern grain trust', { names: ['northern grain trust', 'ngt holdings'] }), info('organisation:ngt holdings'));
  assert.match(why ?? '', /entity layer named/);
});

test('a short name matching two different subjects is ambiguous and merges with neither', () => {
  const merges = mergesOf(info('organisation:deltora bank'), info('organisation:deltora exchange'), info('organisation:deltora'));
  assert.equal(merges.size, 0);
});

const KORVA = (canonical: string) => ({ key: `organisation:${canonical.toLowerCase()}`, canonical, type: 'organisation' as const, mentions: [canonical] });
const MINISTRY = { name: 'Energy ministry', type: 'government' as const, entity: 'body:ministry', affiliation: 'Ostrel' };

function article(id: string, name: string, figure: string): ArticleSpec {
  const text = `The energy ministry said ${name} had hired ${figure} engineers last year.`;
  return {
    id,
    published: '2031-05-0' + (id === 'one' ? '1' : '2'),
    text,
    entities: [KORVA(name)],
    quantities: [{ text: `${figure} engineers` }],
    claims: [{ source: 'The energy ministry', cue: 'said', content: `${name} had hired ${figure} engineers last year`, speaker: MINISTRY }],
  };
}

test('a story puts one subject spelt two ways into one proposition, in either order of arrival', () => {
  const one = article('one', 'Korvaneftegaz', '300');
  const two = article('two', 'Korvaneftgaz', '400');
  const ids: string[][] = [];
  for (const order of [[one, two], [two, one]]) {
    const ledger = reconcileStory('korva', order.map(buildEvidence));
    const counts = ledger.propositions.filter((p) => p.measure === 'count');
    assert.equal(counts.length, 1, counts.map((p) => p.id).join(', '));
    const p = counts[0]!;
    assert.ok(p.id.startsWith('organisation:korvaneftegaz|'), p.id);
    assert.equal(p.subject.label, 'Korvaneftegaz');
    assert.equal(p.figures.length, 2);
    const merged = p.members.find((m) => m.subject.via.includes('misspelling'));
    assert.ok(merged, 'the misspelt member says why it was merged');
    ids.push(ledger.propositions.map((x) => x.id));
  }
  assert.deepEqual(ids[0], ids[1]);
});

test('a name with describing words before it ("state owned tarnoil") is the name, even when the gazetteer knows it', () => {
  const why = sameSubjectWhy(info('organisation:state owned tarnoil'), { ...info('organisation:tarnoil'), gazetteer: true });
  assert.match(why ?? '', /"state owned tarnoil" is "tarnoil" with describing words before it/);
  assert.equal(sameSubjectWhy(info('organisation:north tarnoil'), info('organisation:tarnoil')), null, 'a word that is part of the name is no description');
});
