// Seed bench for text-dump extraction: learns templates from the five seeds (as a batch ingest
// would), extracts each, and compares with ../shared/gold/boilerplate.json line by line: content
// kept, boilerplate and captions removed, title, published date and outlet. Prints every miss.
// Run: npx tsc -p . && node dist/bench/boilerplate-seeds.js

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { asDocumentId, type RawDocument } from '../src/model/index.js';
import { dateValueDay } from '../src/extract/dates.js';
import { EMPTY_TEMPLATE_INDEX, learnTemplates } from '../src/extract/templates.js';
import { extractTextDump, findOutletKey } from '../src/extract/text/index.js';
import { scoreLines, type LineAnnotation } from '../src/extract/text/line-scoring.js';
import { sharedDir } from './lib/shared.js';

interface GoldSeed extends LineAnnotation {
  readonly published: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
}

export function textDocument(path: string, bytes: Uint8Array, source: string): RawDocument {
  return {
    id: asDocumentId(createHash('sha256').update(bytes).digest('hex')),
    label: path,
    bytes,
    format: 'text',
    source,
    encoding: { name: 'utf-8', guessed: false },
    origin: { kind: 'file', path },
    hints: {},
  };
}

const shared = sharedDir();
const gold = JSON.parse(readFileSync(join(shared, 'gold', 'boilerplate.json'), 'utf8')) as Record<string, GoldSeed>;
const seedDir = join(shared, 'seeds');
const docs = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const bytes = readFileSync(join(seedDir, f));
    return { file: f, doc: textDocument(join(seedDir, f), bytes, new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  });

const templates = learnTemplates(docs.map(({ doc }) => ({ source: doc.source, outletKey: findOutletKey(doc) })));

const rows: string[][] = [['seed', 'content kept', 'furniture removed', 'title', 'published', 'outlet']];
const missLines: string[] = [];
let contentLines = 0;
let contentKept = 0;
let furnitureLines = 0;
let furnitureRemoved = 0;
let titleRight = 0;
let publishedRight = 0;
let outletRight = 0;
for (const { file, doc } of docs) {
  const g = gold[file];
  if (!g) continue;
  const result = extractTextDump(doc, templates);
  const score = scoreLines(doc.source, result.decisions, g);
  contentLines += score.contentLines;
  contentKept += score.contentKept;
  furnitureLines += score.furnitureLines;
  furnitureRemoved += score.furnitureRemoved;
  const title = result.metadata.title?.value ?? null;
  const published = result.metadata.published ? dateValueDay(result.metadata.published.value) : null;
  const outlet = result.metadata.outlet?.value.name ?? null;
  const ok = (got: string | null, want: string | null): boolean => got === want;
  titleRight += ok(title, g.title) ? 1 : 0;
  publishedRight += ok(published, g.published) ? 1 : 0;
  outletRight += ok(outlet, g.outlet) ? 1 : 0;
  rows.push([
    file.slice(0, 3),
    `${score.contentKept}/${score.contentLines}`,
    `${score.furnitureRemoved}/${score.furnitureLines}`,
    ok(title, g.title) ? 'ok' : 'MISS',
    ok(published, g.published) ? 'ok' : 'MISS',
    ok(outlet, g.outlet) ? 'ok' : 'MISS',
  ]);
  for (const m of score.misses) missLines.push(`${file.slice(0, 3)} L${m.line}: expected ${m.expected}, got ${m.detail}`);
  if (!ok(title, g.title)) missLines.push(`${file.slice(0, 3)} title: expected ${JSON.stringify(g.title)}, got ${JSON.stringify(title)}`);
  if (!ok(published, g.published)) missLines.push(`${file.slice(0, 3)} published: expected ${g.published}, got ${published}`);
  if (!ok(outlet, g.outlet)) missLines.push(`${file.slice(0, 3)} outlet: expected ${JSON.stringify(g.outlet)}, got ${JSON.stringify(outlet)}`);
  for (const w of result.warnings) missLines.push(`${file.slice(0, 3)} warning ${w.code}: ${w.message}`);
}
const n = rows.length - 1;
rows.push([
  'total',
  `${contentKept}/${contentLines}`,
  `${furnitureRemoved}/${furnitureLines}`,
  `${titleRight}/${n}`,
  `${publishedRight}/${n}`,
  `${outletRight}/${n}`,
]);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
console.log(`\ncontent-line recall ${(contentKept / contentLines).toFixed(3)} (target 1.000)`);
console.log(`boilerplate+caption removal ${(furnitureRemoved / furnitureLines).toFixed(3)} (target >= 0.950)`);
console.log(missLines.length ? `\nmisses:\n${missLines.join('\n')}` : '\nno misses');

// The same seeds read one at a time, with nothing learnt: what a single-file ingest gets.
let aloneContentKept = 0;
let aloneFurnitureRemoved = 0;
for (const { file, doc } of docs) {
  const g = gold[file];
  if (!g) continue;
  const score = scoreLines(doc.source, extractTextDump(doc, EMPTY_TEMPLATE_INDEX).decisions, g);
  aloneContentKept += score.contentKept;
  aloneFurnitureRemoved += score.furnitureRemoved;
}
console.log(`\nwithout templates (one document at a time): content kept ${aloneContentKept}/${contentLines}, furniture removed ${aloneFurnitureRemoved}/${furnitureLines}`);
