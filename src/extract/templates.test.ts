// Tests for outlet templates: learnt from repetition, serialisable, and never enough on their own
// to remove a line that reads like reported news.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { learnTemplates, lookupTemplate, normaliseTemplateLine } from './templates.js';
import { classifyFurniture } from './furniture.js';
import { splitDumpLines } from './text/lines.js';

const SHARED_NEWS = 'Officials said the talks would resume on Monday in the capital, according to two people briefed on the plan.';
const OUR_NEWSLETTER = 'Our newsletter lands every Friday';

/** An invented article of the Harbour Gazette: its own story, the outlet's line, a wire sentence. */
function gazetteArticle(topic: string): string {
  return [
    `${topic} talks stall as ministers trade blame`,
    `The ${topic.toLowerCase()} negotiations stalled on Sunday after ministers from both sides accused each other of delay.`,
    `Negotiators for the ${topic.toLowerCase()} deal met for six hours without agreeing a timetable, a spokesperson said.`,
    OUR_NEWSLETTER,
    SHARED_NEWS,
    `Both governments have promised to publish the ${topic.toLowerCase()} draft before the end of the year.`,
  ].join('\n\n');
}

const docs = ['Fisheries', 'Border', 'Energy'].map((topic) => ({ source: gazetteArticle(topic), outletKey: 'name:harbour gazette' }));

test('learns lines repeated across documents, with counts per outlet', () => {
  const index = learnTemplates([...docs, { source: 'Unrelated page\n\nOur newsletter lands every Friday', outletKey: null }]);
  assert.deepEqual(lookupTemplate(index, 'name:harbour gazette', OUR_NEWSLETTER), { documents: 4, sameOutletDocuments: 3, outlets: 1 });
  assert.deepEqual(lookupTemplate(index, 'name:other', OUR_NEWSLETTER), { documents: 4, sameOutletDocuments: 0, outlets: 1 });
  assert.deepEqual(lookupTemplate(index, null, 'Fisheries talks stall as ministers trade blame'), { documents: 0, sameOutletDocuments: 0, outlets: 0 });
});

test('the index survives a JSON round trip unchanged', () => {
  const index = learnTemplates(docs);
  assert.deepEqual(JSON.parse(JSON.stringify(index)), index);
});

test('a line reading "__proto__" or "constructor" is an ordinary key', () => {
  const index = learnTemplates([
    { source: '__proto__\n\nconstructor', outletKey: 'a' },
    { source: '__proto__\n\nconstructor', outletKey: 'a' },
  ]);
  assert.equal(lookupTemplate(index, 'a', '__proto__').sameOutletDocuments, 2);
  assert.equal(lookupTemplate(index, 'a', 'toString').documents, 0);
  assert.equal(Object.getPrototypeOf(index.lines), Object.prototype);
});

test('compares lines case- and spacing-insensitively, no-break spaces included', () => {
  assert.equal(normaliseTemplateLine('  Our\u00a0Newsletter   lands '), 'our newsletter lands');
});

test('removes a repeated furniture line and keeps a repeated news sentence', () => {
  const templates = learnTemplates(docs);
  const source = docs[0]!.source;
  const blocks = splitDumpLines(source, 'test').map((l) => l.block);
  const withTemplates = classifyFurniture(blocks, { templates, outletKey: 'name:harbour gazette' });
  const withoutTemplates = classifyFurniture(blocks);
  const decisionFor = (ds: typeof withTemplates, text: string) => ds.find((d) => d.block.text === text)!;

  // Inside the body, one "our" and one site word are not enough on their own; the repetition is.
  assert.equal(decisionFor(withoutTemplates, OUR_NEWSLETTER).keep, true);
  const newsletter = decisionFor(withTemplates, OUR_NEWSLETTER);
  assert.equal(newsletter.keep, false);
  assert.equal(newsletter.keep ? '' : newsletter.rule, 'outlet-template');
  // The wire sentence is in every document of the outlet too, but it is reported news.
  assert.equal(decisionFor(withTemplates, SHARED_NEWS).keep, true);
  assert.equal(withTemplates.filter((d) => d.keep).length, blocks.length - 1);
});

test('needs two documents of the same outlet, or three of any', () => {
  const two = learnTemplates(docs.slice(0, 2).map((d) => ({ ...d, outletKey: null })));
  const blocks = splitDumpLines(docs[0]!.source, 'test').map((l) => l.block);
  assert.ok(classifyFurniture(blocks, { templates: two, outletKey: null }).every((d) => d.keep));
  const three = learnTemplates(docs.map((d) => ({ ...d, outletKey: null })));
  assert.equal(classifyFurniture(blocks, { templates: three, outletKey: null }).filter((d) => !d.keep).length, 1);
});
