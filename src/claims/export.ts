// One claim as an export record (a JSONL line): spans mapped back to the original document and
// counted in Unicode code points, the convention of brat stand-off annotation (PolNeAR) and of
// most annotation tools. Pure: the caller passes the document's source and does the writing.

import type { ExtractedArticle } from '../model/article.js';
import type { Claim, HedgeKind, Speaker } from '../model/claim.js';
import { toSourceSpan } from '../model/offset-map.js';
import { toCodePointOffset, type Span } from '../model/span.js';

/** A span in code points into the original document; `fragments` when the claim's content is split. */
export type ExportSpan =
  | { readonly start: number; readonly end: number; readonly text: string }
  | { readonly fragments: readonly (readonly [number, number])[]; readonly text: string };

export interface ClaimExportRecord {
  readonly article: { readonly file: string | null };
  readonly sentence: number;
  readonly source: ExportSpan | null;
  readonly cue: ExportSpan | null;
  readonly content: ExportSpan;
  readonly kind: Claim['kind'];
  readonly stance: Claim['stance'];
  readonly speaker: Speaker;
  readonly relayedBy: readonly string[];
  readonly hedges: readonly { readonly span: ExportSpan; readonly kind: HedgeKind }[];
  readonly quantities: readonly number[];
  readonly times: readonly number[];
  readonly statementTime: number | null;
}

/** Maps a claim onto the original document `source` (RawDocument.source) through the article's offset map. */
export function claimExportRecord(
  claim: Claim,
  article: Pick<ExtractedArticle, 'text' | 'offsets'>,
  source: string,
  file: string | null,
): ClaimExportRecord {
  const context = `claims export ${file ?? ''}`;
  const toSource = (span: Span): [number, number] => {
    const mapped = toSourceSpan(article.offsets, span, source.length, context);
    return [toCodePointOffset(source, mapped.start), toCodePointOffset(source, mapped.end)];
  };
  const one = (span: Span): ExportSpan => {
    const [start, end] = toSource(span);
    return { start, end, text: article.text.slice(span.start, span.end) };
  };
  const many = (spans: readonly Span[]): ExportSpan => {
    if (spans.length === 1) return one(spans[0]!);
    return { fragments: spans.map(toSource), text: spans.map((s) => article.text.slice(s.start, s.end)).join(' | ') };
  };
  return {
    article: { file },
    sentence: claim.sentence,
    source: claim.source ? one(claim.source) : null,
    cue: claim.cue ? one(claim.cue) : null,
    content: many(claim.content),
    kind: claim.kind,
    stance: claim.stance,
    speaker: claim.speaker,
    relayedBy: claim.relayedBy.map((s) => s.name),
    hedges: claim.hedges.map((h) => ({ span: one(h.span), kind: h.kind })),
    quantities: claim.quantities,
    times: claim.times,
    statementTime: claim.statementTime,
  };
}
