// Claim-level relations on invented stories: a voice that could not confirm and later confirms
// (stance evolution, across its officials), one report told with dates of different precision
// (date imprecision), and the cases where neither rule applies.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimRelation } from '../model/index.js';
import { buildEvidence, type ArticleSpec, type EntitySpec, type SpeakerSpec } from './fixture-builder.js';
import { reconcileStory } from './index.js';

const VARDIA: EntitySpec = { key: 'country:VA', canonical: 'Vardia', type: 'country', mentions: ['Vardia'], demonyms: ['Vardian'] };
const KESTRIA: EntitySpec = { key: 'country:KS', canonical: 'Kestria', type: 'country', mentions: ['Kestria'], demonyms: ['Kestrian'] };
const ALLIANCE: EntitySpec = { key: 'org:lumen-alliance', canonical: 'Lumen Alliance', type: 'organisation', mentions: ['Lumen Alliance'] };
const MARTEN: EntitySpec = { key: 'person:ilse marten', canonical: 'Ilse Marten', type: 'person', mentions: ['Ilse Marten'] };
const MARTEN_SPEAKER: SpeakerSpec = { name: 'Ilse Marten', type: 'person', entity: 'person:ilse marten', affiliation: 'Lumen Alliance' };
const SPOKESPERSON: SpeakerSpec = { name: 'Lumen Alliance spokesperson', type: 'organisation', affiliation: null };

function earlierDoubt(published: string, on: string): ArticleSpec {
  return {
    id: `doubt-${published}`,
    outlet: 'Harbour Gazette',
    published,
    text: 'Alliance wary\n\nLumen Alliance chief Ilse Marten said on Monday the alliance had no evidence that Vardian troops were in Kestria.',
    entities: [VARDIA, KESTRIA, ALLIANCE, MARTEN],
    times: [{ text: 'on Monday', start: on }],
    claims: [{ source: 'Ilse Marten', cue: 'said', content: 'the alliance had no evidence that Vardian troops were in Kestria', speaker: MARTEN_SPEAKER, statementTime: 'on Monday' }],
  };
}

function laterConfirmation(published: string, on: string): ArticleSpec {
  return {
    id: `confirm-${published}`,
    outlet: 'Valley Post',
    published,
    text: 'Alliance confirms deployment\n\nA Lumen Alliance spokesperson confirmed on Wednesday that Vardian troops were in Kestria.',
    entities: [VARDIA, KESTRIA, ALLIANCE],
    times: [{ text: 'on Wednesday', start: on }],
    claims: [{ source: 'A Lumen Alliance spokesperson', cue: 'confirmed', content: 'that Vardian troops were in Kestria', speaker: SPOKESPERSON, stance: 'confirms', statementTime: 'on Wednesday' }],
  };
}

const ledgerOf = (specs: readonly ArticleSpec[]) => reconcileStory('invented', specs.map(buildEvidence));
const byRule = (relations: readonly ClaimRelation[], rule: ClaimRelation['rule']) => relations.filter((r) => r.rule === rule);

test('a voice that had no evidence and later confirms, through another official, has a stance evolution, not a contradiction', () => {
  const ledger = ledgerOf([earlierDoubt('2031-03-03', '2031-03-03'), laterConfirmation('2031-03-12', '2031-03-12')]);
  const [relation, ...rest] = byRule(ledger.claimRelations, 'stance-evolution');
  assert.equal(rest.length, 0);
  assert.ok(relation);
  assert.equal(relation.kind, 'evolution');
  assert.equal(relation.a.speaker.name, 'Ilse Marten');
  assert.equal(relation.b.stance, 'confirms');
  assert.match(relation.why, /both speaking for Lumen Alliance/);
  assert.match(relation.why, /not confirmed at first \("no evidence", on 2031-03-03, confirmed on 2031-03-12\)/);
  assert.match(relation.why, /not a contradiction/);
});

test('no stance evolution when the doubt is dated after the confirmation', () => {
  const ledger = ledgerOf([earlierDoubt('2031-03-20', '2031-03-20'), laterConfirmation('2031-03-12', '2031-03-12')]);
  assert.deepEqual(byRule(ledger.claimRelations, 'stance-evolution'), []);
});

test('the voice\'s own words can put the doubt first: "had previously been unable to confirm"', () => {
  const undated: ArticleSpec = {
    id: 'previously',
    outlet: null,
    published: null,
    text: 'Alliance view\n\nLumen Alliance officials said they had previously been unable to confirm that Vardian troops were in Kestria.',
    entities: [VARDIA, KESTRIA, ALLIANCE],
    claims: [{ source: 'Lumen Alliance officials', cue: 'said', content: 'they had previously been unable to confirm that Vardian troops were in Kestria', speaker: { name: 'Lumen Alliance officials', type: 'organisation' }, hedges: ['unable to confirm'] }],
  };
  const [relation] = byRule(ledgerOf([undated, laterConfirmation('2031-03-12', '2031-03-12')]).claimRelations, 'stance-evolution');
  assert.ok(relation);
  assert.match(relation.why, /"unable to confirm", earlier, as its words say/);
});

const BUREAU_ENTITY: EntitySpec = { key: 'agency:ks-bureau', canonical: 'Kestrian Intelligence Bureau', type: 'government_body', affiliation: 'country:KS', mentions: ['Kestrian Intelligence Bureau'] };
const BUREAU: SpeakerSpec = { name: 'Kestrian Intelligence Bureau', type: 'government', entity: 'agency:ks-bureau', affiliation: 'Kestria' };

function shipment(id: string, when: string, time: { start: string; end?: string; precision?: 'day' | 'week' | 'month'; kind?: 'date' | 'interval'; unresolved?: boolean }): ArticleSpec {
  return {
    id,
    outlet: null,
    published: null,
    text: `Bureau report\n\nThe Kestrian Intelligence Bureau said that Vardia moved its troops to Kestria ${when}.`,
    entities: [VARDIA, KESTRIA, BUREAU_ENTITY],
    times: [{ text: when, ...time }],
    claims: [{ source: 'The Kestrian Intelligence Bureau', cue: 'said', content: `that Vardia moved its troops to Kestria ${when}`, speaker: BUREAU }],
  };
}

test('one claimant\'s report dated "earlier this month" and "from 3 to 6 March" is one report: consistent, date imprecision', () => {
  const ledger = ledgerOf([
    shipment('coarse', 'earlier this month', { start: '2031-03-01', end: '2031-03-09', precision: 'month' }),
    shipment('fine', 'from 3 to 6 March', { start: '2031-03-03', end: '2031-03-06', kind: 'interval' }),
  ]);
  const [relation, ...rest] = byRule(ledger.claimRelations, 'date-imprecision');
  assert.equal(rest.length, 0);
  assert.ok(relation);
  assert.equal(relation.kind, 'consistent');
  assert.match(relation.why, /^date imprecision: Kestrian Intelligence Bureau reports the same thing dated/);
  assert.match(relation.why, /2031-03-01\/2031-03-09 \(month\) contains 2031-03-03\/2031-03-06/);
});

test('a date nothing anchors ("last week" in an undated article) is read as imprecise, not as another event', () => {
  const ledger = ledgerOf([
    shipment('relative', 'last week', { start: '2031-01-01', unresolved: true, precision: 'week' }),
    shipment('fine', 'from 3 to 6 March', { start: '2031-03-03', end: '2031-03-06', kind: 'interval' }),
  ]);
  const [relation] = byRule(ledger.claimRelations, 'date-imprecision');
  assert.ok(relation);
  assert.match(relation.why, /cannot be placed in the calendar/);
});

test('dates of one precision that differ, or far apart, are not one report told twice', () => {
  const sameDayKind = ledgerOf([
    shipment('one', 'on 2 March', { start: '2031-03-02' }),
    shipment('two', 'on 9 March', { start: '2031-03-09' }),
  ]);
  assert.deepEqual(byRule(sameDayKind.claimRelations, 'date-imprecision'), []);
  const farApart = ledgerOf([
    shipment('coarse', 'in January', { start: '2031-01-01', end: '2031-01-31', precision: 'month' }),
    shipment('fine', 'from 3 to 6 March', { start: '2031-03-03', end: '2031-03-06', kind: 'interval' }),
  ]);
  assert.deepEqual(byRule(farApart.claimRelations, 'date-imprecision'), []);
});

test('with no order known, only a doubt and a confirmation of the same proposition are a stance evolution', () => {
  const undatedDoubt = (id: string, content: string): ArticleSpec => ({
    id,
    outlet: null,
    published: null,
    text: `Alliance view\n\nLumen Alliance officials said ${content}.`,
    entities: [VARDIA, KESTRIA, ALLIANCE],
    claims: [{ source: 'Lumen Alliance officials', cue: 'said', content, speaker: { name: 'Lumen Alliance officials', type: 'organisation' } }],
  });
  const fighting = ledgerOf([undatedDoubt('fight', 'it was not known for certain that Vardian troops were fighting in Kestria'), laterConfirmation('2031-03-12', '2031-03-12')]);
  assert.deepEqual(byRule(fighting.claimRelations, 'stance-evolution'), [], 'fighting is another proposition than being there');
  const presence = ledgerOf([undatedDoubt('presence', 'they had no evidence that Vardian troops were in Kestria'), laterConfirmation('2031-03-12', '2031-03-12')]);
  const [relation] = byRule(presence.claimRelations, 'stance-evolution');
  assert.ok(relation);
  assert.match(relation.why, /not both dated, so the confirmation is read as the later stance/);
});

test('claim relations do not depend on the order articles are added in', () => {
  const specs = [
    earlierDoubt('2031-03-03', '2031-03-03'),
    laterConfirmation('2031-03-12', '2031-03-12'),
    shipment('coarse', 'earlier this month', { start: '2031-03-01', end: '2031-03-09', precision: 'month' }),
    shipment('fine', 'from 3 to 6 March', { start: '2031-03-03', end: '2031-03-06', kind: 'interval' }),
  ];
  const forward = ledgerOf(specs).claimRelations;
  assert.equal(forward.length, 2);
  assert.deepEqual(ledgerOf([...specs].reverse()).claimRelations, forward);
});

// ---- Negated assertions ---------------------------------------------------------------------

const KESTRIAN_OFFICIALS: SpeakerSpec = { name: 'Kestrian officials', type: 'anonymous', affiliation: 'Kestria' };
const ALLIANCE_SPEAKER: SpeakerSpec = { name: 'Lumen Alliance', type: 'organisation', entity: 'org:lumen-alliance' };

/** Kestria says, on `on`, that Vardia has not sent troops. */
function negation(on: string): ArticleSpec {
  return {
    id: `negation-${on}`,
    outlet: 'Harbour Gazette',
    published: on,
    text: 'Kestria speaks\n\nKestrian officials said on Monday that Vardia had not yet sent troops to Kestria.',
    entities: [VARDIA, KESTRIA],
    times: [{ text: 'on Monday', start: on }],
    claims: [{ source: 'Kestrian officials', cue: 'said', content: 'that Vardia had not yet sent troops to Kestria', speaker: KESTRIAN_OFFICIALS, statementTime: 'on Monday' }],
  };
}

/** The alliance says Vardian troops were sent in the days `from`–`to`, or (modal) that they could be. */
function dispatch(from: string, to: string, modal = false): ArticleSpec {
  const content = modal ? 'Vardian troops could be sent to Kestria from 1 to 5 March' : 'Vardian troops were sent to Kestria from 1 to 5 March';
  return {
    id: `dispatch-${from}-${modal}`,
    outlet: 'Valley Post',
    published: '2031-03-20',
    text: `Alliance report\n\nThe Lumen Alliance said ${content}.`,
    entities: [VARDIA, KESTRIA, ALLIANCE],
    times: [{ text: 'from 1 to 5 March', start: from, end: to, precision: 'day', kind: 'interval' }],
    claims: [{ source: 'The Lumen Alliance', cue: 'said', content, speaker: ALLIANCE_SPEAKER }],
  };
}

test('a voice saying a thing had not happened, against another that dates it earlier, is a contradiction', () => {
  const ledger = ledgerOf([negation('2031-03-10'), dispatch('2031-03-01', '2031-03-05')]);
  const [relation, ...rest] = byRule(ledger.claimRelations, 'negated-assertion');
  assert.equal(rest.length, 0);
  assert.ok(relation);
  assert.equal(relation.kind, 'contradiction');
  assert.equal(relation.a.speaker.name, 'Kestrian officials');
  assert.equal(relation.b.speaker.name, 'Lumen Alliance');
  assert.match(relation.why, /had not happened; Lumen Alliance says it had \(happened 2031-03-01\/2031-03-05\)/);
  // The negation is a stance of its own on the deployment, not an assertion of it nor a source for it, and no denial.
  const deployment = ledger.propositions.find((p) => p.id === 'country:VA|send:personnel|claim')!;
  const negated = deployment.stances.find((s) => s.speaker.name === 'Kestrian officials')!;
  assert.equal(negated.negated, true);
  assert.deepEqual(deployment.independence.originalSources.map((s) => s.name), ['Lumen Alliance']);
  assert.deepEqual(ledger.denials, []);
});

test('no contradiction when the other voice dates it after the negation, or only says it could happen', () => {
  assert.deepEqual(byRule(ledgerOf([negation('2031-02-20'), dispatch('2031-03-01', '2031-03-05')]).claimRelations, 'negated-assertion'), []);
  assert.deepEqual(byRule(ledgerOf([negation('2031-03-10'), dispatch('2031-03-01', '2031-03-05', true)]).claimRelations, 'negated-assertion'), []);
});

// ---- One statement under two claimants of one voice ----------------------------------------

const KESTRIAN_MINISTRY: EntitySpec = { key: 'agency:ks-foreign-ministry', canonical: 'Kestrian Foreign Ministry', type: 'government_body', affiliation: 'country:KS', mentions: ['Kestrian Foreign Ministry'] };

function demand(id: string, speaker: SpeakerSpec, source: string, content: string): ArticleSpec {
  return {
    id,
    outlet: id,
    published: '2031-04-02',
    text: `Envoy summoned\n\n${source} summoned the Vardian envoy to demand ${content}.`,
    entities: [VARDIA, KESTRIA, KESTRIAN_MINISTRY],
    claims: [{ source, cue: 'to demand', content, speaker, stance: 'demands' }],
  };
}

const MINISTRY_SPEAKER: SpeakerSpec = { name: 'Kestrian Foreign Ministry', type: 'government', entity: 'agency:ks-foreign-ministry', affiliation: 'Kestria' };
const KESTRIA_SPEAKER: SpeakerSpec = { name: 'Kestria', type: 'government', entity: 'country:KS' };

test('one demand reported under a ministry in one article and its government in another is one statement, worded differently', () => {
  const ledger = ledgerOf([
    demand('a', MINISTRY_SPEAKER, 'The Kestrian Foreign Ministry', 'the immediate withdrawal of Vardian troops from the border'),
    demand('b', KESTRIA_SPEAKER, 'Kestria', 'the immediate withdrawal of Vardian soldiers sent to the coast'),
  ]);
  const [relation, ...rest] = byRule(ledger.claimRelations, 'same-statement');
  assert.equal(rest.length, 0);
  assert.ok(relation);
  assert.equal(relation.kind, 'restatement');
  assert.deepEqual([relation.a.speaker.name, relation.b.speaker.name].sort(), ['Kestria', 'Kestrian Foreign Ministry']);
  assert.match(relation.why, /both speaking for Kestria/);
  assert.match(relation.why, /one statement reported twice/);
});

test('two demands of one voice about different things are two statements', () => {
  const ledger = ledgerOf([
    demand('a', MINISTRY_SPEAKER, 'The Kestrian Foreign Ministry', 'the immediate withdrawal of Vardian troops from the border'),
    demand('b', KESTRIA_SPEAKER, 'Kestria', 'compensation for Vardian troops damaging fishing boats'),
  ]);
  assert.deepEqual(byRule(ledger.claimRelations, 'same-statement'), []);
});

// ---- A report the writer doubts, judged likely by a claimant --------------------------------

const HARBOUR_RADIO: SpeakerSpec = { name: 'Harbour Radio', type: 'media' };
const MINISTER: SpeakerSpec = { name: 'Kestrian defence minister', type: 'government', affiliation: 'Kestria' };

function doubtedReport(): ArticleSpec {
  return {
    id: 'doubted',
    outlet: 'Harbour Gazette',
    published: '2031-05-02',
    text: 'Losses reported\n\nHarbour Radio reported that six Vardian soldiers had been killed near the coast, reports that have not been confirmed.',
    entities: [VARDIA, KESTRIA],
    claims: [{ source: 'Harbour Radio', cue: 'reported', content: 'that six Vardian soldiers had been killed near the coast', speaker: HARBOUR_RADIO, stance: 'unverified', hedges: ['have not been confirmed'] }],
  };
}

function judgement(stance: 'estimates' | 'alleges'): ArticleSpec {
  return {
    id: `judgement-${stance}`,
    outlet: 'Valley Post',
    published: '2031-05-03',
    text: 'Minister speaks\n\nThe Kestrian defence minister said Vardian casualties among its soldiers were likely.',
    entities: [VARDIA, KESTRIA],
    claims: [{ source: 'The Kestrian defence minister', cue: 'said', content: 'Vardian casualties among its soldiers were likely', speaker: MINISTER, stance }],
  };
}

test('a claimant judging likely what the writer says is not confirmed is a conflicting assessment, across overlapping propositions', () => {
  const ledger = ledgerOf([doubtedReport(), judgement('estimates')]);
  const [relation, ...rest] = byRule(ledger.claimRelations, 'doubted-report-judged');
  assert.equal(rest.length, 0);
  assert.ok(relation);
  assert.equal(relation.kind, 'conflicting-assessment');
  assert.equal(relation.a.speaker.name, 'Kestrian defence minister');
  assert.equal(relation.b.speaker.name, 'Harbour Radio');
  assert.match(relation.why, /the writer says is not confirmed \("have not been confirmed"\)/);
});

test('an allegation is no judgement of a doubted report', () => {
  assert.deepEqual(byRule(ledgerOf([doubtedReport(), judgement('alleges')]).claimRelations, 'doubted-report-judged'), []);
});
