// Joins the kept blocks of a document into the clean article text (blocks separated by a blank
// line), with block spans into that text and the offset map back to the source.

import {
  makeSpan,
  type Block,
  type OffsetSegment,
  type RemovedBlock,
} from '../model/index.js';
import type { BlockDecision } from './source-block.js';

const BLOCK_SEPARATOR = '\n\n';

export interface AssembledText {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly removed: readonly RemovedBlock[];
  readonly offsets: readonly OffsetSegment[];
}

export function assembleText(decisions: readonly BlockDecision[], context: string): AssembledText {
  const kept = decisions.filter((d) => d.keep).map((d) => d.block);
  const text = kept.map((b) => b.text).join(BLOCK_SEPARATOR);
  const blocks: Block[] = [];
  const offsets: OffsetSegment[] = [];
  let cursor = 0;
  for (const block of kept) {
    blocks.push({ kind: block.kind, span: makeSpan(cursor, cursor + block.text.length, text.length, context) });
    for (const piece of block.pieces) {
      offsets.push({ ...piece, textStart: cursor + piece.textStart });
    }
    cursor += block.text.length + BLOCK_SEPARATOR.length;
  }
  const removed: RemovedBlock[] = [];
  for (const d of decisions) {
    if (!d.keep) removed.push({ sourceSpan: d.block.sourceSpan, category: d.category, rule: d.rule });
  }
  removed.sort((a, b) => a.sourceSpan.start - b.sourceSpan.start);
  return { text, blocks, removed, offsets };
}
