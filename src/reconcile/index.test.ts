// The reconcile stage end to end on an invented five-outlet story (Vardian troops in Kestria):
// figure series with their original claimants and relations, relays counted once, a syndicated
// copy collapsed to its origin, denials and the stance conflict, the merged timeline, and the
// incremental index giving the batch ledger in every order.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanText, type ArticleEvidence, type ArticleId, type EvidenceRef, type Figure, type StoryLedger } from '../model/index.js';
import { articleIdOf, buildEvidence, type ArticleSpec, type EntitySpec, type SpeakerSpec } from './fixture-builder.js';
import { addArticle, createStoryIndex, explainMatch, ledgerOf, reconcileStory } from './index.js';

const VARDIA: EntitySpec = { key: 'country:VA', canonical: 'Vardia', type: 'country', mentions: ['Vardia'], demonyms: ['Vardian'] };
const KESTRIA: EntitySpec = { key: 'country:KS', canonical: 'Kestria', type: 'country', mentions: ['Kestria'], demonyms: ['Kestrian'] };
const BUREAU_ENTITY: EntitySpec = {
  key: 'agency:ks-bureau',
  canonical: 'Kestrian Intelligence Bureau',
  type: 'government_body',
  affiliation: 'country:KS',
  mentions: ['Kestrian Intelligence Bureau'],
};
const BUREAU: SpeakerSpec = { name: 'Kestrian Intelligence Bureau', type: 'government', entity: 'agency:ks-bureau', affiliation: 'Kestria' };
const VARDIAN_GOVERNMENT: SpeakerSpec = { name: 'Vardia', type: 'government', entity: 'country:VA' };

const WIRE_TEXT =
  'PORT ELLIS (AP) — The Kestrian Intelligence Bureau said on Monday that 2,000 Vardian troops had been sent to Kestria over the past fortnight. ' +
  'The bureau said the soldiers travelled by rail through the northern passes and were housed in barracks outside the capital. ' +
  'Vardian forces crossed the border near Lisk on 2 March, according to local officials who spoke to reporters at the scene. ' +
  'The Vardian government denied sending any troops, calling the reports groundless rumours spread by its rivals. ' +
  'Diplomats in the region said the dispute could reach the Lumen Council before the end of the month.';

function wireCopy(id: string, outlet: string, published: string, headline: string): ArticleSpec {
  return {
    id,
    outlet,
    published,
    text: `${headline}\n\n${WIRE_TEXT}`,
    entities: [VARDIA, KESTRIA, BUREAU_ENTITY],
    quantities: [{ text: '2,000 Vardian troops' }],
    times: [
      { text: 'on Monday', start: '2031-03-10' },
      { text: 'on 2 March', start: '2031-03-02' },
    ],
    claims: [
      { source: 'The Kestrian Intelligence Bureau', cue: 'said', content: 'that 2,000 Vardian troops had been sent to Kestria over the past fortnight', speaker: BUREAU, statementTime: 'on Monday' },
      { source: 'The Vardian government', cue: 'denied', content: 'sending any troops', speaker: VARDIAN_GOVERNMENT, stance: 'denies' },
    ],
  };
}

const ORIGINAL = wireCopy('harbour-0310', 'Harbour Gazette', '2031-03-10', 'Kestria says Vardia has sent troops');
const COPY = wireCopy('valley-0311', 'Valley Post', '2031-03-11', 'Vardian troops reported in Kestria');

const LEDGER_TEXT =
  'Kestria says the build-up continues\n\n' +
  'The Kestrian Intelligence Bureau said on Thursday that another 1,500 Vardian soldiers had arrived, bringing the total to 3,500. ' +
  'The bureau expects Vardia to deploy a total of 8,000 troops to Kestria by June. ' +
  'Ashford Watch, a monitoring group, said that 9,000 Vardian troops were already inside Kestria.';
const NORTHERN_LEDGER: ArticleSpec = {
  id: 'ledger-0314',
  outlet: 'Northern Ledger',
  published: '2031-03-14',
  text: LEDGER_TEXT,
  entities: [
    VARDIA,
    KESTRIA,
    { ...BUREAU_ENTITY, mentions: ['Kestrian Intelligence Bureau', { text: 'The bureau', kind: 'nominal' }] },
    { key: 'org:ashford watch', canonical: 'Ashford Watch', type: 'organisation', mentions: ['Ashford Watch'] },
  ],
  quantities: [
    { text: 'another 1,500 Vardian soldiers', increment: true },
    { text: 'the total to 3,500', unit: 'soldiers', unitText: null, total: true },
    { text: 'a total of 8,000 troops', total: true },
    { text: '9,000 Vardian troops' },
  ],
  times: [
    { text: 'on Thursday', start: '2031-03-13' },
    { text: 'by June', start: '2031-06-01', end: '2031-06-30', precision: 'month', kind: 'deadline' },
  ],
  claims: [
    { source: 'The Kestrian Intelligence Bureau', cue: 'said', content: 'that another 1,500 Vardian soldiers had arrived, bringing the total to 3,500', speaker: BUREAU, statementTime: 'on Thursday' },
    { source: 'The bureau', cue: 'expects', content: 'Vardia to deploy a total of 8,000 troops to Kestria by June', speaker: BUREAU, stance: 'estimates' },
    { source: 'Ashford Watch', cue: 'said', content: 'that 9,000 Vardian troops were already inside Kestria', speaker: { name: 'Ashford Watch', type: 'organisation', entity: 'org:ashford watch' } },
  ],
};

const COASTAL_TEXT =
  'Lumen Council spokesperson Mara Ellison told the Daily Beacon on Friday that at least 3,000 Vardian troops were training in Kestria. ' +
  'Lawmaker Dana Pruitt said, citing the Kestrian Intelligence Bureau, that a total of 3,500 Vardian troops were now in Kestria. ' +
  'On 2 March, Vardian forces crossed the border near Lisk, local officials said. ' +
  'Vardia denied that any of its soldiers were in Kestria.';
const COASTAL_TIMES: ArticleSpec = {
  id: 'coastal-0315',
  outlet: 'Coastal Times',
  published: '2031-03-15',
  text: COASTAL_TEXT,
  entities: [
    VARDIA,
    KESTRIA,
    BUREAU_ENTITY,
    { key: 'org:lumen council', canonical: 'Lumen Council', type: 'organisation', mentions: ['Lumen Council'] },
    { key: 'person:mara ellison', canonical: 'Mara Ellison', type: 'person', mentions: ['Mara Ellison'] },
    { key: 'media:daily beacon', canonical: 'Daily Beacon', type: 'media', mentions: ['Daily Beacon'] },
    { key: 'person:dana pruitt', canonical: 'Dana Pruitt', type: 'person', mentions: ['Dana Pruitt'] },
  ],
  quantities: [{ text: 'at least 3,000 Vardian troops', qualifier: 'at least' }, { text: 'a total of 3,500 Vardian troops', total: true }],
  times: [
    { text: 'on Friday', start: '2031-03-14' },
    { text: 'On 2 March', start: '2031-03-02' },
  ],
  claims: [
    {
      source: 'Lumen Council spokesperson Mara Ellison',
      cue: 'told',
      content: 'that at least 3,000 Vardian troops were training in Kestria',
      speaker: { name: 'Mara Ellison', type: 'person', entity: 'person:mara ellison', affiliation: 'Lumen Council' },
      statementTime: 'on Friday',
    },
    {
      source: 'Lawmaker Dana Pruitt',
      cue: 'said',
      content: 'that a total of 3,500 Vardian troops were now in Kestria',
      speaker: BUREAU,
      relayedBy: [{ name: 'Dana Pruitt', type: 'person', entity: 'person:dana pruitt' }],
      kind: 'according_to',
    },
    { source: 'local officials', cue: 'said', content: 'On 2 March, Vardian forces crossed the border near Lisk', speaker: { name: 'local officials', type: 'anonymous', affiliation: 'Kestria' } },
    { source: 'Vardia', cue: 'denied', content: 'that any of its soldiers were in Kestria', speaker: VARDIAN_GOVERNMENT, stance: 'denies' },
  ],
};

const SKIRMISH_TEXT = 'Kestrian officials said on Saturday that 12 Vardian soldiers were killed in a skirmish near Lisk. Vardia said that only four of its soldiers died.';
const SKIRMISH: ArticleSpec = {
  id: 'harbour-0316',
  outlet: 'Harbour Gazette',
  published: '2031-03-16',
  text: SKIRMISH_TEXT,
  entities: [VARDIA, KESTRIA],
  quantities: [{ text: '12 Vardian soldiers', unit: 'killed', unitText: 'soldiers' }, { text: 'four of its soldiers', value: 4 }],
  times: [{ text: 'on Saturday', start: '2031-03-15' }],
  claims: [
    { source: 'Kestrian officials', cue: 'said', content: 'that 12 Vardian soldiers were killed in a skirmish near Lisk', speaker: { name: 'Kestrian officials', type: 'anonymous', affiliation: 'Kestria' }, statementTime: 'on Saturday' },
    { source: 'Vardia', cue: 'said', content: 'that only four of its soldiers died', speaker: VARDIAN_GOVERNMENT },
  ],
};

const SPECS = [ORIGINAL, COPY, NORTHERN_LEDGER, COASTAL_TIMES, SKIRMISH];
const EVIDENCE: ArticleEvidence[] = SPECS.map(buildEvidence);
const TEXTS = new Map<ArticleId, string>(EVIDENCE.map((e) => [e.article.id, e.text]));
const id = (spec: ArticleSpec) => articleIdOf(spec.id);
const words = (ref: EvidenceRef) => spanText(TEXTS.get(ref.article)!, ref.span);

const LEDGER = reconcileStory('Vardian troops in Kestria', EVIDENCE, { generatedAt: '2031-03-20T12:00:00Z' });
const troopCount = LEDGER.propositions.find((p) => p.id === 'country:VA|send:personnel|count|personnel')!;
const troopClaim = LEDGER.propositions.find((p) => p.id === 'country:VA|send:personnel|claim')!;

function figure(value: number, claimant: string): Figure {
  const found = troopCount.figures.find((f) => f.value === value && f.claimant.name === claimant);
  assert.ok(found, `no figure ${value} by ${claimant}; figures: ${troopCount.figures.map((f) => `${f.value} ${f.claimant.name}`).join('; ')}`);
  return found;
}

function relationKind(a: Figure, b: Figure): string | undefined {
  const ia = troopCount.figures.indexOf(a);
  const ib = troopCount.figures.indexOf(b);
  return troopCount.relations.find((r) => (r.a === ia && r.b === ib) || (r.a === ib && r.b === ia))?.kind;
}

test('groups the troop figures of every outlet under one count proposition with their original claimants', () => {
  assert.ok(troopCount, `propositions: ${LEDGER.propositions.map((p) => p.id).join(', ')}`);
  const figures = troopCount.figures.map((f) => `${f.claimant.name}: ${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${f.value}${f.increment ? ' (increment)' : ''}${f.total ? ' (total)' : ''}${f.projected ? ' (projected)' : ''} as of ${f.asOf?.start} [${f.asOf?.basis}]`);
  assert.deepEqual(figures, [
    'Kestrian Intelligence Bureau: 2000 as of 2031-03-10 [statement]',
    'Kestrian Intelligence Bureau: 1500 (increment) as of 2031-03-13 [statement]',
    'Kestrian Intelligence Bureau: 3500 (total) as of 2031-03-13 [statement]',
    // "The bureau expects…" right after the bureau's Thursday statement is the same occasion.
    'Kestrian Intelligence Bureau: 8000 (total) (projected) as of 2031-03-13 [statement]',
    'Ashford Watch: 9000 as of 2031-03-14 [publication]',
    'Mara Ellison: at least 3000 as of 2031-03-14 [statement]',
  ]);
  assert.equal(troopCount.label, 'Vardia: troops sent / deployed / present (count)');
});

test('a figure repeated by a syndicated copy and by a relaying lawmaker stays one figure of the original claimant', () => {
  const first = figure(2000, 'Kestrian Intelligence Bureau');
  assert.deepEqual(first.articles, [id(ORIGINAL), id(COPY)].sort());
  assert.deepEqual(first.evidence.map(words), ['2,000 Vardian troops', '2,000 Vardian troops']);
  const total = figure(3500, 'Kestrian Intelligence Bureau');
  assert.deepEqual(total.articles, [id(NORTHERN_LEDGER), id(COASTAL_TIMES)].sort());
  assert.deepEqual(total.relayedBy, ['Dana Pruitt']);
  assert.equal(total.claimant.origin, 'Kestria');
  const monitored = figure(3000, 'Mara Ellison');
  assert.deepEqual(monitored.relayedBy, ['Daily Beacon'], 'the outlet told is a relay, not the source');
});

test('classifies increments, totals and projections as evolution, overlapping ranges as consistent, same-period disagreements as contradictions', () => {
  const cases: [Figure, Figure, string][] = [
    [figure(2000, 'Kestrian Intelligence Bureau'), figure(1500, 'Kestrian Intelligence Bureau'), 'evolution'],
    [figure(1500, 'Kestrian Intelligence Bureau'), figure(3500, 'Kestrian Intelligence Bureau'), 'evolution'],
    [figure(3500, 'Kestrian Intelligence Bureau'), figure(8000, 'Kestrian Intelligence Bureau'), 'evolution'],
    [figure(3500, 'Kestrian Intelligence Bureau'), figure(9000, 'Ashford Watch'), 'contradiction'],
    [figure(3500, 'Kestrian Intelligence Bureau'), figure(3000, 'Mara Ellison'), 'consistent'],
    [figure(9000, 'Ashford Watch'), figure(3000, 'Mara Ellison'), 'consistent'],
  ];
  for (const [a, b, kind] of cases) assert.equal(relationKind(a, b), kind, `${a.value} ${a.claimant.name} vs ${b.value} ${b.claimant.name}`);
  const running = troopCount.relations.find((r) => troopCount.figures[r.b] === figure(3500, 'Kestrian Intelligence Bureau') && troopCount.figures[r.a] === figure(1500, 'Kestrian Intelligence Bureau'))!;
  assert.match(running.why, /running total a total of 3,500 that includes the increment another 1,500/);
  assert.equal(relationKind(figure(1500, 'Kestrian Intelligence Bureau'), figure(9000, 'Ashford Watch')), undefined, 'an increment is never compared with another claimant’s count');
});

test('counts outlets and articles but only original sources as independent, and collapses the syndicated copy to one report', () => {
  const { independence } = troopCount;
  assert.equal(independence.articles.length, 4);
  assert.deepEqual(independence.outlets, ['Coastal Times', 'Harbour Gazette', 'Northern Ledger', 'Valley Post']);
  assert.equal(independence.reports, 3, 'the Valley Post copy is the Harbour Gazette report');
  assert.deepEqual(
    independence.originalSources.map((s) => [s.name, s.claimants]),
    [
      ['Ashford Watch', ['Ashford Watch']],
      ['Kestria', ['Kestrian Intelligence Bureau']],
      ['Lumen Council', ['Mara Ellison']],
    ],
  );
  const viaLawmaker = independence.chains.find((c) => c.article === id(COASTAL_TIMES) && c.speaker === 'Kestrian Intelligence Bureau')!;
  assert.deepEqual(viaLawmaker.via, ['Dana Pruitt']);
  const copied = independence.chains.find((c) => c.article === id(COPY))!;
  assert.equal(copied.copiedFrom, id(ORIGINAL));
  assert.deepEqual(copied.via, ['Associated Press']);
});

test('finds the syndicated copy and its wire credit', () => {
  assert.deepEqual(LEDGER.copies.map((g) => [g.origin, g.copies]), [[id(ORIGINAL), [id(COPY)]]]);
  const copy = LEDGER.articles.find((a) => a.id === id(COPY))!;
  assert.equal(copy.copyOf, id(ORIGINAL));
  assert.equal(copy.wire?.agency, 'Associated Press');
  assert.equal(words(copy.wire!.evidence), 'AP');
  assert.equal(LEDGER.articles.find((a) => a.id === id(NORTHERN_LEDGER))!.wire, null);
});

test('sets the denial against the assertions of other speakers and lists it once across articles', () => {
  assert.ok(troopClaim, `propositions: ${LEDGER.propositions.map((p) => p.id).join(', ')}`);
  const denial = troopClaim.stances.findIndex((s) => s.stance === 'denies');
  assert.equal(troopClaim.stances[denial]!.speaker.name, 'Vardia');
  const conflict = troopClaim.conflicts.find((c) => c.denial === denial)!;
  const against = conflict.against.map((i) => troopClaim.stances[i]!.speaker.name);
  assert.deepEqual([...new Set(against)].sort(), ['Ashford Watch', 'Kestrian Intelligence Bureau', 'Mara Ellison', 'local officials']);
  assert.equal(conflict.why, 'Vardia denies what Ashford Watch, Kestrian Intelligence Bureau, Mara Ellison, local officials assert');

  assert.equal(LEDGER.denials.length, 1);
  const [listed] = LEDGER.denials;
  assert.equal(listed!.speaker.name, 'Vardia');
  assert.deepEqual(listed!.propositions, ['country:VA|send:personnel|claim']);
  assert.deepEqual(listed!.articles, [id(ORIGINAL), id(COPY), id(COASTAL_TIMES)].sort());
  assert.deepEqual(listed!.what.map(words).sort(), ['sending any troops', 'sending any troops', 'that any of its soldiers were in Kestria']);
  assert.equal(listed!.when, null);
  assert.equal(listed!.reportedBy, '2031-03-10');
});

test('keeps casualty counts apart from deployment counts and flags the disagreement', () => {
  const killed = LEDGER.propositions.find((p) => p.id === 'country:VA|kill:personnel|count|personnel')!;
  assert.ok(killed, `propositions: ${LEDGER.propositions.map((p) => p.id).join(', ')}`);
  assert.deepEqual(killed.figures.map((f) => [f.claimant.name, f.value]), [['Kestrian officials', 12], ['Vardia', 4]]);
  assert.deepEqual(killed.relations.map((r) => r.kind), ['contradiction']);
});

test('merges the border crossing reported by three articles into one timeline event', () => {
  const crossing = LEDGER.timeline.filter((e) => e.interval.start === '2031-03-02');
  assert.equal(crossing.length, 1);
  assert.deepEqual(crossing[0]!.articles, [id(ORIGINAL), id(COPY), id(COASTAL_TIMES)].sort());
  assert.deepEqual(crossing[0]!.kinds, ['narrative', 'reported']);
  assert.deepEqual(crossing[0]!.times.map(words).sort(), ['On 2 March', 'on 2 March', 'on 2 March']);
  const starts = LEDGER.timeline.map((e) => e.interval.start);
  assert.deepEqual(starts, [...starts].sort(), 'in date order');
  assert.deepEqual(
    LEDGER.timeline.map((e) => `${e.interval.start} ${e.articles.length}`),
    ['2031-03-02 3', '2031-03-10 2', '2031-03-13 1', '2031-03-14 1', '2031-03-15 1', '2031-06-01 1'],
  );
});

test('explains why two members were grouped, feature by feature', () => {
  const [a, b] = [troopCount.members[0]!, troopCount.members[troopCount.members.length - 1]!];
  const explanation = explainMatch(a, b);
  assert.equal(explanation.grouped, true);
  assert.deepEqual(explanation.reasons.map((r) => r.feature), ['measure', 'subject', 'family', 'unit']);
  const killed = LEDGER.propositions.find((p) => p.id.includes('kill'))!.members[0]!;
  const apart = explainMatch(a, killed);
  assert.equal(apart.grouped, false);
  assert.match(apart.reasons.find((r) => r.feature === 'family')!.why, /≠/);
});

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

test('the incremental index gives the batch ledger for every order of additions, with or without ledgers in between', () => {
  const expected: StoryLedger = LEDGER;
  permutations(EVIDENCE).forEach((order, n) => {
    const index = createStoryIndex('Vardian troops in Kestria');
    for (const evidence of order) {
      addArticle(index, evidence);
      if (n % 2 === 0) ledgerOf(index, null);
    }
    assert.deepEqual(ledgerOf(index, '2031-03-20T12:00:00Z'), expected, `order ${order.map((e) => e.article.file).join(', ')}`);
  });
});

test('refuses an article added twice, naming it', () => {
  const index = createStoryIndex('Vardian troops in Kestria');
  addArticle(index, EVIDENCE[0]!);
  assert.throws(() => addArticle(index, EVIDENCE[0]!), (error: Error & { diagnostic?: { code: string } }) => error.diagnostic?.code === 'reconcile/duplicate-article' && error.message.includes(EVIDENCE[0]!.article.id));
});
