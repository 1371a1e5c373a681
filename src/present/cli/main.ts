#!/usr/bin/env node
// The `crosscheck` command line. Each command parses its arguments into the app layer's own
// options, calls one use case and formats the result; no analysis or SQL lives here.

import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractInputs } from '../../app/extract-only.js';
import { ingestInputs, type IngestRequest } from '../../app/ingest.js';
import { watchFeeds } from '../../app/watch.js';
import { defaultExtractOptions } from '../../extract/index.js';
import { asStoryName, formatDiagnostic, type StoryName } from '../../model/index.js';
import { openStore, type Store } from '../../store/index.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { loadAnalysedArticles, reanalyzeArticles } from '../../app/analyses.js';
import { makeBrief } from '../../app/brief.js';
import { briefHtml, briefMarkdown } from '../brief/render.js';
import { diffMarkdown } from '../brief/diff.js';
import { CLAIM_CSV_COLUMNS, claimCsvRow, claimRecords, csvLine } from '../records/claim-record.js';
import { claimsAsJsonLd } from '../records/claim-jsonld.js';
import { annotationsJson, formatAnnotations } from './annotations.js';
import { formatArticle, formatArticleTable, formatClaimTable, formatIngestSummary } from './format.js';
import { progressReporter } from './progress.js';
import type { PipelineOptions } from '../../pipeline.js';
import { DEFAULT_HOST, DEFAULT_JSON_BODY_BYTES, DEFAULT_PORT, DEFAULT_UPLOAD_BODY_BYTES, startServer } from '../../server/index.js';

const DEFAULT_DB = './crosscheck.db';
/** Two texts sharing this share of word 5-grams (estimated) are one article reached twice. */
const NEAR_DUPLICATE_JACCARD = 0.85;

const version = (JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const now = () => new Date();

function parseStory(value: string, previous: StoryName[] = []): StoryName[] {
  try {
    return [...previous, asStoryName(value)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parseOneStory(value: string): StoryName {
  try {
    return asStoryName(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected a size such as 500k, 20m or 1g, got "${value}"`);
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}

function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535, got "${value}"`);
  return Number(value);
}

function parseDuration(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected a duration such as 30s, 10m or 1h, got "${value}"`);
  const unit = (match[2] ?? 's').toLowerCase();
  const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000;
  return Math.round(Number(match[1]) * factor);
}

async function withStore<T>(location: string, json: boolean, use: (store: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await openStore(location);
  } catch (error) {
    const message = `cannot open the store at ${location}: ${(error as Error).message}`;
    if (json) process.stdout.write(`${JSON.stringify({ error: message })}\n`);
    else process.stderr.write(`error[store/open] ${message}\n`);
    process.exit(EXIT.fatal);
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

function ingestOptionsFrom(opts: { allowPrivate?: boolean; maxBytes?: number; fetchItems?: boolean; format?: string }) {
  return {
    allowPrivate: opts.allowPrivate ?? false,
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
    ...(opts.fetchItems !== undefined ? { fetchFeedItems: opts.fetchItems } : {}),
    ...(opts.format ? { formatOverride: opts.format as 'html' | 'text' | 'feed' | 'jsonl' } : {}),
  };
}

const program = new Command()
  .name('crosscheck')
  .description('Turn news articles about a developing story into an auditable evidence ledger.')
  .version(version)
  .showHelpAfterError('(run with --help for usage)');

const inputOptions = (command: Command) =>
  command
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses', false)
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 20m)', parseByteSize)
    .option('--no-fetch-items', 'for feeds given by URL, do not fetch the pages of items that carry only a summary')
    .addOption(new Option('--format <format>', 'read every input as this format instead of sniffing it').choices(['html', 'text', 'feed', 'jsonl']));

/** Year-less dates in undated articles are placed no later than the year we read them in. */
function pipelineOptions(): PipelineOptions {
  return { extract: defaultExtractOptions, language: { latestYear: now().getUTCFullYear() } };
}

inputOptions(
  program
    .command('ingest')
    .description('read files, directories, globs, URLs, feeds or JSONL (- for stdin), extract each article and store it')
    .argument('<inputs...>', 'paths, directories, globs, http(s) URLs, feeds, JSONL files, or - for stdin')
    .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
    .option('--story <name>', 'add the articles to this story (repeatable)', parseStory)
    .option('--json', 'print one JSON report instead of text, and no progress bar', false),
).action(async (inputs: string[], opts) => {
  const request: IngestRequest = {
    inputs,
    stories: opts.story ?? [],
    ingest: ingestOptionsFrom(opts),
    pipeline: pipelineOptions(),
    duplicates: { nearDuplicateJaccard: NEAR_DUPLICATE_JACCARD },
  };
  const progress = progressReporter({ json: opts.json, title: 'ingest' });
  const report = await withStore(opts.db, opts.json, (store) =>
    ingestInputs(store, request, {
      now,
      onProgress: (p) => progress.update(p.done, p.total, p.label),
      onResult: (r) => {
        if (opts.json) return;
        if (r.status === 'failed') process.stderr.write(`${formatDiagnostic(r.diagnostic)}\n`);
      },
    }),
  );
  progress.stop();
  if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(`${formatIngestSummary(report, opts.db)}\n`);
  process.exitCode = exitCodeFor({ failed: report.failed, total: report.documents });
});

inputOptions(
  program
    .command('watch')
    .description('poll feeds with conditional GET and ingest new items only')
    .argument('<feeds...>', 'feed URLs')
    .option('--every <duration>', 'time between polls of each feed (e.g. 10m)', parseDuration, 600_000)
    .option('--once', 'poll each feed once and exit', false)
    .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
    .option('--story <name>', 'add the articles to this story (repeatable)', parseStory)
    .option('--json', 'print one JSON line per poll instead of text', false),
).action(async (feeds: string[], opts) => {
  const failures = await withStore(opts.db, opts.json, (store) =>
    watchFeeds(store, {
      feeds,
      everyMs: opts.every,
      once: opts.once,
      stories: opts.story ?? [],
      ingest: ingestOptionsFrom(opts),
      pipeline: pipelineOptions(),
      duplicates: { nearDuplicateJaccard: NEAR_DUPLICATE_JACCARD },
    }, {
      now,
      onPoll: (poll) => {
        if (opts.json) process.stdout.write(`${JSON.stringify(poll)}\n`);
        else {
          for (const d of poll.failures) process.stderr.write(`${formatDiagnostic(d)}\n`);
          const what = poll.notModified ? 'not modified' : `${poll.newItems} new ${poll.newItems === 1 ? 'item' : 'items'}, ${poll.newArticles} new articles`;
          process.stdout.write(`${poll.at} ${poll.feed}: ${what}\n`);
        }
      },
    }),
  );
  process.exitCode = failures > 0 ? EXIT.someInputsFailed : EXIT.ok;
});

inputOptions(
  program
    .command('extract')
    .description('print clean text and metadata of documents; nothing is stored')
    .argument('<inputs...>', 'paths, directories, globs, URLs, feeds, JSONL files, or - for stdin')
    .option('--json', 'one JSON object per document (pretty for one input, one per line for several)', false)
    .option('--jsonl', 'one JSON object per line', false),
).action(async (inputs: string[], opts) => {
  let failed = 0;
  let total = 0;
  const records = [];
  for await (const result of extractInputs(inputs, ingestOptionsFrom(opts), defaultExtractOptions, now)) {
    total++;
    if (result.kind === 'failure') {
      failed++;
      process.stderr.write(`${formatDiagnostic(result.diagnostic)}\n`);
      continue;
    }
    if (opts.jsonl) process.stdout.write(`${JSON.stringify(result.record)}\n`);
    else records.push(result.record);
  }
  if (!opts.jsonl) {
    if (opts.json) {
      const out = records.length === 1 ? JSON.stringify(records[0], null, 2) : records.map((r) => JSON.stringify(r)).join('\n');
      if (out) process.stdout.write(`${out}\n`);
    } else {
      for (const r of records) {
        process.stdout.write(`# ${r.title ?? '(no title)'}\n${[r.outlet, r.published, r.url ?? r.file].filter(Boolean).join(' · ')}\n\n${r.text}\n\n`);
      }
    }
  }
  process.exitCode = exitCodeFor({ failed, total });
});

program
  .command('articles')
  .description('list stored articles: id, outlet, date, title, words')
  .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
  .option('--story <name>', 'only the articles of this story', (v: string) => asStoryName(v))
  .option('--limit <n>', 'at most this many', (v: string) => Number.parseInt(v, 10))
  .option('--json', 'one JSON object per line', false)
  .action(async (opts) => {
    const rows = await withStore(opts.db, opts.json, (store) =>
      store.listArticles({ ...(opts.story ? { story: opts.story } : {}), ...(opts.limit ? { limit: opts.limit } : {}) }),
    );
    if (opts.json) process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
    else process.stdout.write(`${rows.length ? formatArticleTable(rows) : 'no articles'}\n`);
  });

program
  .command('show')
  .description('show one stored article: metadata with where each field came from, and its clean text')
  .argument('<id>', 'article id or a unique prefix of it (at least 6 characters)')
  .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
  .option('--removed', 'also list what was removed as boilerplate, with the rule that removed it', false)
  .option('--annotations', 'mark what the language and claims stages read: entities, figures, dates, claims', false)
  .option('--json', 'print the stored article (or with --annotations, its annotations) as JSON', false)
  .action(async (id: string, opts) => {
    const { lookup, analysis } = await withStore(opts.db, opts.json, async (store) => {
      const found = await store.findArticle(id);
      return { lookup: found, analysis: found.kind === 'found' && opts.annotations ? await store.getAnalysis(found.article.id) : null };
    });
    if (lookup.kind === 'missing') {
      process.stderr.write(`error[show/not-found] no article with id ${id} in ${opts.db}; list them with 'crosscheck articles'.\n`);
      process.exitCode = EXIT.someInputsFailed;
      return;
    }
    if (lookup.kind === 'ambiguous') {
      process.stderr.write(`error[show/ambiguous] ${id} matches several articles: ${lookup.candidates.map((c) => c.slice(0, 12)).join(', ')}; give more characters.\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    if (opts.annotations) {
      const rendered = opts.json
        ? JSON.stringify(annotationsJson(lookup.article, analysis), null, 2)
        : formatAnnotations(lookup.article, analysis, { colour: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'] });
      process.stdout.write(`${rendered}\n`);
    } else if (opts.json) {
      const { primarySource, ...rest } = lookup.article;
      const removed = rest.removed.map((r) => ({ ...r, text: primarySource.source.slice(r.sourceSpan.start, r.sourceSpan.end) }));
      process.stdout.write(`${JSON.stringify({ ...rest, removed, primarySource: { ...primarySource, source: undefined } }, null, 2)}\n`);
    } else {
      process.stdout.write(`${formatArticle(lookup.article, { removed: opts.removed })}\n`);
    }
  });

program
  .command('claims')
  .description('list attributed claims: who said what, with stance, figures, dates and the exact words')
  .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
  .option('--story <name>', 'only the articles of this story', parseOneStory)
  .option('--speaker <name>', 'only claims whose speaker name contains this (case-insensitive)')
  .option('--stance <stance>', 'only claims with this stance (asserts, denies, alleges, …)')
  .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'table']).default('table'))
  .action(async (opts) => {
    const { articles, unanalysed } = await withStore(opts.db, opts.format !== 'table', (store) => loadAnalysedArticles(store, opts.story));
    const speaker = typeof opts.speaker === 'string' ? opts.speaker.toLowerCase() : null;
    const records = articles
      .flatMap(({ article, analysis }) => claimRecords(article, analysis))
      .filter((r) => (speaker === null || r.speaker.name.toLowerCase().includes(speaker)) && (opts.stance === undefined || r.stance === opts.stance));
    if (opts.format === 'jsonl') process.stdout.write(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    else if (opts.format === 'csv') process.stdout.write([CLAIM_CSV_COLUMNS, ...records.map(claimCsvRow)].map((row) => `${csvLine(row)}\r\n`).join(''));
    else process.stdout.write(`${formatClaimTable(records)}\n`);
    if (unanalysed > 0) process.stderr.write(`note: ${unanalysed} stored articles have no analysis yet; run 'crosscheck reanalyze' to add their claims.\n`);
  });

program
  .command('brief')
  .description('the story at a glance: figures by original source over time, denials, contradictions vs evolutions, independence, timeline; every line with its words')
  .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
  .option('--story <name>', 'the story (may be left out when the store holds exactly one)', parseOneStory)
  .option('--since <snapshot|date>', 'also list what changed since that snapshot number, or the latest snapshot at or before that date')
  .option('--no-snapshot', 'do not store this brief as a snapshot')
  .addOption(new Option('--format <format>', 'output format').choices(['md', 'html', 'json']).default('md'))
  .action(async (opts) => {
    const json = opts.format === 'json';
    const result = await withStore(opts.db, json, async (store) => {
      const story = opts.story ?? (await onlyStory(store));
      if (!story) return null;
      return makeBrief(store, { story, since: opts.since ?? null, snapshot: opts.snapshot }, { now });
    });
    if (!result) {
      process.stderr.write(`error[brief/which-story] name the story with --story; 'crosscheck stories' lists them.\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    if (result.sinceNotFound) process.stderr.write(`note: no snapshot of this story matches --since ${result.sinceNotFound}; showing the brief alone.\n`);
    if (result.unanalysed > 0) process.stderr.write(`note: ${result.unanalysed} articles of the story have no analysis yet; run 'crosscheck reanalyze'.\n`);
    if (json) {
      process.stdout.write(`${JSON.stringify(result.diff ? { ...result.brief, changes: result.diff } : result.brief, null, 2)}\n`);
    } else if (opts.format === 'html') {
      process.stdout.write(briefHtml(result.brief));
    } else {
      process.stdout.write(briefMarkdown(result.brief));
      if (result.diff) process.stdout.write(`\n${diffMarkdown(result.diff)}`);
      if (result.snapshotId !== null) process.stdout.write(`\n(snapshot ${result.snapshotId})\n`);
    }
  });

/** The store's only story, or null when there are none or several. */
async function onlyStory(store: Store): Promise<StoryName | null> {
  const stories = await store.listStories();
  return stories.length === 1 ? asStoryName(stories[0]!.name) : null;
}

program
  .command('export')
  .description('export the claims of a story (or of the whole store) for other tools')
  .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
  .option('--story <name>', 'only the articles of this story', parseOneStory)
  .addOption(new Option('--format <format>', 'jsonl: one claim record per line; csv: one row per claim; claim-jsonld: schema.org Claim objects').choices(['jsonl', 'csv', 'claim-jsonld']).makeOptionMandatory())
  .action(async (opts) => {
    const { articles } = await withStore(opts.db, true, (store) => loadAnalysedArticles(store, opts.story));
    const records = articles.flatMap(({ article, analysis }) => claimRecords(article, analysis));
    if (opts.format === 'jsonl') process.stdout.write(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    else if (opts.format === 'csv') process.stdout.write([CLAIM_CSV_COLUMNS, ...records.map(claimCsvRow)].map((row) => `${csvLine(row)}\r\n`).join(''));
    else process.stdout.write(`${JSON.stringify({ '@context': 'https://schema.org', '@graph': claimsAsJsonLd(records) }, null, 2)}\n`);
  });

program
  .command('reanalyze')
  .description('run the language and claims stages again over stored articles (those analysed by an older version, or all with --force)')
  .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
  .option('--story <name>', 'only the articles of this story', parseOneStory)
  .option('--force', 'reanalyse every article, even those already up to date', false)
  .option('--json', 'print one JSON report instead of text, and no progress bar', false)
  .action(async (opts) => {
    const progress = progressReporter({ json: opts.json, title: 'reanalyze' });
    const report = await withStore(opts.db, opts.json, (store) =>
      reanalyzeArticles(store, { story: opts.story, force: opts.force, pipeline: pipelineOptions() }, { now, onProgress: (done, total) => progress.update(done, total, '') }),
    );
    progress.stop();
    if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else process.stdout.write(`reanalysed ${report.reanalysed} of ${report.articles} articles (${report.upToDate} already up to date)\n`);
  });

program
  .command('serve')
  .description('serve the HTTP API (OpenAPI at /openapi.json) and the web UI; loopback only unless --host says otherwise, and then a token is required')
  .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
  .option('--port <n>', 'TCP port (0 picks a free one)', parsePort, DEFAULT_PORT)
  .option('--host <address>', 'address to listen on; anything but loopback requires a token', DEFAULT_HOST)
  .option('--token <token>', 'bearer token API clients must send (generated and printed when --host is not loopback)')
  .action(async (opts) => {
    let store: Store;
    try {
      store = await openStore(opts.db);
    } catch (error) {
      process.stderr.write(`error[store/open] cannot open the store at ${opts.db}: ${(error as Error).message}\n`);
      process.exit(EXIT.fatal);
    }
    const webRoot = fileURLToPath(new URL('../../../web/', import.meta.url));
    const hasUi = existsSync(join(webRoot, 'index.html'));
    if (!hasUi) process.stderr.write(`note: the web UI is not built (no ${webRoot}index.html); run 'npm run build:web'. The API is served alone.\n`);
    const running = await startServer(store, {
      host: opts.host,
      port: opts.port,
      token: opts.token ?? null,
      webRoot: hasUi ? webRoot : null,
      uploadDir: /^postgres(ql)?:\/\//i.test(opts.db) ? join(tmpdir(), 'crosscheck-uploads') : join(dirname(resolve(opts.db)), 'crosscheck-uploads'),
      bodyLimits: { json: DEFAULT_JSON_BODY_BYTES, upload: DEFAULT_UPLOAD_BODY_BYTES },
      ingest: { allowPrivate: false },
      pipeline: pipelineOptions(),
      duplicates: { nearDuplicateJaccard: NEAR_DUPLICATE_JACCARD },
      version,
      now,
      log: (line) => process.stderr.write(`${line}\n`),
    }).catch((error: Error) => {
      process.stderr.write(`error[serve/listen] cannot listen on ${opts.host}:${opts.port}: ${error.message}\n`);
      process.exit(EXIT.fatal);
    });
    process.stdout.write(`crosscheck serving ${store.location} at ${running.url}\n`);
    if (running.token) process.stdout.write(`token: ${running.token}\nopen ${running.url}#token=${running.token} (API clients send "Authorization: Bearer <token>")\n`);
    const stop = () => {
      void running.close().then(() => store.close()).then(() => process.exit(EXIT.ok));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('stories')
  .description('list stories and how many articles each holds')
  .option('--db <path>', 'SQLite file, or a postgres:// URL', DEFAULT_DB)
  .option('--json', 'one JSON object per line', false)
  .action(async (opts) => {
    const stories = await withStore(opts.db, opts.json, (store) => store.listStories());
    if (opts.json) process.stdout.write(stories.map((s) => JSON.stringify(s)).join('\n') + (stories.length ? '\n' : ''));
    else process.stdout.write(`${stories.length ? stories.map((s) => `${s.name}  ${s.articles} articles`).join('\n') : 'no stories'}\n`);
  });

program.exitOverride((error) => {
  process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
});

await program.parseAsync(process.argv);
