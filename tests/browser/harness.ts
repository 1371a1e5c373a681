// What the browser tests share: a server on 127.0.0.1 over a temporary SQLite store loaded with
// the seeds (and any invented articles a test adds), Debian's Chromium driven by playwright-core,
// the reasons to skip when either is missing, and where screenshots go.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ingestInputs } from '../../src/app/ingest.js';
import { defaultExtractOptions } from '../../src/extract/index.js';
import { asStoryName } from '../../src/model/index.js';
import { DEFAULT_JSON_BODY_BYTES, DEFAULT_UPLOAD_BODY_BYTES, startServer, type RunningServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { REPO_ROOT, SHARED } from '../e2e/cli.js';

export const CHROMIUM = '/usr/bin/chromium';
export const WEB_ROOT = join(REPO_ROOT, 'dist', 'web');
export const SCREENSHOTS = join(REPO_ROOT, 'bench', 'out', 'screenshots');

/** Why the browser tests cannot run here, or false when they can. */
export const SKIP_BROWSER: string | false = !SHARED
  ? 'needs ../shared beside the clone (the seeds)'
  : !existsSync(CHROMIUM)
    ? `needs Chromium at ${CHROMIUM} (.ci/run installs the Debian package "chromium" when it may)`
    : !existsSync(join(WEB_ROOT, 'index.html'))
      ? 'needs the built web UI in dist/web (npm run build)'
      : false;

export interface UiFixture {
  readonly server: RunningServer;
  readonly store: Store;
  readonly browser: Browser;
  readonly base: string;
  close(): Promise<void>;
}

/** Invented documents a test adds beside the seeds: file name → content, and the story they join. */
export interface ExtraDocuments {
  readonly story: string;
  readonly files: Readonly<Record<string, string>>;
}

export async function startUiFixture(seedStory: string, extra: readonly ExtraDocuments[]): Promise<UiFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-ui-'));
  const store = await openStore(join(dir, 'ui.db'));
  const now = () => new Date();
  const pipeline = { extract: defaultExtractOptions, language: { latestYear: now().getUTCFullYear() } };
  const duplicates = { nearDuplicateJaccard: 0.85 };
  const seeds = join(SHARED!, 'seeds');
  const batches = [{ story: seedStory, inputs: readdirSync(seeds).sort().map((f) => join(seeds, f)) }];
  for (const e of extra) {
    const folder = mkdtempSync(join(dir, 'extra-'));
    batches.push({ story: e.story, inputs: Object.entries(e.files).map(([name, content]) => {
      writeFileSync(join(folder, name), content);
      return join(folder, name);
    }) });
  }
  for (const batch of batches) {
    const report = await ingestInputs(store, { inputs: batch.inputs, stories: [asStoryName(batch.story)], ingest: {}, pipeline, duplicates }, { now });
    if (report.failed > 0) throw new Error(`ingesting ${batch.story} failed: ${JSON.stringify(report.results.filter((r) => r.status === 'failed'))}`);
  }
  const server = await startServer(store, {
    host: '127.0.0.1',
    port: 0,
    token: null,
    webRoot: WEB_ROOT,
    uploadDir: join(dir, 'uploads'),
    bodyLimits: { json: DEFAULT_JSON_BODY_BYTES, upload: DEFAULT_UPLOAD_BODY_BYTES },
    ingest: { allowPrivate: false },
    pipeline,
    duplicates,
    version: 'test',
    now,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  // Running as root (CI containers) Chromium needs its sandbox off; the pages are our own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    server,
    store,
    browser,
    base: server.url.replace(/\/$/, ''),
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function getJson<T>(base: string, path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
