// Statement dates carried over from context, one case per rule: the claim's own date, an "as of"
// time in what was said, a date alone in a content fragment, the same sentence, the next sentences
// of one voice (speaker, relay, the body a speaker speaks for, an actor the writer names), and
// where the carrying stops (another voice, too far back).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEvidence, type ArticleSpec, type EntitySpec, type SpeakerSpec } from './fixture-builder.js';
import { statementDatesOf } from './statement-dates.js';

const VARDIA: EntitySpec = { key: 'country:VA', canonical: 'Vardia', type: 'country', mentions: ['Vardia'], demonyms: ['Vardian'] };
const KESTRIA: EntitySpec = { key: 'country:KS', canonical: 'Kestria', type: 'country', mentions: ['Kestria'], demonyms: ['Kestrian'] };
const BUREAU: SpeakerSpec = { name: 'Kestrian Intelligence Bureau', entity: 'agency:ks-bureau', affiliation: 'Kestria' };
const LAWMAKER: SpeakerSpec = { name: 'Tomas Reyl', type: 'person', entity: 'person:tomas reyl' };
const MINISTER: SpeakerSpec = { name: 'Ana Lund', type: 'person', entity: 'person:ana lund', affiliation: 'Kestria' };
const WATCH: SpeakerSpec = { name: 'Ashford Watch', type: 'organisation', entity: 'org:ashford watch' };

function dates(spec: ArticleSpec): (string | null)[] {
  return statementDatesOf(buildEvidence(spec)).map((d) => (d ? `${d.interval.start} ${d.basis}` : null));
}

test('the next sentences of one speaker take the date of the first', () => {
  const text = 'The Kestrian Intelligence Bureau said on Monday that 2,000 troops had arrived. The bureau added that more were expected. It also said the troops were training.';
  assert.deepEqual(
    dates({
      id: 'same-speaker',
      published: '2031-03-14',
      text,
      entities: [KESTRIA],
      times: [{ text: 'on Monday', start: '2031-03-10' }],
      claims: [
        { source: 'The Kestrian Intelligence Bureau', cue: 'said', content: 'that 2,000 troops had arrived', speaker: BUREAU, statementTime: 'on Monday' },
        { source: 'The bureau', cue: 'added', content: 'that more were expected', speaker: BUREAU },
        { source: 'It', cue: 'said', content: 'the troops were training', speaker: BUREAU },
      ],
    }),
    ['2031-03-10 explicit', '2031-03-10 context', '2031-03-10 context'],
  );
});

test('a relay of a dated briefing dates what it relays next, though the speaker named differs', () => {
  const text = 'On Thursday the bureau chief told lawmakers 1,500 more troops had arrived, according to Tomas Reyl. The bureau expects 8,000 by June, Mr Reyl said.';
  assert.deepEqual(
    dates({
      id: 'relay',
      text,
      times: [{ text: 'On Thursday', start: '2031-03-13' }],
      claims: [
        { source: 'the bureau chief', cue: 'told', content: 'lawmakers 1,500 more troops had arrived', speaker: { name: 'Ivo Brandt', type: 'person', affiliation: 'Kestrian Intelligence Bureau' }, relayedBy: [LAWMAKER], statementTime: 'On Thursday' },
        { source: 'Mr Reyl', cue: 'said', content: 'The bureau expects 8,000 by June', speaker: BUREAU, relayedBy: [LAWMAKER] },
      ],
    }),
    ['2031-03-13 explicit', '2031-03-13 context'],
  );
});

test('a minister speaks for her country: a dated statement by the country dates hers, and a country the writer names beside a date dates its officials next quote', () => {
  const text =
    'On Wednesday Kestria announced evidence of Vardian troops on its soil. "We have proof," the minister Ana Lund said.\n\n' +
    'Kestrian officials also spoke out on Wednesday, with Vardia calling the reports lies. "We do not know whether it is 1,500 or 12,000," Piet Holm said.';
  assert.deepEqual(
    dates({
      id: 'body-and-actor',
      text,
      entities: [KESTRIA, VARDIA],
      times: [
        { text: 'On Wednesday', start: '2031-03-12' },
        { text: 'on Wednesday', start: '2031-03-12' },
      ],
      claims: [
        { source: 'Kestria', cue: 'announced', content: 'evidence of Vardian troops on its soil', speaker: { name: 'Kestria', entity: 'country:KS' }, statementTime: 'On Wednesday' },
        { source: 'the minister Ana Lund', cue: 'said', content: '"We have proof,"', speaker: MINISTER },
        { source: 'Vardia', cue: 'calling', content: 'the reports lies', speaker: { name: 'Vardia', entity: 'country:VA' }, stance: 'denies', statementTime: 'on Wednesday' },
        // Another Kestrian official: not Ana Lund's voice, but Kestria is named outside the quoted words of the dated sentence before.
        { source: 'Piet Holm', cue: 'said', content: '"We do not know whether it is 1,500 or 12,000,"', speaker: { name: 'Piet Holm', type: 'person', entity: 'person:piet holm', affiliation: 'Kestria' } },
      ],
    }),
    ['2031-03-12 explicit', '2031-03-12 context', '2031-03-12 explicit', '2031-03-12 context'],
  );
});

test('a claim in the sentence of a dated claim by its relay takes that date', () => {
  const text = 'Kestria believes at least 3,000 troops are training at three bases, spokesman Tomas Reyl said on Wednesday.';
  assert.deepEqual(
    dates({
      id: 'same-sentence',
      text,
      times: [{ text: 'on Wednesday', start: '2031-03-12' }],
      claims: [
        { source: 'Kestria', cue: 'believes', content: 'at least 3,000 troops are training at three bases', speaker: { name: 'Kestria', entity: 'country:KS' }, relayedBy: [LAWMAKER] },
        { source: 'spokesman Tomas Reyl', cue: 'said', content: 'Kestria believes at least 3,000 troops are training at three bases', speaker: LAWMAKER, statementTime: 'on Wednesday' },
      ],
    }),
    ['2031-03-12 same-sentence', '2031-03-12 explicit'],
  );
});

test('an "as of" time in what was said dates it, and a date alone in a content fragment dates the saying', () => {
  const text = 'The bureau said that as of Monday 1,500 more troops had arrived. The ministry announced: on Friday, March 14 | that the border was closed.';
  assert.deepEqual(
    dates({
      id: 'as-of',
      text,
      times: [
        { text: 'as of Monday', start: '2031-03-10' },
        { text: 'on Friday, March 14', start: '2031-03-14' },
      ],
      claims: [
        { source: 'The bureau', cue: 'said', content: 'that as of Monday 1,500 more troops had arrived', speaker: BUREAU },
        { source: 'The ministry', cue: 'announced', content: ['on Friday, March 14', 'that the border was closed'], speaker: { name: 'Kestrian Foreign Ministry', affiliation: 'Kestria' } },
      ],
    }),
    ['2031-03-10 as-of', '2031-03-14 explicit'],
  );
});

test('no date carries to another voice, nor from more than two sentences back', () => {
  const text =
    'The Kestrian Intelligence Bureau said on Monday that 2,000 troops had arrived. Ashford Watch said 9,000 troops were there. ' +
    'Roads were closed. Markets were shut. Schools were empty. The bureau said the troops were training.';
  assert.deepEqual(
    dates({
      id: 'stops',
      text,
      entities: [KESTRIA],
      times: [{ text: 'on Monday', start: '2031-03-10' }],
      claims: [
        { source: 'The Kestrian Intelligence Bureau', cue: 'said', content: 'that 2,000 troops had arrived', speaker: BUREAU, statementTime: 'on Monday' },
        { source: 'Ashford Watch', cue: 'said', content: '9,000 troops were there', speaker: WATCH },
        { source: 'The bureau', cue: 'said', content: 'the troops were training', speaker: BUREAU },
      ],
    }),
    ['2031-03-10 explicit', null, null],
  );
});
