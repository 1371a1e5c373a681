// The brief as an analyst reads it (issue 5): unknown outlets counted honestly, consistent and
// restated figure pairs summarised in one line (the JSON keeps every relation), deniers kept out of
// the asserters and the original sources, and one name per person however articles spell it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleEvidence } from '../../model/index.js';
import { buildEvidence, type ArticleSpec, type EntitySpec, type SpeakerSpec } from '../../reconcile/fixture-builder.js';
import { reconcileStory } from '../../reconcile/index.js';
import { briefFromLedger } from './brief-data.js';
import { briefMarkdown } from './render.js';

const VARDIA: EntitySpec = { key: 'country:VA', canonical: 'Vardia', type: 'country', mentions: ['Vardia'], demonyms: ['Vardian'] };
const KESTRIA: EntitySpec = { key: 'country:KS', canonical: 'Kestria', type: 'country', mentions: ['Kestria'], demonyms: ['Kestrian'] };
const KESTRIAN_GOVERNMENT: SpeakerSpec = { name: 'Kestria', type: 'government', entity: 'country:KS' };

function brief(specs: readonly ArticleSpec[]) {
  const evidence: ArticleEvidence[] = specs.map(buildEvidence);
  return briefFromLedger(reconcileStory('story', evidence), evidence);
}

function troopReport(id: string, speaker: SpeakerSpec, outlet: string | null = null): ArticleSpec {
  const text = `${speaker.name} said on Monday that 3,000 Vardian troops had been sent to Kestria.`;
  return {
    id,
    outlet,
    published: '2031-03-10',
    text,
    entities: [VARDIA, KESTRIA],
    quantities: [{ text: '3,000 Vardian troops' }],
    times: [{ text: 'on Monday', start: '2031-03-10' }],
    claims: [{ source: speaker.name, cue: 'said', content: 'that 3,000 Vardian troops had been sent to Kestria', speaker, statementTime: 'on Monday' }],
  };
}

test('articles with no outlet are counted as unknown outlets, never as outlets of their own', () => {
  const md = briefMarkdown(brief([troopReport('a', KESTRIAN_GOVERNMENT), troopReport('b', { name: 'Ashford Watch', type: 'organisation' })]));
  assert.match(md, /^2 articles, outlet unknown for all 2/m);
  assert.doesNotMatch(md, /from 2 outlets/);
  const mixed = briefMarkdown(brief([troopReport('a', KESTRIAN_GOVERNMENT, 'Harbour Gazette'), troopReport('b', { name: 'Ashford Watch', type: 'organisation' })]));
  assert.match(mixed, /^2 articles from 1 outlet \(outlet unknown for 1\)/m);
});

test('consistent figure pairs are summarised in one line; the JSON keeps every relation', () => {
  const b = brief(['Kestria', 'Ashford Watch', 'Lumen Monitor', 'Tarn Institute'].map((name, i) => troopReport(`r${i}`, { name, type: 'organisation' })));
  const troops = b.propositions.find((p) => p.measure === 'count')!;
  assert.ok(troops.relations.length >= 3);
  assert.ok(troops.relations.every((r) => r.kind === 'consistent'));
  const md = briefMarkdown(b);
  assert.doesNotMatch(md, /\*\*consistent\*\*/);
  assert.match(md, new RegExp(`Also: ${troops.relations.length} consistent pairs`));
});

test('a denier is neither an asserter against its own denial nor an original source, and is named once', () => {
  const minister: SpeakerSpec = { name: 'Ilse Marten', type: 'person', entity: null };
  const specs: ArticleSpec[] = [
    troopReport('kestria', KESTRIAN_GOVERNMENT),
    {
      id: 'denial',
      published: '2031-03-11',
      text: 'The Vardian government denied sending any troops to Kestria. Ilse Marten dismissed the reports as a fabrication.',
      entities: [VARDIA, KESTRIA],
      claims: [
        { source: 'The Vardian government', cue: 'denied', content: 'sending any troops to Kestria', speaker: { name: 'Vardia', type: 'government', entity: 'country:VA' }, stance: 'denies' },
        { source: 'Ilse Marten', cue: 'dismissed', content: 'the reports as a fabrication', speaker: minister, stance: 'denies' },
      ],
    },
    {
      // Her rhetorical question read as an assertion, under two spellings of her name.
      id: 'question',
      published: '2031-03-12',
      text: 'Ilse Marten asked where the Vardian troops sent to Kestria were. ILSE Marten said Vardian troops were sent nowhere.',
      entities: [VARDIA, KESTRIA],
      claims: [
        { source: 'Ilse Marten', cue: 'asked', content: 'where the Vardian troops sent to Kestria were', speaker: minister },
        { source: 'ILSE Marten', cue: 'said', content: 'Vardian troops were sent nowhere', speaker: { ...minister, name: 'ILSE Marten' } },
      ],
    },
  ];
  const b = brief(specs);
  const claim = b.propositions.find((p) => p.measure === 'claim' && p.conflicts.length > 0)!;
  for (const c of claim.conflicts) {
    const against = c.against.map((i) => claim.stances[i]!.speaker.name);
    assert.ok(!against.some((n) => /marten/i.test(n)), `a denier listed among asserters: ${against.join(', ')}`);
    assert.ok(!against.includes('Vardia'));
  }
  assert.ok(!claim.independence.originalSources.some((s) => /marten|vardia/i.test(s)), claim.independence.originalSources.join(', '));
  assert.ok(claim.independence.deniedBy!.some((d) => d.name === 'Vardia'));
  const names = new Set(b.propositions.flatMap((p) => p.stances.map((s) => s.speaker.name)).filter((n) => /marten/i.test(n)));
  assert.equal(names.size, 1, [...names].join(' / '));
});

test('a voice whose doubt turned into a confirmation is listed with both sides and why, in Markdown and JSON', () => {
  const alliance: EntitySpec = { key: 'org:lumen-alliance', canonical: 'Lumen Alliance', type: 'organisation', mentions: ['Lumen Alliance'] };
  const doubt: ArticleSpec = {
    id: 'doubt',
    outlet: 'Harbour Gazette',
    published: '2031-03-03',
    text: 'Lumen Alliance officials said on Monday they had no evidence that Vardian troops were in Kestria.',
    entities: [VARDIA, KESTRIA, alliance],
    times: [{ text: 'on Monday', start: '2031-03-03' }],
    claims: [{ source: 'Lumen Alliance officials', cue: 'said', content: 'they had no evidence that Vardian troops were in Kestria', speaker: { name: 'Lumen Alliance officials', type: 'organisation' }, statementTime: 'on Monday' }],
  };
  const confirmation: ArticleSpec = {
    id: 'confirmation',
    outlet: 'Valley Post',
    published: '2031-03-12',
    text: 'A Lumen Alliance spokesperson confirmed on Wednesday that Vardian troops were in Kestria.',
    entities: [VARDIA, KESTRIA, alliance],
    times: [{ text: 'on Wednesday', start: '2031-03-12' }],
    claims: [{ source: 'A Lumen Alliance spokesperson', cue: 'confirmed', content: 'that Vardian troops were in Kestria', speaker: { name: 'Lumen Alliance spokesperson', type: 'organisation' }, stance: 'confirms', statementTime: 'on Wednesday' }],
  };
  const b = brief([doubt, confirmation]);
  assert.equal(b.claimRelations?.length, 1);
  assert.equal(b.claimRelations![0]!.kind, 'evolution');
  assert.equal(b.claimRelations![0]!.a.evidence[0]!.exact, 'they had no evidence that Vardian troops were in Kestria');
  const md = briefMarkdown(b);
  assert.match(md, /^## Claims across reports: contradictions, judgements, stances that moved, statements told twice$/m);
  assert.match(md, /^- \*\*evolution\*\* \(stance-evolution\): Lumen Alliance officials \(asserts, 2031-03-03\) → Lumen Alliance spokesperson \(confirms, 2031-03-12\) — .*not confirmed at first/m);
});
