// Language-stage speed: the whole stage (tokens, sentences, tags, entities, quantities, times) on
// the clean text of all 2,225 BBC 2004-05 articles, against the tokenizer library it is built on
// (wink-nlp reading the same text with its sentence splitter and tagger) in the same run, with
// the share of time per part and peak memory.
// Run: npx tsc -p . && node dist/bench/language-stage.js

import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle, prepareExtractContext } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import { analyzeLanguage, defaultLanguageOptions } from '../src/language/index.js';
import type { RawDocument } from '../src/model/index.js';
import { fixed, memorySampler, sharedDir } from './lib/shared.js';

const corpus = join(sharedDir(), 'corpora', 'bbc-news-2005');
const documents: RawDocument[] = [];
for await (const item of readInputs([corpus])) {
  if (item.kind === 'document' && /\/[a-z]+\/\d+\.txt$/.test(item.document.label)) documents.push(item.document);
}
const context = prepareExtractContext(documents);
const articles = documents.map((d) => extractArticle(d, context));
const memory = memorySampler();

// Warm both up so neither pays for loading its model inside the timed rounds.
analyzeLanguage(articles[0]!);
const nlp = winkNLP(model, ['sbd', 'pos']);
nlp.readDoc(articles[0]!.text);

const ROUNDS = 2;
let winkTokens = 0;
const winkStart = performance.now();
for (let r = 0; r < ROUNDS; r++) {
  for (const article of articles) {
    const doc = nlp.readDoc(article.text);
    winkTokens += doc.tokens().out(nlp.its.pos).length;
  }
}
const winkMs = (performance.now() - winkStart) / ROUNDS;

let counts = { sentences: 0, entities: 0, mentions: 0, quantities: 0, times: 0 };
const stageStart = performance.now();
for (let r = 0; r < ROUNDS; r++) {
  for (const article of articles) {
    const a = analyzeLanguage(article, defaultLanguageOptions);
    counts = {
      sentences: counts.sentences + a.sentences.length,
      entities: counts.entities + a.entities.length,
      mentions: counts.mentions + a.mentions.length,
      quantities: counts.quantities + a.quantities.length,
      times: counts.times + a.times.length,
    };
  }
}
const stageMs = (performance.now() - stageStart) / ROUNDS;
memory.stop();

const n = articles.length;
const per = (x: number) => fixed(x / ROUNDS / n, 1);
console.log(`== language stage on ${n} BBC articles (clean text from extract), mean of ${ROUNDS} rounds`);
console.log(`wink-nlp alone (sentences + tags): ${fixed(winkMs)} ms, ${fixed(n / (winkMs / 1000), 0)} articles/s, ${fixed(winkTokens / ROUNDS / n, 0)} tokens per article`);
console.log(`analyzeLanguage: ${fixed(stageMs)} ms, ${fixed(n / (stageMs / 1000), 0)} articles/s`);
console.log(`per article: ${per(counts.sentences)} sentences, ${per(counts.entities)} entities, ${per(counts.mentions)} mentions, ${per(counts.quantities)} quantities, ${per(counts.times)} times`);
console.log(`stage / tokenizer alone = ${fixed(stageMs / winkMs, 2)}x the time; peak RSS ${fixed(memory.peakMiB(), 0)} MiB`);
