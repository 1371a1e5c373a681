// Server load on loopback: the 2,225 BBC 2004-05 articles and the five seeds ingested into one
// SQLite store, `crosscheck serve` started on it in a child process, then autocannon drives the
// brief of the seed story, the claims table (whole store, one story, a page near the end, a stance
// and a words filter) and search for a while each and prints requests/s and latency percentiles.
// Baseline in the same run: the health endpoint, which does no store work, so the ratio says what
// the store and the JSON cost on top of HTTP itself.
// Also timed: the first (uncached) brief of the seed story.
//
// Run: npm run build && node dist/bench/server-load.js [--db PATH] [--seconds N] [--connections N]
// With --db naming an existing store that already holds the articles, ingest is skipped.

import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestInputs } from '../src/app/ingest.js';
import { defaultExtractOptions } from '../src/extract/index.js';
import { asStoryName } from '../src/model/index.js';
import { openStore } from '../src/store/index.js';
import { REPO_ROOT, fixed, sharedDir } from './lib/shared.js';

const SEED_STORY = 'seed story';
const BBC_STORY = 'bbc news 2005';

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const seconds = Number(argument('seconds', '10'));
const connections = Number(argument('connections', '10'));
const db = argument('db', join(mkdtempSync(join(tmpdir(), 'crosscheck-load-')), 'load.db'));
const shared = sharedDir();

async function load(): Promise<void> {
  const store = await openStore(db);
  try {
    const stories = await store.listStories();
    if (stories.some((s) => s.name === BBC_STORY && s.articles >= 2000) && stories.some((s) => s.name === SEED_STORY)) {
      process.stdout.write(`store ${db} already holds the articles; skipping ingest\n`);
      return;
    }
    const corpus = join(shared, 'corpora', 'bbc-news-2005');
    const bbc = readdirSync(corpus, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(corpus, d.name)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, d.name, f)));
    const seeds = readdirSync(join(shared, 'seeds')).sort().map((f) => join(shared, 'seeds', f));
    const now = () => new Date();
    const pipeline = { extract: defaultExtractOptions, language: { latestYear: now().getUTCFullYear() } };
    for (const [story, inputs] of [[SEED_STORY, seeds], [BBC_STORY, bbc]] as const) {
      const started = performance.now();
      let last = 0;
      const report = await ingestInputs(store, { inputs, stories: [asStoryName(story)], ingest: {}, pipeline, duplicates: { nearDuplicateJaccard: 0.85 } }, {
        now,
        onProgress: (p) => {
          if (p.phase === 'processing' && (p.done - last >= 100 || p.done === p.total)) {
            last = p.done;
            process.stdout.write(`  ${story}: ${p.done}${p.total ? ` of ${p.total}` : ''} stored, ${fixed((performance.now() - started) / 1000)} s\n`);
          }
        },
      });
      process.stdout.write(`ingested ${story}: ${report.newArticles} new articles, ${report.newSources} new sources, ${report.failed} failed, in ${fixed((performance.now() - started) / 1000)} s\n`);
    }
  } finally {
    await store.close();
  }
}

/** Starts `crosscheck serve` on a free port in its own process, so the load generator does not share its event loop. */
function serve(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'src', 'present', 'cli', 'main.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/\S+)\n/.exec(out);
      if (match) resolve({ url: match[1]!.replace(/\/$/, ''), stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${out}`)));
  });
}

interface Measured {
  readonly name: string;
  readonly path: string;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly bytesPerRequest: number;
}

async function measure(base: string, name: string, path: string, durationS: number): Promise<Measured> {
  const result = await autocannon({ url: `${base}${path}`, connections, duration: durationS });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return {
    name,
    path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: non2xx,
    bytesPerRequest: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
}

await load();
const server = await serve();
try {
  const seedStory = encodeURIComponent(SEED_STORY);
  const coldStart = performance.now();
  const first = await fetch(`${server.url}/api/stories/${seedStory}/brief`);
  const coldMs = performance.now() - coldStart;
  if (!first.ok) throw new Error(`brief: ${first.status} ${await first.text()}`);
  await first.arrayBuffer();
  const counts = (await (await fetch(`${server.url}/api/claims?limit=1`)).json()) as { total: number };
  const articles = (await (await fetch(`${server.url}/api/articles?limit=1`)).json()) as { total: number };
  process.stdout.write(`\nstore: ${articles.total} articles, ${counts.total} claims; first (uncached) brief of the seed story: ${fixed(coldMs, 0)} ms\n`);
  process.stdout.write(`autocannon: ${connections} connections, ${seconds} s per endpoint, server in its own process, 2 shared cores\n\n`);

  const runs: Measured[] = [];
  runs.push(await measure(server.url, 'health (baseline)', '/api/health', Math.max(3, seconds / 2)));
  runs.push(await measure(server.url, 'brief, seed story', `/api/stories/${seedStory}/brief`, seconds));
  runs.push(await measure(server.url, 'claims, whole store, page of 50', '/api/claims?limit=50', seconds));
  runs.push(await measure(server.url, 'claims, seed story, page of 50', `/api/claims?story=${seedStory}&limit=50`, seconds));
  // A page near the end of the whole store: the offset is skipped in the index, not row by row.
  const deepOffset = Math.max(0, counts.total - 100);
  runs.push(await measure(server.url, `claims, whole store, offset ${deepOffset}`, `/api/claims?limit=50&offset=${deepOffset}`, seconds));
  runs.push(await measure(server.url, 'claims, whole store, stance filter', '/api/claims?stance=denies&limit=50', seconds));
  runs.push(await measure(server.url, 'claims, whole store, words filter', '/api/claims?text=minister&limit=50', seconds));
  runs.push(await measure(server.url, 'search, whole store', '/api/search?q=government+minister', seconds));

  const baseline = runs[0]!.requestsPerSecond;
  process.stdout.write(`${'endpoint'.padEnd(38)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'KiB/req'.padStart(8)} ${'vs health'.padStart(9)} errors\n`);
  for (const r of runs) {
    process.stdout.write(
      `${r.name.padEnd(38)} ${fixed(r.requestsPerSecond, 0).padStart(8)} ${fixed(r.p50, 0).padStart(7)} ${fixed(r.p99, 0).padStart(7)} ${fixed(r.bytesPerRequest / 1024, 1).padStart(8)} ${fixed(r.requestsPerSecond / baseline, 3).padStart(9)} ${r.errors}\n`,
    );
  }
  process.stdout.write(`store: ${db}\n`);
} finally {
  server.stop();
}
