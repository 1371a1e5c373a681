// Disputed figures: a claim that says a figure just given is wrong ("nowhere near that figure")
// denies that figure: it joins the figure's count proposition as a denial set against the disputed
// claimant only, and it is listed among the denials. Claims that merely refer back, or dispute
// their own figure, are left alone.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEvidence, type ArticleSpec, type EntitySpec, type SpeakerSpec } from './fixture-builder.js';
import { disputedClaimsOf } from './figure-disputes.js';
import { reconcileStory } from './index.js';

const VARDIA: EntitySpec = { key: 'country:VA', canonical: 'Vardia', type: 'country', mentions: ['Vardia'], demonyms: ['Vardian', 'Vardians'] };
const KESTRIAN_SIDE: SpeakerSpec = { name: 'Sources on the Kestrian side', type: 'anonymous' };
const VARDIAN_SOURCE: SpeakerSpec = { name: 'Vardian military source', type: 'anonymous' };
const BUREAU: SpeakerSpec = { name: 'Kestrian Intelligence Bureau', entity: 'agency:ks-bureau', affiliation: 'Kestria' };

const TEXT =
  'The Kestrian Intelligence Bureau said 2,000 Vardian troops had crossed the border. ' +
  'Sources on the Kestrian side claimed Vardia was forming a unit of about 3,000 Vardians while the Vardian source said the number was "absolutely nowhere near" that figure.';
const ARTICLE: ArticleSpec = {
  id: 'dispute',
  outlet: 'Harbour Gazette',
  published: '2031-03-14',
  text: TEXT,
  entities: [VARDIA],
  quantities: [{ text: '2,000 Vardian troops' }, { text: 'about 3,000 Vardians', qualifier: 'about', unit: 'people' }],
  claims: [
    { source: 'The Kestrian Intelligence Bureau', cue: 'said', content: '2,000 Vardian troops had crossed the border', speaker: BUREAU },
    { source: 'Sources on the Kestrian side', cue: 'claimed', content: 'Vardia was forming a unit of about 3,000 Vardians', speaker: KESTRIAN_SIDE, stance: 'alleges' },
    { source: 'the Vardian source', cue: 'said', content: 'the number was "absolutely nowhere near" that figure', speaker: VARDIAN_SOURCE },
  ],
};

test('a claim saying the figure just given is wrong disputes the nearest earlier figure of another speaker', () => {
  assert.deepEqual(disputedClaimsOf(buildEvidence(ARTICLE)), [null, null, 1]);
});

test('a back-reference without words of dispute, or a dispute of the speaker\'s own figure, disputes nothing', () => {
  const agreeing = { ...ARTICLE, id: 'agree', text: TEXT.replace('"absolutely nowhere near" that figure', '"roughly in line with" that figure'), claims: ARTICLE.claims!.map((c, i) => (i === 2 ? { ...c, content: 'the number was "roughly in line with" that figure' } : c)) };
  assert.deepEqual(disputedClaimsOf(buildEvidence(agreeing)), [null, null, null]);
  const own = { ...ARTICLE, id: 'own', claims: ARTICLE.claims!.map((c, i) => (i === 2 ? { ...c, speaker: KESTRIAN_SIDE } : c)) };
  assert.deepEqual(disputedClaimsOf(buildEvidence(own)), [null, null, null]);
});

test('the dispute is a denial of the figure, in conflict with its claimant only, and a denial of the story', () => {
  const ledger = reconcileStory('dispute', [buildEvidence(ARTICLE)]);
  const count = ledger.propositions.find((p) => p.measure === 'count' && p.figures.some((f) => f.value === 3000))!;
  assert.ok(count, ledger.propositions.map((p) => p.label).join('; '));
  const denial = count.stances.findIndex((s) => s.speaker.name === 'Vardian military source');
  assert.equal(count.stances[denial]!.stance, 'denies');
  assert.deepEqual(
    count.conflicts.filter((c) => c.denial === denial).flatMap((c) => c.against.map((i) => count.stances[i]!.speaker.name)),
    ['Sources on the Kestrian side'],
  );
  assert.equal(count.measure, 'count');
  assert.deepEqual(
    ledger.denials.map((d) => d.speaker.name),
    ['Vardian military source'],
  );
});
