// Throughput of text-dump extraction over the BBC News 2005 corpus (2,225 clean articles, no page
// furniture): reads and decodes every file first, then times template learning and extraction
// alone, against a baseline (line splitting only) in the same process. Also reports the share of
// lines kept, a sanity figure that should be ~100% on these clean articles, and lists removed lines.
// Run: npx tsc -p . && node dist/bench/extract-text.js [--show-removed]

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { asDocumentId, type RawDocument } from '../src/model/index.js';
import { learnTemplates } from '../src/extract/templates.js';
import { extractTextDump, findOutletKey, splitDumpLines } from '../src/extract/text/index.js';
import { sharedDir } from './lib/shared.js';

/** UTF-8 when valid, else Windows-1252 (sport/199.txt is Latin-1), as ingest decodes. */
function decode(bytes: Uint8Array): { text: string; encoding: string; guessed: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', guessed: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', guessed: true };
  }
}

const corpus = join(sharedDir(), 'corpora', 'bbc-news-2005');
const docs: RawDocument[] = [];
let legacyDecoded = 0;
for (const section of readdirSync(corpus).sort()) {
  const dir = join(corpus, section);
  if (!existsSync(dir) || section.includes('.')) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const path = join(dir, file);
    const bytes = readFileSync(path);
    const { text, encoding, guessed } = decode(bytes);
    if (guessed) legacyDecoded++;
    docs.push({
      id: asDocumentId(createHash('sha256').update(bytes).digest('hex')),
      label: path,
      bytes,
      format: 'text',
      source: text,
      encoding: { name: encoding, guessed },
      origin: { kind: 'file', path },
      hints: {},
    });
  }
}

const ROUNDS = 3;
let baselineLines = 0;
const baselineStart = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const doc of docs) baselineLines += splitDumpLines(doc.source, doc.label).length;
const baselineMs = (performance.now() - baselineStart) / ROUNDS;

const learnStart = performance.now();
const templates = learnTemplates(docs.map((doc) => ({ source: doc.source, outletKey: findOutletKey(doc) })));
const learnMs = performance.now() - learnStart;

let keptLines = 0;
let totalLines = 0;
const removed: string[] = [];
const extractStart = performance.now();
for (let r = 0; r < ROUNDS; r++) {
  for (const doc of docs) {
    const result = extractTextDump(doc, templates);
    if (r > 0) continue;
    for (const d of result.decisions) {
      totalLines++;
      if (d.keep) keptLines++;
      else removed.push(`${doc.label.slice(corpus.length + 1)}: ${d.rule}: ${d.block.text.slice(0, 100)}`);
    }
  }
}
const extractMs = (performance.now() - extractStart) / ROUNDS;

const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(`documents                ${docs.length} (${legacyDecoded} decoded as windows-1252)`);
console.log(`baseline (split lines)   ${(docs.length / (baselineMs / 1000)).toFixed(0)} articles/s (${baselineMs.toFixed(1)} ms per pass, ${baselineLines / ROUNDS} lines)`);
console.log(`learn templates          ${learnMs.toFixed(1)} ms for the whole corpus, ${Object.keys(templates.lines).length} repeated lines`);
console.log(`extract text dumps       ${(docs.length / (extractMs / 1000)).toFixed(0)} articles/s (${extractMs.toFixed(1)} ms per pass; ${(extractMs / baselineMs).toFixed(1)}x the baseline; target >= 1000 articles/s)`);
console.log(`lines kept               ${keptLines}/${totalLines} = ${((100 * keptLines) / totalLines).toFixed(2)}% (clean articles: should be ~100%)`);
console.log(`peak RSS                 ${peakRssMb.toFixed(0)} MB`);
if (removed.length > 0) {
  const show = process.argv.includes('--show-removed') ? removed : removed.slice(0, 20);
  console.log(`\nremoved lines (${removed.length}${show.length < removed.length ? `, first ${show.length}; --show-removed for all` : ''}):\n${show.join('\n')}`);
}
