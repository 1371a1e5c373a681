// `crosscheck show <id> --annotations`: the article's clean text with what the language and
// claims stages read in it. On a terminal the spans are coloured in the text; everywhere, a list
// under each paragraph names every span with its offsets, so the output can be checked by eye or
// by a script. Data in, strings out.

import { spanText, type Span } from '../../model/index.js';
import type { StoredAnalysis, StoredArticle } from '../../store/index.js';

type Layer = 'entity' | 'actor' | 'demonym' | 'quantity' | 'time' | 'source' | 'cue' | 'content';

/** ANSI styles per layer; several layers on one character combine. */
const STYLE: Record<Layer, string> = {
  entity: '\x1b[36m', // cyan
  actor: '\x1b[1;36m', // bold cyan: a capital or building standing for a government
  demonym: '\x1b[2;36m', // dim cyan
  quantity: '\x1b[1;33m', // bold yellow
  time: '\x1b[35m', // magenta
  source: '\x1b[1;32m', // bold green
  cue: '\x1b[4;32m', // underlined green
  content: '\x1b[3m', // italic
};
const RESET = '\x1b[0m';

interface Marked {
  readonly span: Span;
  readonly layer: Layer;
  readonly label: string;
}

export function formatAnnotations(article: StoredArticle, analysis: StoredAnalysis | null, options: { colour: boolean }): string {
  if (!analysis) {
    return `${article.text}\n\n(no analysis stored for this article: it was ingested before the language stage existed; run 'crosscheck reanalyze')`;
  }
  const marks = collectMarks(analysis);
  const lines: string[] = [legend(options.colour), ''];
  for (const block of article.blocks) {
    const inBlock = marks.filter((m) => m.span.start >= block.span.start && m.span.end <= block.span.end);
    lines.push(options.colour ? paint(article.text, block.span, inBlock) : spanText(article.text, block.span));
    for (const m of inBlock.sort(byPosition)) {
      lines.push(`    ${m.layer.padEnd(8)} [${m.span.start},${m.span.end}) ${JSON.stringify(spanText(article.text, m.span))}  ${m.label}`);
    }
    lines.push('');
  }
  const claimLines = analysis.claims.map((c) => {
    const relay = c.relayedBy.length ? ` via ${c.relayedBy.map((r) => r.name).join(' ← ')}` : '';
    const cue = c.cue ? JSON.stringify(spanText(article.text, c.cue)) : '(continuation)';
    const content = c.content.map((s) => spanText(article.text, s)).join(' … ');
    return `  ${c.speaker.name} (${c.speaker.type})${relay} ${c.stance}, ${c.kind}, cue ${cue}: ${truncate(content, 160)}`;
  });
  lines.push(`── claims (${analysis.claims.length}) ──`, ...claimLines);
  return lines.join('\n');
}

/** Every annotation as a plain object with its words, for `show --annotations --json`. */
export function annotationsJson(article: StoredArticle, analysis: StoredAnalysis | null): unknown {
  if (!analysis) return { id: article.id, analysis: null };
  const text = article.text;
  const withText = (span: Span | null) => (span ? { start: span.start, end: span.end, text: spanText(text, span) } : null);
  const { language } = analysis;
  return {
    id: article.id,
    analysisVersion: analysis.version,
    analyzedAt: analysis.analyzedAt,
    sentences: language.sentences.map((s) => ({ ...withText(s.span), block: s.block })),
    entities: language.entities.map((e, index) => ({
      ...e,
      mentions: language.mentions
        .filter((m) => m.entity === index)
        .map((m) => ({ ...withText(m.span), kind: m.kind, role: withText(m.roleSpan), actsFor: m.actsFor === null ? null : language.entities[m.actsFor]?.key ?? null })),
    })),
    quantities: language.quantities.map((q) => ({ ...q, span: withText(q.span), valueSpan: withText(q.valueSpan), unitSpan: withText(q.unitSpan) })),
    times: language.times.map((t) => ({ ...t, span: withText(t.span) })),
    claims: analysis.claims.map((c) => ({
      ...c,
      source: withText(c.source),
      cue: withText(c.cue),
      content: c.content.map(withText),
      hedges: c.hedges.map((h) => ({ ...withText(h.span), kind: h.kind })),
    })),
  };
}

function collectMarks(analysis: StoredAnalysis): Marked[] {
  const { language } = analysis;
  const marks: Marked[] = [];
  for (const mention of language.mentions) {
    const entity = language.entities[mention.entity];
    if (!entity) continue;
    const actsFor = mention.actsFor === null ? null : language.entities[mention.actsFor];
    const layer: Layer = mention.kind === 'demonym' ? 'demonym' : actsFor ? 'actor' : 'entity';
    const standsFor = actsFor ? ` → acts for ${actsFor.canonical}` : '';
    marks.push({ span: mention.span, layer, label: `${entity.type} ${entity.canonical} (${mention.kind}, ${entity.key})${standsFor}` });
  }
  for (const q of language.quantities) {
    const bounds = q.value !== null ? String(q.value) : `${q.low ?? '?'}–${q.high ?? '?'}`;
    marks.push({ span: q.span, layer: 'quantity', label: `${bounds} ${q.unit ?? '(no unit)'}${q.qualifier && q.qualifier !== 'exact' ? `, ${q.qualifier}` : ''}` });
  }
  for (const t of language.times) {
    const when = t.resolved ? `${t.resolved.start}..${t.resolved.end} (${t.resolved.precision})` : `unresolved: ${t.reason}`;
    marks.push({ span: t.span, layer: 'time', label: `${t.kind} ${when}` });
  }
  for (const c of analysis.claims) {
    if (c.source) marks.push({ span: c.source, layer: 'source', label: `speaker ${c.speaker.name}` });
    if (c.cue) marks.push({ span: c.cue, layer: 'cue', label: `${c.stance}, ${c.kind}` });
    for (const part of c.content) marks.push({ span: part, layer: 'content', label: `said by ${c.speaker.name}` });
  }
  return marks;
}

/** The block's text with ANSI styles switched at every boundary where the set of layers changes. */
function paint(text: string, block: Span, marks: readonly Marked[]): string {
  const boundaries = new Set<number>([block.start, block.end]);
  for (const m of marks) {
    boundaries.add(m.span.start);
    boundaries.add(m.span.end);
  }
  const points = [...boundaries].filter((p) => p >= block.start && p <= block.end).sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const layers = marks.filter((m) => m.span.start <= from && m.span.end >= to).map((m) => STYLE[m.layer]);
    const piece = text.slice(from, to);
    out += layers.length ? `${[...new Set(layers)].join('')}${piece}${RESET}` : piece;
  }
  return out;
}

function legend(colour: boolean): string {
  const layers = Object.keys(STYLE) as Layer[];
  return colour ? layers.map((l) => `${STYLE[l]}${l}${RESET}`).join('  ') : `annotations: ${layers.join(', ')}`;
}

function byPosition(a: Marked, b: Marked): number {
  return a.span.start - b.span.start || b.span.end - a.span.end || a.layer.localeCompare(b.layer);
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
