// "What changed since": the story's stored snapshots, a button to take one now, and the changes
// between a chosen snapshot (or the latest one at or before a date) and the story as it is.

import { useState } from 'react';
import type { BriefDiff, SnapshotsResponse } from '../../../src/server/api-types.js';
import { apiPath, postJson, useApi } from '../api.js';
import { plural } from '../format.js';

const KIND_LABELS: Readonly<Record<string, string>> = {
  'new-article': 'new article',
  'new-proposition': 'new topic',
  'new-figure': 'new figure',
  'changed-figure': 'changed figure',
  'new-denial': 'new denial',
  'new-source': 'new original source',
  count: 'count',
};

export function Changes({ story }: { story: string }) {
  const [refresh, setRefresh] = useState(0);
  const [since, setSince] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const base = `/api/stories/${encodeURIComponent(story)}`;
  const snapshots = useApi<SnapshotsResponse>(`${base}/snapshots`, refresh);
  const changes = useApi<BriefDiff>(since ? apiPath(`${base}/changes`, { since }) : null, refresh);

  const take = async () => {
    try {
      const made = await postJson<{ id: number; createdAt: string }>(`${base}/snapshots`, {});
      setMessage(`Snapshot ${made.id} taken at ${made.createdAt}.`);
      setRefresh((r) => r + 1);
    } catch (error) {
      setMessage((error as Error).message);
    }
  };

  return (
    <article>
      <h1>What changed</h1>
      <p>
        A snapshot stores the brief as it is now; later, compare the story with it. <button type="button" onClick={take}>Take a snapshot now</button>
      </p>
      {message && <p className="notice">{message}</p>}
      {snapshots.state === 'error' && <p className="error">{snapshots.message}</p>}
      {snapshots.state === 'ready' && (
        <>
          {snapshots.data.snapshots.length === 0 && <p className="notice">No snapshots yet.</p>}
          <ul className="snapshots">
            {snapshots.data.snapshots.map((s) => (
              <li key={s.id}>
                <button type="button" className={since === String(s.id) ? 'current link' : 'link'} onClick={() => setSince(String(s.id))}>
                  snapshot {s.id}
                </button>{' '}
                {s.createdAt}
              </li>
            ))}
          </ul>
          <label>
            or since the latest snapshot on or before <input type="date" onChange={(e) => setSince(e.target.value || null)} />
          </label>
        </>
      )}
      {since && changes.state === 'loading' && <p className="notice">Comparing…</p>}
      {since && changes.state === 'error' && <p className="error">{changes.message}</p>}
      {since && changes.state === 'ready' && (
        <section className="changes">
          <h2>
            Since {changes.data.since}: {plural(changes.data.changes.length, 'change')}
          </h2>
          {changes.data.changes.length === 0 && <p className="notice">Nothing changed.</p>}
          <ul>
            {changes.data.changes.map((c, i) => (
              <li key={i} className={`change ${c.kind}`}>
                <span className={`badge ${c.kind}`}>{KIND_LABELS[c.kind] ?? c.kind}</span> {c.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
