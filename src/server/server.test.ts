// The HTTP API end to end on a real socket: every route on the invented sample story (sample/),
// the 4xx answers that name what was wrong, body limits, path traversal refused, the security
// headers, the Host check, and the token a server bound beyond loopback requires.

import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ingestInputs } from '../app/ingest.js';
import { defaultExtractOptions } from '../extract/index.js';
import { asStoryName } from '../model/index.js';
import { openStore, type Store } from '../store/index.js';
import { REPO_ROOT } from '../../tests/e2e/cli.js';
import type { ApiClaim, ArticleView, BriefResponse, ClaimsResponse, FigureSeries, IngestJobView, PropositionDetail, PropositionSummary, SearchResponse } from './api-types.js';
import { CONTENT_SECURITY_POLICY } from './security.js';
import { ROUTES } from './routes.js';
import { startServer, type RunningServer, type ServeOptions } from './index.js';

const STORY = 'Kestrel Bay leak';
const S = encodeURIComponent(STORY);
/** Small, so the limit tests need small bodies. */
const UPLOAD_LIMIT = 64 * 1024;
const SECRET = 'not for the browser';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A raw request: the path goes on the wire exactly as given (no URL normalisation). */
function send(base: string, method: string, path: string, options: { body?: string | Buffer; headers?: Record<string, string>; chunked?: boolean } = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path, headers: { ...(options.headers ?? {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may answer (413) and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (options.body !== undefined) {
      if (options.chunked) {
        const body = Buffer.from(options.body);
        for (let i = 0; i < body.length; i += 8192) req.write(body.subarray(i, i + 8192));
      } else req.write(options.body);
    }
    req.end();
  });
}

const json = <T>(answer: Answer): T => JSON.parse(answer.body) as T;

describe('HTTP API', () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let base: string;
  const now = () => new Date();
  const options = (overrides: Partial<ServeOptions>): ServeOptions => ({
    host: '127.0.0.1',
    port: 0,
    token: null,
    webRoot: join(dir, 'web'),
    uploadDir: join(dir, 'uploads'),
    bodyLimits: { json: 4096, upload: UPLOAD_LIMIT },
    ingest: { allowPrivate: false },
    pipeline: { extract: defaultExtractOptions, language: { latestYear: 2024 } },
    duplicates: { nearDuplicateJaccard: 0.85 },
    version: 'test',
    now,
    log: () => {},
    ...overrides,
  });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crosscheck-api-'));
    mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>ui</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(dir, 'web', 'assets', 'app.js'), 'export {};\n');
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    store = await openStore(join(dir, 'api.db'));
    const sample = join(REPO_ROOT, 'sample');
    const inputs = readdirSync(sample).filter((f) => !f.endsWith('.md')).sort().map((f) => join(sample, f));
    const report = await ingestInputs(store, { inputs, stories: [asStoryName(STORY)], ingest: {}, pipeline: options({}).pipeline, duplicates: options({}).duplicates }, { now });
    assert.equal(report.failed, 0);
    server = await startServer(store, options({}));
    base = server.url.replace(/\/$/, '');
  });

  after(async () => {
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('every GET route answers with its data', async () => {
    const get = async <T>(path: string): Promise<T> => {
      const answer = await send(base, 'GET', path);
      assert.equal(answer.status, 200, `${path}: ${answer.body}`);
      assert.match(String(answer.headers['content-type']), /^application\/json/, path);
      return json<T>(answer);
    };
    assert.deepEqual(await get('/api/health'), { ok: true, version: 'test', store: join(dir, 'api.db'), tokenRequired: false });
    assert.deepEqual((await get<{ stories: { name: string; articles: number }[] }>('/api/stories')).stories.map((s) => [s.name, s.articles]), [[STORY, 8]]);

    const brief = await get<BriefResponse>(`/api/stories/${S}/brief`);
    assert.equal(brief.brief.story, STORY);
    assert.equal(brief.brief.articles.length, 8);
    assert.deepEqual([brief.changes, brief.sinceNotFound, brief.unanalysed], [null, null, 0]);

    const { propositions } = await get<{ propositions: PropositionSummary[] }>(`/api/stories/${S}/propositions`);
    assert.deepEqual(propositions.map((p) => p.id), brief.brief.propositions.map((p) => p.id));
    const counted = brief.brief.propositions.find((p) => p.measure === 'count' && p.figures.length >= 2)!;
    const detail = await get<PropositionDetail>(`/api/stories/${S}/propositions/${encodeURIComponent(counted.id)}`);
    assert.deepEqual(detail.proposition, counted);
    assert.ok(detail.members.length >= counted.figures.length);

    const { series } = await get<{ series: FigureSeries[] }>(`/api/stories/${S}/series`);
    assert.deepEqual(series.map((s) => s.id), brief.brief.propositions.filter((p) => p.measure === 'count').map((p) => p.id));
    assert.deepEqual(series.find((s) => s.id === counted.id)!.figures, counted.figures);

    const independence = await get<{ propositions: { id: string; originalSources: { name: string; claimants: string[] }[] }[] }>(`/api/stories/${S}/independence`);
    assert.deepEqual(independence.propositions.find((p) => p.id === counted.id)!.originalSources.map((s) => s.name), counted.independence.originalSources);
    assert.deepEqual((await get<{ timeline: unknown[] }>(`/api/stories/${S}/timeline`)).timeline, brief.brief.timeline);
    assert.deepEqual(await get(`/api/stories/${S}/snapshots`), { snapshots: [] });

    const articles = await get<{ total: number; articles: { id: string }[] }>(`/api/articles?story=${S}&limit=3&offset=2`);
    assert.equal(articles.total, 8);
    assert.equal(articles.articles.length, 3);
    const view = await get<ArticleView>(`/api/articles/${articles.articles[0]!.id.slice(0, 10)}`);
    assert.equal(view.id, articles.articles[0]!.id);
    assert.ok(view.annotations && view.blocks.length > 0);
    for (const q of view.annotations.quantities) assert.ok(q.end > q.start && q.end <= view.text.length);

    const claims = await get<ClaimsResponse>(`/api/claims?story=${S}&limit=5`);
    assert.equal(claims.claims.length, 5);
    for (const c of claims.claims) assert.ok(c.link.end > c.link.start, c.id);
    assert.ok((await get<{ speakers: unknown[] }>(`/api/claims/facets?story=${S}`)).speakers.length > 0);
    assert.ok((await get<SearchResponse>('/api/search?q=harbour')).total > 0);
    assert.deepEqual(await get('/api/ingest'), { jobs: [] });
    const openapi = await get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/openapi.json');
    assert.equal(openapi.openapi, '3.1.0');
    for (const route of ROUTES) assert.ok(openapi.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path} is documented`);
  });

  test("a claim's link is the range of its words in the clean text, and the claim record's words are those", async () => {
    const claims = json<ClaimsResponse>(await send(base, 'GET', `/api/claims?story=${S}&limit=200`)).claims;
    const texts = new Map<string, string>();
    for (const c of claims) {
      if (!texts.has(c.link.article)) texts.set(c.link.article, json<ArticleView>(await send(base, 'GET', `/api/articles/${c.link.article}`)).text);
      const words = texts.get(c.link.article)!.slice(c.link.start, c.link.end);
      assert.equal(words, c.evidence.exact, c.id);
    }
  });

  test('claims filter by stance, speaker, words and proposition, with totals to match', async () => {
    const page = async (query: string) => json<ClaimsResponse>(await send(base, 'GET', `/api/claims?story=${S}&limit=500&${query}`));
    const all = await page('');
    const cases: [string, (c: ApiClaim) => boolean][] = [
      ['stance=denies', (c) => c.stance === 'denies'],
      ['speaker=okafor', (c) => c.speaker.name.toLowerCase().includes('okafor')],
      ['outlet=' + encodeURIComponent(all.claims.find((c) => c.article.outlet)!.article.outlet!), (c) => c.article.outlet === all.claims.find((x) => x.article.outlet)!.article.outlet],
      ['from=2024-05-16', (c) => c.article.published !== null && c.article.published.slice(0, 10) >= '2024-05-16'],
    ];
    for (const [query, keep] of cases) {
      const filtered = await page(query);
      const expected = all.claims.filter(keep);
      assert.ok(expected.length > 0 && expected.length < all.total, `${query} narrows the claims`);
      assert.deepEqual(filtered.claims.map((c) => c.id), expected.map((c) => c.id), query);
      assert.equal(filtered.total, expected.length, query);
    }
    const propositions = json<{ propositions: PropositionSummary[] }>(await send(base, 'GET', `/api/stories/${S}/propositions`)).propositions;
    const chosen = propositions.find((p) => p.measure === 'count' && p.figures >= 2)!;
    const detail = json<PropositionDetail>(await send(base, 'GET', `/api/stories/${S}/propositions/${encodeURIComponent(chosen.id)}`));
    const members = new Set(detail.members.map((m) => `${m.article}#${m.claim}`));
    const byProposition = await page(`proposition=${encodeURIComponent(chosen.id)}`);
    assert.deepEqual(new Set(byProposition.claims.map((c) => c.id)), members);
  });

  test('snapshots are taken, listed, read back and compared against', async () => {
    const taken = await send(base, 'POST', `/api/stories/${S}/snapshots`, { body: '{}', headers: { 'Content-Type': 'application/json' } });
    assert.equal(taken.status, 201, taken.body);
    const { id } = json<{ id: number }>(taken);
    assert.deepEqual(json<{ snapshots: { id: number }[] }>(await send(base, 'GET', `/api/stories/${S}/snapshots`)).snapshots.map((s) => s.id), [id]);
    const snapshot = json<{ id: number; brief: { story: string } }>(await send(base, 'GET', `/api/stories/${S}/snapshots/${id}`));
    assert.deepEqual([snapshot.id, snapshot.brief.story], [id, STORY]);
    const changes = await send(base, 'GET', `/api/stories/${S}/changes?since=${id}`);
    assert.equal(changes.status, 200);
    assert.match(json<{ since: string }>(changes).since, new RegExp(`^snapshot ${id} `));
    const brief = json<BriefResponse>(await send(base, 'GET', `/api/stories/${S}/brief?since=${id}`));
    assert.deepEqual(brief.changes, json(changes));
  });

  test('briefs and claims download as Markdown, HTML, JSONL, CSV and JSON-LD', async () => {
    const cases: [string, RegExp, RegExp][] = [
      [`/api/stories/${S}/brief?format=md`, /^text\/markdown/, /^# Kestrel Bay leak/],
      [`/api/stories/${S}/brief?format=html`, /^text\/html/, /^<!doctype html>/],
      [`/api/exports/claims?story=${S}&format=jsonl`, /^application\/x-ndjson/, /^\{"id":"[0-9a-f]{64}#0"/],
      [`/api/exports/claims?format=csv`, /^text\/csv/, /^id,article_id,/],
      [`/api/exports/claims?story=${S}&format=claim-jsonld`, /^application\/ld\+json/, /"@context": "https:\/\/schema.org"/],
    ];
    for (const [path, type, start] of cases) {
      const answer = await send(base, 'GET', path);
      assert.equal(answer.status, 200, path);
      assert.match(String(answer.headers['content-type']), type, path);
      assert.match(String(answer.headers['content-disposition']), /^attachment; filename="[A-Za-z0-9._-]+"$/, path);
      assert.match(answer.body, start, path);
    }
  });

  test('bad requests get a 4xx naming what was wrong', async () => {
    const cases: [string, string, number, string, RegExp][] = [
      ['GET', '/api/stories/no%20such%20story/brief', 404, 'story-not-found', /no story named "no such story"/],
      ['GET', `/api/stories/${S}/propositions/nothing`, 404, 'proposition-not-found', /no proposition "nothing"/],
      ['GET', `/api/stories/${S}/snapshots/999`, 404, 'snapshot-not-found', /no snapshot 999/],
      ['GET', `/api/stories/${S}/changes?since=1999-01-01`, 404, 'snapshot-not-found', /since=1999-01-01/],
      ['GET', `/api/stories/${S}/brief?format=pdf`, 400, 'invalid-request', /query\.format/],
      ['GET', '/api/claims?limit=ten', 400, 'invalid-request', /query\.limit: expected a whole number/],
      ['GET', '/api/claims?limit=100000', 400, 'invalid-request', /query\.limit: expected at most 500/],
      ['GET', '/api/claims?speakr=okafor', 400, 'invalid-request', /Unrecognized key: "speakr"/],
      ['GET', '/api/claims?stance=shouts', 400, 'invalid-request', /query\.stance/],
      ['GET', '/api/claims?proposition=x', 400, 'invalid-request', /query\.proposition: a proposition belongs to a story/],
      ['GET', '/api/claims?from=2024-05-20&to=2024-05-01', 400, 'invalid-request', /query\.from: from is after to/],
      ['GET', '/api/claims?from=May', 400, 'invalid-request', /query\.from: expected a date as YYYY-MM-DD/],
      ['GET', '/api/articles/zzz', 400, 'invalid-request', /params\.article/],
      ['GET', `/api/articles/${'f'.repeat(64)}`, 404, 'article-not-found', /no article with id/],
      ['GET', '/api/search?q=%21%21', 400, 'invalid-request', /query\.q: expected at least one letter or digit/],
      ['GET', '/api/ingest/0123456789abcdef', 404, 'job-not-found', /no ingest job/],
      ['GET', '/api/nothing-here', 404, 'not-found', /no API route at \/api\/nothing-here/],
      ['DELETE', `/api/stories/${S}/snapshots`, 405, 'method-not-allowed', /answers GET, POST only/],
      ['GET', '/api/stories/%E0%A4%A/brief', 400, 'bad-path', /percent-encoding/],
    ];
    for (const [method, path, status, code, message] of cases) {
      const answer = await send(base, method, path);
      assert.equal(answer.status, status, `${method} ${path}: ${answer.body}`);
      const body = json<{ error: { status: number; code: string; message: string } }>(answer);
      assert.deepEqual([body.error.status, body.error.code], [status, code], path);
      assert.match(body.error.message, message, path);
    }
    assert.equal((await send(base, 'DELETE', `/api/stories/${S}/snapshots`)).headers['allow'], 'GET, POST');
  });

  test('ingest bodies are checked: JSON only, http(s) URLs only, something to ingest, within the size limit', async () => {
    const post = (body: string | Buffer, headers: Record<string, string> = { 'Content-Type': 'application/json' }, chunked = false) =>
      send(base, 'POST', '/api/ingest', { body, headers, chunked });
    const cases: [Answer, number, RegExp][] = [
      [await post('urls=x', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415, /send the body as application\/json/],
      [await post('{"urls": [', undefined), 400, /not valid JSON/],
      [await post(JSON.stringify({ urls: ['file:///etc/passwd'] })), 400, /body\.urls\[0\]: expected an http\(s\) URL/],
      [await post(JSON.stringify({ urls: ['/etc/passwd'] })), 400, /body\.urls\[0\]: expected an http\(s\) URL/],
      [await post(JSON.stringify({ urls: [] })), 400, /body\.urls: expected at least one URL or file/],
      [await post(JSON.stringify({ files: [{ name: 'a.txt', content: 'not base64!' }] })), 400, /body\.files\[0\]\.content: expected the file content in base64/],
      [await post(JSON.stringify({ urls: ['https://example.org/'], extra: 1 })), 400, /Unrecognized key: "extra"/],
    ];
    for (const [answer, status, message] of cases) {
      assert.equal(answer.status, status, answer.body);
      assert.match(json<{ error: { message: string } }>(answer).error.message, message);
    }
    const big = JSON.stringify({ files: [{ name: 'big.txt', content: Buffer.alloc(UPLOAD_LIMIT).toString('base64') }] });
    const declared = await post(big);
    assert.equal(declared.status, 413, 'refused on its Content-Length');
    assert.match(json<{ error: { message: string } }>(declared).error.message, new RegExp(`larger than this route accepts \\(${UPLOAD_LIMIT} bytes\\)`));
    const streamed = await post(big, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, true);
    assert.equal(streamed.status, 413, 'refused while reading a body of no declared length');
    const snapshot = await send(base, 'POST', `/api/stories/${S}/snapshots`, { body: JSON.stringify({ pad: 'x'.repeat(5000) }), headers: { 'Content-Type': 'application/json' } });
    assert.equal(snapshot.status, 413, 'small JSON routes have a smaller limit');
  });

  test('an upload is ingested in the background, and private addresses stay refused', async () => {
    const notice = 'Ferry timetable changes\n\nThe Norland Ferry Company said on Monday that 6 crossings a day would be cut from June, and that the night service would end.\n';
    const started = await send(base, 'POST', '/api/ingest', {
      body: JSON.stringify({ story: 'ferry notices', files: [{ name: '../../notice?.txt', content: Buffer.from(notice).toString('base64') }], urls: ['http://127.0.0.1:9/feed.xml'] }),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(started.status, 202, started.body);
    let job = json<IngestJobView>(started);
    for (let i = 0; i < 200 && (job.state === 'queued' || job.state === 'running'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = json<IngestJobView>(await send(base, 'GET', `/api/ingest/${job.id}`));
    }
    assert.equal(job.state, 'done', JSON.stringify(job));
    assert.deepEqual(job.summary, { documents: 2, newArticles: 1, newSources: 0, unchanged: 0, failed: 1 });
    const stored = job.results.find((r) => r.status === 'stored');
    const failed = job.results.find((r) => r.status === 'failed');
    assert.ok(stored?.status === 'stored' && stored.label.startsWith(join(dir, 'uploads')) && stored.label.endsWith('notice_.txt'), 'the upload is written inside the upload folder, under a safe name');
    assert.equal(failed?.status === 'failed' && failed.diagnostic.code, 'fetch/refused-address');
    const brief = json<BriefResponse>(await send(base, 'GET', `/api/stories/${encodeURIComponent('ferry notices')}/brief`));
    assert.equal(brief.brief.articles.length, 1);
  });

  test('the UI is served from its folder only: no path leaves it, however it is spelt', async () => {
    const index = await send(base, 'GET', '/');
    assert.equal(index.status, 200);
    assert.match(String(index.headers['content-type']), /^text\/html/);
    assert.equal(index.headers['cache-control'], 'no-cache');
    const asset = await send(base, 'GET', '/assets/app.js');
    assert.equal(asset.status, 200);
    assert.match(String(asset.headers['cache-control']), /immutable/);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%5c..%5csecret.txt', '/..%5csecret.txt', '/%00index.html', '/assets/./app.js']) {
      const answer = await send(base, 'GET', path);
      assert.equal(answer.status, 400, `${path}: ${answer.status}`);
      assert.ok(!answer.body.includes(SECRET), path);
    }
    assert.equal((await send(base, 'GET', '/nothing.js')).status, 404);
    assert.equal((await send(base, 'POST', '/index.html')).status, 405);
  });

  test('every response carries the security headers; a foreign Host or a cross-site request is refused', async () => {
    for (const path of ['/', '/api/health', '/api/nothing', '/openapi.json']) {
      const answer = await send(base, 'GET', path);
      assert.equal(answer.headers['content-security-policy'], CONTENT_SECURITY_POLICY, path);
      assert.equal(answer.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(answer.headers['x-frame-options'], 'DENY', path);
      assert.equal(answer.headers['referrer-policy'], 'no-referrer', path);
    }
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self';/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
    const rebound = await send(base, 'GET', '/api/health', { headers: { Host: `attacker.example:${server.port}` } });
    assert.equal(rebound.status, 403);
    assert.equal(json<{ error: { code: string } }>(rebound).error.code, 'host-not-allowed');
    assert.equal((await send(base, 'GET', '/api/health', { headers: { Host: `localhost:${server.port}` } })).status, 200);
    assert.equal((await send(base, 'GET', '/api/health', { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status, 403);
  });

  test('bound beyond loopback the server makes a token and the API requires it; the UI shell does not', async () => {
    const open = await startServer(store, options({ host: '0.0.0.0' }));
    try {
      assert.ok(open.token && open.token.length >= 32, 'a token was generated');
      const at = `http://127.0.0.1:${open.port}`;
      const anonymous = await send(at, 'GET', '/api/health');
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.headers['www-authenticate'], 'Bearer');
      assert.equal((await send(at, 'GET', '/api/health', { headers: { Authorization: 'Bearer wrong' } })).status, 401);
      const allowed = await send(at, 'GET', '/api/health', { headers: { Authorization: `Bearer ${open.token}` } });
      assert.equal(allowed.status, 200);
      assert.equal(json<{ tokenRequired: boolean }>(allowed).tokenRequired, true);
      assert.equal((await send(at, 'GET', '/')).status, 200, 'the page itself carries no data');
    } finally {
      await open.close();
    }
    const given = await startServer(store, options({ token: 'a-token-the-user-chose' }));
    try {
      const at = given.url.replace(/\/$/, '');
      assert.equal((await send(at, 'GET', '/api/stories')).status, 401, 'a token given on loopback is required too');
      assert.equal((await send(at, 'GET', '/api/stories', { headers: { Authorization: 'Bearer a-token-the-user-chose' } })).status, 200);
    } finally {
      await given.close();
    }
  });
});
