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
import { fts5Query, hasEveryWordPrefix, hasEveryWordPrefixWithin, matchedWordRanges, searchWords, tsQuery, wordPrefixPositions } from './search-words.js';

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

test('word positions found by the fast search are those of folding every word, diacritics, case and astral letters included', () => {
  const texts = [
    'The Minister said ministers and the MINISTRY met; administrators did not.',
    'Préfecture officials met the prefect in the Élysée, not the Elysee Palace; PRÉFET-adjoint Pérez spoke.',
    'Pe\u0301rez (decomposed) and Perez agreed. 𝐁old 𝐁𝐨𝐥𝐝 maths letters, 3,000 troops, 3000 troopers.',
    'Straße and STRASSE; Ὀδυσσεύς; naïve naive NAÏVETÉ; “quoted” — dashes… ministerial',
    '',
  ];
  const queries = [['minist'], ['prefe', 'elysee'], ['perez'], ['3', 'troop'], ['naive', 'strasse'], ['straße'], ['οδυσσ'], ['bold']];
  for (const text of texts) {
    for (const words of queries) {
      const fast = wordPrefixPositions(text, words);
      words.forEach((word, i) => assert.deepEqual(fast.byWord[i], matchedWordRanges(text, [word]), `${word} in ${text}`));
      // A range holding the whole text answers as the plain check on the text does.
      assert.equal(hasEveryWordPrefixWithin(fast, 0, text.length), hasEveryWordPrefix(text, words), `${words.join(' ')} in ${text}`);
    }
  }
  const text = 'Officials said the minister would resign. The mayor said nothing.';
  const positions = wordPrefixPositions(text, ['minister', 'resign']);
  assert.equal(hasEveryWordPrefixWithin(positions, 0, 41), true, 'both words inside the first sentence');
  assert.equal(hasEveryWordPrefixWithin(positions, 0, 30), false, '"resign" lies after the range');
  assert.equal(hasEveryWordPrefixWithin(positions, 19, 41), true);
  assert.equal(hasEveryWordPrefixWithin(positions, 20, 41), false, '"minister" begins before the range');
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
