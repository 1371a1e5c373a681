// The claims table: every attributed statement of the story, filtered by speaker, stance, outlet,
// proposition, publication dates and words. The filters live in the address, so a filtered table
// can be linked to; each row links to the claim's words in its article.

import { useEffect, useState, type FormEvent } from 'react';
import type { ApiClaim, ClaimFacets, ClaimsResponse, PropositionSummary } from '../../../src/server/api-types.js';
import { apiPath, download, useApi } from '../api.js';
import { dateText, plural } from '../format.js';
import { evidenceHref, storyHref } from '../route.js';

const PAGE_ROWS = 50;
const FILTERS = ['speaker', 'stance', 'outlet', 'proposition', 'from', 'to', 'text', 'article'] as const;
type FilterName = (typeof FILTERS)[number];

export function ClaimsTable({ story, params }: { story: string; params: URLSearchParams }) {
  const applied = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<FilterName, string>;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(applied);
  useEffect(() => setDraft(applied), [params.toString()]);

  const claims = useApi<ClaimsResponse>(apiPath('/api/claims', { story, ...applied, limit: PAGE_ROWS, offset }));
  const facets = useApi<ClaimFacets>(apiPath('/api/claims/facets', { story }));
  const propositions = useApi<{ propositions: PropositionSummary[] }>(`/api/stories/${encodeURIComponent(story)}/propositions`);
  const [exportError, setExportError] = useState<string | null>(null);

  const go = (filters: Record<FilterName, string>, newOffset = 0) => {
    window.location.hash = storyHref(story, 'claims', { ...filters, offset: newOffset || undefined });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go(draft);
  };
  const setNow = (name: FilterName, value: string) => {
    const next = { ...draft, [name]: value };
    setDraft(next);
    go(next);
  };

  return (
    <article>
      <h1>Claims</h1>
      <form className="filters" onSubmit={submit} aria-label="Claim filters">
        <label>
          speaker
          <input name="speaker" list="speakers" value={draft.speaker} onChange={(e) => setDraft({ ...draft, speaker: e.target.value })} placeholder="part of a name" />
          <datalist id="speakers">{facets.state === 'ready' && facets.data.speakers.map((s) => <option key={`${s.name}/${s.type}`} value={s.name} />)}</datalist>
        </label>
        <label>
          stance
          <select name="stance" value={draft.stance} onChange={(e) => setNow('stance', e.target.value)}>
            <option value="">any</option>
            {facets.state === 'ready' &&
              facets.data.stances.map((s) => (
                <option key={s.stance} value={s.stance}>
                  {s.stance} ({s.claims})
                </option>
              ))}
          </select>
        </label>
        <label>
          outlet
          <select name="outlet" value={draft.outlet} onChange={(e) => setNow('outlet', e.target.value)}>
            <option value="">any</option>
            {facets.state === 'ready' &&
              facets.data.outlets.map((o) => (
                <option key={o.name} value={o.name}>
                  {o.name} ({o.claims})
                </option>
              ))}
          </select>
        </label>
        <label>
          proposition
          <select name="proposition" value={draft.proposition} onChange={(e) => setNow('proposition', e.target.value)}>
            <option value="">any</option>
            {propositions.state === 'ready' &&
              propositions.data.propositions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
          </select>
        </label>
        <label>
          published from
          <input name="from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </label>
        <label>
          to
          <input name="to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </label>
        <label>
          words
          <input name="text" type="search" value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} placeholder="in the claim" />
        </label>
        <div className="buttons">
          <button type="submit">Filter</button>
          <button type="button" onClick={() => go(Object.fromEntries(FILTERS.map((f) => [f, ''])) as Record<FilterName, string>)}>
            Clear
          </button>
        </div>
      </form>
      {applied.article && (
        <p className="notice">
          Only the claims of article {applied.article.slice(0, 12)}. <a href={storyHref(story, 'claims')}>All claims</a>
        </p>
      )}
      {claims.state === 'loading' && <p className="notice">Loading claims…</p>}
      {claims.state === 'error' && <p className="error">{claims.message}</p>}
      {claims.state === 'ready' && (
        <>
          <p className="counts" data-total={claims.data.total}>
            {plural(claims.data.total, 'claim')}
            {claims.data.total > 0 && `, ${offset + 1}–${offset + claims.data.claims.length} shown`} ·{' '}
            {(['csv', 'jsonl', 'claim-jsonld'] as const).map((format) => (
              <button
                key={format}
                type="button"
                className="link"
                onClick={() => download(apiPath('/api/exports/claims', { story, format })).catch((e: Error) => setExportError(e.message))}
              >
                export {format}
              </button>
            ))}
          </p>
          {exportError && <p className="error">{exportError}</p>}
          <table className="claims">
            <thead>
              <tr>
                <th>published</th>
                <th>outlet</th>
                <th>speaker</th>
                <th>stance</th>
                <th>kind</th>
                <th>what was said</th>
                <th>figures</th>
              </tr>
            </thead>
            <tbody>
              {claims.data.claims.map((c) => (
                <ClaimRow key={c.id} claim={c} story={story} />
              ))}
            </tbody>
          </table>
          <div className="pager">
            {offset > 0 && (
              <button type="button" onClick={() => go(applied, Math.max(0, offset - PAGE_ROWS))}>
                ← previous
              </button>
            )}
            {offset + PAGE_ROWS < claims.data.total && (
              <button type="button" onClick={() => go(applied, offset + PAGE_ROWS)}>
                next →
              </button>
            )}
          </div>
        </>
      )}
    </article>
  );
}

function ClaimRow({ claim: c, story }: { claim: ApiClaim; story: string }) {
  return (
    <tr className="claim" data-stance={c.stance} data-speaker={c.speaker.name}>
      <td className="date">{dateText(c.article.published)}</td>
      <td className="outlet">{c.article.outlet ?? <span className="unknown">unknown</span>}</td>
      <td className="speaker">
        {c.speaker.name}
        {c.speaker.role && <div className="role">{c.speaker.role}</div>}
        {c.relayedBy.length > 0 && <div className="relay">via {c.relayedBy.join(' ← ')}</div>}
      </td>
      <td>
        <span className={`stance ${c.stance}`}>{c.stance}</span>
      </td>
      <td className="kind">{c.kind}</td>
      <td className="content">
        <a href={evidenceHref(c.link.article, c.link.start, c.link.end, story)} className="evidence-link">
          {c.content.text}
        </a>
        {c.hedges.length > 0 && <div className="hedges">hedged: {c.hedges.map((h) => h.text).join('; ')}</div>}
      </td>
      <td className="figures-cell">{c.quantities.map((q) => q.text).join('; ')}</td>
    </tr>
  );
}
