// Claims bench on the five seeds: ingest + extract + language + claims, predicted claims placed on
// source lines through the offset map, scored against ../shared/gold/claims.jsonl. A gold claim is
// found when a predicted claim's cue overlaps its cue (line + cue_char_start + cue); a gold row
// with no cue (a quote continuation) is found by content overlapping its quoted words. Reports
// found, right canonical speaker, quantities, stance (lenient and strict), kind, relay and
// statement-date agreement, then every miss and the predictions no gold claim accounts for.
// Run: npx tsc -p . && node dist/bench/claims-seeds.js

import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findClaims } from '../src/claims/index.js';
import { extractArticle, prepareExtractContext } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import { analyzeLanguage, formatResolvedTime } from '../src/language/index.js';
import { toSourceSpan, type Claim, type ExtractedArticle, type LanguageAnnotations, type RawDocument, type Span } from '../src/model/index.js';
import { fixed, sharedDir } from './lib/shared.js';

interface GoldClaim {
  readonly id: string;
  readonly seed: string;
  readonly line: number;
  readonly speaker: string;
  readonly speaker_type: string;
  readonly kind: string;
  readonly cue: string | null;
  readonly cue_char_start?: number;
  readonly stance: string;
  readonly quote: string | null;
  readonly quantities: readonly { value: number | number[] | null; unit: string | null }[];
  readonly relayed_by: string | null;
  readonly statement_date: string | null;
  readonly statement_date_basis: string | null;
}

/** A predicted claim with its parts placed on source lines (line 1-based, char 0-based). */
interface Placed {
  readonly claim: Claim;
  readonly file: string;
  readonly cue: LineRange | null;
  readonly content: LineRange[];
  readonly quantityValues: (number | null)[];
  readonly statementDate: string | null;
  readonly cueText: string;
}

interface LineRange {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** asserts, warns and estimates differ by degree; the lenient score counts them as one class. */
const LENIENT_CLASS: Readonly<Record<string, string>> = { asserts: 'neutral', warns: 'neutral', estimates: 'neutral' };

function lineRanges(source: string, start: number, end: number): LineRange[] {
  const ranges: LineRange[] = [];
  let lineStart = source.lastIndexOf('\n', start - 1) + 1;
  let line = source.slice(0, lineStart).split('\n').length;
  let from = start;
  while (from < end) {
    const lineEnd = source.indexOf('\n', from);
    const stop = lineEnd === -1 || lineEnd > end ? end : lineEnd;
    if (stop > from) ranges.push({ line, start: from - lineStart, end: stop - lineStart });
    if (lineEnd === -1 || lineEnd >= end) break;
    from = lineEnd + 1;
    lineStart = from;
    line++;
  }
  return ranges;
}

function place(doc: RawDocument, article: ExtractedArticle, language: LanguageAnnotations, claim: Claim): Placed {
  const toLines = (span: Span): LineRange[] => {
    const source = toSourceSpan(article.offsets, span, doc.source.length, doc.label);
    return lineRanges(doc.source, source.start, source.end);
  };
  const statement = claim.statementTime === null ? null : language.times[claim.statementTime]!;
  return {
    claim,
    file: basename(doc.label),
    cue: claim.cue ? toLines(claim.cue)[0] ?? null : null,
    content: claim.content.flatMap(toLines),
    quantityValues: claim.quantities.map((q) => language.quantities[q]!.value),
    statementDate: statement?.resolved ? formatResolvedTime(statement.resolved) : null,
    cueText: claim.cue ? article.text.slice(claim.cue.start, claim.cue.end) : '',
  };
}

/** Canonical names compared loosely: case, dots, a leading "the", and "(unnamed)"-style notes ignored. */
function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.\u2019']/g, '')
    .replace(/^\s*(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Gold canonical name → every alias the gold entities record for it, in any seed (story.json). */
function aliasIndex(shared: string): Map<string, Set<string>> {
  const story = JSON.parse(readFileSync(join(shared, 'gold', 'story.json'), 'utf8')) as { entity_alias_index: Record<string, { aliases_by_seed: Record<string, string[]> }> };
  const index = new Map<string, Set<string>>();
  for (const [canonical, entry] of Object.entries(story.entity_alias_index)) {
    const aliases = new Set<string>([normaliseName(canonical)]);
    for (const list of Object.values(entry.aliases_by_seed)) for (const alias of list) aliases.add(normaliseName(alias));
    index.set(normaliseName(canonical), aliases);
  }
  return index;
}

/** The same entity under another spelling: an alias the gold records, or the name without middle initials. */
function sameEntity(predicted: string, gold: string, aliases: Map<string, Set<string>>): boolean {
  const p = normaliseName(predicted);
  const g = normaliseName(gold);
  if (p === g) return true;
  if (aliases.get(g)?.has(p)) return true;
  return p.split(' ').filter((w) => w.length > 1).join(' ') === g;
}

function overlaps(a: LineRange, b: LineRange): boolean {
  return a.line === b.line && a.start < b.end && b.start < a.end;
}

function goldCueRange(g: GoldClaim): LineRange | null {
  if (g.cue === null || g.cue_char_start === undefined) return null;
  return { line: g.line, start: g.cue_char_start, end: g.cue_char_start + g.cue.length };
}

function goldQuoteRanges(g: GoldClaim, lines: readonly string[]): LineRange[] {
  const text = lines[g.line - 1] ?? '';
  return (g.quote ?? '')
    .split(' | ')
    .filter((q) => q.length > 0)
    .flatMap((q) => {
      const at = text.replace(/\u00A0/g, ' ').indexOf(q);
      return at === -1 ? [] : [{ line: g.line, start: at, end: at + q.length }];
    });
}

function sameQuantity(gold: number | number[] | null, predicted: readonly (number | null)[]): boolean {
  if (gold === null) return predicted.includes(null);
  if (Array.isArray(gold)) return predicted.includes(null) || gold.some((v) => predicted.includes(v));
  return predicted.includes(gold);
}

async function main(): Promise<void> {
  const shared = sharedDir();
  const gold = readFileSync(join(shared, 'gold', 'claims.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldClaim);
  const boilerplate = JSON.parse(readFileSync(join(shared, 'gold', 'boilerplate.json'), 'utf8')) as Record<string, { content_lines: number[] }>;
  const documents: RawDocument[] = [];
  for await (const item of readInputs([join(shared, 'seeds')])) if (item.kind === 'document') documents.push(item.document);
  const context = prepareExtractContext(documents);
  const placed: Placed[] = [];
  const lines = new Map<string, string[]>();
  for (const doc of documents) {
    const article = extractArticle(doc, context);
    const language = analyzeLanguage(article);
    lines.set(basename(doc.label), doc.source.split('\n'));
    for (const claim of findClaims(article, language)) placed.push(place(doc, article, language, claim));
  }

  let found = 0;
  let speakerRight = 0;
  let speakerSameEntity = 0;
  const aliases = aliasIndex(shared);
  let quantitiesGold = 0;
  let quantitiesRight = 0;
  let stanceLenient = 0;
  let stanceStrict = 0;
  let kindRight = 0;
  let relayGold = 0;
  let relayRight = 0;
  let dateGold = 0;
  let dateRight = 0;
  const used = new Set<Placed>();
  const misses: string[] = [];
  const wrongSpeakers: string[] = [];
  const stanceConfusion = new Map<string, number>();
  const stanceMisses: string[] = [];
  const relayMisses: string[] = [];
  for (const g of gold) {
    const fileLines = lines.get(g.seed) ?? [];
    const cue = goldCueRange(g);
    const candidates = placed.filter((p) => p.file === g.seed && (cue ? p.cue !== null && overlaps(p.cue, cue) : p.content.some((c) => goldQuoteRanges(g, fileLines).some((q) => overlaps(c, q)))));
    for (const q of g.quantities) quantitiesGold++;
    if (g.relayed_by) relayGold++;
    if (g.statement_date && g.statement_date_basis === 'explicit') dateGold++;
    const where = `${g.id} L${g.line} cue ${JSON.stringify(g.cue)} speaker ${JSON.stringify(g.speaker)}`;
    if (candidates.length === 0) {
      misses.push(`${where}: not found`);
      continue;
    }
    found++;
    const goldName = normaliseName(g.speaker);
    const best = candidates.find((p) => normaliseName(p.claim.speaker.name) === goldName && !used.has(p)) ?? candidates.find((p) => normaliseName(p.claim.speaker.name) === goldName) ?? candidates.find((p) => !used.has(p)) ?? candidates[0]!;
    used.add(best);
    const same = sameEntity(best.claim.speaker.name, g.speaker, aliases);
    if (same) speakerSameEntity++;
    if (normaliseName(best.claim.speaker.name) === goldName) speakerRight++;
    else wrongSpeakers.push(`${where}: predicted ${JSON.stringify(best.claim.speaker.name)} (${best.claim.speaker.type}) from cue ${JSON.stringify(best.cueText)}${same ? ' [same entity, other spelling]' : ''}`);
    for (const q of g.quantities) if (sameQuantity(q.value, best.quantityValues)) quantitiesRight++;
    const gs = g.stance;
    const ps = best.claim.stance;
    if (gs === ps) stanceStrict++;
    if ((LENIENT_CLASS[gs] ?? gs) === (LENIENT_CLASS[ps] ?? ps)) stanceLenient++;
    else {
      stanceConfusion.set(`${gs}→${ps}`, (stanceConfusion.get(`${gs}→${ps}`) ?? 0) + 1);
      stanceMisses.push(`${g.id} L${g.line} cue ${JSON.stringify(best.cueText)}: gold ${gs}, predicted ${ps}`);
    }
    if (g.kind === best.claim.kind) kindRight++;
    if (g.relayed_by) {
      // Same entities, in any order and spelling the gold records (see sameEntity).
      const goldRelays = g.relayed_by.split(';').map((r) => r.trim());
      const predicted = best.claim.relayedBy.map((r) => r.name);
      if (goldRelays.length === predicted.length && goldRelays.every((r) => predicted.some((p) => sameEntity(p, r, aliases)))) relayRight++;
      else relayMisses.push(`${g.id} L${g.line} cue ${JSON.stringify(best.cueText)}: gold relayed by ${JSON.stringify(g.relayed_by)}, predicted ${JSON.stringify(best.claim.relayedBy.map((r) => r.name))}`);
    }
    if (g.statement_date && g.statement_date_basis === 'explicit' && best.statementDate === g.statement_date) dateRight++;
  }
  const contentLines = new Set(Object.entries(boilerplate).flatMap(([file, b]) => b.content_lines.map((l) => `${file}:${l}`)));
  const unexplained = placed.filter((p) => !used.has(p) && p.cue && contentLines.has(`${p.file}:${p.cue.line}`) && !gold.some((g) => {
    const cue = goldCueRange(g);
    return g.seed === p.file && cue !== null && overlaps(cue, p.cue!);
  }));

  const rate = (a: number, b: number): string => (b === 0 ? 'n/a' : `${fixed((100 * a) / b, 1)}% (${a}/${b})`);
  console.log(`seeds: ${gold.length} gold claims, ${placed.length} predicted`);
  console.log(`found                        ${rate(found, gold.length)}`);
  console.log(`found, right speaker         ${rate(speakerRight, gold.length)}   (target >= 90%; canonical names compared)`);
  console.log(`found, same speaker entity   ${rate(speakerSameEntity, gold.length)}   (the name is a gold alias of the canonical, or it without middle initials)`);
  console.log(`quantities right             ${rate(quantitiesRight, quantitiesGold)}   (target >= 90%)`);
  console.log(`stance (asserts/warns/estimates one class) ${rate(stanceLenient, found)} of found`);
  console.log(`stance strict                ${rate(stanceStrict, found)} of found`);
  console.log(`kind                         ${rate(kindRight, found)} of found`);
  console.log(`relayed_by agrees            ${rate(relayRight, relayGold)}   (same entities, gold aliases accepted)`);
  console.log(`explicit statement date      ${rate(dateRight, dateGold)}`);
  console.log(`predictions matching no gold cue (content lines): ${unexplained.length}`);
  console.log(`stance confusions (gold→predicted): ${[...stanceConfusion].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (misses.length) console.log(`\nmisses:\n  ${misses.join('\n  ')}`);
  if (wrongSpeakers.length) console.log(`\nwrong speakers:\n  ${wrongSpeakers.join('\n  ')}`);
  if (stanceMisses.length) console.log(`\nstance disagreements (lenient):\n  ${stanceMisses.join('\n  ')}`);
  if (relayMisses.length) console.log(`\nrelay disagreements:\n  ${relayMisses.join('\n  ')}`);
  if (unexplained.length) console.log(`\nunexplained predictions:\n  ${unexplained.map((p) => `${p.file.slice(0, 3)} L${p.cue!.line} cue ${JSON.stringify(p.cueText)} speaker ${JSON.stringify(p.claim.speaker.name)}`).join('\n  ')}`);
}

await main();
