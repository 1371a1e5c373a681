// The Store contract: the same cases against every implementation. SQLite always runs;
// PostgreSQL runs when CROSSCHECK_TEST_POSTGRES_URL names a server (or a throwaway local
// cluster can be started), and otherwise skips saying why.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeLanguage } from '../language/index.js';
import { asArticleId, asStoryName, makeSpan, type ArticleAnalysis, type ArticleMetadata, type Claim, type ExtractedArticle, type Speaker, type Stance } from '../model/index.js';
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

/** An article with one claim by `speaker` (its text reads "<who> said <content>, …"), in a story, with an outlet and a date. */
function claimedItem(source: string, path: string, story: string, speaker: Speaker, stance: Stance, outlet: string, published: string) {
  const document = rawTextDocument(source, path);
  const metadata: Partial<ArticleMetadata> = {
    outlet: { value: { name: outlet, domain: null }, from: 'byline', reliability: 'high', evidence: outlet },
    published: { value: { iso: published, precision: 'day', utcOffset: null }, from: 'dateline', reliability: 'high', evidence: published },
  };
  const article = articleFromDocument(document, metadata);
  return { document, article, fingerprint: fingerprintText(article.text), analysis: analysisOf(article, speaker, stance), stories: [asStoryName(story)], receivedAt: AT };
}

const PORT_AUTHORITY: Speaker = { name: 'Kestrel Bay port authority', type: 'organisation', entity: null, role: null, affiliation: null };

/** The real language reading of the text, and one claim built by hand on it ("Officials … said"). */
function analysisOf(article: ExtractedArticle, speaker: Speaker = PORT_AUTHORITY, stance: Stance = 'asserts'): ArticleAnalysis {
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
      speaker,
      relayedBy: [],
      stance,
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

    test('search finds articles holding every word as a word prefix, in any case, within a story', async () => {
      const booms = await store.searchArticles('BOOMS harbour');
      assert.deepEqual(booms.words, ['booms', 'harbour']);
      assert.equal(booms.total, 1);
      assert.equal(booms.hits[0]!.article.id, item(WIRE_COPY, 'a.txt').document.id);
      assert.ok(booms.hits[0]!.text.includes('booms had been placed'), 'the hit carries the text for a snippet');
      assert.equal((await store.searchArticles('harb')).total, 1, 'a word prefix matches');
      assert.equal((await store.searchArticles('booms', { story: asStoryName('coastal pollution') })).total, 1);
      assert.equal((await store.searchArticles('rewritten', { story: asStoryName('coastal pollution') })).total, 0, 'the other story holds it, not this one');
      assert.equal((await store.searchArticles('booms zeppelin')).total, 0, 'every word must be there');
      assert.deepEqual(await store.searchArticles('" * ( ) -'), { words: [], total: 0, hits: [] });
    });

    test('search ranks the article that says the words more often first, and pages', async () => {
      const ferry = 'ferry';
      await store.saveArticle(claimedItem(`Ferry crews said the ${ferry} timetable would change, and ${ferry} fares would rise.\nThe ${ferry} company and the ${ferry} union met.`, 'f1.txt', 'ferry dispute', { ...PORT_AUTHORITY, name: 'Ferry crews' }, 'asserts', 'Harbour Post', '2024-05-20'), policy);
      await store.saveArticle(claimedItem('Union leaders said talks about the ferry had stalled, and a strike vote was due on Friday.\nMembers were told to wait.', 'f2.txt', 'ferry dispute', { ...PORT_AUTHORITY, name: 'Union leaders', type: 'organisation' }, 'warns', 'Coastline Daily', '2024-05-22'), policy);
      const result = await store.searchArticles('ferry');
      assert.equal(result.total, 2);
      assert.deepEqual(result.hits.map((h) => h.article.outletName), ['Harbour Post', 'Coastline Daily']);
      assert.ok(result.hits[0]!.score > result.hits[1]!.score);
      const second = await store.searchArticles('ferry', { limit: 1, offset: 1 });
      assert.deepEqual([second.total, second.hits.map((h) => h.article.outletName)], [2, ['Coastline Daily']]);
    });

    test('claims are filtered by story, speaker, stance, outlet, date range, words and key, with exact totals', async () => {
      await store.saveArticle(claimedItem('The harbour master said the ferry would sail on Saturday, weather permitting.\nPassengers cheered.', 'f3.txt', 'ferry dispute', { ...PORT_AUTHORITY, name: 'Harbour master Ines Varro', type: 'person' }, 'denies', 'Harbour Post', '2024-05-25'), policy);
      const story = asStoryName('ferry dispute');
      const all = await store.listClaims({ story });
      assert.equal(all.total, 3);
      assert.deepEqual(all.claims.map((c) => c.claim.speaker.name), ['Ferry crews', 'Union leaders', 'Harbour master Ines Varro'], 'in publication order');
      const cases: [string, Parameters<Store['listClaims']>[0], string[]][] = [
        ['speaker, any case', { story, speaker: 'UNION' }, ['Union leaders']],
        ['speaker with LIKE wildcards is literal', { story, speaker: '%' }, []],
        ['stance', { story, stance: 'denies' }, ['Harbour master Ines Varro']],
        ['outlet', { story, outlet: 'Harbour Post' }, ['Ferry crews', 'Harbour master Ines Varro']],
        ['from a date', { story, publishedFrom: '2024-05-22' }, ['Union leaders', 'Harbour master Ines Varro']],
        ['up to a date, inclusive', { story, publishedTo: '2024-05-22' }, ['Ferry crews', 'Union leaders']],
        ['words inside the claim', { story, text: 'talks STALLED' }, ['Union leaders']],
        ['words in the sentence but after the claim', { story, text: 'strike vote' }, []],
        ['words in the article but outside any claim', { story, text: 'cheered' }, []],
        ['a word prefix', { story, text: 'sail' }, ['Harbour master Ines Varro']],
        ['no words at all', { story, text: '!!' }, []],
        ['by key', { claims: [{ article: all.claims[1]!.article, ordinal: 0 }] }, ['Union leaders']],
        ['by key and stance', { claims: [{ article: all.claims[1]!.article, ordinal: 0 }], stance: 'asserts' }, []],
        ['one article', { article: all.claims[2]!.article }, ['Harbour master Ines Varro']],
      ];
      for (const [what, filter, speakers] of cases) {
        const page = await store.listClaims(filter);
        assert.deepEqual(page.claims.map((c) => c.claim.speaker.name), speakers, what);
        assert.equal(page.total, speakers.length, what);
      }
      const paged = await store.listClaims({ story, limit: 1, offset: 1 });
      assert.deepEqual([paged.total, paged.claims.map((c) => c.claim.speaker.name)], [3, ['Union leaders']]);
      const pagedText = await store.listClaims({ story, text: 'said', limit: 1, offset: 2 });
      assert.deepEqual([pagedText.total, pagedText.claims.map((c) => c.claim.speaker.name)], [3, ['Harbour master Ines Varro']]);
      const analysis = await store.getAnalysis(all.claims[2]!.article);
      assert.deepEqual(all.claims[2]!.claim, analysis!.claims[0], 'the claim as stored');
      assert.ok(analysis!.language.times.length > 0, 'the text dates the sailing');
      assert.deepEqual(await store.getQuantitiesAndTimes(all.claims[2]!.article), { quantities: analysis!.language.quantities, times: analysis!.language.times });
      assert.equal(await store.getQuantitiesAndTimes(asArticleId('0'.repeat(64))), null);
    });

    test('claim facets count speakers, stances and outlets of a story', async () => {
      const facets = await store.claimFacets({ story: asStoryName('ferry dispute') });
      assert.deepEqual(facets.stances, [{ stance: 'asserts', claims: 1 }, { stance: 'denies', claims: 1 }, { stance: 'warns', claims: 1 }]);
      assert.deepEqual(facets.outlets, [{ name: 'Harbour Post', claims: 2 }, { name: 'Coastline Daily', claims: 1 }]);
      assert.deepEqual(facets.speakers.map((s) => s.name), ['Ferry crews', 'Harbour master Ines Varro', 'Union leaders']);
    });

    test('a story revision changes when an article joins it or is reanalysed, and only then', async () => {
      const story = asStoryName('ferry dispute');
      const before = await store.storyRevision(story);
      assert.equal(await store.storyRevision(story), before);
      const joined = await store.saveArticle(claimedItem('Dock workers said the cranes were idle, and the ferry berth was empty.\nNothing moved.', 'f4.txt', 'ferry dispute', { ...PORT_AUTHORITY, name: 'Dock workers' }, 'asserts', 'Harbour Post', '2024-05-26'), policy);
      const afterJoin = await store.storyRevision(story);
      assert.notEqual(afterJoin, before);
      const stored = await store.getAnalysis(joined.articleId);
      await store.replaceAnalysis(joined.articleId, { version: 'test-3', language: stored!.language, claims: [] }, '2024-05-27T00:00:00.000Z');
      assert.notEqual(await store.storyRevision(story), afterJoin);
      assert.equal(await store.storyRevision(asStoryName('no such story')), '0||0|');
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
