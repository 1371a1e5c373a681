// The article reader: the clean text with what the analysis read in it (speakers, cues, contents,
// figures, dates, entities; each layer can be switched off), the evidence a link pointed at marked
// and scrolled to, the boilerplate extraction removed shown in place on request, and links back
// from this article's claims and figures to the claims table and the charts. All of it is text.

import { useEffect, useState, type ReactNode } from 'react';
import type { ArticleView, FigureSeries, TextRange } from '../../../src/server/api-types.js';
import { useApi } from '../api.js';
import { figureText, plural } from '../format.js';
import { evidenceHref, href, safeHref, storyHref } from '../route.js';

type Layer = 'speaker' | 'cue' | 'content' | 'figure' | 'date' | 'entity';

const LAYERS: readonly { readonly layer: Layer; readonly label: string }[] = [
  { layer: 'speaker', label: 'speakers' },
  { layer: 'cue', label: 'cues' },
  { layer: 'content', label: 'contents' },
  { layer: 'figure', label: 'figures' },
  { layer: 'date', label: 'dates' },
  { layer: 'entity', label: 'entities' },
];

interface Mark extends TextRange {
  readonly layer: Layer;
  readonly note: string;
}

export function ArticleReader({ id, params }: { id: string; params: URLSearchParams }) {
  const article = useApi<ArticleView>(`/api/articles/${encodeURIComponent(id)}`);
  const highlight = rangeParam(params);
  const storyParam = params.get('story');
  const story = storyParam ?? (article.state === 'ready' ? (article.data.stories[0] ?? null) : null);
  const series = useApi<{ series: FigureSeries[] }>(story ? `/api/stories/${encodeURIComponent(story)}/series` : null);
  const [showRemoved, setShowRemoved] = useState(false);
  const [hidden, setHidden] = useState<ReadonlySet<Layer>>(new Set());

  useEffect(() => {
    if (article.state === 'ready') document.getElementById('evidence')?.scrollIntoView({ block: 'center' });
  }, [article.state, highlight?.start, highlight?.end]);

  if (article.state === 'loading') return <p className="notice">Loading the article…</p>;
  if (article.state === 'error') return <p className="error">{article.message}</p>;
  const a = article.data;
  const marks = a.annotations ? collectMarks(a) : [];
  const link = safeHref(a.url);
  const toggle = (layer: Layer) => setHidden((h) => (h.has(layer) ? new Set([...h].filter((l) => l !== layer)) : new Set([...h, layer])));
  const removedBefore = (index: number) => (showRemoved ? a.removed.filter((r) => r.before === index) : []);
  const ourFigures =
    series.state === 'ready'
      ? series.data.series.flatMap((s) => s.figures.flatMap((f, i) => f.evidence.filter((e) => e.article === a.id).map((e) => ({ s, f, i, e }))))
      : [];

  return (
    <article className={`reader ${[...hidden].map((l) => `hide-${l}`).join(' ')}`}>
      <header className="reader-head">
        <h1>{a.title ?? '(no title)'}</h1>
        <p className="byline">
          {[a.outlet ?? a.domain ?? 'unknown outlet', a.published ?? 'undated', a.authors.join(', ')].filter(Boolean).join(' · ')}
          {link ? (
            <>
              {' · '}
              <a href={link} rel="noreferrer noopener" target="_blank">
                original
              </a>
            </>
          ) : a.url ? (
            <span className="url-text"> · {a.url}</span>
          ) : null}
        </p>
        <div className="layer-toggles" role="group" aria-label="What to mark">
          {LAYERS.map(({ layer, label }) => (
            <label key={layer} className={`toggle toggle-${layer}`}>
              <input type="checkbox" checked={!hidden.has(layer)} onChange={() => toggle(layer)} /> {label}
            </label>
          ))}
          <label className="toggle removed-toggle">
            <input type="checkbox" checked={showRemoved} onChange={(e) => setShowRemoved(e.target.checked)} /> removed boilerplate ({a.removed.length})
          </label>
        </div>
        {!a.annotations && <p className="notice">This article was stored before analysis existed; run crosscheck reanalyze to mark it.</p>}
      </header>
      <div className="reader-body">
        <div className="text" lang="en">
          {a.blocks.map((block, index) => (
            <Block key={index} index={index} article={a} block={block} marks={marks} highlight={highlight} removed={removedBefore(index)} />
          ))}
          {removedBefore(a.blocks.length).map((r, k) => (
            <Removed key={`end${k}`} removed={r} />
          ))}
        </div>
        <aside className="side">
          {ourFigures.length > 0 && story && (
            <section>
              <h2>Figures in the story</h2>
              <ul>
                {ourFigures.map(({ s, f, i, e }, k) => (
                  <li key={k}>
                    <a href={evidenceHref(a.id, e.start, e.end, story)}>{figureText(f)}</a> by {f.claimant.name}
                    <div>
                      <a href={storyHref(story, undefined, { prop: s.id, fig: i })} className="back-link">
                        on the chart: {s.label}
                      </a>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {a.annotations && (
            <section>
              <h2>{plural(a.annotations.claims.length, 'claim')}</h2>
              {story && (
                <p>
                  <a href={storyHref(story, 'claims', { article: a.id })} className="back-link">
                    in the claims table
                  </a>
                </p>
              )}
              <ol className="article-claims">
                {a.annotations.claims.map((c) => {
                  const parts = [c.source, c.cue, ...c.content].filter((p): p is TextRange => p !== null);
                  const start = Math.min(...parts.map((p) => p.start));
                  const end = Math.max(...parts.map((p) => p.end));
                  return (
                    <li key={c.ordinal}>
                      <a href={evidenceHref(a.id, start, end, story)}>
                        <strong>{c.speaker.name}</strong> <span className={`stance ${c.stance}`}>{c.stance}</span>
                      </a>
                      {c.relayedBy.length > 0 && <span className="relay"> via {c.relayedBy.join(' ← ')}</span>}
                      <div className="claim-content">{c.content.map((p) => a.text.slice(p.start, p.end)).join(' … ')}</div>
                    </li>
                  );
                })}
              </ol>
            </section>
          )}
          <section>
            <h2>Metadata</h2>
            <table className="metadata">
              <tbody>
                {a.metadata.map((m) => (
                  <tr key={m.field}>
                    <th>{m.field}</th>
                    <td>
                      {m.value}
                      <div className="provenance">
                        from {m.from}, {m.reliability} reliability: “{m.evidence}”
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h2>Sources</h2>
            <ul className="sources">
              {a.sources.map((s, i) => (
                <li key={i}>
                  {s.label} <span className="type">{s.format}</span>
                </li>
              ))}
            </ul>
            {a.stories.length > 0 && (
              <p>
                Stories:{' '}
                {a.stories.map((s, i) => (
                  <span key={s}>
                    {i > 0 && ', '}
                    <a href={storyHref(s)}>{s}</a>
                  </span>
                ))}
              </p>
            )}
            {a.warnings.length > 0 && (
              <>
                <h2>Warnings</h2>
                <ul className="warnings">
                  {a.warnings.map((w, i) => (
                    <li key={i}>
                      <code>{w.code}</code> {w.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p>
              <a href={href(['search'], { story })}>Search the articles</a>
            </p>
          </section>
        </aside>
      </div>
    </article>
  );
}

function rangeParam(params: URLSearchParams): TextRange | null {
  const start = Number(params.get('s'));
  const end = Number(params.get('e'));
  return params.has('s') && params.has('e') && Number.isInteger(start) && Number.isInteger(end) && end > start && start >= 0 ? { start, end } : null;
}

function collectMarks(a: ArticleView): Mark[] {
  const n = a.annotations!;
  const marks: Mark[] = [];
  for (const c of n.claims) {
    if (c.source) marks.push({ ...c.source, layer: 'speaker', note: `speaker: ${c.speaker.name}${c.speaker.role ? `, ${c.speaker.role}` : ''}` });
    if (c.cue) marks.push({ ...c.cue, layer: 'cue', note: `cue: ${c.stance}, ${c.kind}` });
    for (const part of c.content) marks.push({ ...part, layer: 'content', note: `said by ${c.speaker.name}` });
  }
  for (const q of n.quantities) {
    const amount = q.value !== null ? q.value.toLocaleString('en-GB') : `${q.low ?? '?'}–${q.high ?? '?'}`;
    marks.push({ start: q.start, end: q.end, layer: 'figure', note: `figure: ${amount}${q.unit ? ` ${q.unit}` : ''}${q.qualifier && q.qualifier !== 'exact' ? ` (${q.qualifier})` : ''}` });
  }
  for (const t of n.times) {
    marks.push({ start: t.start, end: t.end, layer: 'date', note: t.resolved ? `date: ${t.resolved.start === t.resolved.end ? t.resolved.start : `${t.resolved.start} – ${t.resolved.end}`}` : 'date: unresolved' });
  }
  for (const m of n.mentions) {
    const e = n.entities[m.entity];
    if (e) marks.push({ start: m.start, end: m.end, layer: 'entity', note: `${e.type}: ${e.canonical}` });
  }
  return marks;
}

function Block(props: { index: number; article: ArticleView; block: ArticleView['blocks'][number]; marks: readonly Mark[]; highlight: TextRange | null; removed: ArticleView['removed'] }) {
  const { article, block, marks, highlight, removed } = props;
  const inside = marks.filter((m) => m.end > block.start && m.start < block.end);
  const cuts = new Set([block.start, block.end]);
  for (const m of inside) {
    cuts.add(Math.max(block.start, m.start));
    cuts.add(Math.min(block.end, m.end));
  }
  const marked = highlight && highlight.end > block.start && highlight.start < block.end ? { start: Math.max(block.start, highlight.start), end: Math.min(block.end, highlight.end) } : null;
  if (marked) {
    cuts.add(marked.start);
    cuts.add(marked.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const before: ReactNode[] = [];
  const within: ReactNode[] = [];
  const after: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const active = inside.filter((m) => m.start <= from && m.end >= to);
    const text = article.text.slice(from, to);
    const piece =
      active.length === 0 ? (
        text
      ) : (
        <span key={from} className={`ann ${[...new Set(active.map((m) => `ann-${m.layer}`))].join(' ')}`} title={active.map((m) => m.note).join('\n')}>
          {text}
        </span>
      );
    (marked && from >= marked.end ? after : marked && from >= marked.start ? within : before).push(piece);
  }
  const Tag = block.kind === 'title' ? 'h2' : 'p';
  return (
    <>
      {removed.map((r, k) => (
        <Removed key={k} removed={r} />
      ))}
      <Tag className={`block ${block.kind}`} data-start={block.start}>
        {before}
        {marked && (
          <mark className="evidence" id="evidence">
            {within}
          </mark>
        )}
        {after}
      </Tag>
    </>
  );
}

function Removed({ removed }: { removed: ArticleView['removed'][number] }) {
  return (
    <div className="removed" data-category={removed.category}>
      <span className="removed-label">
        removed: {removed.category} · {removed.rule}
      </span>
      {removed.text}
      {removed.truncated ? '…' : ''}
    </div>
  );
}
