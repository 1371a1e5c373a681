// Turns the light tree into candidate text blocks: one block per run of inline text inside a
// block-level element (p, h1-h6, li, blockquote, td, a div's own text…), with whitespace
// collapsed, entities decoded, and pieces mapping each block's text back to the HTML offsets.
// Second step of HTML extraction; the scorer and classifier then decide which blocks to keep.

import { makeSpan, type BlockKind, type OffsetSegment } from '../../model/index.js';
import type { SourceBlock } from '../source-block.js';
import type { LightDocument, LightElement, LightNode, LightText } from './light-tree.js';
import { compileHintWords, matchesHint, normaliseHint } from './hint-words.js';
import { BLOCK_TAGS, HEADING_TAGS, PARAGRAPH_BREAK_BR_COUNT, UNSHOWN_INLINE_WORDS } from './rules.js';

const UNSHOWN_INLINE = compileHintWords(UNSHOWN_INLINE_WORDS);

/** Inline elements a reader never sees in the text flow: hidden ones, hover cards, screen-reader extras. */
function isUnshownInline(element: LightElement): boolean {
  if (BLOCK_TAGS.has(element.tag)) return false;
  if (element.hidden) return true;
  return element.classAndId.length > 0 && matchesHint(normaliseHint(element.classAndId), UNSHOWN_INLINE);
}

export interface CandidateBlock {
  readonly block: SourceBlock;
  /** The nearest block-level element that holds the text. */
  readonly owner: LightElement;
  /** Characters of the block's text that sit inside links. */
  readonly linkChars: number;
}

type MutableSegment = { textStart: number; textLength: number; sourceStart: number; sourceLength: number };

/** Whitespace as HTML rendering collapses it, plus no-break and typographic spaces (normalised to ' '). */
function isCollapsibleSpace(code: number): boolean {
  return (
    code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x1680
  );
}

/** Accumulates the text of one block and its pieces. */
class BlockBuilder {
  text = '';
  pieces: MutableSegment[] = [];
  linkChars = 0;
  sourceStart = -1;
  sourceEnd = -1;
  /** Whitespace seen since the last character; emitted as one space before the next character. */
  private pendingSpace = false;
  /** Source offset of that whitespace when it is exactly one ' ' (then the space maps exactly). */
  private pendingSpaceAt = -1;
  /** <br> seen since the last character. */
  breaksSinceText = 0;

  get isEmpty(): boolean {
    return this.text.length === 0;
  }

  reset(): void {
    this.text = '';
    this.pieces = [];
    this.linkChars = 0;
    this.sourceStart = -1;
    this.sourceEnd = -1;
    this.pendingSpace = false;
    this.pendingSpaceAt = -1;
    this.breaksSinceText = 0;
  }

  addSpace(exactAt: number): void {
    if (this.pendingSpace) this.pendingSpaceAt = -1;
    else {
      this.pendingSpace = true;
      this.pendingSpaceAt = exactAt;
    }
  }

  /** Appends source characters [from, to) of a verbatim text run at source offset `sourceStart`. */
  private appendExact(data: string, from: number, to: number, sourceStart: number, inLink: boolean): void {
    this.flushSpace(inLink);
    const textStart = this.text.length;
    const source = sourceStart + from;
    this.text += from === 0 && to === data.length ? data : data.slice(from, to);
    this.addPiece(textStart, to - from, source, to - from, true);
    if (inLink) this.linkChars += to - from;
    this.noteSource(source, source + (to - from));
  }

  private addPiece(textStart: number, textLength: number, sourceStart: number, sourceLength: number, exact: boolean): void {
    const last = this.pieces[this.pieces.length - 1];
    // Contiguous exact pieces merge, so a run of words copied verbatim is one segment.
    if (
      exact && last !== undefined && last.textLength === last.sourceLength &&
      last.textStart + last.textLength === textStart && last.sourceStart + last.sourceLength === sourceStart
    ) {
      last.textLength += textLength;
      last.sourceLength += sourceLength;
      return;
    }
    this.pieces.push({ textStart, textLength, sourceStart, sourceLength });
  }

  private noteSource(start: number, end: number): void {
    if (this.sourceStart < 0) this.sourceStart = start;
    this.sourceEnd = end;
    this.breaksSinceText = 0;
  }

  private flushSpace(inLink: boolean): void {
    if (!this.pendingSpace) return;
    this.pendingSpace = false;
    if (this.text.length === 0) return; // leading whitespace is dropped
    const at = this.pendingSpaceAt;
    if (at >= 0) this.addPiece(this.text.length, 1, at, 1, true);
    this.text += ' ';
    if (inLink) this.linkChars += 1;
  }

  appendText(node: LightText, inLink: boolean): void {
    const { data, start } = node;
    if (!node.verbatim) {
      // A decoded entity: one piece mapping as a whole, or whitespace (&nbsp;) that collapses.
      if (data.length === 1 && isCollapsibleSpace(data.charCodeAt(0))) {
        this.addSpace(-1);
        return;
      }
      this.flushSpace(inLink);
      const textStart = this.text.length;
      this.text += data;
      this.addPiece(textStart, data.length, start, node.end - start, false);
      if (inLink) this.linkChars += data.length;
      this.noteSource(start, node.end);
      return;
    }
    let runStart = -1;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isCollapsibleSpace(code)) {
        if (runStart >= 0) {
          this.appendExact(data, runStart, i, start, inLink);
          runStart = -1;
        }
        this.addSpace(code === 32 ? start + i : -1);
      } else if (runStart < 0) {
        runStart = i;
      }
    }
    if (runStart >= 0) this.appendExact(data, runStart, data.length, start, inLink);
  }
}

function blockKindOf(owner: LightElement, quoteDepth: number): BlockKind {
  if (HEADING_TAGS.has(owner.tag)) return 'heading';
  if (owner.tag === 'li') return 'list-item';
  if (quoteDepth > 0) return 'quote';
  return 'paragraph';
}

interface Frame {
  readonly element: LightElement;
  next: number;
}

/** Collects every text block of the page in source order. `context` names the document in span errors. */
export function collectBlocks(doc: LightDocument, html: string, context: string): CandidateBlock[] {
  const blocks: CandidateBlock[] = [];
  const builder = new BlockBuilder();
  const owners: LightElement[] = [doc.root];
  // True while the builder holds everything its owner has had so far, so the block may span the whole element.
  let builderCoversOwner = true;
  let linkDepth = 0;
  let quoteDepth = 0;

  const flush = (atOwnerEnd: boolean): void => {
    if (!builder.isEmpty) {
      const owner = owners[owners.length - 1]!;
      const wholeElement = atOwnerEnd && builderCoversOwner && owner !== doc.root;
      const start = wholeElement ? owner.start : builder.sourceStart;
      const end = wholeElement ? Math.max(owner.end, builder.sourceEnd) : builder.sourceEnd;
      blocks.push({
        block: {
          text: builder.text,
          sourceSpan: makeSpan(start, Math.min(end, html.length), html.length, context),
          pieces: builder.pieces as readonly OffsetSegment[],
          tag: owner === doc.root ? null : owner.tag,
          kind: blockKindOf(owner, quoteDepth),
        },
        owner,
        linkChars: builder.linkChars,
      });
    }
    builder.reset();
    builderCoversOwner = false;
  };

  const enter = (element: LightElement): void => {
    const tag = element.tag;
    if (BLOCK_TAGS.has(tag)) {
      flush(false);
      owners.push(element);
      builderCoversOwner = true;
      if (tag === 'blockquote') quoteDepth++;
    } else if (tag === 'br') {
      builder.breaksSinceText++;
      if (builder.breaksSinceText >= PARAGRAPH_BREAK_BR_COUNT && !builder.isEmpty) flush(false);
      else builder.addSpace(-1);
    } else if (tag === 'a') {
      linkDepth++;
    }
  };

  const exit = (element: LightElement): void => {
    const tag = element.tag;
    if (BLOCK_TAGS.has(tag)) {
      flush(true);
      owners.pop();
      if (tag === 'blockquote') quoteDepth--;
      builderCoversOwner = false;
    } else if (tag === 'a') {
      linkDepth--;
    }
  };

  const stack: Frame[] = [{ element: doc.root, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children: readonly LightNode[] = frame.element.children;
    if (frame.next >= children.length) {
      stack.pop();
      if (frame.element !== doc.root) exit(frame.element);
      continue;
    }
    const child = children[frame.next++]!;
    if (child.kind === 'text') {
      builder.appendText(child, linkDepth > 0);
    } else if (!isUnshownInline(child)) {
      enter(child);
      stack.push({ element: child, next: 0 });
    }
  }
  flush(true);
  return blocks;
}
