// Attribution bench on PolNeAR dev (84 articles, ../shared/bench/polnear/dev): ingest + extract +
// language + claims on each .txt, predictions written as JSONL with spans in code points into the
// original file (the CLI's `claims --format jsonl` mapping, claimExportRecord), then scored by
// the benchmark's own score.py (exact and overlap P/R/F1 for source, cue and content). Also
// checks that extraction kept every annotated span, and times each stage.
// Run: npx tsc -p . && node dist/bench/attribution.js

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findClaims, claimExportRecord } from '../src/claims/index.js';
import { extractArticle, prepareExtractContext } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import { analyzeLanguage } from '../src/language/index.js';
import type { RawDocument } from '../src/model/index.js';
import { REPO_ROOT, fixed, memorySampler, sharedDir } from './lib/shared.js';

const split = join(sharedDir(), 'bench', 'polnear', 'dev');
const outDir = join(REPO_ROOT, 'bench', 'out');
const outFile = join(outDir, 'attribution-polnear-dev.jsonl');

/** Gold spans (code points) of the first annotator's file per document, as score.py reads them. */
function goldSpans(doc: string): [number, number][] {
  const annDir = join(split, 'attributions');
  const name = readdirSync(annDir).sort().find((f) => f.slice(0, f.lastIndexOf('_')) === doc);
  if (!name) return [];
  const spans: [number, number][] = [];
  for (const line of readFileSync(join(annDir, name), 'utf8').split('\n')) {
    const parts = line.split('\t');
    if (!parts[0]?.startsWith('T') || !parts[1]) continue;
    const [kind, ...rest] = parts[1].split(' ');
    if (kind !== 'Source' && kind !== 'Cue' && kind !== 'Content') continue;
    for (const range of rest.join(' ').split(';')) {
      const [s, e] = range.trim().split(/\s+/).map(Number);
      spans.push([s!, e!]);
    }
  }
  return spans;
}

/** UTF-16 offset of a code-point offset. */
function utf16Offset(text: string, codePoints: number): number {
  let units = 0;
  for (let cp = 0; cp < codePoints && units < text.length; cp++) {
    const unit = text.charCodeAt(units);
    units += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
  }
  return units;
}

async function main(): Promise<void> {
  const documents: RawDocument[] = [];
  for await (const item of readInputs([join(split, 'text')])) if (item.kind === 'document') documents.push(item.document);
  documents.sort((a, b) => a.label.localeCompare(b.label));
  const memory = memorySampler();
  const t0 = performance.now();
  const context = prepareExtractContext(documents);
  let extractMs = performance.now() - t0;
  let languageMs = 0;
  let claimsMs = 0;
  const lines: string[] = [];
  let claimCount = 0;
  let lostSpans = 0;
  let goldCount = 0;
  const lostExamples: string[] = [];
  for (const doc of documents) {
    const file = doc.label;
    let t = performance.now();
    const article = extractArticle(doc, context);
    extractMs += performance.now() - t;
    t = performance.now();
    const language = analyzeLanguage(article);
    languageMs += performance.now() - t;
    t = performance.now();
    const claims = findClaims(article, language);
    claimsMs += performance.now() - t;
    claimCount += claims.length;
    for (const claim of claims) lines.push(JSON.stringify(claimExportRecord(claim, article, doc.source, file)));
    // Every annotated span must survive extraction: each of its non-space characters must lie in a kept segment.
    const name = basename(file, '.txt');
    const covered = new Uint8Array(doc.source.length);
    for (const seg of article.offsets) covered.fill(1, seg.sourceStart, seg.sourceStart + seg.sourceLength);
    for (const [s, e] of goldSpans(name)) {
      goldCount++;
      const start = utf16Offset(doc.source, s);
      const end = utf16Offset(doc.source, e);
      let kept = true;
      for (let i = start; i < end && kept; i++) if (covered[i] === 0 && !/\s/.test(doc.source[i]!)) kept = false;
      if (!kept) {
        lostSpans++;
        if (lostExamples.length < 10) lostExamples.push(`${name}: ${JSON.stringify(doc.source.slice(start, Math.min(end, start + 60)))}`);
      }
    }
  }
  const totalMs = performance.now() - t0;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(outFile, lines.join('\n') + '\n');
  console.log(`PolNeAR dev: ${documents.length} articles, ${claimCount} claims written to ${outFile}`);
  console.log(`annotated spans lost by extraction: ${lostSpans} of ${goldCount}${lostExamples.length ? `\n  ${lostExamples.join('\n  ')}` : ''}`);
  console.log(`\n== score.py (exact and overlap; targets: source exact F1 >= 60, cue exact F1 >= 65, content overlap F1 >= 70)`);
  const score = execFileSync('python3', [join(sharedDir(), 'bench', 'polnear', 'score.py'), outFile, split], { encoding: 'utf8' });
  process.stdout.write(score);
  console.log(`\n== time (one process, ${documents.length} articles)`);
  console.log(`extract   ${fixed(extractMs, 0)} ms`);
  console.log(`language  ${fixed(languageMs, 0)} ms`);
  console.log(`claims    ${fixed(claimsMs, 0)} ms (${fixed(documents.length / (claimsMs / 1000), 0)} articles/s for the claims stage alone)`);
  console.log(`total     ${fixed(totalMs, 0)} ms (${fixed(documents.length / (totalMs / 1000), 0)} articles/s end to end), peak RSS ${fixed(memory.peakMiB(), 0)} MiB`);
  memory.stop();
}

await main();
