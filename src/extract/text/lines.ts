// Splits a plain-text dump into line blocks: each non-empty line, trimmed, as a verbatim slice of
// RawDocument.source (offsets exact, no-break spaces kept). A leading crawler date field
// (" date 2024-10-29 …") is split off as a block of its own. First step of the text-dump reader.

import { makeSpan } from '../../model/index.js';
import { LEADING_DATE_LINE } from '../rules.js';
import { verbatimPieces, type SourceBlock } from '../source-block.js';

export interface DumpLine {
  readonly block: SourceBlock;
  /** 1-based line number in the source, for messages. */
  readonly lineNumber: number;
  /** True for the split-off leading " date YYYY-MM-DD" field. */
  readonly isLeadingDateField: boolean;
}

const LEADING_SPACE = /^\s+/;
const TRAILING_SPACE = /\s+$/;

/** Non-empty lines of `source` in order, each trimmed; `source.slice(span)` equals `block.text`. */
export function splitDumpLines(source: string, context: string): DumpLine[] {
  const lines: DumpLine[] = [];
  let lineStart = 0;
  let lineNumber = 1;
  while (lineStart <= source.length) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const raw = source.slice(lineStart, lineEnd);
    const leading = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
    const trailing = leading === raw.length ? 0 : TRAILING_SPACE.exec(raw)?.[0].length ?? 0;
    const start = lineStart + leading;
    const end = lineEnd - trailing;
    if (end > start) {
      const dateField = lines.length === 0 ? LEADING_DATE_LINE.exec(raw) : null;
      if (dateField) {
        const fieldStart = lineStart + raw.indexOf(dateField[1]!);
        const fieldEnd = fieldStart + dateField[1]!.length;
        lines.push({ block: lineBlock(source, fieldStart, fieldEnd, context), lineNumber, isLeadingDateField: true });
        const rest = source.slice(fieldEnd, end);
        const restStart = fieldEnd + (LEADING_SPACE.exec(rest)?.[0].length ?? 0);
        if (end > restStart) lines.push({ block: lineBlock(source, restStart, end, context), lineNumber, isLeadingDateField: false });
      } else {
        lines.push({ block: lineBlock(source, start, end, context), lineNumber, isLeadingDateField: false });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
    lineNumber++;
  }
  return lines;
}

function lineBlock(source: string, start: number, end: number, context: string): SourceBlock {
  return {
    text: source.slice(start, end),
    sourceSpan: makeSpan(start, end, source.length, context),
    pieces: verbatimPieces(start, end - start),
    tag: null,
    kind: 'paragraph',
  };
}
