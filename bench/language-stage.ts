// Language-stage speed: the whole stage (tokens, sentences, tags, entities, quantities, times) on
// the clean text of all 2,225 BBC 2004-05 articles, against the tokenizer library it is built on
// (wink-nlp reading the same text with its sentence splitter and tagger) in the same run, with
// the share of time per part and peak memory. The machine is shared and noisy: compare the ratio
// to wink-nlp, not the articles/s, between runs.
// Run: npx tsc -p . && node dist/bench/language-stage.js

import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle, prepareExtractContext } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import { findEntities } from '../src/language/entities/index.js';
import { loadGazetteer } from '../src/language/gazetteer/index.js';
import { analyzeLanguage, defaultLanguageOptions } from '../src/language/index.js';
import { findQuantities } from '../src/language/quantities/index.js';
import { findTimeExpressions, timeAnchorFromDate } from '../src/language/times/index.js';
import { tokenizeText } from '../src/language/tokens/index.js';
import type { ExtractedArticle, RawDocument } from '../src/model/index.js';
import { fixed, sharedDir } from './lib/shared.js';

/** The process's peak resident memory so far, from the OS: a timer-based sampler never fires inside these synchronous loops. */
const peakRssMiB = (): number => process.resourceUsage().maxRSS / 1024;

const corpus = join(sharedDir(), 'corpora', 'bbc-news-2005');
const documents: RawDocument[] = [];
for await (const item of readInputs([corpus])) {
  if (item.kind === 'document' && /\/[a-z]+\/\d+\.txt$/.test(item.document.label)) documents.push(item.document);
}
const context = prepareExtractContext(documents);
const articles = documents.map((d) => extractArticle(d, context));

// Warm both up so neither pays for loading its model inside the timed rounds.
analyzeLanguage(articles[0]!);
const nlp = winkNLP(model, ['sbd', 'pos']);
nlp.readDoc(articles[0]!.text);

// Each article is read by wink-nlp and then by the stage, so a burst of load elsewhere on the
// (shared, noisy) machine falls on both alike. Both wall time and this process's CPU time are
// kept: on a busy machine CPU time is the steadier measure of what one core does.
const ROUNDS = 2;
const wink = { wallMs: 0, cpuMs: 0 };
const stage = { wallMs: 0, cpuMs: 0 };
let winkTokens = 0;
let counts = { sentences: 0, entities: 0, mentions: 0, quantities: 0, times: 0 };
for (let r = 0; r < ROUNDS; r++) {
  for (const article of articles) {
    let clock = startClock();
    const doc = nlp.readDoc(article.text);
    winkTokens += doc.tokens().out(nlp.its.pos).length;
    stopClock(clock, wink);
    clock = startClock();
    const a = analyzeLanguage(article, defaultLanguageOptions);
    stopClock(clock, stage);
    counts = {
      sentences: counts.sentences + a.sentences.length,
      entities: counts.entities + a.entities.length,
      mentions: counts.mentions + a.mentions.length,
      quantities: counts.quantities + a.quantities.length,
      times: counts.times + a.times.length,
    };
  }
}

const parts = timeEachPart(articles);
const partsMs = parts.tokens + parts.entities + parts.quantities + parts.times;
const share = (ms: number): string => `${fixed((100 * ms) / partsMs, 0)}%`;

const n = articles.length;
const per = (x: number) => fixed(x / ROUNDS / n, 1);
const rate = (ms: number): string => fixed((n * ROUNDS) / (ms / 1000), 0);
console.log(`== language stage on ${n} BBC articles (clean text from extract), ${ROUNDS} rounds, each article read by wink-nlp then by the stage`);
console.log(`wink-nlp alone (sentences + tags): ${rate(wink.wallMs)} articles/s wall, ${rate(wink.cpuMs)} articles/s of CPU time; ${fixed(winkTokens / ROUNDS / n, 0)} tokens per article`);
console.log(`analyzeLanguage:                   ${rate(stage.wallMs)} articles/s wall, ${rate(stage.cpuMs)} articles/s of CPU time`);
console.log(`per article: ${per(counts.sentences)} sentences, ${per(counts.entities)} entities, ${per(counts.mentions)} mentions, ${per(counts.quantities)} quantities, ${per(counts.times)} times`);
console.log(`share of time (one more round, part by part): tokens ${share(parts.tokens)}, entities ${share(parts.entities)}, quantities ${share(parts.quantities)}, times ${share(parts.times)}`);
console.log(`stage / tokenizer alone = ${fixed(stage.wallMs / wink.wallMs, 2)}x the wall time, ${fixed(stage.cpuMs / wink.cpuMs, 2)}x the CPU time; peak RSS ${fixed(peakRssMiB(), 0)} MiB`);

function startClock(): { wall: number; cpu: NodeJS.CpuUsage } {
  return { wall: performance.now(), cpu: process.cpuUsage() };
}

function stopClock(clock: { wall: number; cpu: NodeJS.CpuUsage }, total: { wallMs: number; cpuMs: number }): void {
  const cpu = process.cpuUsage(clock.cpu);
  total.wallMs += performance.now() - clock.wall;
  total.cpuMs += (cpu.user + cpu.system) / 1000;
}

/** One round with each part of the stage timed on its own (tokens once, then fed to entities). */
function timeEachPart(all: readonly ExtractedArticle[]): { tokens: number; entities: number; quantities: number; times: number } {
  const gazetteer = loadGazetteer();
  const ms = { tokens: 0, entities: 0, quantities: 0, times: 0 };
  for (const article of all) {
    let t = performance.now();
    const { tokens, sentences } = tokenizeText(article.text, article.blocks);
    ms.tokens += performance.now() - t;
    t = performance.now();
    findEntities(article.text, article.blocks, tokens, sentences, gazetteer);
    ms.entities += performance.now() - t;
    t = performance.now();
    findQuantities(article.text, { context: 'bench' });
    ms.quantities += performance.now() - t;
    t = performance.now();
    const published = article.metadata.published;
    findTimeExpressions(article.text, published ? timeAnchorFromDate(published.value) : null, { latestYear: defaultLanguageOptions.latestYear });
    ms.times += performance.now() - t;
  }
  return ms;
}
