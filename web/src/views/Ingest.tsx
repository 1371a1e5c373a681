// The ingest form: upload saved pages, text dumps, feeds or JSONL, or paste URLs of pages and
// feeds; the server ingests them in the background and this view follows the job's progress and
// lists each document as it is stored or fails.

import { useEffect, useState, type FormEvent } from 'react';
import type { IngestJobView } from '../../../src/server/api-types.js';
import { getJson, postJson } from '../api.js';
import { plural } from '../format.js';
import { href, storyHref } from '../route.js';

/** The server refuses upload bodies over 32 MiB; files travel in base64 (4 bytes per 3). */
const MAX_UPLOAD_BYTES = 23 * 1024 * 1024;
const POLL_MS = 500;

function base64Of(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function Ingest({ story }: { story: string | null }) {
  const [storyName, setStoryName] = useState(story ?? '');
  const [urls, setUrls] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<IngestJobView | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (!job || job.state === 'done' || job.state === 'failed') return;
    const timer = setTimeout(() => {
      getJson<IngestJobView>(`/api/ingest/${job.id}`).then(setJob, (e: Error) => setError(e.message));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const size = files.reduce((n, f) => n + f.size, 0);
    if (size > MAX_UPLOAD_BYTES) return setError(`The files add up to ${(size / 1048576).toFixed(1)} MiB; send at most ${MAX_UPLOAD_BYTES / 1048576} MiB at a time.`);
    const list = urls.split(/\s+/).map((u) => u.trim()).filter(Boolean);
    if (list.length === 0 && files.length === 0) return setError('Choose files or paste URLs first.');
    setSending(true);
    try {
      const encoded = await Promise.all(files.map(async (f) => ({ name: f.name, content: base64Of(await f.arrayBuffer()) })));
      setJob(await postJson<IngestJobView>('/api/ingest', { ...(storyName.trim() ? { story: storyName.trim() } : {}), urls: list, files: encoded }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSending(false);
    }
  };

  const running = job !== null && (job.state === 'queued' || job.state === 'running');
  return (
    <article>
      <h1>Ingest</h1>
      <form className="ingest" onSubmit={submit}>
        <label>
          story
          <input name="story" value={storyName} onChange={(e) => setStoryName(e.target.value)} placeholder="add the articles to this story" />
        </label>
        <label>
          files <span className="hint">(saved HTML pages, text dumps, RSS/Atom feeds, JSONL)</span>
          <input name="files" type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </label>
        <label>
          URLs of pages or feeds, one per line <span className="hint">(private and loopback addresses are refused)</span>
          <textarea name="urls" rows={4} value={urls} onChange={(e) => setUrls(e.target.value)} placeholder="https://…" />
        </label>
        <button type="submit" disabled={sending || running}>
          {sending ? 'Sending…' : 'Ingest'}
        </button>
      </form>
      {error && <p className="error">{error}</p>}
      {job && <JobProgress job={job} />}
    </article>
  );
}

function JobProgress({ job }: { job: IngestJobView }) {
  const p = job.progress;
  return (
    <section className="job" data-state={job.state}>
      <h2>
        Job {job.id}: {job.state}
      </h2>
      {p && (
        <p>
          <progress value={p.done} max={p.total ?? Math.max(p.done + 1, job.inputs)} /> {p.phase} {p.done}
          {p.total !== null ? ` of ${p.total}` : ''} · {p.label.startsWith('/') ? p.label.split('/').pop() : p.label}
        </p>
      )}
      {job.summary && (
        <p className="summary">
          {plural(job.summary.documents, 'document')}: {job.summary.newArticles} new articles, {job.summary.newSources} new sources of known articles, {job.summary.unchanged} unchanged, {job.summary.failed} failed.
          {job.story && (
            <>
              {' '}
              <a href={storyHref(job.story)}>Open {job.story}</a>
            </>
          )}
        </p>
      )}
      {job.error && <p className="error">{job.error}</p>}
      <ul className="results">
        {job.results.map((r, i) => (
          <li key={i} className={r.status}>
            {r.status === 'stored' ? (
              <>
                <span className="badge stored">{r.outcome}</span> <a href={href(['a', r.articleId], { story: job.story ?? undefined })}>{r.title ?? r.label}</a>
              </>
            ) : (
              <>
                <span className="badge failed">failed</span> {r.label}: <code>{r.diagnostic.code}</code> {r.diagnostic.message}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
