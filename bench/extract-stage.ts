// The extract stage as a whole (body, furniture second pass, metadata, assembly), on real pages:
// word-level F1 on the article-extraction benchmark scored by its own script, HTML pages/s and
// text articles/s (2,225 BBC articles) with peak memory, next to plain Readability on linkedom
// on the same pages in the same run.
//
//   npm run build && node dist/bench/extract-stage.js

import { Readability } from '@mozilla/readability';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle, prepareExtractContext, defaultExtractOptions } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import type { ExtractedArticle, RawDocument } from '../src/model/index.js';
import { fixed, memorySampler, REPO_ROOT, sharedDir } from './lib/shared.js';

const BLOCK_ELEMENTS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'FIGCAPTION', 'UL', 'OL', 'TABLE', 'BR']);

/** Readability's content with a line break per block element (its textContent glues blocks). */
function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (!parsed?.content) return '';
  const { document: fragment } = parseHTML(`<html><body>${parsed.content}</body></html>`);
  const out: string[] = [];
  const walk = (node: any) => {
    if (node.nodeType === 3) out.push(node.textContent);
    else if (node.nodeType === 1) {
      const block = BLOCK_ELEMENTS.has(node.tagName);
      if (block) out.push('\n');
      for (const child of node.childNodes) walk(child);
      if (block) out.push('\n');
    }
  };
  walk(fragment.body);
  return out.join('').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}

/** The benchmark's truth is the article body: the headline is metadata there, so leave the title block out. */
function bodyText(article: ExtractedArticle): string {
  return article.blocks
    .filter((b) => b.kind !== 'title')
    .map((b) => article.text.slice(b.span.start, b.span.end))
    .join('\n\n');
}

async function load(inputs: string[]): Promise<RawDocument[]> {
  const documents: RawDocument[] = [];
  for await (const item of readInputs(inputs, { now: () => new Date(0) })) {
    if (item.kind === 'document') documents.push(item.document);
    else process.stderr.write(`skipped ${item.diagnostic.input}: ${item.diagnostic.message}\n`);
  }
  return documents;
}

function score(predictions: string, shared: string): string {
  return execFileSync('python3', [join(shared, 'bench', 'article-extraction', 'score.py'), predictions], { encoding: 'utf8' }).trim();
}

function pageFile(doc: RawDocument): string {
  return doc.origin.kind === 'file' ? doc.origin.path.split('/').pop()! : doc.label;
}

async function main() {
  const shared = sharedDir();
  const out = join(REPO_ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  const pages = await load([join(shared, 'bench', 'article-extraction', 'html')]);
  const texts = await load([join(shared, 'corpora', 'bbc-news-2005')]);
  process.stdout.write(`loaded ${pages.length} HTML pages and ${texts.length} text articles\n\n`);

  const memory = memorySampler();
  // Ours on HTML: the whole stage, as ingest runs it.
  let started = performance.now();
  const htmlContext = prepareExtractContext(pages);
  const ours = pages.map((doc) => {
    try {
      return { file: pageFile(doc), text: bodyText(extractArticle(doc, htmlContext, defaultExtractOptions)) };
    } catch {
      return { file: pageFile(doc), text: '' };
    }
  });
  const oursHtmlSeconds = (performance.now() - started) / 1000;
  const oursPeak = memory.peakMiB();

  started = performance.now();
  const readability = pages.map((doc) => ({ file: pageFile(doc), text: readabilityText(doc.source) }));
  const readabilitySeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const textContext = prepareExtractContext(texts);
  let failed = 0;
  for (const doc of texts) {
    try {
      extractArticle(doc, textContext, defaultExtractOptions);
    } catch {
      failed++;
    }
  }
  const textSeconds = (performance.now() - started) / 1000;
  const peak = memory.peakMiB();
  memory.stop();

  const oursFile = join(out, 'extract-stage-ours.jsonl');
  const readabilityFile = join(out, 'extract-stage-readability.jsonl');
  writeFileSync(oursFile, ours.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(readabilityFile, readability.map((r) => JSON.stringify(r)).join('\n') + '\n');

  process.stdout.write(`article-extraction benchmark (${pages.length} pages), scored by its own score.py:\n`);
  process.stdout.write(`  crosscheck extract : ${score(oursFile, shared).replace(/\n/g, '\n                       ')}\n`);
  process.stdout.write(`  readability        : ${score(readabilityFile, shared).replace(/\n/g, '\n                       ')}\n\n`);
  const oursRate = pages.length / oursHtmlSeconds;
  const readabilityRate = pages.length / readabilitySeconds;
  process.stdout.write(`HTML throughput: crosscheck ${fixed(oursRate)} pages/s, readability+linkedom ${fixed(readabilityRate)} pages/s, ratio ${fixed(oursRate / readabilityRate, 2)}x\n`);
  process.stdout.write(`text throughput: ${fixed(texts.length / textSeconds, 0)} articles/s over ${texts.length} BBC articles (${failed} failed)\n`);
  process.stdout.write(`peak RSS: ${fixed(oursPeak, 0)} MiB during our HTML pass, ${fixed(peak, 0)} MiB overall (includes Readability)\n`);
}

await main();
