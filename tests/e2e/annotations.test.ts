// End-to-end: what the language stage read is stored with the article and shown by
// `show --annotations`, every span carrying the words it points at; `reanalyze` refreshes it.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, tempDir } from './cli.js';

const ARTICLE = [
  'Ferry operator cuts 120 jobs',
  '',
  'By Test Writer',
  'Tuesday 14 May 2024 10:00 BST',
  '',
  'The Norland Ferry Company will cut about 120 jobs by December, its chief executive said on Monday.',
  '',
  'The company carried some 2.1 million passengers last year, down from 2.6 million in 2022.',
  '',
].join('\n');

interface SpanJson {
  start: number;
  end: number;
  text: string;
}

test('show --annotations --json gives sentences, figures and dates whose words match their offsets', () => {
  const dir = tempDir();
  const db = join(dir, 'a.db');
  const file = join(dir, 'ferry.txt');
  writeFileSync(file, ARTICLE);
  const ingest = runCli(['ingest', file, '--db', db, '--json']);
  assert.equal(ingest.status, 0, ingest.stderr);
  const id = (JSON.parse(ingest.stdout) as { results: { outcome: { articleId: string } }[] }).results[0]!.outcome.articleId;

  const shown = runCli(['show', id, '--annotations', '--json', '--db', db]);
  assert.equal(shown.status, 0, shown.stderr);
  const annotations = JSON.parse(shown.stdout) as {
    sentences: SpanJson[];
    quantities: { span: SpanJson; value: number | null; unit: string | null; qualifier: string | null }[];
    times: { span: SpanJson; resolved: { start: string; end: string } | null }[];
  };
  const article = JSON.parse(runCli(['show', id, '--json', '--db', db]).stdout) as { text: string };
  for (const s of [...annotations.sentences, ...annotations.quantities.map((q) => q.span), ...annotations.times.map((t) => t.span)]) {
    assert.equal(article.text.slice(s.start, s.end), s.text);
  }
  assert.ok(annotations.sentences.some((s) => s.text === 'The Norland Ferry Company will cut about 120 jobs by December, its chief executive said on Monday.'));
  const jobs = annotations.quantities.find((q) => q.span.text === 'about 120 jobs');
  assert.deepEqual(jobs && [jobs.value, jobs.unit, jobs.qualifier], [120, 'jobs', 'about']);
  const monday = annotations.times.find((t) => t.span.text === 'on Monday');
  assert.deepEqual(monday?.resolved && [monday.resolved.start, monday.resolved.end], ['2024-05-13', '2024-05-13']);

  const text = runCli(['show', id, '--annotations', '--db', db]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /quantity +\[\d+,\d+\) "about 120 jobs"/);

  const again = runCli(['reanalyze', '--db', db, '--json']);
  assert.deepEqual(JSON.parse(again.stdout), { articles: 1, reanalysed: 0, upToDate: 1 });
  const forced = runCli(['reanalyze', '--db', db, '--json', '--force']);
  assert.deepEqual(JSON.parse(forced.stdout), { articles: 1, reanalysed: 1, upToDate: 0 });
  // Analysis is deterministic: reanalysing the same text gives the same annotations, only a new date.
  const withoutDate = (json: string) => json.replace(/"analyzedAt": "[^"]+"/, '');
  assert.equal(withoutDate(runCli(['show', id, '--annotations', '--json', '--db', db]).stdout), withoutDate(shown.stdout));
});
