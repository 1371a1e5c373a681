// The story's timeline: dated statements, events reported inside what was said, and the writers'
// own dated sentences, merged across articles, each with the words it rests on.

import type { Brief } from '../../../src/server/api-types.js';
import { useApi } from '../api.js';
import { plural } from '../format.js';
import { evidenceHref } from '../route.js';

export function Timeline({ story }: { story: string }) {
  const timeline = useApi<{ timeline: Brief['timeline'] }>(`/api/stories/${encodeURIComponent(story)}/timeline`);
  if (timeline.state === 'loading') return <p className="notice">Loading the timeline…</p>;
  if (timeline.state === 'error') return <p className="error">{timeline.message}</p>;
  const events = timeline.data.timeline;
  return (
    <article>
      <h1>Timeline</h1>
      <p className="counts">{plural(events.length, 'dated event')}, oldest first</p>
      <ol className="timeline">
        {events.map((e, i) => (
          <li key={i} className="event">
            <div className="when">
              {whenText(e)} <span className="precision">{e.precision}</span>
            </div>
            <div className="what">
              {e.kinds.map((k) => (
                <span key={k} className={`badge ${k}`}>
                  {k}
                </span>
              ))}{' '}
              {e.text}
              <div className="sources">
                {e.evidence.map((ev, k) => (
                  <a key={k} href={evidenceHref(ev.article, ev.start, ev.end, story)} className="evidence-link" title={ev.exact}>
                    {ev.outlet ?? ev.article.slice(0, 8)}
                  </a>
                ))}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </article>
  );
}

/** A year as "2006", a month as "2022-02", a day as the day; anything else as its range. */
function whenText(e: { start: string; end: string; precision: string }): string {
  if (e.precision === 'year') return e.start.slice(0, 4);
  if (e.precision === 'month') return e.start.slice(0, 7);
  return e.start === e.end ? e.start : `${e.start} – ${e.end}`;
}
