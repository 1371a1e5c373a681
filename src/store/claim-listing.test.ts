// The words filter's helpers: a claim's extent read off the span columns without parsing them, and
// the candidates kept when every query word lies inside a claim's own words.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimExtent, claimsWithWords, type ClaimBounds } from './claim-listing.js';

const row = (article: string, ordinal: number, source: { start: number; end: number } | null, cue: { start: number; end: number } | null, content: { start: number; end: number }[]): ClaimBounds => ({
  article_id: article,
  ordinal,
  source_span: source === null ? null : JSON.stringify(source),
  cue_span: cue === null ? null : JSON.stringify(cue),
  content_spans: JSON.stringify(content),
});

test("a claim's extent runs from the first of its source, cue and content to the last, as the parsed JSON says", () => {
  const cases: [ClaimBounds, { start: number; end: number }][] = [
    [row('a', 0, { start: 78, end: 89 }, { start: 90, end: 94 }, [{ start: 0, end: 76 }]), { start: 0, end: 94 }],
    [row('a', 1, null, { start: 5, end: 9 }, [{ start: 10, end: 20 }, { start: 1200, end: 10345 }]), { start: 5, end: 10345 }],
    [row('a', 2, null, null, [{ start: 7, end: 8 }]), { start: 7, end: 8 }],
  ];
  for (const [bounds, expected] of cases) {
    assert.deepEqual(claimExtent(bounds), expected);
    const spans = [...(JSON.parse(bounds.content_spans) as { start: number; end: number }[]), ...[bounds.source_span, bounds.cue_span].flatMap((s) => (s === null ? [] : [JSON.parse(s) as { start: number; end: number }]))];
    assert.deepEqual(claimExtent(bounds), { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) });
  }
});

test('candidates keep their order and are kept only when every word begins a word inside the claim', () => {
  const text = 'The harbour master said the ferry would sail on Saturday. Union leaders said talks had stalled.';
  const master = row('a', 0, { start: 0, end: 17 }, { start: 18, end: 22 }, [{ start: 23, end: 56 }]);
  const union = row('a', 1, { start: 58, end: 71 }, { start: 72, end: 76 }, [{ start: 77, end: 94 }]);
  const texts = new Map([['a', text]]);
  assert.deepEqual(claimsWithWords([master, union], texts, ['said']), [master, union]);
  assert.deepEqual(claimsWithWords([master, union], texts, ['ferry', 'sail']), [master]);
  assert.deepEqual(claimsWithWords([master, union], texts, ['ferry', 'stall']), [], 'one word in each claim is not both in one');
  assert.deepEqual(claimsWithWords([master, union], texts, ['UNION'.toLowerCase(), 'talk']), [union]);
  assert.deepEqual(claimsWithWords([master], new Map(), ['ferry']), [], 'no text, no match');
});
