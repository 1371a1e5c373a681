// The story overview: the headline figures, a chart per numeric proposition with its figure table,
// the contradictions and evolutions between figures, assertions set against denials, the denials
// themselves and what remains open. Every figure and quote links to its words in the article.

import { useEffect, useState } from 'react';
import type { BriefEvidence, BriefFigure, BriefProposition, BriefResponse, FigureSeries } from '../../../src/server/api-types.js';
import { apiPath, download, useApi } from '../api.js';
import { dateText, figureText, intervalShort, plural } from '../format.js';
import { evidenceHref, storyHref } from '../route.js';
import { claimantColours, FigureChart } from './FigureChart.js';

/** Headline cards: the count propositions with the most articles behind them. */
const HEADLINE_CARDS = 4;
/** Latest figures listed per headline card. */
const HEADLINE_FIGURES = 5;

export function Overview({ story, params }: { story: string; params: URLSearchParams }) {
  const brief = useApi<BriefResponse>(`/api/stories/${encodeURIComponent(story)}/brief`);
  const series = useApi<{ series: FigureSeries[] }>(`/api/stories/${encodeURIComponent(story)}/series`);
  const focusProposition = params.get('prop');
  const focusFigure = params.get('fig') === null ? null : Number(params.get('fig'));
  const [downloadError, setDownloadError] = useState<string | null>(null);

  useEffect(() => {
    if (series.state !== 'ready' || !focusProposition) return;
    document.getElementById(`fig-${focusProposition}-${focusFigure ?? 0}`)?.scrollIntoView({ block: 'center' });
  }, [series.state, focusProposition, focusFigure]);

  if (brief.state === 'loading' || series.state === 'loading') return <p className="notice">Reconciling the story…</p>;
  if (brief.state === 'error') return <p className="error">{brief.message}</p>;
  if (series.state === 'error') return <p className="error">{series.message}</p>;
  const b = brief.data.brief;
  const outlets = new Set(b.articles.map((a) => a.outlet ?? `?${a.id}`));
  const charted = series.data.series.filter((s) => s.figures.length >= 2);
  const single = series.data.series.filter((s) => s.figures.length === 1);
  const headline = series.data.series.filter((s) => s.figures.length > 0).slice(0, HEADLINE_CARDS);
  const byId = new Map(b.propositions.map((p) => [p.id, p]));

  return (
    <article className="overview">
      <h1>{b.story}</h1>
      <p className="counts">
        {plural(b.articles.length, 'article')} from {plural(outlets.size, 'outlet')} · {plural(b.propositions.length, 'proposition')} · {plural(b.denials.length, 'denial')}
        {b.generatedAt ? ` · reconciled ${b.generatedAt.slice(0, 16).replace('T', ' ')}` : ''}
        {brief.data.unanalysed > 0 ? ` · ${plural(brief.data.unanalysed, 'article')} not analysed (run crosscheck reanalyze)` : ''} · brief as{' '}
        {(['md', 'html'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="link"
            onClick={() => download(apiPath(`/api/stories/${encodeURIComponent(story)}/brief`, { format })).catch((e: Error) => setDownloadError(e.message))}
          >
            {format === 'md' ? 'Markdown' : 'HTML'}
          </button>
        ))}
      </p>
      {downloadError && <p className="error">{downloadError}</p>}

      <section className="headline" aria-label="Headline figures">
        {headline.map((s) => (
          <HeadlineCard key={s.id} series={s} proposition={byId.get(s.id)!} story={story} />
        ))}
      </section>

      <section className="charts">
        <h2>Figures by claimant over time</h2>
        {charted.length === 0 && <p className="notice">No proposition has two figures or more to chart.</p>}
        {charted.map((s) => (
          <section key={s.id} className="proposition" id={`prop-${s.id}`}>
            <h3>{s.label}</h3>
            <IndependenceLine proposition={byId.get(s.id)!} story={story} />
            <FigureChart series={s} story={story} focus={focusProposition === s.id ? focusFigure : null} />
            <FigureTable series={s} story={story} focus={focusProposition === s.id ? focusFigure : null} />
            {s.denials.length > 0 && (
              <ul className="denials-list">
                {s.denials.map((d, i) => (
                  <li key={i}>
                    <span className="stance denies">denies</span> {d.speaker.name} ({intervalShort(d.when)}): <Quote evidence={d.evidence[0]} story={story} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        {single.length > 0 && (
          <details className="single">
            <summary>{plural(single.length, 'more proposition')} with one figure each</summary>
            {single.map((s) => (
              <section key={s.id} className="proposition" id={`prop-${s.id}`}>
                <h3>{s.label}</h3>
                <FigureTable series={s} story={story} focus={focusProposition === s.id ? focusFigure : null} />
              </section>
            ))}
          </details>
        )}
      </section>

      <Relations propositions={b.propositions} story={story} />
      <ClaimRelations relations={b.claimRelations ?? []} story={story} />

      <section className="denials">
        <h2>Denials</h2>
        {b.denials.length === 0 && <p className="notice">No denials.</p>}
        <ul>
          {b.denials.map((d, i) => (
            <li key={i}>
              <strong>{d.speaker.name}</strong> {d.when ? `(${intervalShort(d.when)})` : d.reportedBy ? `(reported by ${d.reportedBy})` : ''}: <Quote evidence={d.evidence[0]} story={story} />
            </li>
          ))}
        </ul>
      </section>

      {b.openQuestions.length > 0 && (
        <section className="open-questions">
          <h2>Open questions</h2>
          <OpenQuestions questions={b.openQuestions} story={story} />
        </section>
      )}
    </article>
  );
}

/** Open questions shown at once; the rest fold away behind a summary. */
const OPEN_QUESTIONS_SHOWN = 8;

function OpenQuestions({ questions, story }: { questions: BriefResponse['brief']['openQuestions']; story: string }) {
  const list = (items: typeof questions, start: number) => (
          <ul>
            {items.map((q, i) => (
              <li key={start + i}>
                <span className={`badge ${q.kind}`}>{q.kind === 'single-source' ? 'one source' : 'not confirmed'}</span> {q.text}{' '}
                {q.evidence[0] && (
                  <a href={evidenceHref(q.evidence[0].article, q.evidence[0].start, q.evidence[0].end, story)} className="evidence-link">
                    evidence
                  </a>
                )}
              </li>
            ))}
          </ul>
  );
  return (
    <>
      {list(questions.slice(0, OPEN_QUESTIONS_SHOWN), 0)}
      {questions.length > OPEN_QUESTIONS_SHOWN && (
        <details>
          <summary>{plural(questions.length - OPEN_QUESTIONS_SHOWN, 'more open question')}</summary>
          {list(questions.slice(OPEN_QUESTIONS_SHOWN), OPEN_QUESTIONS_SHOWN)}
        </details>
      )}
    </>
  );
}

function HeadlineCard({ series, proposition, story }: { series: FigureSeries; proposition: BriefProposition; story: string }) {
  // The most recent figure of each claimant, latest first, undated ones after the dated.
  const latest = new Map<string, { figure: BriefFigure; index: number }>();
  series.figures.forEach((figure, index) => {
    const seen = latest.get(figure.claimant.name);
    if (!seen || (figure.asOf && (!seen.figure.asOf || figure.asOf.start >= seen.figure.asOf.start))) latest.set(figure.claimant.name, { figure, index });
  });
  const when = (f: BriefFigure) => f.asOf?.start ?? '';
  const shown = [...latest.values()].sort((a, b) => when(b.figure).localeCompare(when(a.figure)) || a.index - b.index).slice(0, HEADLINE_FIGURES);
  const colours = claimantColours(series);
  return (
    <div className="card">
      <h3>
        <a href={storyHref(story, undefined, { prop: series.id })}>{series.label}</a>
      </h3>
      <p className="card-counts">
        {plural(series.figures.length, 'figure')} · {plural(proposition.independence.originalSources.length, 'original source')} · {plural(proposition.independence.articles, 'article')}
      </p>
      <ul>
        {shown.map(({ figure, index }) => (
          <li key={index}>
            <svg width="10" height="10" aria-hidden="true">
              <circle cx="5" cy="5" r="4" fill={colours.get(figure.claimant.name)} />
            </svg>{' '}
            <span className="claimant">{figure.claimant.name}</span>{' '}
            <FigureLink figure={figure} story={story} /> <span className="date">{intervalShort(figure.asOf)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function IndependenceLine({ proposition, story }: { proposition: BriefProposition; story: string }) {
  const i = proposition.independence;
  return (
    <p className="independence-line">
      {plural(i.articles, 'article')} · {plural(i.outlets, 'outlet')}
      {/* `outlets` counts named outlets only; text dumps that name none are counted apart. */}
      {i.unknownOutletArticles ? <span className="unknown-outlets"> (outlet unknown for {i.unknownOutletArticles})</span> : null} · {plural(i.reports, 'distinct report')} · {plural(i.originalSources.length, 'original source')}{' '}
      <a href={storyHref(story, 'independence', { prop: proposition.id })}>how they connect</a> · <a href={storyHref(story, 'claims', { proposition: proposition.id })}>its claims</a>
    </p>
  );
}

function FigureLink({ figure, story }: { figure: BriefFigure; story: string }) {
  const e = figure.evidence[0];
  const text = figureText(figure);
  return e ? (
    <a href={evidenceHref(e.article, e.start, e.end, story)} className="figure-link">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

export function FigureTable({ series, story, focus }: { series: FigureSeries; story: string; focus: number | null }) {
  return (
    <table className="figures">
      <thead>
        <tr>
          <th>as of</th>
          <th>claimant</th>
          <th>figure</th>
          <th>relayed by</th>
          <th>evidence</th>
        </tr>
      </thead>
      <tbody>
        {series.figures.map((f, i) => (
          <tr key={i} id={`fig-${series.id}-${i}`} className={focus === i ? 'focused' : undefined} data-claimant={f.claimant.name}>
            <td className="date">{intervalShort(f.asOf)}{f.asOf?.basis === 'publication' ? ' (published)' : ''}</td>
            <td>
              {f.claimant.name} <span className="type">{f.claimant.type}</span>
            </td>
            <td>
              <FigureLink figure={f} story={story} />
            </td>
            <td>{f.relayedBy.join(' ← ')}</td>
            <td className="evidence-cell">
              {f.evidence.map((e, k) => (
                <a key={k} href={evidenceHref(e.article, e.start, e.end, story)} title={e.exact} className="evidence-link">
                  {e.outlet ?? e.article.slice(0, 8)}
                </a>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Figure relations listed one by one; consistent pairs, restatements and incomparable pairs are only in the JSON and the brief's summary line. */
const SHOWN_KINDS = new Set(['contradiction', 'evolution', 'different-referent']);
/** How a relation kind reads on its badge. */
const KIND_LABEL: Readonly<Record<string, string>> = { 'different-referent': 'different referent' };

function Relations({ propositions, story }: { propositions: readonly BriefProposition[]; story: string }) {
  const rows = propositions.flatMap((p) =>
    p.relations.filter((r) => SHOWN_KINDS.has(r.kind)).map((r) => ({ p, r })),
  );
  const conflicts = propositions.flatMap((p) => p.conflicts.map((c) => ({ p, c })));
  return (
    <section className="relations">
      <h2>Contradictions and evolutions</h2>
      {rows.length === 0 && <p className="notice">No two figures contradict each other or evolve one from the other.</p>}
      <ul>
        {rows.map(({ p, r }, i) => {
          const a = p.figures[r.a]!;
          const b = p.figures[r.b]!;
          return (
            <li key={i} className={`relation ${r.kind}`}>
              <span className={`badge ${r.kind}`}>{KIND_LABEL[r.kind] ?? r.kind}</span> <span className="prop-label">{p.label}</span>: {a.claimant.name} <FigureLink figure={a} story={story} /> ({dateText(a.asOf?.start)}) →{' '}
              {b.claimant.name} <FigureLink figure={b} story={story} /> ({dateText(b.asOf?.start)})<div className="why">{r.why}</div>
            </li>
          );
        })}
      </ul>
      <h2>Assertions against denials</h2>
      {conflicts.length === 0 && <p className="notice">No denial is set against an assertion.</p>}
      <ul>
        {conflicts.map(({ p, c }, i) => {
          const denial = p.stances[c.denial]!;
          return (
            <li key={i} className="conflict">
              <span className="prop-label">{p.label}</span>: <strong>{denial.speaker.name}</strong> <span className="stance denies">denies</span> <Quote evidence={denial.evidence[0]} story={story} />, against{' '}
              {c.against.map((k) => p.stances[k]!.speaker.name).join(', ')}
              <div className="why">{c.why}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** How a claim-relation kind reads on its badge. */
const CLAIM_KIND_LABEL: Readonly<Record<string, string>> = { 'conflicting-assessment': 'conflicting assessment' };

/** Relations between claims: contradictions first (negations, places), then judgements of doubted reports, then the rest. */
function ClaimRelations({ relations, story }: { relations: NonNullable<BriefResponse['brief']['claimRelations']>; story: string }) {
  const order = ['contradiction', 'conflicting-assessment', 'evolution', 'restatement', 'consistent'];
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  const sorted = [...relations].sort((x, y) => rank(x.kind) - rank(y.kind));
  return (
    <section className="relations claim-relations">
      <h2>Claims across reports</h2>
      {sorted.length === 0 && <p className="notice">No claims contradict, judge, restate or revise one another.</p>}
      <ul>
        {sorted.map((r, i) => (
          <li key={i} className={`relation ${r.kind}`}>
            <span className={`badge ${r.kind}`}>{CLAIM_KIND_LABEL[r.kind] ?? r.kind}</span> {r.a.speaker.name} <Quote evidence={r.a.evidence[0]} story={story} /> → {r.b.speaker.name}{' '}
            <Quote evidence={r.b.evidence[0]} story={story} />
            <div className="why">{r.why}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Quote({ evidence, story }: { evidence: BriefEvidence | undefined; story: string | null }) {
  if (!evidence) return null;
  return (
    <a href={evidenceHref(evidence.article, evidence.start, evidence.end, story)} className="quote">
      “{evidence.exact}”
    </a>
  );
}
