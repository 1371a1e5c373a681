// The article reader's data: the clean text with its blocks, what extraction removed (placed where
// it stood in the source, so the reader can show it in line), each metadata field with where it was
// read, and every span the language and claims stages marked. Text only: the UI renders all of it
// as text nodes.

import { toSourceOffset, type ArticleMetadata, type Found } from '../model/index.js';
import type { StoredAnalysis, StoredArticle } from '../store/index.js';
import type { ArticleAnnotations, ArticleView } from './api-types.js';

/** Removed blocks longer than this (whole page chrome of an HTML page, say) are cut in the reader. */
const REMOVED_TEXT_MAX_CHARS = 600;

export function articleView(article: StoredArticle, analysis: StoredAnalysis | null): ArticleView {
  const m = article.metadata;
  const source = article.primarySource.source;
  const blockSourceStarts = article.blocks.map((b) => toSourceOffset(article.offsets, b.span.start));
  const removed = article.removed.map((r) => {
    const text = source.slice(r.sourceSpan.start, r.sourceSpan.end);
    const before = blockSourceStarts.findIndex((start) => start > r.sourceSpan.start);
    return {
      before: before < 0 ? article.blocks.length : before,
      category: r.category,
      rule: r.rule,
      text: text.length > REMOVED_TEXT_MAX_CHARS ? text.slice(0, REMOVED_TEXT_MAX_CHARS) : text,
      truncated: text.length > REMOVED_TEXT_MAX_CHARS,
    };
  });
  return {
    id: article.id,
    title: m.title?.value ?? null,
    outlet: m.outlet?.value.name ?? null,
    domain: m.outlet?.value.domain ?? null,
    published: m.published?.value.iso ?? null,
    url: m.canonicalUrl?.value ?? article.primarySource.url,
    authors: m.authors?.value ?? [],
    stories: article.stories,
    format: article.format,
    sources: article.sources.map((s) => ({ label: s.label, file: s.file, url: s.url, format: s.format, receivedAt: s.receivedAt })),
    metadata: metadataRows(m),
    text: article.text,
    blocks: article.blocks.map((b) => ({ kind: b.kind, start: b.span.start, end: b.span.end })),
    removed,
    annotations: analysis ? annotations(analysis) : null,
    warnings: article.warnings,
  };
}

function metadataRows(m: ArticleMetadata): ArticleView['metadata'] {
  const rows: ArticleView['metadata'][number][] = [];
  const add = <T>(field: string, found: Found<T> | null, show: (value: T) => string) => {
    if (found) rows.push({ field, value: show(found.value), from: found.from, reliability: found.reliability, evidence: found.evidence });
  };
  add('title', m.title, (v) => v);
  add('authors', m.authors, (v) => v.join(', '));
  add('outlet', m.outlet, (v) => [v.name, v.domain].filter(Boolean).join(' · '));
  add('canonical URL', m.canonicalUrl, (v) => v);
  add('language', m.language, (v) => v);
  add('published', m.published, (v) => v.iso);
  add('modified', m.modified, (v) => v.iso);
  add('description', m.description, (v) => v);
  add('section', m.section, (v) => v);
  return rows;
}

function annotations(analysis: StoredAnalysis): ArticleAnnotations {
  const { language, claims } = analysis;
  const range = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });
  return {
    analysisVersion: analysis.version,
    entities: language.entities.map((e) => ({ key: e.key, canonical: e.canonical, type: e.type })),
    mentions: language.mentions.map((m) => ({ ...range(m.span), entity: m.entity, kind: m.kind })),
    quantities: language.quantities.map((q) => ({ ...range(q.span), value: q.value, low: q.low, high: q.high, unit: q.unit, qualifier: q.qualifier })),
    times: language.times.map((t) => ({ ...range(t.span), resolved: t.resolved ? { start: t.resolved.start, end: t.resolved.end, precision: t.resolved.precision } : null })),
    claims: claims.map((c, ordinal) => ({
      ordinal,
      speaker: { name: c.speaker.name, type: c.speaker.type, role: c.speaker.role },
      relayedBy: c.relayedBy.map((r) => r.name),
      stance: c.stance,
      kind: c.kind,
      source: c.source ? range(c.source) : null,
      cue: c.cue ? range(c.cue) : null,
      content: c.content.map(range),
      hedges: c.hedges.map((h) => ({ ...range(h.span), kind: h.kind })),
    })),
  };
}
