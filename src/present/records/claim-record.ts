// The public claim record: one attributed statement as `crosscheck claims`, the HTTP API and the
// benches print it. Spans carry their words; offsets are Unicode code points (end exclusive) into
// the original input text for plain-text inputs, so stand-off annotations made on a file compare
// directly, and into the extracted text otherwise. Data in, plain objects out.

import {
  spanText,
  toCodePointOffset,
  toSourceSpan,
  type Claim,
  type Quantity,
  type Span,
  type TimeExpression,
} from '../../model/index.js';
import type { StoredAnalysis, StoredArticle } from '../../store/index.js';

export type SpanRecord =
  | { readonly text: string; readonly start: number; readonly end: number }
  | { readonly text: string; readonly fragments: readonly (readonly [number, number])[] };

export interface ClaimRecord {
  /** `<article id>#<ordinal>`: stable for one analysis version. */
  readonly id: string;
  readonly article: {
    readonly id: string;
    readonly file: string | null;
    readonly url: string | null;
    readonly outlet: string | null;
    readonly published: string | null;
  };
  /** What the offsets index: the input file's own text, or the extracted article text. */
  readonly offsetsInto: 'input' | 'extracted';
  readonly speaker: { readonly name: string; readonly type: string; readonly role: string | null; readonly affiliation: string | null; readonly entity: string | null };
  readonly relayedBy: readonly string[];
  readonly source: SpanRecord | null;
  readonly cue: SpanRecord | null;
  readonly content: SpanRecord;
  readonly kind: string;
  readonly stance: string;
  readonly hedges: readonly { readonly text: string; readonly kind: string }[];
  readonly quantities: readonly { readonly text: string; readonly value: number | null; readonly low: number | null; readonly high: number | null; readonly unit: string | null; readonly qualifier: string | null }[];
  readonly times: readonly { readonly text: string; readonly start: string | null; readonly end: string | null; readonly precision: string | null }[];
  readonly statementDate: { readonly text: string; readonly start: string; readonly end: string; readonly precision: string } | null;
  /** A W3C text-quote selector on the extracted text: the attribution's words with some context either side. */
  readonly evidence: { readonly exact: string; readonly prefix: string; readonly suffix: string };
}

/** Characters of context either side of the evidence quote. */
const EVIDENCE_CONTEXT_CHARS = 32;

/** Offsets into a text, in code points, for one article: either the input file or the extracted text. */
interface OffsetFrame {
  readonly into: 'input' | 'extracted';
  readonly text: string;
  place(span: Span): { start: number; end: number };
}

function frameFor(article: StoredArticle): OffsetFrame {
  const source = article.primarySource;
  // Plain-text files and stdin: the user can hold our offsets against the very file they gave us.
  if (article.format === 'text' && (source.origin.kind === 'file' || source.origin.kind === 'stdin')) {
    const input = source.source;
    return {
      into: 'input',
      text: input,
      place: (span) => {
        const inSource = toSourceSpan(article.offsets, span, input.length, `article ${article.id.slice(0, 12)}`);
        return { start: toCodePointOffset(input, inSource.start), end: toCodePointOffset(input, inSource.end) };
      },
    };
  }
  return {
    into: 'extracted',
    text: article.text,
    place: (span) => ({ start: toCodePointOffset(article.text, span.start), end: toCodePointOffset(article.text, span.end) }),
  };
}

export function claimRecords(article: StoredArticle, analysis: StoredAnalysis): ClaimRecord[] {
  const frame = frameFor(article);
  const text = article.text;
  const spanRecord = (span: Span): SpanRecord => ({ text: spanText(text, span), ...frame.place(span) });
  const contentRecord = (parts: readonly Span[]): SpanRecord => {
    if (parts.length === 1) return spanRecord(parts[0]!);
    return {
      text: parts.map((p) => spanText(text, p)).join(' | '),
      fragments: parts.map((p) => {
        const placed = frame.place(p);
        return [placed.start, placed.end] as const;
      }),
    };
  };
  const { quantities, times } = analysis.language;
  const published = article.metadata.published?.value.iso ?? null;
  const primary = article.primarySource;
  return analysis.claims.map((claim, ordinal) => {
    const statement = claim.statementTime === null ? null : times[claim.statementTime];
    return {
      id: `${article.id}#${ordinal}`,
      article: { id: article.id, file: primary.file, url: article.metadata.canonicalUrl?.value ?? primary.url, outlet: article.metadata.outlet?.value.name ?? article.metadata.outlet?.value.domain ?? null, published },
      offsetsInto: frame.into,
      speaker: { name: claim.speaker.name, type: claim.speaker.type, role: claim.speaker.role, affiliation: claim.speaker.affiliation, entity: claim.speaker.entity },
      relayedBy: claim.relayedBy.map((s) => s.name),
      source: claim.source ? spanRecord(claim.source) : null,
      cue: claim.cue ? spanRecord(claim.cue) : null,
      content: contentRecord(claim.content),
      kind: claim.kind,
      stance: claim.stance,
      hedges: claim.hedges.map((h) => ({ text: spanText(text, h.span), kind: h.kind })),
      quantities: claim.quantities.flatMap((i) => (quantities[i] ? [quantityRecord(text, quantities[i]!)] : [])),
      times: claim.times.flatMap((i) => (times[i] ? [timeRecord(text, times[i]!)] : [])),
      statementDate: statement?.resolved ? { text: spanText(text, statement.span), ...statement.resolved } : null,
      evidence: evidenceOf(text, claim),
    };
  });
}

function quantityRecord(text: string, q: Quantity) {
  return { text: spanText(text, q.span), value: q.value, low: q.low, high: q.high, unit: q.unit, qualifier: q.qualifier };
}

function timeRecord(text: string, t: TimeExpression) {
  return { text: spanText(text, t.span), start: t.resolved?.start ?? null, end: t.resolved?.end ?? null, precision: t.resolved?.precision ?? null };
}

function evidenceOf(text: string, claim: Claim): ClaimRecord['evidence'] {
  const spans = [claim.source, claim.cue, ...claim.content].filter((s): s is Span => s !== null);
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - EVIDENCE_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + EVIDENCE_CONTEXT_CHARS),
  };
}

/** Columns of the CSV form, in order; nested values are flattened to readable strings. */
export const CLAIM_CSV_COLUMNS = [
  'id', 'article_id', 'file', 'url', 'outlet', 'published', 'speaker', 'speaker_type', 'speaker_role', 'relayed_by',
  'kind', 'stance', 'source', 'cue', 'content', 'content_start', 'content_end', 'hedges', 'quantities', 'times', 'statement_date', 'offsets_into',
] as const;

export function claimCsvRow(r: ClaimRecord): string[] {
  const firstStart = 'start' in r.content ? r.content.start : r.content.fragments[0]![0];
  const lastEnd = 'end' in r.content ? r.content.end : r.content.fragments[r.content.fragments.length - 1]![1];
  return [
    r.id, r.article.id, r.article.file ?? '', r.article.url ?? '', r.article.outlet ?? '', r.article.published ?? '',
    r.speaker.name, r.speaker.type, r.speaker.role ?? '', r.relayedBy.join('; '),
    r.kind, r.stance, r.source?.text ?? '', r.cue?.text ?? '', r.content.text, String(firstStart), String(lastEnd),
    r.hedges.map((h) => h.text).join('; '),
    r.quantities.map((q) => q.text).join('; '),
    r.times.map((t) => t.text).join('; '),
    r.statementDate ? `${r.statementDate.start}/${r.statementDate.end}` : '',
    r.offsetsInto,
  ];
}

/** RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
