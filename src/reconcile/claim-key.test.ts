// Proposition keys on invented sentences: whose troops (subject), which predicate family, which
// unit, and whether a figure is a projection, each with the rule that decided it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanText } from '../model/index.js';
import { keyClaim, withArticleSubjects } from './claim-key.js';
import { buildEvidence, type ClaimSpec, type EntitySpec, type QuantitySpec, type TimeSpec } from './fixture-builder.js';

const TARSA: EntitySpec = { key: 'country:TA', canonical: 'Tarsa', type: 'country', mentions: ['Tarsa'], demonyms: ['Tarsan', 'Tarsans'] };
const OSTREL: EntitySpec = { key: 'country:OS', canonical: 'Ostrel', type: 'country', mentions: ['Ostrel'], demonyms: ['Ostrelian'] };
const TARSAN_ARMY: EntitySpec = { key: 'unit:tarsan army', canonical: 'Tarsan Army', type: 'military_unit', affiliation: 'country:TA', mentions: ['Tarsan Army'] };
const OFFICIALS = { name: 'Ostrelian officials', type: 'anonymous' as const, affiliation: 'Ostrel' };

interface KeyCase {
  readonly name: string;
  readonly text: string;
  readonly claim: Omit<ClaimSpec, 'speaker'> & { speaker?: ClaimSpec['speaker'] };
  readonly quantities?: readonly QuantitySpec[];
  readonly times?: readonly TimeSpec[];
  readonly entities?: readonly EntitySpec[];
  readonly subject: string;
  readonly subjectVia?: RegExp;
  readonly countSubjectVia?: RegExp;
  readonly family: string | null;
  readonly unit?: string;
  readonly countFamily?: string;
  readonly projected?: boolean;
}

function keyOf(c: KeyCase) {
  const evidence = buildEvidence({
    id: c.name,
    text: c.text,
    entities: c.entities ?? [TARSA, OSTREL, TARSAN_ARMY],
    quantities: c.quantities ?? [],
    times: c.times ?? [],
    claims: [{ speaker: OFFICIALS, ...c.claim }],
  });
  return { evidence, key: keyClaim(evidence, evidence.claims[0]!) };
}

const CASES: readonly KeyCase[] = [
  {
    name: 'a demonym just before the counted noun is whose troops they are',
    text: 'Ostrelian officials said 400 Tarsan marines had arrived in Ostrel.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: '400 Tarsan marines had arrived in Ostrel' },
    quantities: [{ text: '400 Tarsan marines' }],
    subject: 'country:TA',
    subjectVia: /demonym before the counted noun/,
    family: 'send:personnel',
    unit: 'personnel',
    countFamily: 'send:personnel',
  },
  {
    name: 'a destination is not the subject; the actor named after it is',
    text: 'Ostrelian officials said troops were sent to Ostrel by Tarsa.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'troops were sent to Ostrel by Tarsa' },
    subject: 'country:TA',
    subjectVia: /nearest actor named in the content/,
    family: 'send:personnel',
  },
  {
    name: 'the side fought against is not the subject',
    text: 'Ostrelian officials said the 600 troops would fight against Ostrel.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'the 600 troops would fight against Ostrel' },
    quantities: [{ text: '600 troops' }],
    subject: '?',
    subjectVia: /no subject found/,
    family: 'fight:personnel',
    unit: 'personnel',
    countFamily: 'fight:personnel',
  },
  {
    name: 'the actor nearest before the figure, not the first one named',
    text: 'Ostrelian officials said Ostrel had learnt that Tarsa had shipped 1,500 special forces troops.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'Ostrel had learnt that Tarsa had shipped 1,500 special forces troops' },
    quantities: [{ text: '1,500 special forces troops' }],
    subject: 'country:TA',
    family: 'send:personnel',
    unit: 'personnel',
    countFamily: 'send:personnel',
  },
  {
    name: 'the speaker named again in its own content is not the subject',
    text: 'Ostrelian officials said the Ostrel Bureau assessed that Tarsa aimed to deploy 10,000 troops.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'the Ostrel Bureau assessed that Tarsa aimed to deploy 10,000 troops', speaker: { name: 'Ostrel Bureau', type: 'government', entity: 'agency:os-bureau', affiliation: 'Ostrel' } },
    entities: [TARSA, OSTREL, { key: 'agency:os-bureau', canonical: 'Ostrel Bureau', type: 'government_body', affiliation: 'country:OS', mentions: ['Ostrel Bureau'] }],
    quantities: [{ text: '10,000 troops' }],
    subject: 'country:TA',
    family: 'send:personnel',
    unit: 'personnel',
    countFamily: 'send:personnel',
    projected: true,
  },
  {
    name: 'a place where something was said is not the subject',
    text: 'Ostrelian officials said at Tarsa headquarters that 500 troops were ready.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'that 500 troops were ready' },
    quantities: [{ text: '500 troops' }],
    subject: '?',
    family: 'prepare:personnel',
    unit: 'personnel',
    countFamily: 'prepare:personnel',
  },
  {
    name: 'a recipient is not the subject',
    text: 'Tarsa denied supplying Ostrel with troops.',
    claim: { source: 'Tarsa', cue: 'denied', content: 'supplying Ostrel with troops', speaker: { name: 'Tarsa', type: 'government', entity: 'country:TA' }, stance: 'denies' },
    subject: 'country:TA',
    subjectVia: /the speaker speaks of its own act/,
    family: 'send:personnel',
  },
  {
    name: 'a government denying "sending troops" speaks of its own act',
    text: 'Tarsa denied sending troops.',
    claim: { source: 'Tarsa', cue: 'denied', content: 'sending troops', speaker: { name: 'Tarsa', type: 'government', entity: 'country:TA' }, stance: 'denies' },
    subject: 'country:TA',
    subjectVia: /the speaker speaks of its own act/,
    family: 'send:personnel',
  },
  {
    name: 'an army stands for its country',
    text: 'Ostrelian officials said the Tarsan Army had sent 900 soldiers.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'the Tarsan Army had sent 900 soldiers' },
    quantities: [{ text: '900 soldiers' }],
    subject: 'country:TA',
    family: 'send:personnel',
    unit: 'personnel',
    countFamily: 'send:personnel',
  },
  {
    name: 'a casualty unit makes a kill count, apart from deployments',
    text: 'Ostrelian officials said 12 Tarsan sailors were killed.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: '12 Tarsan sailors were killed' },
    quantities: [{ text: '12 Tarsan sailors', unit: 'killed', unitText: 'sailors' }],
    subject: 'country:TA',
    family: 'kill:personnel',
    unit: 'personnel',
    countFamily: 'kill:personnel',
  },
  {
    name: 'troops being prepared are not troops sent',
    text: 'Ostrelian officials said Tarsa was preparing 5,000 soldiers.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'Tarsa was preparing 5,000 soldiers' },
    quantities: [{ text: '5,000 soldiers' }],
    subject: 'country:TA',
    family: 'prepare:personnel',
    unit: 'personnel',
    countFamily: 'prepare:personnel',
  },
  {
    name: 'missiles are counted as missiles, not merged with other weapons',
    text: 'Ostrelian officials said Tarsa had sent 40 missiles.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'Tarsa had sent 40 missiles' },
    quantities: [{ text: '40 missiles' }],
    subject: 'country:TA',
    family: 'send:munitions',
    unit: 'missile',
    countFamily: 'send:munitions',
  },
  {
    name: 'a target with a deadline is a projection',
    text: 'Ostrelian officials said Tarsa aims to deploy 6,000 troops by June.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'Tarsa aims to deploy 6,000 troops by June' },
    quantities: [{ text: '6,000 troops' }],
    times: [{ text: 'by June', start: '2031-06-01', end: '2031-06-30', precision: 'month', kind: 'deadline' }],
    subject: 'country:TA',
    family: 'send:personnel',
    unit: 'personnel',
    countFamily: 'send:personnel',
    projected: true,
  },
  {
    name: 'demonym plurals in a military sentence are personnel',
    text: 'Ostrelian officials said a unit of about 3,000 Tarsans was forming.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'a unit of about 3,000 Tarsans was forming' },
    quantities: [{ text: 'about 3,000 Tarsans', unit: 'people', qualifier: 'about' }],
    subject: 'country:TA',
    countSubjectVia: /demonym naming the counted people/,
    family: null,
    unit: 'personnel',
    countFamily: 'send:personnel',
  },
  {
    name: 'demonym plurals elsewhere are people',
    text: 'Ostrelian officials said dozens of Tarsans queued for bread.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: 'dozens of Tarsans queued for bread' },
    quantities: [{ text: 'dozens of Tarsans', value: null, low: 24, high: null, unit: 'people', vague: true }],
    subject: 'country:TA',
    family: null,
    unit: 'people',
    countFamily: 'amount:people',
  },
  {
    name: 'with no entities, capitalised words before the counted noun name the subject',
    text: 'Ostrelian officials said 400 Tarsan marines had arrived.',
    claim: { source: 'Ostrelian officials', cue: 'said', content: '400 Tarsan marines had arrived' },
    quantities: [{ text: '400 Tarsan marines' }],
    entities: [],
    subject: 'text:tarsan',
    subjectVia: /capitalised words/,
    family: 'send:personnel',
    unit: 'personnel',
    countFamily: 'send:personnel',
  },
];

test('keys claims by subject, predicate family and unit', () => {
  for (const c of CASES) {
    const { key } = keyOf(c);
    assert.equal(key.subject.key, c.subject, `${c.name}: subject (${key.subject.via})`);
    if (c.subjectVia) assert.match(key.subject.via, c.subjectVia, c.name);
    assert.equal(key.claimFamily?.key ?? null, c.family, `${c.name}: family`);
    if (c.unit) {
      const [count] = key.counts;
      assert.ok(count, c.name);
      assert.equal(count.unit.key, c.unit, `${c.name}: unit`);
      assert.equal(count.family.key, c.countFamily, `${c.name}: count family`);
      assert.equal(count.subject.key, c.subject, `${c.name}: count subject`);
      if (c.countSubjectVia) assert.match(count.subject.via, c.countSubjectVia, c.name);
      assert.equal(count.projected, c.projected ?? false, `${c.name}: projected`);
    }
  }
});

test('keeps the words each feature was read from', () => {
  const [first] = CASES;
  const { evidence, key } = keyOf(first!);
  const count = key.counts[0]!;
  assert.equal(spanText(evidence.text, count.subject.evidence!.span), 'Tarsan');
  assert.equal(spanText(evidence.text, count.family.evidence!.span), 'arrived');
  assert.equal(spanText(evidence.text, count.unit.evidence!.span), 'marines');
});

test('a claim that names no subject takes the subject of the article’s other claims about the same kind of object', () => {
  const text =
    'Ostrelian officials said 400 Tarsan marines had arrived. Ostrelian officials said 900 Tarsan soldiers had arrived. ' +
    'A minister said nobody knew whether 1,500 or 12,000 soldiers were coming.';
  const evidence = buildEvidence({
    id: 'fallback',
    text,
    entities: [TARSA],
    quantities: [{ text: '400 Tarsan marines' }, { text: '900 Tarsan soldiers' }, { text: '1,500 or 12,000 soldiers', value: null, low: 1500, high: 12000, alternatives: [1500, 12000] }],
    claims: [
      { source: 'Ostrelian officials', cue: 'said', content: '400 Tarsan marines had arrived', speaker: OFFICIALS },
      { source: 'Ostrelian officials', cue: 'said', content: '900 Tarsan soldiers had arrived', speaker: OFFICIALS },
      { source: 'A minister', cue: 'said', content: 'nobody knew whether 1,500 or 12,000 soldiers were coming', speaker: { name: 'minister', type: 'person' } },
    ],
  });
  const keys = withArticleSubjects(evidence.claims.map((c) => keyClaim(evidence, c)));
  const guessed = keys[2]!.counts[0]!.subject;
  assert.equal(guessed.key, 'country:TA');
  assert.equal(guessed.evidence, null);
  assert.match(guessed.via, /the article's main subject for personnel/);
});

test('a claim that names no kind of object takes the article\'s usual object of its verb, else the main subject over every kind', () => {
  const text =
    'Ostrelian officials said 400 Tarsan marines had arrived. Ostrelian officials said 900 Tarsan soldiers had arrived. ' +
    'The spokesman said that if they arrive at the border, they are fair game. The spokesman said that if they fight against Ostrel, they will lose.';
  const evidence = buildEvidence({
    id: 'fallback-any',
    text,
    entities: [TARSA, OSTREL],
    quantities: [{ text: '400 Tarsan marines' }, { text: '900 Tarsan soldiers' }],
    claims: [
      { source: 'Ostrelian officials', cue: 'said', content: '400 Tarsan marines had arrived', speaker: OFFICIALS },
      { source: 'Ostrelian officials', cue: 'said', content: '900 Tarsan soldiers had arrived', speaker: OFFICIALS },
      { source: 'The spokesman', cue: 'said', content: 'that if they arrive at the border, they are fair game', speaker: { name: 'spokesman', type: 'person' } },
      { source: 'The spokesman', cue: 'said', content: 'that if they fight against Ostrel, they will lose', speaker: { name: 'spokesman', type: 'person' } },
    ],
  });
  const raw = evidence.claims.map((c) => keyClaim(evidence, c));
  assert.equal(raw[2]!.claimFamily?.key, 'send:?');
  assert.equal(raw[3]!.claimFamily?.key, 'fight:?');
  const keys = withArticleSubjects(raw);
  // "they arrive": the article's arrivals are of troops.
  assert.equal(keys[2]!.claimFamily?.key, 'send:personnel');
  assert.match(keys[2]!.claimFamily!.via, /usual object of that verb/);
  assert.equal(keys[2]!.subject.key, 'country:TA');
  assert.match(keys[2]!.subject.via, /the article's main subject for personnel/);
  // "they fight": nothing else in the article fights, so the object stays unknown and the subject is the article's main one.
  assert.equal(keys[3]!.claimFamily?.key, 'fight:?');
  assert.equal(keys[3]!.subject.key, 'country:TA');
  assert.match(keys[3]!.subject.via, /the article's main subject for anything/);
});

// ---- The "sent / deployed / present" family needs evidence (issue 5, BBC stories) ------------------

const VELMAR: EntitySpec = { key: 'organisation:velmar', canonical: 'Velmar', type: 'organisation', mentions: ['Velmar'] };

function countFamilyOf(text: string, content: string, quantity: QuantitySpec): { family: string; label: string; claimFamily: string | null } {
  const evidence = buildEvidence({
    id: text,
    text,
    entities: [TARSA, VELMAR],
    quantities: [quantity],
    claims: [{ source: 'Ostrelian officials', cue: 'said', content, speaker: OFFICIALS }],
  });
  const key = keyClaim(evidence, evidence.claims[0]!);
  return { family: key.counts[0]!.family.key, label: key.counts[0]!.family.label, claimFamily: key.claimFamily?.key ?? null };
}

test('a business verb of the deployment family ("transferred", "supplied") does not make a count of companies a deployment', () => {
  const r = countFamilyOf('Ostrelian officials said Velmar had transferred the assets of two companies.', 'Velmar had transferred the assets of two companies', { text: 'two companies', value: 2 });
  assert.match(r.family, /^amount:compan/);
  assert.match(r.label, /^number of/);
  assert.equal(r.claimFamily, null, 'no deployment word and no troops: no claim family');
});

test('the same verb with a counted noun of personnel stays a deployment, and so does a deployment verb on its own', () => {
  assert.equal(countFamilyOf('Ostrelian officials said Tarsa had transferred 300 troops.', 'Tarsa had transferred 300 troops', { text: '300 troops' }).family, 'send:personnel');
  assert.equal(countFamilyOf('Ostrelian officials said Velmar had dispatched 40 engineers.', 'Velmar had dispatched 40 engineers', { text: '40 engineers' }).family, 'send:engineer');
});

test('a troop word elsewhere in the claim does not become the object of an unrelated counted noun', () => {
  const r = countFamilyOf(
    'Ostrelian officials said Velmar had frozen 80 bank accounts and that troops guarded the offices.',
    'Velmar had frozen 80 bank accounts and that troops guarded the offices',
    { text: '80 bank accounts', unit: 'bank accounts', unitText: 'accounts' },
  );
  assert.match(r.family, /^amount:account/);
});

test('a verb "force" names no forces', () => {
  const r = countFamilyOf('Ostrelian officials said Velmar was forced to sell two units.', 'Velmar was forced to sell two units', { text: 'two units', value: 2 });
  assert.notEqual(r.family.split(':')[1], 'personnel');
  assert.equal(r.claimFamily, null);
});

test('a class word after "of" says what the counted things hold', () => {
  assert.equal(countFamilyOf('Ostrelian officials said Tarsa had shipped 900 containers of artillery shells.', 'Tarsa had shipped 900 containers of artillery shells', { text: '900 containers', unit: 'containers' }).family, 'send:munitions');
});

test('"officer" and "personnel" are troops only in a military sentence', () => {
  const civilian = countFamilyOf('Ostrelian officials said Velmar had 80 bank accounts and its chief finance officer lived abroad.', 'Velmar had 80 bank accounts and its chief finance officer lived abroad', { text: '80 bank accounts', unit: 'bank accounts', unitText: 'accounts' });
  assert.equal(civilian.claimFamily, null);
  const military = countFamilyOf('Ostrelian officials said Tarsa had 80 tanks and an army officer in the town.', 'Tarsa had 80 tanks and an army officer in the town', { text: '80 tanks' });
  assert.equal(military.claimFamily, 'send:personnel');
});

test('a claim with no figure does not take its family\'s object from another claim\'s counted noun', () => {
  const text = 'Ostrelian officials said Velmar had dispatched 40 engineers. The spokesman said that if they arrive at the border, they are welcome.';
  const evidence = buildEvidence({
    id: 'no-borrowed-unit',
    text,
    entities: [TARSA, VELMAR],
    quantities: [{ text: '40 engineers' }],
    claims: [
      { source: 'Ostrelian officials', cue: 'said', content: 'Velmar had dispatched 40 engineers', speaker: OFFICIALS },
      { source: 'The spokesman', cue: 'said', content: 'that if they arrive at the border, they are welcome', speaker: { name: 'spokesman', type: 'person' } },
    ],
  });
  const keys = withArticleSubjects(evidence.claims.map((c) => keyClaim(evidence, c)));
  assert.equal(keys[0]!.counts[0]!.family.key, 'send:engineer');
  assert.equal(keys[1]!.claimFamily?.key, 'send:?');
});

// ---- Negated predicates ---------------------------------------------------------------------

function negatedOf(text: string, content: string, quantities: readonly QuantitySpec[] = []) {
  const { key } = keyOf({ name: text, text, claim: { source: 'Ostrelian officials', cue: 'said', content }, quantities, subject: '', family: null });
  return { negated: key.negatedFamily?.key ?? null, family: key.claimFamily?.key ?? null, via: key.negatedFamily?.via ?? '' };
}

test('a predicate after "not" or "never", past auxiliaries and adverbs, is negated', () => {
  const notYet = negatedOf('Ostrelian officials said Tarsa had not yet sent troops to Ostrel.', 'Tarsa had not yet sent troops to Ostrel');
  assert.deepEqual([notYet.negated, notYet.family], ['send:personnel', 'send:personnel']);
  assert.match(notYet.via, /after a negation/);
  assert.equal(negatedOf('Ostrelian officials said Tarsan troops have never been deployed in Ostrel.', 'Tarsan troops have never been deployed in Ostrel').negated, 'send:personnel');
});

test('a negated second predicate keeps the claim\'s own family for what it asserts', () => {
  const text = 'Ostrelian officials said Tarsa was preparing 900 troops but did not move them to Ostrel.';
  const r = negatedOf(text, 'Tarsa was preparing 900 troops but did not move them to Ostrel', [{ text: '900 troops' }]);
  assert.equal(r.family, 'prepare:personnel');
  assert.equal(r.negated, 'send:personnel');
});

test('"no" before a noun of an object class negates the predicate after it', () => {
  assert.equal(negatedOf('Ostrelian officials said no Tarsan troops had been sent to Ostrel.', 'no Tarsan troops had been sent to Ostrel').negated, 'send:personnel');
});

test('"not only", a negation far from any predicate, and "no" before another noun negate nothing', () => {
  assert.equal(negatedOf('Ostrelian officials said Tarsa had not only sent troops to Ostrel but paid them.', 'Tarsa had not only sent troops to Ostrel but paid them').negated, null);
  assert.equal(negatedOf('Ostrelian officials said it was not clear when the Tarsan troops were sent.', 'it was not clear when the Tarsan troops were sent').negated, null);
  assert.equal(negatedOf('Ostrelian officials said there was no evidence troops were sent.', 'there was no evidence troops were sent').negated, null);
});

test('a demonym describing a body ("the Tarsan exchange") is not the subject; before troops it is', () => {
  const POUNDS = { kind: 'money', currency: 'GBP', unit: 'pounds', unitText: null } as const;
  const body = keyOf({ name: 'body', text: 'Ostrelian officials said the Tarsan exchange may raise its bid to £1.5bn.', claim: { source: 'Ostrelian officials', cue: 'said', content: 'the Tarsan exchange may raise its bid to £1.5bn' }, quantities: [{ text: '£1.5bn', value: 1.5e9, ...POUNDS }], subject: '', family: null });
  assert.notEqual(body.key.counts[0]!.subject.key, 'country:TA');
  const troops = keyOf({ name: 'troops', text: 'Ostrelian officials said 400 Tarsan troops had arrived.', claim: { source: 'Ostrelian officials', cue: 'said', content: '400 Tarsan troops had arrived' }, quantities: [{ text: '400 Tarsan troops' }], subject: '', family: null });
  assert.equal(troops.key.counts[0]!.subject.key, 'country:TA');
});
