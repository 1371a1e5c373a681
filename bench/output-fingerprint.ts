// Output fingerprint: runs extract → language → claims on a corpus and writes everything the three
// stages return, one JSON line per article with object keys sorted, so two builds can be compared
// byte for byte (`cmp` or `diff` on the dumps) and a speed change proven to change no output.
// Prints the dump's sha256 and size.
// Run: npx tsc -p . && node dist/bench/output-fingerprint.js OUT.jsonl [input dir or file…]
// With no inputs it reads the 2,225 BBC News 2005 articles (../shared/corpora/bbc-news-2005).

import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { findClaims } from '../src/claims/index.js';
import { extractArticle, prepareExtractContext } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import { analyzeLanguage } from '../src/language/index.js';
import type { RawDocument } from '../src/model/index.js';
import { sharedDir } from './lib/shared.js';

/**
 * JSON with object keys sorted and the types JSON.stringify loses kept apart (Map, Set, typed
 * arrays, undefined, NaN, -0), so equal dumps mean equal values.
 */
function stable(value: unknown): string {
  if (value === undefined) return '{"$undefined":1}';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      if (Object.is(value, -0)) return '{"$num":"-0"}';
      return Number.isFinite(value) ? JSON.stringify(value) : `{"$num":"${String(value)}"}`;
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'bigint':
      return `{"$bigint":"${value.toString()}"}`;
    case 'object':
      break;
    default:
      return `{"$${typeof value}":1}`;
  }
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value instanceof Map) return `{"$map":${stable([...value.entries()])}}`;
  if (value instanceof Set) return `{"$set":${stable([...value])}}`;
  if (ArrayBuffer.isView(value)) return `{"$typed":${stable(Array.from(value as unknown as ArrayLike<number>))}}`;
  if (value instanceof Date) return `{"$date":${JSON.stringify(value.toISOString())}}`;
  if (value instanceof RegExp) return `{"$regexp":${JSON.stringify(String(value))}}`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(record[k])}`).join(',')}}`;
}

async function main(): Promise<void> {
  const [out, ...inputs] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: node dist/bench/output-fingerprint.js OUT.jsonl [input…]\n');
    process.exit(2);
  }
  const bbc = inputs.length === 0;
  const documents: RawDocument[] = [];
  for await (const item of readInputs(bbc ? [join(sharedDir(), 'corpora', 'bbc-news-2005')] : inputs)) {
    if (item.kind !== 'document') continue;
    // The BBC corpus's README.TXT is not an article (the same filter as claims-speed).
    if (bbc && !/\/\d+\.txt$/.test(item.document.label)) continue;
    documents.push(item.document);
  }
  const context = prepareExtractContext(documents);
  const hash = createHash('sha256');
  const fd = openSync(out, 'w');
  let bytes = 0;
  let claimCount = 0;
  for (const doc of documents) {
    const article = extractArticle(doc, context);
    const language = analyzeLanguage(article);
    const claims = findClaims(article, language);
    claimCount += claims.length;
    const line = `${stable({ label: doc.label, article, language, claims })}\n`;
    hash.update(line);
    bytes += writeSync(fd, line);
  }
  closeSync(fd);
  console.log(`${documents.length} documents, ${claimCount} claims, ${bytes} bytes → ${out}`);
  console.log(`sha256 ${hash.digest('hex')}`);
}

await main();
