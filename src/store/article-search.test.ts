// Search words and the SQLite index's backfill: what the store contract cannot show on both
// dialects (PostgreSQL's expression index covers old rows by construction).

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { asStoryName } from '../model/index.js';
import { fingerprintText } from '../shared/text-fingerprint.js';
import { analyzeLanguage } from '../language/index.js';
import { articleFromDocument, rawTextDocument } from '../../tests/builders.js';
import { openStore } from './index.js';
import { fts5Query, hasEveryWordPrefix, searchWords, tsQuery } from './search-words.js';

test('a query becomes folded words of letters and digits only, so nothing reaches the index syntax', () => {
  const cases: [string, string[]][] = [
    ['Harbour BOOMS', ['harbour', 'booms']],
    ['"fuel" OR NOT oil*', ['fuel', 'or', 'not', 'oil']],
    ['Élysée  élysée', ['elysee']],
    ['3,000 troops', ['3', '000', 'troops']],
    ["'); DROP TABLE articles; --", ['drop', 'table', 'articles']],
    ['  ', []],
  ];
  for (const [query, words] of cases) assert.deepEqual(searchWords(query), words, query);
  assert.equal(fts5Query(['or', 'oil']), '"or"* "oil"*');
  assert.equal(tsQuery(['or', 'oil']), 'or:* & oil:*');
});

test("a claim's words match when every query word begins one of them", () => {
  assert.equal(hasEveryWordPrefix('The Mayor said the spill was contained', ['may', 'spill']), true);
  assert.equal(hasEveryWordPrefix('The Mayor said the spill was contained', ['ayor']), false);
  assert.equal(hasEveryWordPrefix('Préfecture officials', ['prefecture']), true);
});

test('articles stored before the search index existed are found once the migration has run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-search-'));
  const path = join(dir, 'store.db');
  try {
    const source = 'Lighthouse keepers reported that the beacon on Gull Rock had failed twice in one week.';
    const document = rawTextDocument(source, 'old.txt');
    const article = articleFromDocument(document);
    const store = await openStore(path);
    await store.saveArticle(
      { document, article, fingerprint: fingerprintText(source), analysis: { version: 'test', language: analyzeLanguage(article, { latestYear: 2024 }), claims: [] }, stories: [asStoryName('beacons')], receivedAt: '2024-06-01T00:00:00.000Z' },
      { nearDuplicateJaccard: 0.85 },
    );
    await store.close();

    // Wind the database back to before migration 0004, as a store written by an older version.
    const raw = new BetterSqlite3(path);
    raw.exec(`DROP TRIGGER article_search_insert; DROP TRIGGER article_search_update; DROP TRIGGER article_search_delete; DROP TABLE article_search; DROP INDEX articles_publication_order;
      DELETE FROM kysely_migration WHERE name = '0004_article_search';`);
    raw.close();

    const reopened = await openStore(path);
    const found = await reopened.searchArticles('gull beacon');
    assert.deepEqual(found.hits.map((h) => h.article.id), [document.id]);
    await reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
