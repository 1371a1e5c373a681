// Speed of the reconcile stage on synthetic stories (invented countries, outlets and figures,
// generated deterministically from a fixed seed): reconcileStory over N = 100, 1,000 and 10,000
// claims with the ratio between steps (10x claims should cost about 10x: near-linear), against a
// same-process baseline (keying each article on its own, no cross-article work); then the time to
// add one article to a 10,000-article story and get the updated ledger (target < 100 ms).
// Run: npx tsc -p . && node dist/bench/reconcile-speed.js

import { performance } from 'node:perf_hooks';
import type { ArticleEvidence, StoryLedger } from '../src/model/index.js';
import { addArticle, createStoryIndex, ledgerOf, reconcileStory } from '../src/reconcile/index.js';
import { buildEvidence, type ArticleSpec, type ClaimSpec, type QuantitySpec, type TimeSpec } from '../src/reconcile/fixture-builder.js';
import { factsOfArticle } from '../src/reconcile/article-facts.js';
import { fixed } from './lib/shared.js';
import { briefFromLedger } from '../src/present/brief/brief-data.js';
import { briefMarkdown } from '../src/present/brief/render.js';

/** mulberry32: a small seeded generator, so every run builds the same stories. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['var', 'kes', 'tor', 'lum', 'ash', 'ost', 'mir', 'dal', 'bren', 'sol', 'ther', 'qua', 'zen', 'rho', 'pel', 'nav'];
const WORDS = ['harbour', 'council', 'ferry', 'quay', 'grain', 'border', 'convoy', 'depot', 'bridge', 'valley', 'ridge', 'garrison', 'railway', 'market', 'station', 'pass', 'river', 'camp', 'airfield', 'port'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface World {
  readonly countries: readonly { name: string; demonym: string; key: string }[];
  readonly speakers: readonly { name: string; key: string; affiliation: string }[];
  readonly outlets: readonly string[];
}

function capitalised(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

function makeWorld(random: () => number): World {
  const name = (parts: number) => capitalised(Array.from({ length: parts }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!).join(''));
  const countries = Array.from({ length: 40 }, (_, i) => {
    const base = `${name(2)}${i}a`;
    return { name: base, demonym: `${base}n`, key: `country:c${i}` };
  });
  const speakers = Array.from({ length: 60 }, (_, i) => ({ name: `${name(1)} ${name(2)}`, key: `person:p${i}`, affiliation: countries[i % countries.length]!.name }));
  const outlets = Array.from({ length: 50 }, (_, i) => `The ${name(2)} ${['Gazette', 'Ledger', 'Times', 'Post', 'Herald'][i % 5]}`);
  return { countries, speakers, outlets };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function isoDay(dayOfYear: number): string {
  return new Date(Date.UTC(2031, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

/** One synthetic article with `claims` claims: deployments, casualties, denials, plus a dated narrative sentence. */
function makeArticle(world: World, random: () => number, n: number, claims: number): ArticleSpec {
  const day = Math.floor(random() * 360);
  const published = isoDay(day + 1);
  const sentences: string[] = [];
  const quantities: QuantitySpec[] = [];
  const times: TimeSpec[] = [];
  const claimSpecs: ClaimSpec[] = [];
  const mentioned = new Set<number>();
  const filler = () => Array.from({ length: 6 }, () => pick(random, WORDS)).join(' ');
  for (let c = 0; c < claims; c++) {
    const ci = Math.floor(random() * world.countries.length);
    mentioned.add(ci);
    const country = world.countries[ci]!;
    const speaker = pick(random, world.speakers);
    const figure = (1 + Math.floor(random() * 90)) * 100 + c;
    const kind = random();
    const tag = `${n}x${c}`;
    const statedDay = isoDay(day);
    const when = `on day ${tag}`;
    times.push({ text: when, start: statedDay });
    let content: string;
    if (kind < 0.55) {
      content = `that ${figure.toLocaleString('en-GB')} ${country.demonym} troops had been sent near the ${pick(random, WORDS)} ${tag}`;
      quantities.push({ text: `${figure.toLocaleString('en-GB')} ${country.demonym} troops`, value: figure });
    } else if (kind < 0.8) {
      content = `that ${figure % 97} ${country.demonym} soldiers were killed near the ${pick(random, WORDS)} ${tag}`;
      quantities.push({ text: `${figure % 97} ${country.demonym} soldiers`, value: figure % 97, unit: 'killed', unitText: 'soldiers' });
    } else {
      content = `that ${country.demonym} troops had crossed the ${pick(random, WORDS)} ${tag}`;
    }
    sentences.push(`${speaker.name} said ${when} ${content}, ${filler()}.`);
    claimSpecs.push({
      source: speaker.name,
      cue: 'said',
      content,
      speaker: { name: speaker.name, type: 'person', entity: speaker.key, affiliation: speaker.affiliation },
      stance: kind > 0.93 ? 'denies' : 'asserts',
      statementTime: when,
    });
  }
  const narrativeDay = Math.max(0, day - Math.floor(random() * 20));
  const narrativeDate = isoDay(narrativeDay);
  const narrative = `on ${Number(narrativeDate.slice(8))} ${MONTHS[Number(narrativeDate.slice(5, 7)) - 1]}`;
  sentences.push(`Convoys crossed the ${pick(random, WORDS)} ${narrative} and reached the ${pick(random, WORDS)} ${filler()}.`);
  times.push({ text: narrative, start: narrativeDate });
  return {
    id: `synthetic-${n}`,
    outlet: pick(random, world.outlets),
    published,
    text: `${filler()}\n\n${sentences.join(' ')}`,
    entities: [...mentioned].map((ci) => {
      const c = world.countries[ci]!;
      return { key: c.key, canonical: c.name, type: 'country' as const, mentions: [], demonyms: [c.demonym] };
    }),
    quantities,
    times,
    claims: claimSpecs,
  };
}

const CLAIMS_PER_ARTICLE = 4;
/** One article in twenty is a syndicated copy of an earlier one under a new headline. */
const COPY_EVERY = 20;

function makeStory(articles: number, seed: number): ArticleEvidence[] {
  const random = generator(seed);
  const world = makeWorld(generator(7));
  const specs: ArticleSpec[] = [];
  for (let n = 0; n < articles; n++) {
    if (n > 0 && n % COPY_EVERY === 0) {
      const original = specs[Math.floor(random() * specs.length)]!;
      specs.push({ ...original, id: `synthetic-${n}`, outlet: pick(random, world.outlets), text: `${pick(random, WORDS)} ${pick(random, WORDS)}${original.text.slice(original.text.indexOf('\n\n'))}` });
    } else {
      specs.push(makeArticle(world, random, n, CLAIMS_PER_ARTICLE));
    }
  }
  return specs.map(buildEvidence);
}

function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function summary(ledger: StoryLedger): string {
  const relations = ledger.propositions.reduce((n, p) => n + p.relations.length, 0);
  const figures = ledger.propositions.reduce((n, p) => n + p.figures.length, 0);
  return `${ledger.propositions.length} propositions, ${figures} figures, ${relations} relations, ${ledger.timeline.length} events, ${ledger.denials.length} denials, ${ledger.copies.length} copy groups`;
}

console.log('reconcile speed (synthetic stories, 4 claims per article, 1 in 20 articles a syndicated copy)\n');
// Warm the JIT on a mid-sized story first, so the first step is not timed cold.
reconcileStory('warm-up', makeStory(250, 1));
const steps = [100, 1_000, 10_000];
let previous: number | null = null;
for (const claims of steps) {
  const evidence = makeStory(claims / CLAIMS_PER_ARTICLE, claims);
  const claimCount = evidence.reduce((n, e) => n + e.claims.length, 0);
  const baseline = median([0, 1, 2].map(() => timeMs(() => evidence.forEach((e) => factsOfArticle(e)))));
  let ledger: StoryLedger | null = null;
  const total = median([0, 1, 2].map(() => timeMs(() => (ledger = reconcileStory('synthetic', evidence)))));
  const ratio = previous === null ? '' : `  ×${fixed(total / previous, 1)} vs previous step (claims ×10)`;
  console.log(
    `N = ${String(claimCount).padStart(6)} claims (${evidence.length} articles): reconcile ${fixed(total, 1).padStart(8)} ms ` +
      `(${fixed((total / claimCount) * 1000, 1)} µs/claim; per-article keying alone ${fixed(baseline, 1)} ms, cross-article work ×${fixed(total / baseline, 2)})${ratio}`,
  );
  console.log(`    ${summary(ledger!)}`);
  previous = total;
}

const STORY_ARTICLES = 10_000;
const extra = 20;
const evidence = makeStory(STORY_ARTICLES + extra, 424242);
const index = createStoryIndex('synthetic');
const buildMs = timeMs(() => {
  for (const e of evidence.slice(0, STORY_ARTICLES)) addArticle(index, e);
});
const firstLedgerMs = timeMs(() => ledgerOf(index));
const addTimes: number[] = [];
let last: StoryLedger | null = null;
for (const e of evidence.slice(STORY_ARTICLES)) addTimes.push(timeMs(() => {
  addArticle(index, e);
  last = ledgerOf(index);
}));
console.log(
  `\nstory of ${STORY_ARTICLES} articles (${evidence.slice(0, STORY_ARTICLES).reduce((n, e) => n + e.claims.length, 0)} claims): ` +
    `adding them one by one ${fixed(buildMs, 0)} ms, first ledger ${fixed(firstLedgerMs, 0)} ms`,
);
const sortedAdds = [...addTimes].sort((a, b) => a - b);
console.log(
  `add one article and get the updated ledger: median ${fixed(median(addTimes), 1)} ms, 90th percentile ${fixed(sortedAdds[Math.floor(sortedAdds.length * 0.9)]!, 1)} ms, ` +
    `max ${fixed(sortedAdds[sortedAdds.length - 1]!, 1)} ms over ${extra} additions (target < 100 ms); ×${fixed(firstLedgerMs / median(addTimes), 0)} faster than the first full ledger`,
);
console.log(`    ${summary(last!)}`);

// Brief generation on the updated 10,000-article ledger: the JSON form (every line with its
// evidence words) and the Markdown brief rendered from it, as `crosscheck brief` does.
const ledger = last!;
const story = evidence.slice(0, STORY_ARTICLES + extra);
const briefTimes = [0, 1, 2].map(() => timeMs(() => briefFromLedger(ledger, story)));
const brief = briefFromLedger(ledger, story);
const markdownTimes = [0, 1, 2].map(() => timeMs(() => briefMarkdown(brief)));
console.log(`brief of that story: JSON ${fixed(median(briefTimes), 0)} ms, Markdown ${fixed(median(markdownTimes), 0)} ms (medians of 3)`);
