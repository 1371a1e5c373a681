// Outlet templates for extract: lines an outlet repeats on every page (appeals, prompts, widget
// labels) learnt from a batch of documents, as plain JSON-serialisable data the store can keep.
// The furniture classifier asks `lookupTemplate` how often a line recurs; repetition is only
// evidence, never a verdict on its own (a wire sentence can recur across one outlet's articles).

import { TEMPLATE_MIN_LINE_CHARS } from './rules.js';
import { splitDumpLines } from './text/lines.js';

/** How often one line was seen: in how many documents, and per outlet key. */
export interface TemplateLineCount {
  readonly documents: number;
  /** Outlet key → documents of that outlet holding the line. Documents without an outlet are not listed. */
  readonly byOutlet: Readonly<Record<string, number>>;
}

/** Lines seen in at least two documents, keyed by their normalised form. Plain data: JSON round-trips it. */
export interface TemplateIndex {
  readonly version: 1;
  readonly documentCount: number;
  /** Outlet key → number of documents learnt from that outlet. */
  readonly outletDocumentCounts: Readonly<Record<string, number>>;
  readonly lines: Readonly<Record<string, TemplateLineCount>>;
}

export interface TemplateEvidence {
  /** Documents (any outlet) holding the line, the one being read included if it was learnt. */
  readonly documents: number;
  /** Documents of the given outlet holding the line. */
  readonly sameOutletDocuments: number;
  /** Distinct outlets whose documents hold the line. */
  readonly outlets: number;
}

export const EMPTY_TEMPLATE_INDEX: TemplateIndex = { version: 1, documentCount: 0, outletDocumentCounts: {}, lines: {} };

const NO_EVIDENCE: TemplateEvidence = { documents: 0, sameOutletDocuments: 0, outlets: 0 };

/** The form lines are compared in: lower case, any run of whitespace (no-break spaces too) as one space. */
export function normaliseTemplateLine(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Learns which lines recur across documents. `outletKey` groups documents of one outlet (see
 * `findOutletKey` in text/); null when unknown. Lines are split as the text reader splits them,
 * so lookups match. Only lines in two or more documents are kept.
 */
export function learnTemplates(docs: readonly { readonly source: string; readonly outletKey: string | null }[]): TemplateIndex {
  const counts = new Map<string, { documents: number; byOutlet: Map<string, number> }>();
  const outletDocumentCounts = new Map<string, number>();
  for (const doc of docs) {
    if (doc.outletKey !== null) outletDocumentCounts.set(doc.outletKey, (outletDocumentCounts.get(doc.outletKey) ?? 0) + 1);
    const seen = new Set<string>();
    for (const line of splitDumpLines(doc.source, 'learnTemplates')) {
      if (line.isLeadingDateField || line.block.text.length < TEMPLATE_MIN_LINE_CHARS) continue;
      seen.add(normaliseTemplateLine(line.block.text));
    }
    for (const key of seen) {
      let count = counts.get(key);
      if (!count) {
        count = { documents: 0, byOutlet: new Map() };
        counts.set(key, count);
      }
      count.documents++;
      if (doc.outletKey !== null) count.byOutlet.set(doc.outletKey, (count.byOutlet.get(doc.outletKey) ?? 0) + 1);
    }
  }
  // Object.fromEntries, not assignment: a line reading "__proto__" must stay an ordinary key.
  const lines: Record<string, TemplateLineCount> = Object.fromEntries(
    [...counts]
      .filter(([, count]) => count.documents >= 2)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, count]) => [key, { documents: count.documents, byOutlet: Object.fromEntries([...count.byOutlet].sort(([a], [b]) => (a < b ? -1 : 1))) }]),
  );
  return { version: 1, documentCount: docs.length, outletDocumentCounts: Object.fromEntries([...outletDocumentCounts].sort(([a], [b]) => (a < b ? -1 : 1))), lines };
}

/** How often `text` recurs in the learnt documents, overall and within `outletKey`. */
export function lookupTemplate(index: TemplateIndex, outletKey: string | null, text: string): TemplateEvidence {
  const key = normaliseTemplateLine(text);
  if (!Object.hasOwn(index.lines, key)) return NO_EVIDENCE;
  const count = index.lines[key]!;
  return {
    documents: count.documents,
    sameOutletDocuments: outletKey !== null && Object.hasOwn(count.byOutlet, outletKey) ? count.byOutlet[outletKey]! : 0,
    outlets: Object.keys(count.byOutlet).length,
  };
}
