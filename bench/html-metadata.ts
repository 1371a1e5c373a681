// Benchmark of readHtmlMetadata over the 181 pages of ../shared/bench/article-extraction: how often
// each field is found, where publication dates come from, and pages/s of metadata reading alone,
// against a bare htmlparser2 tokenising pass over the same pages as the in-process baseline.
// Run: npx tsc -p . && node dist/bench/html-metadata.js

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { readHtmlMetadata } from '../src/extract/html-metadata.js';
import type { ArticleMetadata } from '../src/model/index.js';

const REPEATS = 3;

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json above the benchmark');
    dir = parent;
  }
  return dir;
}

const benchDir = join(repoRoot(), '..', 'shared', 'bench', 'article-extraction');
if (!existsSync(join(benchDir, 'html'))) {
  console.log(`skipped: ${benchDir} is absent (needs ../shared beside the clone)`);
  process.exit(0);
}
const truth = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
const pages = readdirSync(join(benchDir, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((file) => {
    const id = file.replace(/\.html\.gz$/, '');
    return { id, url: truth[id]?.url ?? null, html: gunzipSync(readFileSync(join(benchDir, 'html', file))).toString('utf8') };
  });

const results = pages.map((p) => readHtmlMetadata(p.html, { url: p.url, hints: {}, label: p.id }));

const share = (pick: (m: ArticleMetadata) => unknown): string =>
  `${((100 * results.filter((r) => pick(r.metadata) !== null).length) / results.length).toFixed(1)}%`;
console.log(`pages: ${pages.length}`);
console.log(`found: title ${share((m) => m.title)}, published ${share((m) => m.published)}, modified ${share((m) => m.modified)}, outlet ${share((m) => m.outlet)} (with name ${share((m) => m.outlet?.value.name ?? null)}), canonical ${share((m) => m.canonicalUrl)}, language ${share((m) => m.language)}, authors ${share((m) => m.authors)}, section ${share((m) => m.section)}`);

const countBy = (values: readonly string[]): string =>
  [...values.reduce((acc, v) => acc.set(v, (acc.get(v) ?? 0) + 1), new Map<string, number>())]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
console.log(`published from: ${countBy(results.map((r) => r.metadata.published?.from ?? 'none'))}`);
console.log(`published reliability: ${countBy(results.map((r) => r.metadata.published?.reliability ?? 'none'))}`);
console.log(`warnings: ${countBy(results.flatMap((r) => r.warnings.map((w) => w.code))) || 'none'}`);

const bytes = pages.reduce((n, p) => n + p.html.length, 0);
function timePerPass(run: () => void): number {
  run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < REPEATS; i++) run();
  return Number(process.hrtime.bigint() - start) / 1e6 / REPEATS;
}
const baselineMs = timePerPass(() => {
  for (const p of pages) {
    const parser = new Parser({});
    parser.write(p.html);
    parser.end();
  }
});
const metadataMs = timePerPass(() => {
  for (const p of pages) readHtmlMetadata(p.html, { url: p.url, hints: {}, label: p.id });
});
const rate = (ms: number) => ((pages.length * 1000) / ms).toFixed(0);
console.log(`input: ${(bytes / 1e6).toFixed(1)} M characters`);
console.log(`baseline htmlparser2 tokenising only: ${baselineMs.toFixed(0)} ms per pass, ${rate(baselineMs)} pages/s`);
console.log(`readHtmlMetadata: ${metadataMs.toFixed(0)} ms per pass, ${rate(metadataMs)} pages/s (${(metadataMs / pages.length).toFixed(2)} ms/page), ${(metadataMs / baselineMs).toFixed(2)}x the baseline`);
