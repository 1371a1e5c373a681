// The page frame: the story picker and the views' navigation, then the view the address names.

import type { StorySummary } from '../../src/server/api-types.js';
import { useApi } from './api.js';
import { href, storyHref, useRoute } from './route.js';
import { ArticleReader } from './views/ArticleReader.js';
import { Changes } from './views/Changes.js';
import { ClaimsTable } from './views/ClaimsTable.js';
import { Independence } from './views/Independence.js';
import { Ingest } from './views/Ingest.js';
import { Overview } from './views/Overview.js';
import { Search } from './views/Search.js';
import { Timeline } from './views/Timeline.js';

const STORY_VIEWS: readonly { readonly view: string | undefined; readonly label: string }[] = [
  { view: undefined, label: 'Overview' },
  { view: 'timeline', label: 'Timeline' },
  { view: 'claims', label: 'Claims' },
  { view: 'independence', label: 'Independence' },
  { view: 'changes', label: 'What changed' },
];

export function App() {
  const route = useRoute();
  // Read again on every move, so a story an ingest just made shows up in the picker.
  const stories = useApi<{ stories: StorySummary[] }>('/api/stories', `${route.parts.join('/')}?${route.params.toString()}`);
  const [section, first, view] = route.parts;
  const storyFromRoute = section === 's' ? first : (route.params.get('story') ?? undefined);
  const known = stories.state === 'ready' ? stories.data.stories : [];
  const story = storyFromRoute ?? known[0]?.name;

  return (
    <div className="app">
      <header className="top">
        <a className="brand" href={href([])}>
          Crosscheck
        </a>
        {known.length > 0 && (
          <label className="story-picker">
            <span className="visually-hidden">Story</span>
            <select
              value={story ?? ''}
              onChange={(e) => {
                window.location.hash = storyHref(e.target.value);
              }}
            >
              {known.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name} ({s.articles})
                </option>
              ))}
            </select>
          </label>
        )}
        <nav className="views">
          {story !== undefined &&
            STORY_VIEWS.map((v) => (
              <a key={v.label} href={storyHref(story, v.view)} className={section === 's' && view === v.view ? 'current' : undefined}>
                {v.label}
              </a>
            ))}
          <a href={href(['search'], { story })} className={section === 'search' ? 'current' : undefined}>
            Search
          </a>
          <a href={href(['ingest'], { story })} className={section === 'ingest' ? 'current' : undefined}>
            Ingest
          </a>
        </nav>
      </header>
      <main>{renderView()}</main>
    </div>
  );

  function renderView() {
    if (section === 'a' && first) return <ArticleReader key={first} id={first} params={route.params} />;
    if (section === 'search') return <Search params={route.params} />;
    if (section === 'ingest') return <Ingest story={story ?? null} />;
    if (section === 's' && first) {
      switch (view) {
        case undefined:
          return <Overview key={first} story={first} params={route.params} />;
        case 'timeline':
          return <Timeline story={first} />;
        case 'claims':
          return <ClaimsTable story={first} params={route.params} />;
        case 'independence':
          return <Independence story={first} params={route.params} />;
        case 'changes':
          return <Changes story={first} />;
        default:
          return <p className="notice">No view named {view}.</p>;
      }
    }
    if (stories.state === 'loading') return <p className="notice">Loading…</p>;
    if (stories.state === 'error') return <p className="error">{stories.message}</p>;
    if (known.length === 0) {
      return (
        <section className="empty">
          <h1>No stories yet</h1>
          <p>
            Ingest articles into a story with the <a href={href(['ingest'])}>ingest form</a> or <code>crosscheck ingest FILES --story NAME</code>.
          </p>
        </section>
      );
    }
    return (
      <section>
        <h1>Stories</h1>
        <ul className="story-list">
          {known.map((s) => (
            <li key={s.name}>
              <a href={storyHref(s.name)}>{s.name}</a> · {s.articles} articles
            </li>
          ))}
        </ul>
      </section>
    );
  }
}
