// SourceBlock: a candidate block of article text found in a document, before the keep/remove
// decision. Both the HTML and the text-dump readers produce these; `assembleArticle` joins the
// kept ones into the clean text and builds the offset map from their pieces.

import type { BlockKind, BoilerplateCategory, OffsetSegment, Span } from '../model/index.js';

export interface SourceBlock {
  /** The block's text as it will appear in the clean text (whitespace normalised, entities decoded). */
  readonly text: string;
  /** The whole extent of the block in RawDocument.source. */
  readonly sourceSpan: Span;
  /**
   * How `text` maps to the source: segments with `textStart` relative to the start of `text`,
   * sorted, covering every character of `text` that came from the source.
   */
  readonly pieces: readonly OffsetSegment[];
  /** The HTML element that holds the block (`p`, `h1`, `li`, `figcaption`…), or null for a text line. */
  readonly tag: string | null;
  /** The reader's best guess of the block's role; header detection may refine it. */
  readonly kind: BlockKind;
}

/** The decision about one block. Removed blocks keep their reason so users can audit it. */
export type BlockDecision =
  | { readonly block: SourceBlock; readonly keep: true }
  | {
      readonly block: SourceBlock;
      readonly keep: false;
      readonly category: BoilerplateCategory;
      /** Name of the rule (in the rules module) that removed it. */
      readonly rule: string;
    };

/** A block copied verbatim from the source: one piece, one-to-one. */
export function verbatimPieces(sourceStart: number, length: number): readonly OffsetSegment[] {
  return [{ textStart: 0, textLength: length, sourceStart, sourceLength: length }];
}
