// OffsetMap: how clean article text maps back to the source it was extracted from.
// Extraction builds the clean text from pieces of the source; each piece is a segment. Characters
// the extractor added itself (the blank line between blocks) belong to no segment.

import { makeSpan, type Span } from './span.js';

/**
 * One piece of clean text taken from the source. When `textLength === sourceLength` the piece is a
 * verbatim copy and every character maps exactly; otherwise (HTML entities decoded, whitespace
 * collapsed) the piece maps as a whole to its source range.
 */
export interface OffsetSegment {
  readonly textStart: number;
  readonly textLength: number;
  readonly sourceStart: number;
  readonly sourceLength: number;
}

/** Segments sorted by textStart, not overlapping. */
export type OffsetMap = readonly OffsetSegment[];

/** The source offset of a clean-text offset; offsets between segments map to the next segment's start. */
export function toSourceOffset(map: OffsetMap, textOffset: number, bias: 'start' | 'end' = 'start'): number {
  let lo = 0;
  let hi = map.length - 1;
  // Binary search for the last segment starting at or before textOffset.
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]!.textStart <= textOffset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found === -1) return map[0]?.sourceStart ?? 0;
  const seg = map[found]!;
  const within = textOffset - seg.textStart;
  if (within > seg.textLength) {
    // In a gap the extractor added: snap to the neighbouring segment on the requested side.
    const next = map[found + 1];
    return bias === 'start' && next ? next.sourceStart : seg.sourceStart + seg.sourceLength;
  }
  if (seg.textLength === seg.sourceLength) return seg.sourceStart + within;
  if (within === 0) return seg.sourceStart;
  if (within === seg.textLength) return seg.sourceStart + seg.sourceLength;
  return bias === 'start' ? seg.sourceStart : seg.sourceStart + seg.sourceLength;
}

/** The source range behind a clean-text span (exact for verbatim pieces, widened to whole pieces otherwise). */
export function toSourceSpan(map: OffsetMap, span: Span, sourceLength: number, context: string): Span {
  const start = toSourceOffset(map, span.start, 'start');
  const end = Math.max(start, toSourceOffset(map, span.end, 'end'));
  return makeSpan(start, Math.min(end, sourceLength), sourceLength, context);
}
