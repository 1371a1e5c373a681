// The HTTP API's route table: every route's method, path, schemas, documented responses and a thin
// handler that calls one use case and shapes its answer. The server adapter validates inputs
// against the schemas before a handler runs, and the OpenAPI document is generated from this table.

import type { z } from 'zod';
import { loadAnalysedArticles } from '../app/analyses.js';
import { asArticleId, asStoryName, type StoryName } from '../model/index.js';
import { briefHtml, briefMarkdown } from '../present/brief/render.js';
import { diffBriefs, diffMarkdown, type BriefDiff } from '../present/brief/diff.js';
import { claimsAsJsonLd } from '../present/records/claim-jsonld.js';
import { CLAIM_CSV_COLUMNS, claimCsvRow, claimRecords, csvLine } from '../present/records/claim-record.js';
import type { Store } from '../store/index.js';
import type { ArticlesResponse, BriefResponse, HealthResponse, SnapshotsResponse } from './api-types.js';
import { articleView } from './article-view.js';
import { claimsPage } from './claims-page.js';
import { HttpError } from './http-error.js';
import type { IngestJobs } from './ingest-jobs.js';
import type { ArticleCache } from './article-cache.js';
import {
  articleParams,
  articlesQuery,
  briefQuery,
  changesQuery,
  claimsQuery,
  emptyQuery,
  exportQuery,
  facetsQuery,
  ingestBody,
  jobParams,
  propositionParams,
  searchQuery,
  snapshotBody,
  snapshotParams,
  storyParams,
} from './schemas.js';
import { searchHits } from './search-hits.js';
import { figureSeries, independenceViews, propositionDetail, propositionSummaries, type StoryView, type StoryViews } from './story-views.js';

/** What handlers may use: the store and the server's long-lived helpers. */
export interface Services {
  readonly store: Store;
  readonly articles: ArticleCache;
  readonly stories: StoryViews;
  readonly jobs: IngestJobs;
  readonly now: () => Date;
  readonly version: string;
  readonly tokenRequired: boolean;
}

export type Reply =
  | { readonly kind: 'json'; readonly status?: number; readonly body: unknown }
  /** JSON already serialised (a cached brief), sent as it is. */
  | { readonly kind: 'json-text'; readonly body: string }
  /** A download: text with its media type and the file name the browser should save it as. */
  | { readonly kind: 'download'; readonly body: string; readonly contentType: string; readonly filename: string };

export interface RouteContext<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly services: Services;
}

/** json: small JSON bodies; upload: ingest requests carrying files. */
export type BodyLimit = 'json' | 'upload';

interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType | null> {
  readonly method: 'GET' | 'POST';
  /** OpenAPI style: `/api/stories/{story}/brief`. */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly params: P | null;
  readonly query: Q;
  readonly body: B;
  readonly bodyLimit?: BodyLimit;
  /** Status → what the response holds (the OpenAPI document lists them). */
  readonly responses: Readonly<Record<number, string>>;
  readonly handle: (context: RouteContext<z.output<P>, z.output<Q>, B extends z.ZodType ? z.output<B> : null>) => Promise<Reply>;
}

export type Route = RouteSpec<z.ZodType, z.ZodType, z.ZodType | null>;

function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType | null>(spec: RouteSpec<P, Q, B>): Route {
  return spec as unknown as Route;
}

const json = (body: unknown, status = 200): Reply => ({ kind: 'json', status, body });

async function existingStory(store: Store, name: string): Promise<StoryName> {
  const story = asStoryName(name);
  const stories = await store.listStories();
  if (!stories.some((s) => s.name === story)) {
    throw new HttpError(404, 'story-not-found', `no story named ${JSON.stringify(name)}; GET /api/stories lists them.`);
  }
  return story;
}

async function changesSince(store: Store, story: StoryName, since: string, current: BriefResponse['brief']): Promise<BriefDiff | null> {
  const selector = /^\d+$/.test(since) ? { id: Number(since) } : { atOrBefore: since };
  const previous = await store.findSnapshot(story, selector);
  return previous ? diffBriefs(previous.brief as BriefResponse['brief'], current, `snapshot ${previous.id} (${previous.createdAt})`) : null;
}

/** The serialised brief of each cached story view; dropped with the view. */
const plainBriefBodies = new WeakMap<StoryView, string>();

const storyFile = (story: string) => story.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80) || 'story';

export const ROUTES: readonly Route[] = [
  route({
    method: 'GET', path: '/api/health', tag: 'meta', summary: 'Whether the server is up, its version and its store',
    params: null, query: emptyQuery, body: null,
    responses: { 200: 'HealthResponse' },
    handle: async ({ services }) => json({ ok: true, version: services.version, store: services.store.location, tokenRequired: services.tokenRequired } satisfies HealthResponse),
  }),
  route({
    method: 'GET', path: '/api/stories', tag: 'stories', summary: 'Stories and how many articles each holds',
    params: null, query: emptyQuery, body: null,
    responses: { 200: '{ stories: StorySummary[] }' },
    handle: async ({ services }) => json({ stories: await services.store.listStories() }),
  }),
  route({
    method: 'GET', path: '/api/stories/{story}/brief', tag: 'stories',
    summary: 'The story at a glance (figures by claimant, relations, stances, independence, timeline, denials), with what changed since a snapshot; md and html come as downloads',
    params: storyParams, query: briefQuery, body: null,
    responses: { 200: 'BriefResponse (format=json), or the Markdown / HTML brief as a download', 404: 'no such story' },
    handle: async ({ params, query, services }) => {
      const story = await existingStory(services.store, params.story);
      const view = await services.stories.view(story);
      const changes = query.since === undefined ? null : await changesSince(services.store, story, query.since, view.brief);
      if (query.format === 'md') {
        const body = briefMarkdown(view.brief) + (changes ? `\n${diffMarkdown(changes)}` : '');
        return { kind: 'download', body, contentType: 'text/markdown; charset=utf-8', filename: `${storyFile(story)}-brief.md` };
      }
      if (query.format === 'html') return { kind: 'download', body: briefHtml(view.brief), contentType: 'text/html; charset=utf-8', filename: `${storyFile(story)}-brief.html` };
      if (query.since === undefined) {
        // The plain brief is the most requested answer: serialise it once per story revision.
        let body = plainBriefBodies.get(view);
        if (body === undefined) {
          body = JSON.stringify({ brief: view.brief, changes: null, sinceNotFound: null, unanalysed: view.unanalysed } satisfies BriefResponse);
          plainBriefBodies.set(view, body);
        }
        return { kind: 'json-text', body };
      }
      return json({ brief: view.brief, changes, sinceNotFound: changes === null ? query.since : null, unanalysed: view.unanalysed } satisfies BriefResponse);
    },
  }),
  route({
    method: 'GET', path: '/api/stories/{story}/propositions', tag: 'stories', summary: 'What is being claimed in the story: each proposition with its counts',
    params: storyParams, query: emptyQuery, body: null,
    responses: { 200: '{ propositions: PropositionSummary[] }', 404: 'no such story' },
    handle: async ({ params, services }) => json({ propositions: propositionSummaries(await services.stories.view(await existingStory(services.store, params.story))) }),
  }),
  route({
    method: 'GET', path: '/api/stories/{story}/propositions/{proposition}', tag: 'stories', summary: 'One proposition: its figures, relations, stances, independence and member claims',
    params: propositionParams, query: emptyQuery, body: null,
    responses: { 200: 'PropositionDetail', 404: 'no such story or proposition' },
    handle: async ({ params, services }) => {
      const detail = propositionDetail(await services.stories.view(await existingStory(services.store, params.story)), params.proposition);
      if (!detail) throw new HttpError(404, 'proposition-not-found', `the story has no proposition ${JSON.stringify(params.proposition)}; GET its propositions to list them.`);
      return json(detail);
    },
  }),
  route({
    method: 'GET', path: '/api/stories/{story}/series', tag: 'stories', summary: 'Figure series: per count proposition, the figures by claimant over time and the denials that bear on them',
    params: storyParams, query: emptyQuery, body: null,
    responses: { 200: '{ series: FigureSeries[] }', 404: 'no such story' },
    handle: async ({ params, services }) => json({ series: figureSeries(await services.stories.view(await existingStory(services.store, params.story))) }),
  }),
  route({
    method: 'GET', path: '/api/stories/{story}/independence', tag: 'stories', summary: 'Per proposition: outlets, citation chains and the original sources behind them',
    params: storyParams, query: emptyQuery, body: null,
    responses: { 200: '{ propositions: IndependenceView[] }', 404: 'no such story' },
    handle: async ({ params, services }) => json({ propositions: independenceViews(await services.stories.view(await existingStory(services.store, params.story))) }),
  }),
  route({
    method: 'GET', path: '/api/stories/{story}/timeline', tag: 'stories', summary: 'The merged timeline of dated statements and events, each with its words',
    params: storyParams, query: emptyQuery, body: null,
    responses: { 200: '{ timeline: Brief["timeline"] }', 404: 'no such story' },
    handle: async ({ params, services }) => json({ timeline: (await services.stories.view(await existingStory(services.store, params.story))).brief.timeline }),
  }),
  route({
    method: 'GET', path: '/api/stories/{story}/snapshots', tag: 'snapshots', summary: 'Stored briefs of the story, oldest first',
    params: storyParams, query: emptyQuery, body: null,
    responses: { 200: 'SnapshotsResponse', 404: 'no such story' },
    handle: async ({ params, services }) => json({ snapshots: await services.store.listSnapshots(await existingStory(services.store, params.story)) } satisfies SnapshotsResponse),
  }),
  route({
    method: 'POST', path: '/api/stories/{story}/snapshots', tag: 'snapshots', summary: "Stores the story's current brief as a new snapshot",
    params: storyParams, query: emptyQuery, body: snapshotBody, bodyLimit: 'json',
    responses: { 201: '{ id, createdAt }', 404: 'no such story' },
    handle: async ({ params, services }) => {
      const story = await existingStory(services.store, params.story);
      const view = await services.stories.view(story);
      const createdAt = services.now().toISOString();
      return json({ id: await services.store.saveSnapshot(story, view.brief, createdAt), createdAt }, 201);
    },
  }),
  route({
    method: 'GET', path: '/api/stories/{story}/snapshots/{snapshot}', tag: 'snapshots', summary: 'One stored brief, as it was generated',
    params: snapshotParams, query: emptyQuery, body: null,
    responses: { 200: 'BriefSnapshot', 404: 'no such story or snapshot' },
    handle: async ({ params, services }) => {
      const snapshot = await services.store.findSnapshot(await existingStory(services.store, params.story), { id: params.snapshot });
      if (!snapshot) throw new HttpError(404, 'snapshot-not-found', `the story has no snapshot ${params.snapshot}; GET its snapshots to list them.`);
      return json(snapshot);
    },
  }),
  route({
    method: 'GET', path: '/api/stories/{story}/changes', tag: 'snapshots', summary: 'What changed since a snapshot (by number) or since the latest snapshot at or before a date',
    params: storyParams, query: changesQuery, body: null,
    responses: { 200: 'BriefDiff', 404: 'no such story, or no snapshot matches since' },
    handle: async ({ params, query, services }) => {
      const story = await existingStory(services.store, params.story);
      const changes = await changesSince(services.store, story, query.since, (await services.stories.view(story)).brief);
      if (!changes) throw new HttpError(404, 'snapshot-not-found', `no snapshot of this story matches since=${query.since}; POST to its snapshots to take one.`);
      return json(changes);
    },
  }),
  route({
    method: 'GET', path: '/api/articles', tag: 'articles', summary: 'Stored articles (of a story, or all) in publication order, a page at a time',
    params: null, query: articlesQuery, body: null,
    responses: { 200: 'ArticlesResponse' },
    handle: async ({ query, services }) => {
      const story = query.story === undefined ? {} : { story: await existingStory(services.store, query.story) };
      const [total, articles] = await Promise.all([
        services.store.countArticles(story),
        services.store.listArticles({ ...story, limit: query.limit, offset: query.offset }),
      ]);
      return json({ total, articles } satisfies ArticlesResponse);
    },
  }),
  route({
    method: 'GET', path: '/api/articles/{article}', tag: 'articles',
    summary: 'One article for the reader: clean text, blocks, removed boilerplate, metadata with provenance, and every annotation (speakers, cues, contents, figures, dates, entities)',
    params: articleParams, query: emptyQuery, body: null,
    responses: { 200: 'ArticleView', 404: 'no such article', 409: 'the prefix matches several articles' },
    handle: async ({ params, services }) => {
      const lookup = await services.store.findArticle(params.article);
      if (lookup.kind === 'missing') throw new HttpError(404, 'article-not-found', `no article with id ${params.article}; GET /api/articles lists them.`);
      if (lookup.kind === 'ambiguous') {
        throw new HttpError(409, 'article-ambiguous', `${params.article} matches several articles (${lookup.candidates.map((c) => c.slice(0, 12)).join(', ')}); give more characters.`);
      }
      return json(articleView(lookup.article, await services.store.getAnalysis(lookup.article.id)));
    },
  }),
  route({
    method: 'GET', path: '/api/claims', tag: 'claims',
    summary: "Attributed claims, filtered by story, speaker (part of the name), stance, outlet, proposition, the article's publication dates (from, to) and words, a page at a time",
    params: null, query: claimsQuery, body: null,
    responses: { 200: 'ClaimsResponse', 404: 'no such story or proposition' },
    handle: async ({ query, services }) => {
      const story = query.story === undefined ? undefined : await existingStory(services.store, query.story);
      let members: { article: ReturnType<typeof asArticleId>; ordinal: number }[] | undefined;
      if (query.proposition !== undefined) {
        const detail = propositionDetail(await services.stories.view(story!), query.proposition);
        if (!detail) throw new HttpError(404, 'proposition-not-found', `the story has no proposition ${JSON.stringify(query.proposition)}; GET its propositions to list them.`);
        members = detail.members.map((m) => ({ article: asArticleId(m.article), ordinal: m.claim }));
      }
      return json(
        await claimsPage(services.store, services.articles, {
          ...(story !== undefined ? { story } : {}),
          ...(query.speaker !== undefined ? { speaker: query.speaker } : {}),
          ...(query.stance !== undefined ? { stance: query.stance } : {}),
          ...(query.outlet !== undefined ? { outlet: query.outlet } : {}),
          ...(query.from !== undefined ? { publishedFrom: query.from } : {}),
          ...(query.to !== undefined ? { publishedTo: query.to } : {}),
          ...(query.text !== undefined ? { text: query.text } : {}),
          ...(query.article !== undefined ? { article: asArticleId(query.article) } : {}),
          ...(members !== undefined ? { claims: members } : {}),
          limit: query.limit,
          offset: query.offset,
        }),
      );
    },
  }),
  route({
    method: 'GET', path: '/api/claims/facets', tag: 'claims', summary: 'What claims can be filtered by: speakers, stances and outlets with their counts',
    params: null, query: facetsQuery, body: null,
    responses: { 200: 'ClaimFacets' },
    handle: async ({ query, services }) =>
      json(await services.store.claimFacets(query.story === undefined ? {} : { story: await existingStory(services.store, query.story) })),
  }),
  route({
    method: 'GET', path: '/api/search', tag: 'articles',
    summary: 'Full-text search over article titles and text: every word must be there (as a word prefix, any case), best matches first, each with a snippet',
    params: null, query: searchQuery, body: null,
    responses: { 200: 'SearchResponse' },
    handle: async ({ query, services }) => {
      const story = query.story === undefined ? {} : { story: await existingStory(services.store, query.story) };
      return json(await searchHits(services.store, query.q, { ...story, limit: query.limit, offset: query.offset }));
    },
  }),
  route({
    method: 'POST', path: '/api/ingest', tag: 'ingest',
    summary: 'Ingests uploaded files (base64) and http(s) URLs of pages or feeds in the background; poll the job for progress. Private and loopback addresses are refused.',
    params: null, query: emptyQuery, body: ingestBody, bodyLimit: 'upload',
    responses: { 202: 'IngestJobView (queued)', 413: 'the request is larger than the upload limit' },
    handle: async ({ body, services }) => {
      const files = body.files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.content, 'base64')) }));
      return json(services.jobs.start({ story: body.story === undefined ? null : asStoryName(body.story), urls: body.urls, files }), 202);
    },
  }),
  route({
    method: 'GET', path: '/api/ingest', tag: 'ingest', summary: 'Recent ingest jobs, newest first',
    params: null, query: emptyQuery, body: null,
    responses: { 200: '{ jobs: IngestJobView[] }' },
    handle: async ({ services }) => json({ jobs: services.jobs.list() }),
  }),
  route({
    method: 'GET', path: '/api/ingest/{job}', tag: 'ingest', summary: "One ingest job: its state, progress and each document's outcome",
    params: jobParams, query: emptyQuery, body: null,
    responses: { 200: 'IngestJobView', 404: 'no such job (jobs are kept in memory while the server runs)' },
    handle: async ({ params, services }) => {
      const job = services.jobs.get(params.job);
      if (!job) throw new HttpError(404, 'job-not-found', `no ingest job ${params.job}; jobs are kept only while the server runs.`);
      return json(job);
    },
  }),
  route({
    method: 'GET', path: '/api/exports/claims', tag: 'exports', summary: 'Claims for other tools, as a download: JSONL, CSV or schema.org Claim JSON-LD',
    params: null, query: exportQuery, body: null,
    responses: { 200: 'the export file', 404: 'no such story' },
    handle: async ({ query, services }) => {
      const story = query.story === undefined ? undefined : await existingStory(services.store, query.story);
      const { articles } = await loadAnalysedArticles(services.store, story);
      const records = articles.flatMap(({ article, analysis }) => claimRecords(article, analysis));
      const name = `${story === undefined ? 'all' : storyFile(story)}-claims`;
      if (query.format === 'jsonl') return { kind: 'download', body: records.map((r) => `${JSON.stringify(r)}\n`).join(''), contentType: 'application/x-ndjson; charset=utf-8', filename: `${name}.jsonl` };
      if (query.format === 'csv') {
        return { kind: 'download', body: [CLAIM_CSV_COLUMNS, ...records.map(claimCsvRow)].map((row) => `${csvLine(row)}\r\n`).join(''), contentType: 'text/csv; charset=utf-8', filename: `${name}.csv` };
      }
      const graph = { '@context': 'https://schema.org', '@graph': claimsAsJsonLd(records) };
      return { kind: 'download', body: `${JSON.stringify(graph, null, 2)}\n`, contentType: 'application/ld+json; charset=utf-8', filename: `${name}.jsonld` };
    },
  }),
];
