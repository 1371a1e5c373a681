// The Store contract: the same cases against every implementation. SQLite always runs;
// PostgreSQL runs when CROSSCHECK_TEST_POSTGRES_URL names a server (or a throwaway local
// cluster can be started), and otherwise skips saying why.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { asArticleId, asStoryName, makeSpan, type ArticleAnalysis, type Claim, type ExtractedArticle } from '../model/index.js';
import { fingerprintText } from '../shared/text-fingerprint.js';
import { articleFromDocument, rawTextDocument } from '../../tests/builders.js';
import { openStore, type Store } from './index.js';
import { startThrowawayPostgres } from '../../tests/postgres.js';

const policy = { nearDuplicateJaccard: 0.8 };
const STORY = asStoryName('harbour spill');
const AT = '2024-05-14T08:00:00.000Z';

const WIRE_COPY = [
  'Officials at the Kestrel Bay port authority said on Monday that about 2,000 litres of fuel oil had leaked',
  'from a damaged tank near the northern quay, and that booms had been placed across the harbour mouth.',
  'Residents of three streets near the quay were asked to keep their windows closed overnight as a precaution.',
  'The authority said crews would work through the night and that the source of the leak was not yet known.',
].join('\n');

function item(source: string, path: string, stories = [STORY], canonicalUrl: string | null = null) {
  const document = rawTextDocument(source, path);
  const article = articleFromDocument(document, canonicalUrl
    ? { canonicalUrl: { value: canonicalUrl, from: 'link-canonical', reliability: 'high', evidence: canonicalUrl } }
    : {});
  return { document, article, fingerprint: fingerprintText(article.text), analysis: analysisOf(article), stories, receivedAt: AT };
}

/** The real language reading of the text, and one claim built by hand on it ("Officials … said"). */
function analysisOf(article: ExtractedArticle): ArticleAnalysis {
  const language = analyzeLanguage(article, { latestYear: 2024 });
  const claims: Claim[] = [];
  const said = article.text.indexOf(' said ');
  const clauseEnd = article.text.indexOf(',', said);
  if (said > 0 && clauseEnd > said) {
    const at = (start: number, end: number) => makeSpan(start, end, article.text.length, 'contract test');
    claims.push({
      sentence: 0,
      source: at(0, said),
      cue: at(said + 1, said + 5),
      content: [at(said + 6, clauseEnd)],
      kind: 'indirect',
      speaker: { name: 'Kestrel Bay port authority', type: 'organisation', entity: null, role: null, affiliation: null },
      relayedBy: [],
      stance: 'asserts',
      hedges: [],
      quantities: language.quantities.length > 0 ? [0] : [],
      times: language.times.length > 0 ? [0] : [],
      statementTime: language.times.length > 0 ? 0 : null,
    });
  }
  return { version: 'test', language, claims };
}

function contract(name: string, location: string, skip: string | false) {
  describe(`store contract: ${name}`, { skip }, () => {
    let store: Store;

    test('opens and migrates', async () => {
      store = await openStore(location);
      assert.equal(await store.countArticles(), 0);
    });

    test('saving the same document twice changes nothing', async () => {
      const first = await store.saveArticle(item(WIRE_COPY, 'a.txt'), policy);
      assert.equal(first.kind, 'new-article');
      const again = await store.saveArticle(item(WIRE_COPY, 'a.txt'), policy);
      assert.deepEqual(again, { kind: 'unchanged', articleId: first.articleId, addedToStories: [] });
      assert.equal(await store.countArticles(), 1);
      const summaries = await store.listArticles({ story: STORY });
      assert.equal(summaries.length, 1);
      assert.equal(summaries[0]!.sources, 1);
    });

    test('a near-identical copy from elsewhere becomes another source of the same article', async () => {
      const edited = WIRE_COPY.replace('overnight', 'overnight on Monday');
      const outcome = await store.saveArticle(item(edited, 'b.txt'), policy);
      assert.equal(outcome.kind, 'new-source');
      assert.equal(outcome.kind === 'new-source' && outcome.matchedBy, 'near-duplicate');
      const lookup = await store.findArticle(outcome.articleId.slice(0, 8));
      assert.equal(lookup.kind, 'found');
      if (lookup.kind === 'found') {
        assert.deepEqual(lookup.article.sources.map((s) => s.file), ['a.txt', 'b.txt']);
        assert.equal(lookup.article.primarySource.source, WIRE_COPY);
      }
    });

    test('the same canonical URL is one article even when the text differs', async () => {
      const url = 'https://harbourpost.example/news/spill-update';
      const first = await store.saveArticle(item('A first version of the update, two sentences long. It grew later.', 'c.html', [STORY], url), policy);
      const second = await store.saveArticle(item('A rewritten version with new figures: 12,000 litres. Officials said more.', 'd.html', [STORY], url), policy);
      assert.equal(first.kind, 'new-article');
      assert.deepEqual(second.kind === 'new-source' && [second.articleId, second.matchedBy], [first.articleId, 'canonical-url']);
    });

    test('an article joins a second story without a new copy', async () => {
      const other = asStoryName('coastal pollution');
      const outcome = await store.saveArticle(item(WIRE_COPY, 'a.txt', [other]), policy);
      assert.equal(outcome.kind, 'unchanged');
      assert.deepEqual(outcome.kind === 'unchanged' && outcome.addedToStories, [other]);
      const stories = await store.listStories();
      assert.deepEqual(stories.map((s) => [s.name, s.articles]), [['coastal pollution', 1], ['harbour spill', 2]]);
    });

    test("an article's analysis and claims round-trip, and reanalysis replaces them", async () => {
      const saved = item(WIRE_COPY, 'a.txt');
      const lookup = await store.findArticle(saved.document.id);
      assert.equal(lookup.kind, 'found');
      const stored = await store.getAnalysis(asArticleId(saved.document.id));
      assert.ok(stored, 'the first save stored an analysis');
      assert.deepEqual(JSON.parse(JSON.stringify(stored.language)), JSON.parse(JSON.stringify(saved.analysis.language)));
      assert.ok(stored.language.sentences.length >= 4, 'four sentences of the wire copy');
      assert.equal(stored.claims.length, 1);
      assert.deepEqual(stored.claims[0], saved.analysis.claims[0]);
      await store.replaceAnalysis(asArticleId(saved.document.id), { ...saved.analysis, version: 'test-2', claims: [] }, AT);
      const replaced = await store.getAnalysis(asArticleId(saved.document.id));
      assert.equal(replaced?.version, 'test-2');
      assert.equal(replaced?.claims.length, 0);
    });

    test('brief snapshots are found by number or by the latest at or before a date', async () => {
      const first = await store.saveSnapshot(STORY, { figures: 1 }, '2024-05-14T08:00:00.000Z');
      const second = await store.saveSnapshot(STORY, { figures: 2 }, '2024-05-15T09:30:00.000Z');
      assert.ok(second > first);
      assert.deepEqual((await store.findSnapshot(STORY, { id: first }))?.brief, { figures: 1 });
      assert.equal((await store.findSnapshot(STORY, { atOrBefore: '2024-05-14' }))?.id, first);
      assert.equal((await store.findSnapshot(STORY, { atOrBefore: '2024-05-15' }))?.id, second);
      assert.equal(await store.findSnapshot(STORY, { atOrBefore: '2024-05-13' }), null);
      assert.deepEqual((await store.listSnapshots(STORY)).map((s) => s.id), [first, second]);
    });

    test('unknown and ambiguous ids are told apart', async () => {
      assert.equal((await store.findArticle('ffffffffff')).kind, 'missing');
      assert.equal((await store.findArticle('not-hex')).kind, 'missing');
    });

    test('feed state and runs round-trip', async () => {
      await store.putFeedState('https://x.example/feed', { etag: '"v1"' }, AT);
      await store.putFeedState('https://x.example/feed', { etag: '"v2"' }, AT);
      assert.deepEqual(await store.getFeedState('https://x.example/feed'), { etag: '"v2"' });
      const run = await store.startRun('ingest', { story: 'x' }, AT);
      await store.finishRun(run, { documents: 1 }, AT);
      await store.close();
    });
  });
}

contract('sqlite', ':memory:', false);
// A connection URL, or the reason no server could be had (then the suite is skipped, saying so).
const postgres = process.env['CROSSCHECK_TEST_POSTGRES_URL'] ?? (await startThrowawayPostgres());
const postgresReady = postgres.startsWith('postgres');
contract('postgres', postgresReady ? postgres : '', postgresReady ? false : postgres);
