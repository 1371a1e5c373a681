// Tests for the text-dump reader: exact offsets, the leading date field, header metadata, and the
// real seeds against their gold annotation (skipped when ../shared is not beside the clone).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asDocumentId, spanText, type RawDocument } from '../../model/index.js';
import { dateValueDay } from '../dates.js';
import { EMPTY_TEMPLATE_INDEX, learnTemplates } from '../templates.js';
import { extractTextDump } from './extract-text-dump.js';
import { scoreLines, type LineAnnotation } from './line-scoring.js';
import { findOutletKey } from './outlet.js';

function textDoc(source: string, label = 'invented.txt', url?: string): RawDocument {
  return {
    id: asDocumentId('0'.repeat(64)),
    label,
    bytes: new TextEncoder().encode(source),
    format: 'text',
    source,
    encoding: { name: 'utf-8', guessed: false },
    origin: { kind: 'file', path: label },
    hints: url ? { url } : {},
  };
}

const INVENTED_PAGE = [
  'Stay up to date with notifications from The Harbour Gazette',
  '',
  'Harbour authority approves plan to dredge the eastern channel',
  '',
  'Crews say the decision comes too late for this season',
  '',
  'Jane Roe',
  'Friday 25 October 2024 05:30 BST',
  'Comments',
  '',
  '  The harbour authority on Friday approved a plan to dredge the eastern channel, ending a three-year dispute.  ',
  '',
  'Officials said the work would start in March and cost about\u00a04 million euros.',
  '',
  'Dredgers wait at the mouth of the eastern channel in 2021 (AP)',
  '',
  'What happens to the silt?',
  '',
  'The silt will be taken to a site 20 km offshore, the authority said.',
  '',
  'Join our commenting forum',
].join('\r\n');

test('every block is an exact, trimmed slice of the source, no-break spaces kept', () => {
  const doc = textDoc(INVENTED_PAGE);
  const { decisions } = extractTextDump(doc, EMPTY_TEMPLATE_INDEX);
  assert.ok(decisions.length > 0);
  for (const { block } of decisions) {
    assert.equal(spanText(doc.source, block.sourceSpan), block.text);
    assert.equal(block.text, block.text.trim());
    assert.deepEqual(block.pieces, [{ textStart: 0, textLength: block.text.length, sourceStart: block.sourceSpan.start, sourceLength: block.text.length }]);
  }
  assert.ok(decisions.some((d) => d.block.text.includes('\u00a04 million')));
});

test('reads the header and removes the furniture of an invented page', () => {
  const { decisions, metadata, warnings } = extractTextDump(textDoc(INVENTED_PAGE), EMPTY_TEMPLATE_INDEX);
  assert.deepEqual(
    decisions.map((d) => (d.keep ? d.block.kind : `-${d.rule}`)),
    ['-call-to-action', 'title', 'standfirst', 'byline', 'dateline', '-comments-label', 'paragraph', 'paragraph', '-caption-with-credit', 'heading', 'paragraph', '-call-to-action'],
  );
  assert.equal(metadata.title?.value, 'Harbour authority approves plan to dredge the eastern channel');
  assert.deepEqual(metadata.authors?.value, ['Jane Roe']);
  assert.deepEqual(metadata.published?.value, { iso: '2024-10-25T05:30:00+01:00', precision: 'minute', utcOffset: '+01:00' });
  assert.equal(metadata.published?.from, 'dateline');
  assert.equal(spanText(INVENTED_PAGE, metadata.published!.sourceSpan!), 'Friday 25 October 2024 05:30 BST');
  assert.deepEqual(metadata.outlet?.value, { name: 'The Harbour Gazette', domain: null });
  assert.equal(metadata.outlet?.from, 'text-mention');
  assert.equal(spanText(INVENTED_PAGE, metadata.outlet!.sourceSpan!), 'The Harbour Gazette');
  assert.deepEqual(warnings, []);
});

test('splits a leading " date YYYY-MM-DD" field off the first line and reads it as the date', () => {
  const source = ' date 2024-10-29 Your support helps us keep reporters on the ground. Support Now\n\nThe harbour authority on Friday approved a plan to dredge the eastern channel, officials said.';
  const doc = textDoc(source);
  const { decisions, metadata } = extractTextDump(doc, EMPTY_TEMPLATE_INDEX);
  const [field, rest, body] = decisions;
  assert.equal(field?.block.text, 'date 2024-10-29');
  assert.equal(field?.keep ? '' : field?.category, 'metadata-fragment');
  assert.equal(rest?.block.text.startsWith('Your support'), true);
  assert.equal(rest?.keep, false);
  assert.equal(body?.keep, true);
  assert.deepEqual(metadata.published?.value, { iso: '2024-10-29', precision: 'day', utcOffset: null });
  assert.equal(metadata.published?.from, 'date-line');
  assert.equal(spanText(source, metadata.published!.sourceSpan!), '2024-10-29');
  assert.equal(metadata.title, null, 'a dump that opens with the body has no headline');
});

test('warns when the visible dateline and the leading date field disagree, and keeps the dateline', () => {
  const source = ' date 2024-10-29\nHarbour authority approves dredging plan\nTuesday 08 October 2024 09:10 BST\nThe harbour authority on Tuesday approved a plan to dredge the eastern channel, officials said.';
  const { metadata, warnings } = extractTextDump(textDoc(source), EMPTY_TEMPLATE_INDEX);
  assert.equal(metadata.published && dateValueDay(metadata.published.value), '2024-10-08');
  assert.deepEqual(warnings.map((w) => w.code), ['extract/date-conflict']);
});

test('reads authors from "By" and "Author:" lines and leaves translators out', () => {
  const source = 'Harbour authority approves dredging plan\n\nBy Jane Roe and John Doe, Maritime Correspondent\n\nThe harbour authority on Tuesday approved a plan to dredge the eastern channel, officials said.\n\nTranslation by Ann Poe';
  const { metadata, decisions } = extractTextDump(textDoc(source), EMPTY_TEMPLATE_INDEX);
  assert.deepEqual(metadata.authors?.value, ['Jane Roe', 'John Doe']);
  assert.equal(metadata.authors?.reliability, 'high');
  assert.deepEqual(decisions.map((d) => d.keep), [true, true, true, true]);
});

test('gives the domain as outlet key when a URL hint exists, else the name the page gives', () => {
  assert.equal(findOutletKey(textDoc(INVENTED_PAGE, 'a.txt', 'https://www.harbour-gazette.co.uk/news/1')), 'harbour-gazette.co.uk');
  assert.equal(findOutletKey(textDoc(INVENTED_PAGE)), 'name:harbour gazette');
  assert.equal(findOutletKey(textDoc('Just a headline\n\nAnd one paragraph of text that names nobody.')), null);
});

test('never reads a date that is not on the page', () => {
  const { metadata } = extractTextDump(textDoc('Harbour plan approved\n\nThe plan was approved on Tuesday, officials said.'), EMPTY_TEMPLATE_INDEX);
  assert.equal(metadata.published, null);
});

// ---- The real seeds ----

function findShared(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return '';
    dir = parent;
  }
  return resolve(dir, '..', 'shared');
}
const shared = findShared();
const hasSeeds = shared !== '' && existsSync(join(shared, 'gold', 'boilerplate.json'));

test('on the seeds: keeps every content line, removes >= 95% of furniture, reads dates, titles and outlets', { skip: !hasSeeds && 'needs ../shared beside the clone' }, () => {
  const gold = JSON.parse(readFileSync(join(shared, 'gold', 'boilerplate.json'), 'utf8')) as Record<
    string,
    LineAnnotation & { published: string | null; title: string | null; outlet: string | null }
  >;
  const files = readdirSync(join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const docs = files.map((f) => textDoc(readFileSync(join(shared, 'seeds', f), 'utf8'), f));
  const templates = learnTemplates(docs.map((doc) => ({ source: doc.source, outletKey: findOutletKey(doc) })));
  let furnitureLines = 0;
  let furnitureRemoved = 0;
  for (const doc of docs) {
    const g = gold[doc.label]!;
    const result = extractTextDump(doc, templates);
    const score = scoreLines(doc.source, result.decisions, g);
    assert.deepEqual(score.misses.filter((m) => m.expected === 'content'), [], `${doc.label}: content lines removed`);
    furnitureLines += score.furnitureLines;
    furnitureRemoved += score.furnitureRemoved;
    assert.equal(result.metadata.published ? dateValueDay(result.metadata.published.value) : null, g.published, `${doc.label}: published`);
    assert.equal(result.metadata.title?.value ?? null, g.title, `${doc.label}: title`);
    assert.equal(result.metadata.outlet?.value.name ?? null, g.outlet, `${doc.label}: outlet`);
  }
  assert.ok(furnitureRemoved / furnitureLines >= 0.95, `removed ${furnitureRemoved}/${furnitureLines}`);
});
