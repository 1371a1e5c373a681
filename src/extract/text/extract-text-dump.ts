// The text-dump reader: RawDocument (plain text) → block decisions and the metadata the dump shows
// (title, authors, outlet, published date). Splits lines, sets the leading crawler date field
// aside, classifies furniture, then reads metadata from the header the layout found.

import {
  diagnostic,
  makeSpan,
  type ArticleMetadata,
  type DateValue,
  type Diagnostic,
  type Found,
  type RawDocument,
} from '../../model/index.js';
import { dateValueDay, findDatelines } from '../dates.js';
import { classifyFurnitureWithLayout } from '../furniture.js';
import { AUTHOR_PREFIX, AUTHOR_SEPARATOR, BYLINE_PLACE_SUFFIX, BYLINE_ROLE_SUFFIX, FURNITURE_RULES } from '../rules.js';
import type { BlockDecision, SourceBlock } from '../source-block.js';
import type { TemplateIndex } from '../templates.js';
import type { HeaderLayout } from './header.js';
import { splitDumpLines, type DumpLine } from './lines.js';
import { outletKeyFor, readOutlet } from './outlet.js';

export interface TextExtractOptions {
  /** Outlet key for template lookups; 'auto' derives it from the URL or the text (see findOutletKey). */
  readonly outletKey: string | null | 'auto';
}

export const defaultTextExtractOptions: TextExtractOptions = { outletKey: 'auto' };

export interface TextExtraction {
  /** One per line block, in source order. */
  readonly decisions: BlockDecision[];
  /** Only what the dump itself shows: title, authors, outlet, published. */
  readonly metadata: Partial<ArticleMetadata>;
  readonly warnings: Diagnostic[];
}

export function extractTextDump(doc: RawDocument, templates: TemplateIndex, options: Partial<TextExtractOptions> = {}): TextExtraction {
  const { outletKey: outletKeyOption } = { ...defaultTextExtractOptions, ...options };
  const lines = splitDumpLines(doc.source, doc.label);
  const dateFields = lines.filter((l) => l.isLeadingDateField);
  const textLines = lines.filter((l) => !l.isLeadingDateField);
  const blocks = textLines.map((l) => l.block);
  const outletKey = outletKeyOption === 'auto' ? outletKeyFor(doc, blocks) : outletKeyOption;
  const { decisions: lineDecisions, layout } = classifyFurnitureWithLayout(blocks, { templates, outletKey });

  const decisions: BlockDecision[] = [
    ...dateFields.map((l): BlockDecision => ({
      block: l.block,
      keep: false,
      category: FURNITURE_RULES.leadingDateLine.category,
      rule: FURNITURE_RULES.leadingDateLine.name,
    })),
    ...lineDecisions,
  ];

  const warnings: Diagnostic[] = [];
  const published = readPublished(doc, dateFields, lineDecisions, layout, warnings);
  const metadata: Partial<ArticleMetadata> = {
    title: readTitle(doc, lineDecisions, layout),
    authors: readAuthors(doc, lineDecisions, layout),
    outlet: readOutlet(doc, lineDecisions.filter((d) => !d.keep).map((d) => d.block)),
    published,
  };
  if (!lineDecisions.some((d) => d.keep)) {
    warnings.push(
      diagnostic('extract/no-content', doc.label, `all ${lines.length} lines of the text were read as page furniture; no article text is left`, {
        hint: 'Check that the file is an article and not an index or error page; each removed line carries the rule that removed it.',
      }),
    );
  }
  return { decisions, metadata, warnings };
}

function readTitle(doc: RawDocument, decisions: readonly BlockDecision[], layout: HeaderLayout): Found<string> | null {
  if (layout.titleIndex === null) return null;
  const block = decisions[layout.titleIndex]!.block;
  return {
    value: block.text,
    from: layout.titleIndex === 0 ? 'first-line' : 'heading',
    reliability: 'medium',
    evidence: block.text,
    sourceSpan: block.sourceSpan,
  };
}

function readAuthors(doc: RawDocument, decisions: readonly BlockDecision[], layout: HeaderLayout): Found<readonly string[]> | null {
  for (const { index, role } of layout.bylines) {
    if (role !== 'author') continue;
    const block = decisions[index]!.block;
    const prefixed = AUTHOR_PREFIX.exec(block.text);
    const names = splitAuthorNames(prefixed ? prefixed[1]! : block.text);
    if (names.length === 0) continue;
    return {
      value: names,
      from: 'byline',
      // A "By"/"Author:" prefix says what the line is; a bare name line is read from its position.
      reliability: prefixed ? 'high' : 'medium',
      evidence: block.text,
      sourceSpan: block.sourceSpan,
    };
  }
  return null;
}

export function splitAuthorNames(text: string): string[] {
  const withoutRole = text.replace(BYLINE_ROLE_SUFFIX, '').replace(BYLINE_PLACE_SUFFIX, '');
  return withoutRole
    .split(AUTHOR_SEPARATOR)
    .map((n) => n.trim())
    .filter((n) => /^\p{Lu}/u.test(n));
}

function readPublished(
  doc: RawDocument,
  dateFields: readonly DumpLine[],
  decisions: readonly BlockDecision[],
  layout: HeaderLayout,
  warnings: Diagnostic[],
): Found<DateValue> | null {
  const visible = layout.datelineIndexes.map((i) => ({ i, block: decisions[i]!.block })).find(({ block }) => findDatelines(block.text).length > 0);
  const fromDateline = visible ? foundDate(doc, visible.block, 'dateline', layout.bodyStart === null || visible.i < layout.bodyStart ? 'high' : 'medium') : null;
  const field = dateFields[0];
  const fromField = field ? foundDate(doc, field.block, 'date-line', 'medium') : null;
  if (fromDateline && fromField && dateValueDay(fromDateline.value) !== dateValueDay(fromField.value)) {
    warnings.push(
      diagnostic(
        'extract/date-conflict',
        doc.label,
        `the visible dateline says ${fromDateline.evidence} but the leading date field says ${fromField.evidence}; the dateline is used`,
        { place: { line: field!.lineNumber }, hint: 'If the date field is the true publication date, pass it as the document\'s date hint.' },
      ),
    );
  }
  return fromDateline ?? fromField;
}

function foundDate(doc: RawDocument, block: SourceBlock, from: 'dateline' | 'date-line', reliability: 'high' | 'medium'): Found<DateValue> | null {
  const [first] = findDatelines(block.text);
  if (!first) return null;
  const start = block.sourceSpan.start + first.span.start;
  const end = block.sourceSpan.start + first.span.end;
  return { value: first.value, from, reliability, evidence: first.text, sourceSpan: makeSpan(start, end, doc.source.length, doc.label) };
}
