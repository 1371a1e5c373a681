// Quality and speed of the quantity finder (src/language/quantities/). Runs it on the text the
// pipeline gives (ingest → extract), maps each span back to the source line, and scores it against
// (1) the seed gold, /work/shared/gold/quantities.jsonl, and (2) our own annotations of ten BBC
// News 2005 articles, bench/gold-own/quantities.jsonl. A prediction matches a gold quantity when
// their spans overlap and the value agrees; "all right" also needs unit and qualifier equal.
// Then times findQuantities over all 2,225 BBC articles against a baseline (tokenising alone).
// Run: npx tsc -p . && node dist/bench/language-quantities.js [--quiet]

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle, prepareExtractContext } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import { toSourceSpan, type RawDocument } from '../src/model/index.js';
import type { Quantity } from '../src/model/quantity.js';
import { findQuantities } from '../src/language/quantities/index.js';
import { tokenize } from '../src/language/quantities/tokens.js';
import { fixed, REPO_ROOT, sharedDir } from './lib/shared.js';

const quiet = process.argv.includes('--quiet');

/** One quantity located in a source file: its offsets into the decoded file text. */
interface Located {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly value: number | readonly number[] | null;
  readonly unit: string | null;
  readonly qualifier: string | null;
}

async function readDocuments(paths: readonly string[]): Promise<RawDocument[]> {
  const documents: RawDocument[] = [];
  for await (const item of readInputs(paths)) {
    if (item.kind === 'document') documents.push(item.document);
    else process.stderr.write(`skipped: ${item.diagnostic.message}\n`);
  }
  return documents;
}

/** Alternatives and ranges compare as [a, b]; gold writes a range that way with `range: true`. */
function predictionValue(q: Quantity): number | readonly number[] | null {
  if (q.alternatives) return q.alternatives;
  if (q.value === null && !q.vague && q.low !== null && q.high !== null) return [q.low, q.high];
  return q.value;
}

/** Runs the finder on each document's clean text and maps spans to the source; falls back to raw lines when extraction fails. */
function predict(documents: readonly RawDocument[], fileOf: (d: RawDocument) => string, rawLines: (d: RawDocument) => readonly [number, number][]): { located: Located[]; fallbacks: string[] } {
  const located: Located[] = [];
  const fallbacks: string[] = [];
  let context: ReturnType<typeof prepareExtractContext> | null = null;
  try {
    context = prepareExtractContext(documents);
  } catch (error) {
    fallbacks.push(`prepareExtractContext failed (${(error as Error).message}); every document read line by line`);
  }
  for (const document of documents) {
    const file = fileOf(document);
    const push = (q: Quantity, start: number, end: number) =>
      located.push({ file, start, end, surface: document.source.slice(start, end), value: predictionValue(q), unit: q.unit, qualifier: q.qualifier });
    try {
      if (!context) throw new Error('no extract context');
      const article = extractArticle(document, context);
      for (const q of findQuantities(article.text, { context: file })) {
        const source = toSourceSpan(article.offsets, q.span, document.source.length, file);
        push(q, source.start, source.end);
      }
    } catch (error) {
      fallbacks.push(`${file}: extraction failed (${(error as Error).message}); read its content lines raw`);
      for (const [lineStart, lineEnd] of rawLines(document)) {
        const line = document.source.slice(lineStart, lineEnd);
        for (const q of findQuantities(line, { context: file })) push(q, lineStart + q.span.start, lineStart + q.span.end);
      }
    }
  }
  return { located, fallbacks };
}

function sameValue(a: Located['value'], b: Located['value']): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

function score(title: string, gold: readonly Located[], predicted: readonly Located[]): { recall: number; allRight: number } {
  const used = new Set<number>();
  let matched = 0;
  let allRight = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const g of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && p.file === g.file && p.start < g.end && g.start < p.end && sameValue(p.value, g.value));
    if (index < 0) {
      const near = predicted.find((p) => p.file === g.file && p.start < g.end && g.start < p.end);
      misses.push(`  MISS ${g.file} "${g.surface}" value=${JSON.stringify(g.value)}${near ? `  (found "${near.surface}" value=${JSON.stringify(near.value)})` : ''}`);
      continue;
    }
    used.add(index);
    matched++;
    const p = predicted[index]!;
    if (p.unit === g.unit && p.qualifier === g.qualifier) allRight++;
    else wrong.push(`  PART "${g.surface}": unit ${JSON.stringify(p.unit)} vs gold ${JSON.stringify(g.unit)}, qualifier ${JSON.stringify(p.qualifier)} vs gold ${JSON.stringify(g.qualifier)}  [ours "${p.surface}"]`);
  }
  const falsePositives = predicted.filter((_, i) => !used.has(i));
  const precision = predicted.length === 0 ? 0 : matched / predicted.length;
  const recall = gold.length === 0 ? 0 : matched / gold.length;
  console.log(`\n== ${title}: ${gold.length} gold, ${predicted.length} predicted`);
  console.log(`precision ${fixed(precision * 100)}%  recall ${fixed(recall * 100)}%  value+unit+qualifier all right ${fixed((allRight / gold.length) * 100)}% (${allRight}/${gold.length})`);
  if (!quiet) {
    for (const line of [...misses, ...wrong]) console.log(line);
    for (const p of falsePositives) console.log(`  FP   ${p.file} "${p.surface}" value=${JSON.stringify(p.value)} unit=${JSON.stringify(p.unit)}`);
  }
  return { recall, allRight: allRight / gold.length };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function nonEmptyLines(text: string): [number, number][] {
  const starts = lineStarts(text);
  return starts
    .map((s, i): [number, number] => [s, (starts[i + 1] ?? text.length + 1) - 1])
    .filter(([s, e]) => text.slice(s, e).trim().length > 0);
}

// ------------------------------------------------------------------ seeds

const shared = sharedDir();
const seedsDir = join(shared, 'seeds');
interface SeedGold {
  seed: string;
  line: number;
  char_start: number;
  char_end: number;
  surface: string;
  value: number | number[] | null;
  unit: string | null;
  qualifier: string | null;
}
const seedGoldRows = readFileSync(join(shared, 'gold', 'quantities.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SeedGold);
const seedDocs = await readDocuments([seedsDir]);
const seedName = (d: RawDocument) => relative(seedsDir, d.label);
const seedGold: Located[] = seedGoldRows.map((g) => {
  const doc = seedDocs.find((d) => seedName(d) === g.seed)!;
  const start = lineStarts(doc.source)[g.line - 1]! + g.char_start;
  return { file: g.seed, start, end: start + (g.char_end - g.char_start), surface: g.surface, value: g.value, unit: g.unit, qualifier: g.qualifier };
});
const seedRun = predict(seedDocs, seedName, (d) => nonEmptyLines(d.source));
for (const note of seedRun.fallbacks) console.log(`NOTE ${note}`);
const seedScore = score('seeds (gold/quantities.jsonl, spans from the extract stage)', seedGold, seedRun.located);

// ------------------------------------------------------------------ own BBC annotations

const corpus = join(shared, 'corpora', 'bbc-news-2005');
interface OwnGold {
  file: string;
  char_start: number;
  char_end: number;
  surface: string;
  value: number | number[] | null;
  unit: string | null;
  qualifier: string | null;
}
const ownRows = readFileSync(join(REPO_ROOT, 'bench', 'gold-own', 'quantities.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as OwnGold);
const ownFiles = [...new Set(ownRows.map((r) => r.file))].sort();
const ownDocs = await readDocuments(ownFiles.map((f) => join(corpus, f)));
const ownName = (d: RawDocument) => relative(corpus, d.label);
const ownGold: Located[] = ownRows.map((g) => {
  const doc = ownDocs.find((d) => ownName(d) === g.file)!;
  if (doc.source.slice(g.char_start, g.char_end) !== g.surface) throw new Error(`bench/gold-own: ${g.file} ${g.char_start}-${g.char_end} is not "${g.surface}"`);
  return { file: g.file, start: g.char_start, end: g.char_end, surface: g.surface, value: g.value, unit: g.unit, qualifier: g.qualifier };
});
// Our annotations cover the article body; the clean text of a BBC dump also has the title line, which we annotated too.
const ownRun = predict(ownDocs, ownName, (d) => nonEmptyLines(d.source));
for (const note of ownRun.fallbacks) console.log(`NOTE ${note}`);
const ownScore = score(`own BBC annotations (bench/gold-own/quantities.jsonl, ${ownFiles.length} articles)`, ownGold, ownRun.located);

// ------------------------------------------------------------------ speed over all BBC articles

const allDocs = (await readDocuments([corpus])).filter((d) => /\/[a-z]+\/\d+\.txt$/.test(d.label));
const context = prepareExtractContext(allDocs);
const texts = allDocs.map((d) => extractArticle(d, context).text);
const ROUNDS = 3;
let baselineTokens = 0;
const baselineStart = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const text of texts) baselineTokens += tokenize(text).length;
const baselineMs = (performance.now() - baselineStart) / ROUNDS;
let quantities = 0;
const findStart = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const text of texts) quantities += findQuantities(text).length;
const findMs = (performance.now() - findStart) / ROUNDS;
quantities /= ROUNDS;
console.log(`\n== speed: ${texts.length} BBC articles (clean text from extract), mean of ${ROUNDS} rounds`);
console.log(`findQuantities: ${fixed(findMs)} ms, ${fixed(texts.length / (findMs / 1000), 0)} articles/s, ${fixed(quantities / texts.length, 2)} quantities per article`);
console.log(`baseline (tokenising alone): ${fixed(baselineMs)} ms, ${fixed(baselineTokens / ROUNDS / texts.length, 0)} tokens per article; finder/baseline = ${fixed(findMs / baselineMs, 2)}x`);
console.log(`\nsummary: seeds recall ${fixed(seedScore.recall * 100)}% all-right ${fixed(seedScore.allRight * 100)}%; own BBC recall ${fixed(ownScore.recall * 100)}% all-right ${fixed(ownScore.allRight * 100)}%`);
