// Timeline events: dated statements, dates inside what was said, the writer's own dated sentences
// with an event verb; reports of one event merged across articles, different events kept apart.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanText } from '../model/index.js';
import { buildEvidence, type ArticleSpec } from './fixture-builder.js';
import { eventCandidates, mergeEvents } from './timeline.js';

const MARTEN = { name: 'Ilse Marten', type: 'person' as const };

function candidates(spec: ArticleSpec) {
  return eventCandidates(buildEvidence(spec));
}

test('reads statement, reported and narrative events, and skips dated sentences with no event verb', () => {
  const text =
    'Minister Ilse Marten said on Tuesday that the ferry line had closed on 3 May. ' +
    'Strikers blocked the quay on 4 May. ' +
    'Tuesday 9 May 2031 08:00.';
  const found = candidates({
    id: 'kinds',
    text,
    times: [
      { text: 'on Tuesday', start: '2031-05-09' },
      { text: 'on 3 May', start: '2031-05-03' },
      { text: 'on 4 May', start: '2031-05-04' },
      { text: 'Tuesday 9 May 2031 08:00', start: '2031-05-09', kind: 'datetime' },
    ],
    claims: [{ source: 'Minister Ilse Marten', cue: 'said', content: 'that the ferry line had closed on 3 May', speaker: MARTEN, statementTime: 'on Tuesday' }],
  });
  assert.deepEqual(
    found.map((c) => [c.kind, spanText(text, c.time)]),
    [
      ['reported', 'on 3 May'],
      ['narrative', 'on 4 May'],
      ['statement', 'on Tuesday'],
    ],
  );
});

test('merges one event told by several articles and keeps two events of one day apart', () => {
  const first = candidates({
    id: 'a',
    published: '2031-05-05',
    text: 'Strikers blocked the main quay at Port Ellis on 4 May, stopping the morning ferries. The council voted on 4 May to raise harbour fees.',
    times: [{ text: 'on 4 May', start: '2031-05-04' }, { text: 'on 4 May', occurrence: 1, start: '2031-05-04' }],
  });
  const second = candidates({
    id: 'b',
    published: '2031-05-06',
    text: 'On 4 May strikers blocked the main quay at Port Ellis for six hours.',
    times: [{ text: 'On 4 May', start: '2031-05-04' }],
  });
  const events = mergeEvents([...second, ...first]);
  assert.equal(events.length, 2);
  const blockade = events.find((e) => e.articles.length === 2)!;
  assert.ok(blockade, 'the blockade is one event in two articles');
  assert.equal(events.find((e) => e !== blockade)!.articles.length, 1, 'the council vote stays its own event');
  assert.deepEqual(mergeEvents([...first, ...second]), events, 'the order candidates arrive in does not matter');
});

test('keeps events whose dates only loosely overlap apart', () => {
  const week = candidates({ id: 'w', text: 'Strikers blocked the main quay at Port Ellis last week.', times: [{ text: 'last week', start: '2031-05-01', end: '2031-05-07', precision: 'week', kind: 'interval' }] });
  const day = candidates({ id: 'd', text: 'Strikers blocked the main quay at Port Ellis on 4 May.', times: [{ text: 'on 4 May', start: '2031-05-04' }] });
  assert.equal(mergeEvents([...week, ...day]).length, 2, 'a week and one of its days overlap by a seventh');
});

test('two statements of one day are one event only when one speaker made them', () => {
  const text = 'Minister Ilse Marten said on 4 May that the main quay at Port Ellis would reopen. Mayor Tomas Brenner said on 4 May that the main quay at Port Ellis would reopen soon.';
  const events = mergeEvents(
    candidates({
      id: 'speakers',
      text,
      times: [{ text: 'on 4 May', start: '2031-05-04' }, { text: 'on 4 May', occurrence: 1, start: '2031-05-04' }],
      claims: [
        { source: 'Minister Ilse Marten', cue: 'said', content: 'that the main quay at Port Ellis would reopen', speaker: MARTEN, statementTime: 'on 4 May' },
        { source: 'Mayor Tomas Brenner', cue: 'said', content: 'that the main quay at Port Ellis would reopen soon', speaker: { name: 'Tomas Brenner', type: 'person' }, statementTime: 'on 4 May' },
      ],
    }),
  );
  assert.equal(events.length, 2);
});
