// How independent the reports behind a proposition are: outlets on the left, the original sources
// they rest on at the right, one line per path (thicker for more articles), then every citation
// chain spelt out: outlet ← copied from ← relays ← speaker.

import type { IndependenceView } from '../../../src/server/api-types.js';
import { useApi } from '../api.js';
import { plural } from '../format.js';
import { href, storyHref } from '../route.js';

const ROW_HEIGHT = 26;
const WIDTH = 760;
const COLUMN_WIDTH = 230;

export function Independence({ story, params }: { story: string; params: URLSearchParams }) {
  const views = useApi<{ propositions: IndependenceView[] }>(`/api/stories/${encodeURIComponent(story)}/independence`);
  if (views.state === 'loading') return <p className="notice">Loading…</p>;
  if (views.state === 'error') return <p className="error">{views.message}</p>;
  const all = views.data.propositions;
  const chosen = all.find((p) => p.id === params.get('prop')) ?? all[0];
  return (
    <article>
      <h1>Independence</h1>
      <label className="prop-picker">
        proposition{' '}
        <select value={chosen?.id ?? ''} onChange={(e) => (window.location.hash = storyHref(story, 'independence', { prop: e.target.value }))}>
          {all.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label} ({p.articles})
            </option>
          ))}
        </select>
      </label>
      {chosen ? <Flow view={chosen} story={story} /> : <p className="notice">The story has no propositions yet.</p>}
    </article>
  );
}

function Flow({ view, story }: { view: IndependenceView; story: string }) {
  const sourceOf = (speaker: string) => view.originalSources.find((s) => s.claimants.includes(speaker) || s.name === speaker)?.name ?? speaker;
  // Articles naming no outlet each count on their own, so each gets its own node.
  const outletOf = (c: { outlet: string | null; article: string }) => c.outlet ?? `unnamed outlet ${c.article.slice(0, 8)}`;
  const outlets = [...new Set(view.chains.map(outletOf))].sort();
  const sources = [...new Set([...view.originalSources.map((s) => s.name), ...view.chains.map((c) => sourceOf(c.speaker))])];
  const links = new Map<string, number>();
  for (const c of view.chains) {
    const key = `${outletOf(c)}\u0000${sourceOf(c.speaker)}`;
    links.set(key, (links.get(key) ?? 0) + 1);
  }
  const rows = Math.max(outlets.length, sources.length, 1);
  const height = rows * ROW_HEIGHT + 20;
  const yOf = (index: number, count: number) => 20 + ((index + 0.5) * (height - 20)) / count;

  return (
    <>
      <p className="counts">
        {plural(view.articles, 'article')} · {plural(view.outlets.length + view.unknownOutletArticles, 'outlet')}
        {view.unknownOutletArticles ? ` (${view.unknownOutletArticles} unnamed)` : ''} · {plural(view.reports, 'distinct report')} ·{' '}
        {plural(view.originalSources.length, 'original source')} · <a href={storyHref(story, 'claims', { proposition: view.id })}>the claims</a>
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="flow" role="group" aria-label={`Outlets and the original sources they rest on: ${view.label}`}>
        <text x={8} y={12} className="column-head">
          outlets
        </text>
        <text x={WIDTH - 8} y={12} textAnchor="end" className="column-head">
          original sources
        </text>
        {[...links].map(([key, count]) => {
          const [outlet, source] = key.split('\u0000') as [string, string];
          const y1 = yOf(outlets.indexOf(outlet), outlets.length);
          const y2 = yOf(sources.indexOf(source), sources.length);
          return (
            <path key={key} d={`M${COLUMN_WIDTH} ${y1} C${WIDTH / 2} ${y1} ${WIDTH / 2} ${y2} ${WIDTH - COLUMN_WIDTH} ${y2}`} className="flow-link" strokeWidth={1 + Math.min(count, 6)}>
              <title>{`${outlet} → ${source}: ${plural(count, 'chain')}`}</title>
            </path>
          );
        })}
        {outlets.map((o, i) => (
          <text key={o} x={COLUMN_WIDTH - 6} y={yOf(i, outlets.length) + 4} textAnchor="end" className="flow-outlet">
            {o}
          </text>
        ))}
        {sources.map((s, i) => (
          <text key={s} x={WIDTH - COLUMN_WIDTH + 6} y={yOf(i, sources.length) + 4} className="flow-source">
            {s}
          </text>
        ))}
      </svg>
      <h2>Citation chains</h2>
      {view.originalSources.map((s) => (
        <section key={s.name} className="source">
          <h3>
            {s.name} <span className="type">{plural(s.articles.length, 'article')}</span>
          </h3>
          {s.claimants.length > 1 || s.claimants[0] !== s.name ? <p className="claimants">speaking for it: {s.claimants.join(', ')}</p> : null}
          <ul>
            {view.chains
              .filter((c) => sourceOf(c.speaker) === s.name)
              .map((c, i) => (
                <li key={i} className="chain">
                  <a href={href(['a', c.article], { story })}>{outletOf(c)}</a>
                  {c.copiedFrom && (
                    <>
                      {' ← copied from '}
                      <a href={href(['a', c.copiedFrom], { story })}>{c.copiedFrom.slice(0, 8)}</a>
                    </>
                  )}
                  {c.via.map((v) => ` ← ${v}`).join('')} ← {c.speaker}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
