// Tests for the page-furniture rules on invented pages: each category removed by its rule, and the
// lines that look similar but are article text (quotes saying "you", short sentences, Q&A
// crossheads, bylines) kept.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSpan } from '../model/index.js';
import { classifyFurniture } from './furniture.js';
import { verbatimPieces, type BlockDecision, type SourceBlock } from './source-block.js';

/** Blocks for `lines` as a text dump would give them (joined by blank lines). */
function blocksOf(lines: readonly string[]): SourceBlock[] {
  const source = lines.join('\n\n');
  let cursor = 0;
  return lines.map((text) => {
    const start = cursor;
    cursor += text.length + 2;
    return { text, sourceSpan: makeSpan(start, start + text.length, source.length, 'test'), pieces: verbatimPieces(start, text.length), tag: null, kind: 'paragraph' };
  });
}

const HEADLINE = 'Harbour authority approves plan to dredge the eastern channel';
const BODY = [
  'The harbour authority on Tuesday approved a plan to dredge the eastern channel, ending a dispute that has lasted three years.',
  'Officials said the work would start in March and cost about 4 million euros, paid for by port fees.',
  'Fishing crews have complained for months that silt makes the channel unsafe at low tide.',
  'A spokesperson for the crews said they welcomed the decision but wanted the work finished before the summer season.',
];

/** The decision for `line` placed at `position` in a page made of a headline and four body paragraphs. */
function decide(line: string, position: 'before-headline' | 'after-headline' | 'mid-body' | 'after-body'): BlockDecision {
  const lines =
    position === 'before-headline'
      ? [line, HEADLINE, ...BODY]
      : position === 'after-headline'
        ? [HEADLINE, line, ...BODY]
        : position === 'mid-body'
          ? [HEADLINE, BODY[0]!, BODY[1]!, line, BODY[2]!, BODY[3]!]
          : [HEADLINE, ...BODY, line];
  const decisions = classifyFurniture(blocksOf(lines));
  return decisions.find((d) => d.block.text === line)!;
}

const removed: readonly [string, Parameters<typeof decide>[1], string, string][] = [
  ['Advertisement', 'mid-body', 'advertisement', 'advertisement-label'],
  ['ADVERTISEMENT', 'mid-body', 'advertisement', 'advertisement-label'],
  ['Story continues below advertisement', 'mid-body', 'advertisement', 'advertisement-label'],
  ['Trending', 'after-body', 'navigation', 'navigation-label'],
  ['Exit mobile version', 'after-body', 'navigation', 'navigation-label'],
  ['Comments', 'after-headline', 'comments', 'comments-label'],
  ['128 comments', 'after-body', 'comments', 'comments-label'],
  ['Share this article', 'after-headline', 'share', 'share-label'],
  ['Continue reading', 'mid-body', 'truncation', 'truncation-marker'],
  ['Published', 'after-headline', 'metadata-fragment', 'metadata-fragment'],
  ['on', 'after-headline', 'metadata-fragment', 'metadata-fragment'],
  ['Related: Storm damage closes ferry route for a week', 'after-headline', 'related', 'related-prefix'],
  ['Read more: How the port was built', 'mid-body', 'related', 'related-prefix'],
  ['( AP )', 'mid-body', 'credit', 'bare-credit'],
  ['(Getty Images)', 'mid-body', 'credit', 'bare-credit'],
  ['( HARBOUR AGENCY VIA KNS/AFP via Getty Image )', 'mid-body', 'credit', 'bare-credit'],
  ['Photo: Jane Roe/Reuters', 'mid-body', 'credit', 'credit-prefix'],
  ['Dredgers wait at the mouth of the eastern channel in 2021 (AP)', 'mid-body', 'caption', 'caption-with-credit'],
  ['HARBOUR-DREDGING ( AP )', 'mid-body', 'caption', 'caption-with-credit'],
  ['Your support helps us keep reporters on the ground', 'after-body', 'donation', 'outlet-voice-appeal'],
  ['We rely on readers like you. Your donation keeps our journalism free for everyone.', 'after-headline', 'donation', 'outlet-voice-appeal'],
  ['Sign up to our morning newsletter', 'after-body', 'subscription', 'call-to-action'],
  ['Stay up to date with notifications from the Harbour Gazette', 'before-headline', 'subscription', 'call-to-action'],
  ['Join our commenting forum', 'after-body', 'comments', 'call-to-action'],
  ['Please refresh the page to be logged in', 'after-body', 'subscription', 'call-to-action'],
  ['Notifications can be switched off in browser preferences.', 'before-headline', 'subscription', 'furniture-vocabulary'],
  ['Business', 'before-headline', 'navigation', 'section-label'],
];

for (const [line, position, category, rule] of removed) {
  test(`removes ${JSON.stringify(line)} (${position}) as ${category} by ${rule}`, () => {
    const d = decide(line, position);
    assert.equal(d.keep, false, `expected ${JSON.stringify(line)} removed`);
    if (!d.keep) {
      assert.equal(d.category, category);
      assert.equal(d.rule, rule);
    }
  });
}

const kept: readonly [string, Parameters<typeof decide>[1], string][] = [
  ['“If you want to fish here, you need a deep channel,” said one skipper.', 'mid-body', 'a quote that says "you"'],
  ['"We will not wait another year," the crews said in a statement.', 'mid-body', 'a quote that says "we"'],
  ['The vote was unanimous.', 'mid-body', 'a short content sentence'],
  ['What happens to the silt?', 'mid-body', 'a Q&A crosshead'],
  ['Costs and delays', 'mid-body', 'a short crosshead'],
  ['Support for the plan grew after a trawler ran aground in May, officials said.', 'mid-body', 'a sentence opening with an imperative-looking noun'],
  ['Share prices of the port operator rose 3% after the decision.', 'mid-body', 'a sentence about shares'],
  ['The ministry said users could register complaints through its app and by email.', 'mid-body', 'news that uses site words'],
  ['Download speeds double in harbour towns', 'before-headline', 'a headline opening with a verb'],
  ['Analysis: Why the channel matters', 'before-headline', 'a headline with a genre label'],
  ['Author: Jane Roe', 'after-body', 'an author credit'],
  ['Translation by John Doe', 'after-body', 'a translator credit'],
  ['Port authority (PA)', 'mid-body', 'a short line with an acronym, not a caption'],
];

for (const [line, position, why] of kept) {
  test(`keeps ${why}: ${JSON.stringify(line)}`, () => {
    assert.equal(decide(line, position).keep, true);
  });
}

test('removes both copies of a caption that appears bare and then with its credit', () => {
  const caption = 'Dredgers wait at the mouth of the eastern channel';
  const decisions = classifyFurniture(blocksOf([HEADLINE, BODY[0]!, caption, `${caption} (Harbour Gazette)`, BODY[1]!, BODY[2]!]));
  assert.deepEqual(
    decisions.filter((d) => !d.keep).map((d) => (d.keep ? '' : d.rule)),
    ['caption-duplicate', 'caption-duplicate'],
  );
});

test('removes a caption line next to a bare credit', () => {
  const decisions = classifyFurniture(blocksOf([HEADLINE, BODY[0]!, 'Dredgers wait at the mouth of the eastern channel', '( AP )', BODY[1]!, BODY[2]!]));
  assert.deepEqual(decisions.map((d) => (d.keep ? 'keep' : d.rule)), ['keep', 'keep', 'caption-beside-credit', 'bare-credit', 'keep', 'keep']);
});

test('removes a teaser title sitting between furniture outside the body', () => {
  const decisions = classifyFurniture(
    blocksOf([HEADLINE, 'Jane Roe', 'Tuesday 08 October 2024 09:10 BST', 'Comments', 'Video shows trawler stuck in the eastern channel', 'Advertisement', ...BODY]),
  );
  const teaser = decisions[4]!;
  assert.equal(teaser.keep, false);
  assert.equal(teaser.keep ? '' : teaser.rule, 'teaser-among-furniture');
});

test('keeps and labels the header: title, standfirst, byline, dateline', () => {
  const decisions = classifyFurniture(
    blocksOf([HEADLINE, 'Crews say the decision comes too late for this season', 'Jane Roe', 'Tuesday 08 October 2024 09:10 BST', ...BODY]),
  );
  assert.deepEqual(
    decisions.slice(0, 4).map((d) => [d.keep, d.block.kind]),
    [
      [true, 'title'],
      [true, 'standfirst'],
      [true, 'byline'],
      [true, 'dateline'],
    ],
  );
});

test('keeps a list of names with parentheticals after the last paragraph', () => {
  const list = ['1 Jane Roe (Norway)', '2 John Doe (US)', '3 Ann Poe (Chile)', '4 Kim Lee (South Korea)'];
  const decisions = classifyFurniture(blocksOf([HEADLINE, ...BODY, ...list]));
  assert.ok(decisions.every((d) => d.keep));
});

test('judges a reader-addressing paragraph inside the body strictly', () => {
  const explainer = 'If you own a boat, your mooring fee will rise and you can register for a discount through the app.';
  assert.equal(decide(explainer, 'mid-body').keep, true);
});

test('finds the headline under a menu by the byline and dateline below it, and removes the menu', () => {
  const menu = ['Sign in', 'Search jobs', 'World', 'Europe', 'Asia'];
  const header = [HEADLINE, 'Crews say the decision comes too late for this season', 'Jane Roe in Lisbon', 'Wed 23 Oct 2024 14.02 BST'];
  const decisions = classifyFurniture(blocksOf([...menu, ...header, ...BODY]));
  assert.deepEqual(
    decisions.slice(0, menu.length + header.length).map((d) => (d.keep ? d.block.kind : 'removed')),
    ['removed', 'removed', 'removed', 'removed', 'removed', 'title', 'standfirst', 'byline', 'dateline'],
  );
});

test('removes tag lines that follow a topics label after the last paragraph', () => {
  const decisions = classifyFurniture(blocksOf([HEADLINE, ...BODY, 'Explore more on these topics', 'Portugal', 'Fishing industry']));
  assert.deepEqual(decisions.slice(-3).map((d) => (d.keep ? 'keep' : d.rule)), ['navigation-label', 'trailing-label', 'trailing-label']);
});
