// Text rendering for the terminal. Data in, strings out; no I/O here.

import { formatDiagnostic, spanText, type Diagnostic } from '../../model/index.js';
import type { IngestReport } from '../../app/ingest.js';
import type { ArticleSummary, StoredArticle } from '../../store/index.js';
import type { ClaimRecord } from '../records/claim-record.js';

export function formatIngestSummary(report: IngestReport, location: string): string {
  const parts = [
    `${report.newArticles} new ${plural(report.newArticles, 'article')}`,
    `${report.newSources} new ${plural(report.newSources, 'source')} of known articles`,
    `${report.unchanged} unchanged`,
    `${report.failed} failed`,
  ];
  const warnings = report.warnings > 0 ? `, ${report.warnings} ${plural(report.warnings, 'warning')}` : '';
  return `ingested ${report.documents} ${plural(report.documents, 'document')}: ${parts.join(', ')}${warnings} → ${location}`;
}

export function formatArticleTable(rows: readonly ArticleSummary[]): string {
  const header = ['id', 'outlet', 'published', 'words', 'title'];
  const lines = rows.map((r) => [
    r.id.slice(0, 12),
    truncate(r.outletName ?? r.outletDomain ?? '?', 24),
    r.published ? r.published.slice(0, 16) : 'undated',
    String(r.words),
    truncate(r.title ?? '(no title)', 70) + (r.sources > 1 ? ` [${r.sources} sources]` : ''),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [render(header), ...lines.map(render)].join('\n');
}

export function formatArticle(article: StoredArticle, options: { removed: boolean }): string {
  const m = article.metadata;
  const lines: string[] = [];
  lines.push(m.title ? m.title.value : '(no title)');
  lines.push(`id         ${article.id}`);
  lines.push(`outlet     ${describeOutlet(article)}`);
  lines.push(`published  ${m.published ? `${m.published.value.iso} (from ${m.published.from}, ${m.published.reliability}: "${m.published.evidence}")` : 'unknown'}`);
  if (m.modified) lines.push(`modified   ${m.modified.value.iso} (from ${m.modified.from})`);
  if (m.authors) lines.push(`authors    ${m.authors.value.join(', ')}`);
  if (m.language) lines.push(`language   ${m.language.value} (from ${m.language.from})`);
  if (m.canonicalUrl) lines.push(`url        ${m.canonicalUrl.value}`);
  for (const source of article.sources) {
    lines.push(`source     ${source.label} (${source.format}, ${source.encoding}${source.encodingGuessed ? ', guessed' : ''}, received ${source.receivedAt})`);
  }
  if (article.stories.length) lines.push(`stories    ${article.stories.join(', ')}`);
  for (const w of article.warnings) lines.push(formatDiagnostic(w));
  lines.push('');
  lines.push(article.text);
  if (options.removed) {
    lines.push('');
    lines.push(`── removed (${article.removed.length}) ──`);
    for (const r of article.removed) {
      const words = spanText(article.primarySource.source, r.sourceSpan).replace(/\s+/g, ' ').trim();
      lines.push(`[${r.category}/${r.rule}] ${truncate(words, 160)}`);
    }
  }
  return lines.join('\n');
}

export function formatClaimTable(records: readonly ClaimRecord[]): string {
  if (records.length === 0) return 'no claims';
  return records
    .map((r) => {
      const relay = r.relayedBy.length ? ` via ${r.relayedBy.join(' ← ')}` : '';
      const figures = r.quantities.length ? `  [${r.quantities.map((q) => q.text).join('; ')}]` : '';
      const when = r.statementDate ? ` (${r.statementDate.start === r.statementDate.end ? r.statementDate.start : `${r.statementDate.start}..${r.statementDate.end}`})` : '';
      return `${r.article.id.slice(0, 8)} ${r.speaker.name}${relay} ${r.stance}${when}: ${truncate(r.content.text.replace(/\s+/g, ' '), 140)}${figures}`;
    })
    .join('\n');
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(formatDiagnostic).join('\n');
}

function describeOutlet(article: StoredArticle): string {
  const o = article.metadata.outlet;
  if (!o) return 'unknown';
  const name = [o.value.name, o.value.domain && `(${o.value.domain})`].filter(Boolean).join(' ');
  return `${name} from ${o.from}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
