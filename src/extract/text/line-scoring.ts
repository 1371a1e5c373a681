// Scores a text extraction against a line-level annotation (which 1-based lines are content,
// boilerplate or caption), as ../shared/gold/boilerplate.json gives it. Used by the seed bench
// and the seed test; pure, so both read files themselves.

import type { BlockDecision } from '../source-block.js';

export interface LineAnnotation {
  readonly content_lines: readonly number[];
  readonly boilerplate_lines: readonly number[];
  readonly caption_lines: readonly number[];
}

export interface LineScore {
  readonly contentLines: number;
  readonly contentKept: number;
  readonly furnitureLines: number;
  readonly furnitureRemoved: number;
  /** Content lines with a removed block, and furniture lines with a kept block, with the rule. */
  readonly misses: readonly { readonly line: number; readonly expected: 'content' | 'furniture'; readonly detail: string }[];
}

/** A line counts as kept when all its blocks are kept, removed when all are removed. */
export function scoreLines(source: string, decisions: readonly BlockDecision[], gold: LineAnnotation): LineScore {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const byLine = new Map<number, BlockDecision[]>();
  for (const d of decisions) {
    const line = lineOf(d.block.sourceSpan.start);
    byLine.set(line, [...(byLine.get(line) ?? []), d]);
  }
  const misses: { line: number; expected: 'content' | 'furniture'; detail: string }[] = [];
  let contentKept = 0;
  for (const line of gold.content_lines) {
    const ds = byLine.get(line) ?? [];
    if (ds.length > 0 && ds.every((d) => d.keep)) contentKept++;
    else misses.push({ line, expected: 'content', detail: ds.map((d) => (d.keep ? 'kept' : `removed by ${d.rule}`)).join(', ') || 'no block' });
  }
  let furnitureRemoved = 0;
  const furniture = [...gold.boilerplate_lines, ...gold.caption_lines].sort((a, b) => a - b);
  for (const line of furniture) {
    const ds = byLine.get(line) ?? [];
    if (ds.length > 0 && ds.every((d) => !d.keep)) furnitureRemoved++;
    else misses.push({ line, expected: 'furniture', detail: ds.map((d) => (d.keep ? `kept as ${d.block.kind}` : 'removed')).join(', ') || 'no block' });
  }
  return { contentLines: gold.content_lines.length, contentKept, furnitureLines: furniture.length, furnitureRemoved, misses };
}
