// Seeds vs ../shared/gold/story.json: ingest the five seeds into a throwaway store as a user
// would, make the story's brief, and check it against the gold reconciliation: every gold
// troop-count figure with its value, qualifier, original claimant and as-of date; the Russian and
// North Korean denials; the gold original-source groupings; the timeline events; and how each
// gold contradiction is classified, as a table. Brief evidence is placed on seed lines through the
// stored offset map, so "on a gold ref line" is checked against the very words the brief shows.
// Run: npx tsc -p . && node dist/bench/brief-seeds.js

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInputs } from '../src/app/ingest.js';
import { makeBrief } from '../src/app/brief.js';
import { defaultExtractOptions } from '../src/extract/index.js';
import { asStoryName, toSourceSpan } from '../src/model/index.js';
import type { BriefEvidence, BriefFigure } from '../src/present/brief/brief-data.js';
import { openStore, type StoredArticle } from '../src/store/index.js';
import { sharedDir } from './lib/shared.js';

interface GoldFigure { value: number | number[] | null; qualifier: string | null; source: string; as_of: string | null; refs: string[]; what: string }
interface GoldDenial { who: string; when: string | null; refs: string[] }
interface GoldEvent { date: string; event: string; refs: string[] }
interface GoldContradiction { type: string; a: string; b: string; a_refs: string[]; b_refs: string[] }
interface GoldSources { claim: string; original_sources: { source: string; refs: string[] }[] }
interface GoldStory {
  troop_count_claims: GoldFigure[];
  denials: GoldDenial[];
  timeline: GoldEvent[];
  contradictions: GoldContradiction[];
  independent_sources: GoldSources[];
  entity_alias_index: Record<string, { aliases_by_seed: Record<string, string[]> }>;
}

const shared = sharedDir();
const gold = JSON.parse(readFileSync(join(shared, 'gold', 'story.json'), 'utf8')) as GoldStory;
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-brief-seeds-'));
const db = join(dir, 'seeds.db');
const story = asStoryName('seeds');
const store = await openStore(db);
const now = () => new Date('2024-11-01T00:00:00Z');
await ingestInputs(store, {
  inputs: [join(shared, 'seeds')],
  stories: [story],
  ingest: {},
  pipeline: { extract: defaultExtractOptions, language: { latestYear: 2024 } },
  duplicates: { nearDuplicateJaccard: 0.85 },
}, { now });
const { brief } = await makeBrief(store, { story, since: null, snapshot: false }, { now });

// ---- evidence → "seed:Lline"
const articles = new Map<string, StoredArticle>();
for (const a of brief.articles) {
  const found = await store.findArticle(a.id);
  if (found.kind === 'found') articles.set(a.id, found.article);
}
await store.close();
rmSync(dir, { recursive: true, force: true });

function lineRef(e: BriefEvidence): string {
  const article = articles.get(e.article);
  if (!article) return '?';
  const source = article.primarySource.source;
  const span = toSourceSpan(article.offsets, { start: e.start, end: e.end } as never, source.length, 'bench');
  const line = source.slice(0, span.start).split('\n').length;
  const seed = (article.primarySource.file ?? '').split('/').pop()!.slice(0, 3);
  return `${seed}:L${line}`;
}
const onRefs = (evidence: readonly BriefEvidence[], refs: readonly string[]) => evidence.some((e) => refs.includes(lineRef(e)));

// ---- claimant matching: our name (or what it speaks for) named in the gold source, directly or by a gold alias
const aliasesOf = new Map<string, Set<string>>();
for (const [canonical, entry] of Object.entries(gold.entity_alias_index)) {
  const names = new Set([canonical.toLowerCase()]);
  for (const list of Object.values(entry.aliases_by_seed)) for (const a of list) names.add(a.toLowerCase().replace(/^the /, ''));
  aliasesOf.set(canonical.toLowerCase(), names);
}
function claimantMatches(goldSource: string, ours: { name: string; origin: string }): boolean {
  const g = goldSource.toLowerCase();
  const word = (n: string) => new RegExp(`(^|[^a-z])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z]|$)`).test(g);
  for (const candidate of [ours.name, ours.origin]) {
    const c = candidate.toLowerCase();
    if (word(c)) return true;
    for (const [canonical, names] of aliasesOf) if ((canonical === c || names.has(c)) && [...names].some((n) => n.length > 2 && word(n))) return true;
  }
  return false;
}
const valueMatches = (g: GoldFigure['value'], f: BriefFigure) =>
  Array.isArray(g) ? JSON.stringify(f.alternatives) === JSON.stringify(g) : g !== null && (f.value === g || (f.value === null && f.low === g));
const QUALIFIER_SAME: Record<string, string> = { exact: 'exact', some: 'exact' };
const qualifierMatches = (g: string | null, f: BriefFigure) => (g === null ? true : (QUALIFIER_SAME[g] ?? g) === (QUALIFIER_SAME[f.qualifier ?? 'exact'] ?? f.qualifier ?? 'exact'));
function asOfMatches(g: string | null, f: BriefFigure): boolean | null {
  if (!g) return null;
  const dates = [...g.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => m[0]);
  if (!dates.length || !f.asOf) return false;
  return dates.some((d) => f.asOf!.start <= d && d <= f.asOf!.end);
}

// ---- 1. troop figures
const figures = brief.propositions.flatMap((p) => p.figures.map((f) => ({ p, f })));
const numeric = gold.troop_count_claims.filter((g) => g.value !== null);
let present = 0, qualifierRight = 0, claimantRight = 0, asOfRight = 0, asOfScored = 0;
console.log(`== troop-count figures (${numeric.length} with a value in gold)`);
for (const g of numeric) {
  const candidates = figures.filter(({ f }) => valueMatches(g.value, f) && onRefs(f.evidence, g.refs));
  const best = candidates.find(({ f }) => claimantMatches(g.source, f.claimant)) ?? candidates[0];
  const value = JSON.stringify(g.value);
  if (!best) {
    console.log(`  MISS ${value} ${g.qualifier} (${g.source.slice(0, 50)}) on ${g.refs.join(' ')}`);
    continue;
  }
  present++;
  const q = qualifierMatches(g.qualifier, best.f);
  const c = claimantMatches(g.source, best.f.claimant);
  const a = asOfMatches(g.as_of, best.f);
  if (q) qualifierRight++;
  if (c) claimantRight++;
  if (a !== null) {
    asOfScored++;
    if (a) asOfRight++;
  }
  console.log(`  ${q && c && a !== false ? 'ok  ' : 'PART'} ${value} ${g.qualifier}: ours ${best.f.qualifier} by ${best.f.claimant.name}${best.f.relayedBy.length ? ` via ${best.f.relayedBy.join(', ')}` : ''}, as of ${best.f.asOf ? `${best.f.asOf.start}..${best.f.asOf.end}` : 'none'} (gold ${g.as_of ?? 'none'}) [${best.p.label}]`);
}
console.log(`present ${present}/${numeric.length}, qualifier ${qualifierRight}/${present}, original claimant ${claimantRight}/${present}, as-of ${asOfRight}/${asOfScored}`);

// ---- 2. denials
console.log(`\n== denials (${gold.denials.length} in gold)`);
let denialsFound = 0;
for (const g of gold.denials) {
  const hit = brief.denials.find((d) => onRefs(d.evidence, g.refs));
  if (hit) denialsFound++;
  console.log(`  ${hit ? 'ok  ' : 'MISS'} ${g.who.slice(0, 60)} ${hit ? `→ ${hit.speaker.name}: "${hit.what.slice(0, 60)}"` : `(${g.refs.join(' ')})`}`);
}
const russia = brief.denials.some((d) => /russia|kremlin|moscow|peskov|foreign ministry/i.test(d.speaker.name) || d.evidence.some((e) => /kremlin|moscow|russia/i.test(e.exact)));
const northKorea = brief.denials.some((d) => /north korea|pyongyang|dprk/i.test(d.speaker.name));
console.log(`found ${denialsFound}/${gold.denials.length}; Russia's denial present: ${russia}; North Korea's denial present: ${northKorea}`);

// ---- 3. independence groupings
console.log(`\n== independence: gold original sources per claim vs ours`);
let groupsRight = 0;
for (const g of gold.independent_sources) {
  const refs = g.original_sources.flatMap((s) => s.refs);
  const ours = brief.propositions.filter((p) => p.figures.some((f) => onRefs(f.evidence, refs)) || p.stances.some((s) => onRefs(s.evidence, refs)));
  const ourSources = new Set(ours.flatMap((p) => p.independence.originalSources));
  const matched = g.original_sources.filter((s) => [...ourSources].some((o) => claimantMatches(s.source, { name: o, origin: o })));
  const right = matched.length === g.original_sources.length;
  if (right) groupsRight++;
  console.log(`  ${right ? 'ok  ' : 'PART'} ${g.claim.slice(0, 60)}: gold ${g.original_sources.length} sources, ${matched.length} among ours [${[...ourSources].slice(0, 8).join('; ')}]`);
}
console.log(`groupings with every gold original source found: ${groupsRight}/${gold.independent_sources.length}`);

// ---- 4. timeline
let eventsFound = 0;
const missed: string[] = [];
for (const g of gold.timeline) {
  const goldStart = g.date.slice(0, 10);
  const hit = brief.timeline.find((e) => onRefs(e.evidence, g.refs) && e.start.slice(0, goldStart.length) <= goldStart.padEnd(10, '-99') && goldStart.slice(0, 7) <= e.end.slice(0, 7) && e.end >= goldStart.slice(0, e.end.length));
  if (hit) eventsFound++;
  else missed.push(`${g.date} ${g.event.slice(0, 60)}`);
}
console.log(`\n== timeline: ${eventsFound}/${gold.timeline.length} gold events present (${((100 * eventsFound) / gold.timeline.length).toFixed(0)}%)`);
for (const m of missed) console.log(`  MISS ${m}`);

// ---- 5. contradictions table
console.log(`\n== gold contradictions vs our classification`);
console.log('| gold type | ours | a | b |');
console.log('|---|---|---|---|');
const GOLD_TO_OURS: Record<string, string[]> = {
  evolution_over_time: ['evolution'],
  genuine_conflict: ['contradiction', 'stance-conflict'],
  conflicting_assessment: ['contradiction'],
  qualifier_drift: ['consistent'],
  quote_variant: ['restatement'],
  different_referent: ['different propositions'],
  not_a_conflict: ['consistent', 'different propositions', 'restatement'],
};
let agree = 0;
for (const g of gold.contradictions) {
  let ours = 'not related';
  for (const p of brief.propositions) {
    for (const r of p.relations) {
      const a = p.figures[r.a]!, b = p.figures[r.b]!;
      if ((onRefs(a.evidence, g.a_refs) && onRefs(b.evidence, g.b_refs)) || (onRefs(a.evidence, g.b_refs) && onRefs(b.evidence, g.a_refs))) ours = r.kind;
    }
    for (const c of p.conflicts) {
      const d = p.stances[c.denial]!;
      const against = c.against.map((i) => p.stances[i]!);
      if ((onRefs(d.evidence, g.a_refs) && against.some((s) => onRefs(s.evidence, g.b_refs))) || (onRefs(d.evidence, g.b_refs) && against.some((s) => onRefs(s.evidence, g.a_refs)))) ours = 'stance-conflict';
    }
  }
  if (ours === 'not related') {
    const inA = brief.propositions.filter((p) => p.figures.some((f) => onRefs(f.evidence, g.a_refs)));
    const inB = brief.propositions.filter((p) => p.figures.some((f) => onRefs(f.evidence, g.b_refs)));
    if (inA.length && inB.length && !inA.some((p) => inB.includes(p))) ours = 'different propositions';
  }
  if ((GOLD_TO_OURS[g.type] ?? []).includes(ours)) agree++;
  console.log(`| ${g.type} | ${ours} | ${g.a.slice(0, 50).replace(/\|/g, '/')} | ${g.b.slice(0, 50).replace(/\|/g, '/')} |`);
}
console.log(`agreement with gold classification: ${agree}/${gold.contradictions.length}`);
console.log(`\nsummary: figures present ${present}/${numeric.length}, claimant ${claimantRight}/${present}; denials Russia ${russia} North Korea ${northKorea}; groupings ${groupsRight}/${gold.independent_sources.length}; timeline ${eventsFound}/${gold.timeline.length}; contradictions ${agree}/${gold.contradictions.length}`);
