// The export record maps spans to the original document and counts code points, so an astral
// character before a claim moves every offset by one, not two.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../model/claim.js';
import { makeSpan, type Span } from '../model/span.js';
import { claimExportRecord } from './export.js';

test('spans are code point offsets into the source, fragments when the content is split', () => {
  // The source has a header line the clean text left out, and an emoji (two UTF-16 units).
  const source = 'HEADER\n\u{1F600} “Yes,” she said, “we can.”';
  const text = '\u{1F600} “Yes,” she said, “we can.”';
  const offsets = [{ textStart: 0, textLength: text.length, sourceStart: 7, sourceLength: text.length }];
  const at = (s: string): Span => makeSpan(text.indexOf(s), text.indexOf(s) + s.length, text.length, 'test');
  const claim: Claim = {
    sentence: 0,
    source: at('she'),
    cue: at('said'),
    content: [at('“Yes,”'), at('“we can.”')],
    kind: 'direct',
    speaker: { name: 'unknown source', type: 'anonymous', entity: null, role: null, affiliation: null },
    relayedBy: [],
    stance: 'asserts',
    hedges: [],
    quantities: [],
    times: [],
    statementTime: null,
  };
  const record = claimExportRecord(claim, { text, offsets }, source, 'x.txt');
  // "she" starts at UTF-16 offset 7 + 10 in the source, one code point fewer because of the emoji.
  assert.deepEqual(record.source, { start: 7 + 9, end: 7 + 12, text: 'she' });
  assert.deepEqual(record.content, { fragments: [[7 + 2, 7 + 8], [7 + 19, 7 + 28]], text: '“Yes,” | “we can.”' });
  assert.equal([...source].slice(16, 19).join(''), 'she');
});
