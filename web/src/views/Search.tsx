// Full-text search over the stored articles (of the current story, or all): every word must be
// there as a word prefix; each hit shows the matched words in a snippet and opens the article at
// the first of them.

import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { SearchResponse } from '../../../src/server/api-types.js';
import { apiPath, useApi } from '../api.js';
import { dateText, plural } from '../format.js';
import { evidenceHref, href } from '../route.js';

const PAGE_HITS = 20;

export function Search({ params }: { params: URLSearchParams }) {
  const q = params.get('q') ?? '';
  const story = params.get('story') ?? '';
  const everywhere = params.get('all') === '1';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const results = useApi<SearchResponse>(q.trim() ? apiPath('/api/search', { q, story: everywhere ? undefined : story, limit: PAGE_HITS, offset }) : null);
  const go = (query: string, all: boolean, newOffset = 0) => {
    window.location.hash = href(['search'], { q: query, story: story || undefined, all: all ? '1' : undefined, offset: newOffset || undefined });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go(draft, everywhere);
  };

  return (
    <article>
      <h1>Search</h1>
      <form className="search" onSubmit={submit} role="search">
        <input type="search" name="q" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="words in the articles" aria-label="Search words" />
        {story && (
          <label>
            <input type="checkbox" checked={everywhere} onChange={(e) => go(draft, e.target.checked)} /> all stories, not only {story}
          </label>
        )}
        <button type="submit">Search</button>
      </form>
      {q.trim() === '' && <p className="notice">Every word must appear in an article (as the start of a word, in any case).</p>}
      {q.trim() !== '' && results.state === 'loading' && <p className="notice">Searching…</p>}
      {results.state === 'error' && <p className="error">{results.message}</p>}
      {q.trim() !== '' && results.state === 'ready' && (
        <>
          <p className="counts">{plural(results.data.total, 'article')} match</p>
          <ol className="hits" start={offset + 1}>
            {results.data.hits.map((hit) => {
              const first = hit.snippet.marks[0];
              const target = first ? evidenceHref(hit.article.id, hit.snippet.offset + first.start, hit.snippet.offset + first.end, story || null) : href(['a', hit.article.id], { story: story || undefined });
              return (
                <li key={hit.article.id} className="hit">
                  <a href={target} className="hit-title">
                    {hit.article.title ?? '(no title)'}
                  </a>
                  <div className="byline">
                    {hit.article.outletName ?? hit.article.outletDomain ?? 'unknown outlet'} · {dateText(hit.article.published)} · {plural(hit.article.words, 'word')}
                  </div>
                  <p className="snippet">
                    {hit.snippet.offset > 0 ? '…' : ''}
                    {marked(hit.snippet.text, hit.snippet.marks)}…
                  </p>
                </li>
              );
            })}
          </ol>
          <div className="pager">
            {offset > 0 && (
              <button type="button" onClick={() => go(q, everywhere, Math.max(0, offset - PAGE_HITS))}>
                ← previous
              </button>
            )}
            {offset + PAGE_HITS < results.data.total && (
              <button type="button" onClick={() => go(q, everywhere, offset + PAGE_HITS)}>
                next →
              </button>
            )}
          </div>
        </>
      )}
    </article>
  );
}

/** The snippet as text with the matched words in <mark>: ranges, never markup from the article. */
function marked(text: string, marks: SearchResponse['hits'][number]['snippet']['marks']): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  marks.forEach((m, i) => {
    out.push(text.slice(at, m.start));
    out.push(<mark key={i}>{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  });
  out.push(text.slice(at));
  return out;
}
