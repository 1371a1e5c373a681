// Copies: near-identical texts under different headlines, wire credits in a dateline (not in a
// caption further down), and long sentences lifted from another report.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanText } from '../model/index.js';
import { articleFingerprint, copySimilarity, findWireCredit, sentenceCopyKeys } from './copies.js';
import { buildEvidence } from './fixture-builder.js';

const BODY =
  'The harbour authority in Port Ellis said on Tuesday that four cargo ships had been held at the northern breakwater for a week. ' +
  'Dock workers said the ships carried grain and machine parts bound for the inland markets, and that crews had stayed aboard. ' +
  'The authority said inspections would finish by the weekend and that no charges had been filed against the shipping companies.';

test('finds near-identical texts under different headlines and keeps different reports apart', () => {
  const original = articleFingerprint(`Ships held at Port Ellis\n\n${BODY}`);
  const copy = articleFingerprint(`Four cargo ships detained for a week\n\n${BODY}`);
  const edited = articleFingerprint(`Ships held at Port Ellis\n\n${BODY.replace('for a week', 'for eight days')}`);
  const other = articleFingerprint(
    'Fishermen in Port Ellis protested on Tuesday against new quotas set by the regional council, blocking the main quay for three hours. ' +
      'Council members said the quotas followed scientific advice and would be reviewed next spring after a survey of the bay.',
  );
  assert.ok((copySimilarity(original, copy) ?? 0) >= 0.7);
  assert.ok((copySimilarity(original, edited) ?? 0) >= 0.7);
  assert.equal(copySimilarity(original, other), null);
  assert.equal(copySimilarity(articleFingerprint('Ships held.'), articleFingerprint('Ships held.')), null, 'texts too short to tell copies from chance');
});

test('reads a wire credit in the dateline or a copyright line, not a photo credit further down', () => {
  const cases: [string, string, string | null][] = [
    ['dateline', `PORT ELLIS (AP) — ${BODY}`, 'Associated Press'],
    ['bare dateline', `(Reuters) - ${BODY}`, 'Reuters'],
    ['copyright line', `${BODY}\n\n© 2031 The Associated Press. All rights reserved.`, 'Associated Press'],
    ['caption credit far down', `${BODY} ${BODY} ${BODY} ${BODY}\n\nShips at the breakwater (AP) — file photo`, null],
    ['no credit', BODY, null],
  ];
  for (const [name, text, agency] of cases) {
    const credit = findWireCredit(buildEvidence({ id: name, text }));
    assert.equal(credit?.agency ?? null, agency, name);
    if (credit) assert.match(spanText(text, credit.evidence.span), /^(AP|Reuters|The Associated Press|Associated Press)$/, name);
  }
});

test('keys only sentences long enough that an identical one elsewhere is a copy', () => {
  const evidence = buildEvidence({ id: 'short-and-long', text: `He agreed. ${BODY}` });
  const keys = sentenceCopyKeys(evidence);
  assert.equal(keys.has(0), false, '"He agreed." recurs by chance');
  assert.equal(keys.get(1), 'the harbour authority in port ellis said on tuesday that four cargo ships had been held at the northern breakwater for a week');
});
