// Benchmark of HTML main-content extraction on ../shared/bench/article-extraction (181 pages):
// our extractor and plain Readability (on linkedom) in the same run, scored by the benchmark's
// score.py, with pages/s of the extraction alone and the peak resident memory.
// Usage: node dist/bench/extract-html.js [--worst N] [--page ID] [--with-title]

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { assembleText } from '../src/extract/assemble.js';
import { extractHtmlBlocks } from '../src/extract/html/index.js';
import type { BlockDecision } from '../src/extract/source-block.js';
import { blockTextOfHtml } from './lib/html-block-text.js';
import { scorePage, type PageScore } from './lib/html-shingle-score.js';

function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the bench script');
    dir = parent;
  }
  return dir;
}

interface Page {
  readonly file: string;
  readonly html: string;
}

interface RunResult {
  readonly texts: Map<string, string>;
  readonly seconds: number;
  readonly peakRssBytes: number;
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Blocks the benchmark counts as body: the headline is not part of its articleBody. */
function bodyText(decisions: readonly BlockDecision[], withTitle: boolean): string {
  const kept = withTitle ? decisions : decisions.filter((d) => !(d.keep && d.block.kind === 'title'));
  return assembleText(kept, 'bench').text;
}

function runOurs(pages: readonly Page[], withTitle: boolean): RunResult & { decisions: Map<string, readonly BlockDecision[]> } {
  const texts = new Map<string, string>();
  const decisions = new Map<string, readonly BlockDecision[]>();
  let peak = process.memoryUsage().rss;
  let elapsed = 0n;
  for (const page of pages) {
    const started = process.hrtime.bigint();
    const result = extractHtmlBlocks(page.html, {}, page.file);
    const text = bodyText(result.decisions, withTitle);
    elapsed += process.hrtime.bigint() - started;
    texts.set(page.file, text);
    decisions.set(page.file, result.decisions);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { texts, decisions, seconds: Number(elapsed) / 1e9, peakRssBytes: peak };
}

function runReadability(pages: readonly Page[]): RunResult {
  const texts = new Map<string, string>();
  let peak = process.memoryUsage().rss;
  let elapsed = 0n;
  for (const page of pages) {
    const started = process.hrtime.bigint();
    let content = '';
    try {
      const { document } = parseHTML(page.html);
      content = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.content ?? '';
    } catch {
      content = '';
    }
    elapsed += process.hrtime.bigint() - started;
    // The text rebuild stays outside the timing, so the speed ratio errs in Readability's favour.
    texts.set(page.file, blockTextOfHtml(content));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { texts, seconds: Number(elapsed) / 1e9, peakRssBytes: peak };
}

function writePredictions(path: string, texts: Map<string, string>): void {
  const lines = [...texts].map(([file, text]) => JSON.stringify({ file, text }));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function scoreWithBenchmark(scorer: string, predictions: string): { f1: number; precision: number; recall: number; raw: string } {
  const raw = execFileSync('python3', [scorer, predictions], { encoding: 'utf8' });
  const number = (pattern: RegExp): number => Number(pattern.exec(raw)?.[1] ?? Number.NaN);
  return { f1: number(/F1 ([\d.]+)/), precision: number(/precision ([\d.]+)/), recall: number(/recall ([\d.]+)/), raw };
}

function main(): void {
  const root = findRepoRoot();
  const benchDir = resolve(root, '..', 'shared', 'bench', 'article-extraction');
  if (!existsSync(join(benchDir, 'ground-truth.json'))) {
    process.stderr.write(
      `error: the article-extraction benchmark is not at ${benchDir}.\n` +
        'Put the shared folder beside the clone (../shared) and run again.\n',
    );
    process.exit(2);
  }
  const withTitle = process.argv.includes('--with-title');
  const files = readdirSync(join(benchDir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  const pages: Page[] = files.map((file) => ({
    file,
    html: gunzipSync(readFileSync(join(benchDir, 'html', file))).toString('utf8'),
  }));

  const ours = runOurs(pages, withTitle);
  const readability = runReadability(pages);

  const outDir = join(root, 'bench', 'out');
  mkdirSync(outDir, { recursive: true });
  const oursPath = join(outDir, 'extract-html-ours.jsonl');
  const readabilityPath = join(outDir, 'extract-html-readability.jsonl');
  writePredictions(oursPath, ours.texts);
  writePredictions(readabilityPath, readability.texts);

  const scorer = join(benchDir, 'score.py');
  const oursScore = scoreWithBenchmark(scorer, oursPath);
  const readabilityScore = scoreWithBenchmark(scorer, readabilityPath);
  const oursSpeed = pages.length / ours.seconds;
  const readabilitySpeed = pages.length / readability.seconds;
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const f = (x: number): string => x.toFixed(4);

  console.log(`pages ${pages.length}${withTitle ? ' (headline kept in our text)' : ' (headline left out of our text, as in the ground truth)'}`);
  console.log(`ours         F1 ${f(oursScore.f1)}  P ${f(oursScore.precision)}  R ${f(oursScore.recall)}  ${oursSpeed.toFixed(1)} pages/s  peak RSS ${mb(ours.peakRssBytes)}`);
  console.log(`readability  F1 ${f(readabilityScore.f1)}  P ${f(readabilityScore.precision)}  R ${f(readabilityScore.recall)}  ${readabilitySpeed.toFixed(1)} pages/s  peak RSS ${mb(readability.peakRssBytes)}`);
  console.log(`speed ratio ours/readability ${(oursSpeed / readabilitySpeed).toFixed(2)}x; F1 difference ${(oursScore.f1 - readabilityScore.f1).toFixed(4)}`);
  console.log(`peak RSS of the process ${mb(Math.max(ours.peakRssBytes, readability.peakRssBytes))} (sampled after each page)`);
  console.log(`predictions: ${oursPath}, ${readabilityPath}`);

  const worst = Number(argument('--worst') ?? 0);
  const pageId = argument('--page');
  if (worst > 0 || pageId !== undefined) {
    const truth = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    const idOf = (file: string): string => file.replace(/\.html\.gz$/, '');
    const perPage: { file: string; ours: PageScore; readability: PageScore }[] = files.map((file) => ({
      file,
      ours: scorePage(truth[idOf(file)]?.articleBody ?? '', ours.texts.get(file) ?? ''),
      readability: scorePage(truth[idOf(file)]?.articleBody ?? '', readability.texts.get(file) ?? ''),
    }));
    perPage.sort((a, b) => a.ours.f1 - b.ours.f1);
    const pct = (x: number | null): string => (x === null ? '  -  ' : x.toFixed(3));
    for (const row of perPage.slice(0, worst)) {
      console.log(`${idOf(row.file).slice(0, 12)} ours F1 ${pct(row.ours.f1)} P ${pct(row.ours.precision)} R ${pct(row.ours.recall)} | readability F1 ${pct(row.readability.f1)}`);
    }
    if (pageId !== undefined) {
      const file = files.find((f) => f.startsWith(pageId));
      if (file !== undefined) {
        console.log(`\n=== truth ===\n${truth[idOf(file)]?.articleBody ?? ''}`);
        console.log(`\n=== decisions ===`);
        for (const d of ours.decisions.get(file) ?? []) {
          const mark = d.keep ? `KEEP ${d.block.kind}` : `drop ${d.category}/${d.rule}`;
          console.log(`[${mark}] <${d.block.tag}> ${d.block.text.slice(0, 160)}`);
        }
      }
    }
  }
}

main();
