// Tests for findTimeExpressions on invented sentences with a fixed anchor (Friday 25 October 2024
// unless a case says otherwise), the explicit-date anchor, unresolved cases, exclusions, and one
// check on the real seeds against the gold file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTimeExpressions, formatResolvedTime } from './index.js';

const FRIDAY = { date: '2024-10-25' };

function found(text: string, anchor: { date: string } | null = FRIDAY, latestYear?: number) {
  const options = latestYear ? { latestYear } : undefined;
  return findTimeExpressions(text, anchor, options).map((e) => ({
    surface: text.slice(e.span.start, e.span.end),
    kind: e.kind,
    resolved: e.resolved ? formatResolvedTime(e.resolved) : null,
    mod: e.mod,
    anchorUsed: e.anchorUsed,
    openEnd: e.openEnd,
    reason: e.reason,
  }));
}

const CONVENTIONS: readonly [string, string, string, string | null][] = [
  // sentence, surface, kind, resolved (anchor Friday 2024-10-25)
  ['The minister spoke on Wednesday about it.', 'on Wednesday', 'date', '2024-10-23'],
  ['The minister spoke on Friday about it.', 'on Friday', 'date', '2024-10-25'],
  ['The minister spoke last Friday.', 'last Friday', 'date', '2024-10-18'],
  ['The talks will resume on Monday.', 'on Monday', 'date', '2024-10-28'],
  ['The envoy is expected to arrive on Tuesday.', 'on Tuesday', 'date', '2024-10-29'],
  ['Prices rose last week.', 'last week', 'interval', '2024-10-14/2024-10-20'],
  ['Earlier this week, the council met.', 'Earlier this week', 'interval', '2024-10-21/2024-10-24'],
  ['The ship left sometime earlier this month.', 'sometime earlier this month', 'interval', '2024-10-01/2024-10-24'],
  ['Sales fell this month.', 'this month', 'month', '2024-10'],
  ['Sales fell last month.', 'last month', 'month', '2024-09'],
  ['He visited last year.', 'last year', 'year', '2023'],
  ['He visited this year.', 'this year', 'year', '2024'],
  ['Ties have grown since last year.', 'since last year', 'since', '2023'],
  ['The treaty was signed in March.', 'in March', 'month', '2024-03'],
  ['The treaty was signed in November.', 'in November', 'month', '2023-11'],
  ['The treaty will be signed in March.', 'in March', 'month', '2025-03'],
  ['The war started in February 2022.', 'in February 2022', 'month', '2022-02'],
  ['Exports have grown since August 2023.', 'since August 2023', 'since', '2023-08'],
  ['They aim to send 500 by December.', 'by December', 'deadline', '2024-12'],
  ['Ships moved from 8 to 13 October.', 'from 8 to 13 October', 'interval', '2024-10-08/2024-10-13'],
  ['Ships moved 8-13 October.', '8-13 October', 'interval', '2024-10-08/2024-10-13'],
  ['Ships moved between 8 and 13 October.', 'between 8 and 13 October', 'interval', '2024-10-08/2024-10-13'],
  ['A strike hit the port on 3 October.', 'on 3 October', 'date', '2024-10-03'],
  ['The report came out October 23.', 'October 23', 'date', '2024-10-23'],
  ['Friday 25 October 2024 05:30 BST', 'Friday 25 October 2024 05:30 BST', 'datetime', '2024-10-25'],
  ['A briefing followed later on Wednesday afternoon.', 'later on Wednesday afternoon', 'time', '2024-10-23'],
  ['Fighting has continued since 2006.', 'since 2006', 'since', '2006'],
  ['Two weeks later, the army withdrew.', 'Two weeks later', 'date', null],
  ['There were reports in the past that it happened.', 'in the past', 'vague', null],
  ['It has changed over the years.', 'over the years', 'vague', null],
  ['Troops advanced over recent weeks.', 'over recent weeks', 'vague', null],
  ['Shelling continues almost daily.', 'almost daily', 'set', null],
  ['The front held for several months.', 'for several months', 'duration', null],
  ['After nearly three years of war, both sides are tired.', 'After nearly three years of war', 'duration', null],
  ['The plant closed two years ago.', 'two years ago', 'year', '2022'],
  ['Output rose in the 1990s.', 'in the 1990s', 'interval', '1990/1999'],
  ['Profits fell in the third quarter of 2004.', 'in the third quarter of 2004', 'interval', '2004-Q3'],
];

test('resolves each convention against a Friday anchor, keeping the leading preposition in the surface', () => {
  for (const [sentence, surface, kind, resolved] of CONVENTIONS) {
    const hit = found(sentence).find((e) => e.surface === surface);
    assert.ok(hit, `${sentence}: expected ${JSON.stringify(surface)}, found ${JSON.stringify(found(sentence).map((e) => e.surface))}`);
    assert.equal(hit.kind, kind, sentence);
    assert.equal(hit.resolved, resolved, sentence);
  }
});

test('records modifiers and keeps the month as the resolved interval', () => {
  const cases: readonly [string, string, string, string][] = [
    ['The troops moved in early-to-mid October.', 'in early-to-mid October', 'early-to-mid', '2024-10'],
    ['The offensive began at the start of August.', 'at the start of August', 'start', '2024-08'],
    ['Talks stalled in mid-September.', 'in mid-September', 'mid', '2024-09'],
    ['Growth slowed late last year.', 'late last year', 'late', '2023'],
  ];
  for (const [sentence, surface, mod, resolved] of cases) {
    const hit = found(sentence).find((e) => e.surface === surface);
    assert.ok(hit, sentence);
    assert.equal(hit.mod, mod);
    assert.equal(hit.resolved, resolved);
  }
});

test('marks "since" expressions as open-ended and names the anchor used', () => {
  const [since] = found('Arms have flowed since August 2023.');
  assert.equal(since!.openEnd, true);
  assert.equal(since!.anchorUsed, 'none');
  const [relative] = found('They met on Monday.');
  assert.equal(relative!.openEnd, false);
  assert.equal(relative!.anchorUsed, 'publication');
});

test('does not take modal "may", the verb "march", name parts or counts for times', () => {
  const sentences = [
    'Officials said the troops may leave soon.',
    'Thousands march through the capital.',
    'Lawmaker Choi Sun-mi attended the briefing.',
    'The Prime Minister, Theresa May, said so.',
    'May I ask a question?',
    'The tanker carried 2,000 litres of fuel.',
    'The club beat Sheffield Wednesday at home.',
    'She told the BBC Today programme that she disagreed.',
    'He told GMTV\'s Sunday programme that it was true.',
    'The interview ran in the Mail on Sunday.',
    'Then, the president spoke. He had already left; meanwhile they waited.',
    'They had since been sent to three bases.',
    'Since the minister resigned, the party has struggled.',
  ];
  for (const sentence of sentences) assert.deepEqual(found(sentence), [], sentence);
});

test('resolves "since the war began" from the date the same text gives the start of the war', () => {
  const text = 'The war started in February 2022. Casualties have mounted since the war began.';
  const since = found(text).find((e) => e.surface === 'since the war began');
  assert.equal(since?.resolved, '2022-02');
  assert.equal(since?.anchorUsed, 'explicit-date');
  const undated = found('Casualties have mounted since the war began.').find((e) => e.surface === 'since the war began');
  assert.equal(undated?.resolved, null);
  assert.equal(undated?.reason, 'undated-event');
});

test('anchors on a full date in the text when the publication date is unknown', () => {
  const text = 'The statement came on Wednesday evening.\n\nOn Wednesday, October 23, the ministry spoke. Last week it had said nothing; on Monday it summoned the envoy.';
  const times = found(text, null, 2026);
  const byText = new Map(times.map((e) => [e.surface, e]));
  assert.equal(byText.get('On Wednesday, October 23')?.resolved, '2024-10-23');
  assert.equal(byText.get('on Wednesday evening')?.resolved, '2024-10-23');
  assert.equal(byText.get('on Wednesday evening')?.anchorUsed, 'explicit-date');
  assert.equal(byText.get('Last week')?.resolved, '2024-10-14/2024-10-20');
  assert.equal(byText.get('on Monday')?.resolved, '2024-10-21');
});

test('the latest-year bound decides the year of a year-less weekday date', () => {
  // 23 October fell on a Wednesday in 2013, 2019 and 2024.
  const [date] = found('On Wednesday, October 23, the ministry spoke.', null, 2023);
  assert.equal(date?.resolved, '2019-10-23');
});

test('leaves relative expressions unresolved when nothing anchors them', () => {
  const times = found('On Wednesday the minister spoke. In June a treaty was signed earlier this month.', null);
  assert.ok(times.length >= 3);
  for (const e of times) {
    assert.equal(e.resolved, null, e.surface);
    assert.equal(e.reason, 'no-anchor', e.surface);
    assert.equal(e.anchorUsed, 'none');
  }
});

test('a period boundary does not anchor relative expressions', () => {
  const times = found('Results for the three months to 31 December 2004 were strong. Shares fell last year.', null);
  assert.equal(times.find((e) => e.surface === 'last year')?.resolved, null);
});

test('every span reads back its surface exactly, also with astral characters before it', () => {
  const text = '😀 Ships moved from 8 to 13 October.\n\nOn Wednesday, “we will meet by December,” he said last week.';
  for (const e of findTimeExpressions(text, FRIDAY)) {
    const surface = text.slice(e.span.start, e.span.end);
    assert.equal(surface.trim(), surface);
    assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start < e.span.end);
  }
  assert.deepEqual(found(text).map((e) => e.surface), ['from 8 to 13 October', 'On Wednesday', 'by December', 'last week']);
});

test('no expression crosses a blank line between blocks', () => {
  const times = found('The summit was held in\n\nMarch 2004 saw elections.');
  assert.deepEqual(times.map((e) => e.surface), ['March 2004']);
});

// ---- real seeds ---------------------------------------------------------------------------------

function findShared(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  const shared = resolve(dir, '..', 'shared');
  return existsSync(join(shared, 'gold', 'times.jsonl')) ? shared : null;
}
const shared = findShared();

test('finds and resolves at least 90% of the gold time expressions of the seeds', { skip: !shared && 'needs ../shared beside the clone' }, () => {
  const gold = readFileSync(join(shared!, 'gold', 'times.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { seed: string; line: number; char_start: number; char_end: number; resolved: string | null });
  const boilerplate = JSON.parse(readFileSync(join(shared!, 'gold', 'boilerplate.json'), 'utf8')) as Record<string, { content_lines: number[]; published: string | null }>;
  let right = 0;
  for (const [seed, info] of Object.entries(boilerplate)) {
    // The content lines joined as extraction would, remembering where each line starts.
    const lines = readFileSync(join(shared!, 'seeds', seed), 'utf8').split('\n');
    const starts = new Map<number, number>();
    let text = '';
    for (const n of info.content_lines) {
      if (text) text += '\n\n';
      starts.set(n, text.length);
      text += lines[n - 1]!;
    }
    const times = findTimeExpressions(text, info.published ? { date: info.published } : null);
    for (const g of gold.filter((r) => r.seed === seed)) {
      const start = starts.get(g.line)! + g.char_start;
      const end = starts.get(g.line)! + g.char_end;
      const hit = times.find((e) => e.span.start < end && start < e.span.end);
      if (hit && (hit.resolved ? formatResolvedTime(hit.resolved) : null) === g.resolved) right++;
    }
  }
  assert.ok(right / gold.length >= 0.9, `found and resolved ${right}/${gold.length}`);
});

test('a 24-hour clock with its time zone is a time on the anchor day, or on the day named after it', () => {
  const cases: readonly [string, string, string, string | null][] = [
    ['Kick-off is at 2000 GMT.', 'at 2000 GMT', 'time', '2024-10-25'],
    ['Ewood Park\n\n1945 GMT\n\nThe home side', '1945 GMT', 'time', '2024-10-25'],
    ['The deal was sealed at 0227 GMT on Wednesday.', 'at 0227 GMT on Wednesday', 'datetime', '2024-10-23'],
    ['Shares rose 4% by 1200 GMT, traders said.', 'by 1200 GMT', 'deadline', '2024-10-25'],
    ['The programme airs from 2115 GMT to 2245 GMT.', 'from 2115 GMT to 2245 GMT', 'interval', '2024-10-25'],
  ];
  for (const [sentence, surface, kind, resolved] of cases) {
    const hit = found(sentence).find((e) => e.surface === surface);
    assert.ok(hit, `${sentence} → ${JSON.stringify(found(sentence))}`);
    assert.equal(hit.kind, kind, sentence);
    assert.equal(hit.resolved, resolved, sentence);
  }
  // Not a year either: "at 1800 GMT" used to read as the year 1800.
  assert.deepEqual(found('Trading closed at 1800 GMT.').map((e) => e.kind), ['time']);
  // A clock ends the range, so "2000" is no year: the range is not read rather than read wrong.
  assert.ok(!found('Viewers tuned in between 2000 and 2100 GMT.').some((e) => e.kind === 'year' || e.kind === 'interval'));
  // No time zone, no clock: "2000 people" stays out.
  assert.deepEqual(found('Police said 2000 people marched.'), []);
});

test('"the weekend before last" and its kin are the unit before last\'s; seasons are vague times', () => {
  const cases: readonly [string, string, string, string | null][] = [
    ['They drew the weekend before last.', 'the weekend before last', 'interval', '2024-10-12/2024-10-13'],
    ['Prices fell the week before last.', 'the week before last', 'interval', '2024-10-07/2024-10-13'],
    ['Sales peaked the month before last.', 'the month before last', 'month', '2024-08'],
    ['He retired the year before last.', 'the year before last', 'year', '2022'],
    ['They were relegated the season before last.', 'the season before last', 'vague', null],
    ['He joined the club four seasons ago.', 'four seasons ago', 'vague', null],
    ['In the year ahead the team must rebuild.', 'In the year ahead', 'vague', null],
    ['Prices may rise in the months ahead.', 'in the months ahead', 'vague', null],
  ];
  for (const [sentence, surface, kind, resolved] of cases) {
    const hit = found(sentence).find((e) => e.surface === surface);
    assert.ok(hit, `${sentence} → ${JSON.stringify(found(sentence))}`);
    assert.equal(hit.kind, kind, sentence);
    assert.equal(hit.resolved, resolved, sentence);
  }
  // "the day before" still counts from an event in the text; "the season" alone is no time.
  assert.deepEqual(found('The season opened the day before the vote.').map((e) => e.surface), ['the day before']);
});

test('an approximated four-digit number before a noun counts things; a year after "about" or "in" stays a year', () => {
  for (const sentence of ['About 2000 people were evacuated.', 'More than 2000 people died.', 'At least 1500 troops arrived.', 'Up to 2000 jobs could go.', 'Some 1800 homes lost power.']) {
    assert.deepEqual(found(sentence).map((e) => e.surface), [], sentence);
  }
  assert.deepEqual(found('The plant opened in about 2000 and closed later.').map((e) => e.resolved), ['2000']);
  assert.deepEqual(found('Around 2004 the company moved.').map((e) => e.resolved), ['2004']);
  assert.deepEqual(found('Prices have doubled since 2000 in most cities.').map((e) => e.surface), ['since 2000']);
});
