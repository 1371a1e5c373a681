// Ingest from the web UI: uploaded files and pasted URLs (pages or feeds) become one background
// job that runs the same ingest use case as `crosscheck ingest`, one job at a time, with its
// progress and each document's outcome readable while it runs. Uploaded files are written under
// the upload folder first, so a stored article's `file` names a file that still exists and its
// offsets can be checked against it.

import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestInputs, type DocumentResult } from '../app/ingest.js';
import type { IngestOptions } from '../ingest/index.js';
import type { StoryName } from '../model/index.js';
import type { PipelineOptions } from '../pipeline.js';
import type { DuplicatePolicy, Store } from '../store/index.js';
import type { IngestJobView } from './api-types.js';

export interface IngestJobRequest {
  readonly story: StoryName | null;
  readonly urls: readonly string[];
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

export interface IngestJobSettings {
  readonly uploadDir: string;
  readonly ingest: Partial<IngestOptions>;
  readonly pipeline: PipelineOptions;
  readonly duplicates: DuplicatePolicy;
  readonly now: () => Date;
}

/** Finished jobs kept for the UI to read back; older ones are forgotten. */
const KEPT_JOBS = 50;
/** Longest file name kept from an upload (the rest is cut, the extension kept). */
const UPLOAD_NAME_MAX_CHARS = 100;

interface Job {
  view: IngestJobView;
  readonly request: IngestJobRequest;
}

export class IngestJobs {
  private readonly jobs = new Map<string, Job>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly settings: IngestJobSettings,
  ) {}

  /** Queues the job and returns at once; it runs after any job before it. */
  start(request: IngestJobRequest): IngestJobView {
    const id = randomBytes(8).toString('hex');
    const job: Job = {
      request,
      view: {
        id,
        state: 'queued',
        story: request.story,
        inputs: request.urls.length + request.files.length,
        createdAt: this.settings.now().toISOString(),
        progress: null,
        results: [],
        summary: null,
        error: null,
      },
    };
    this.jobs.set(id, job);
    while (this.jobs.size > KEPT_JOBS) this.jobs.delete(this.jobs.keys().next().value!);
    this.queue = this.queue.then(() => this.run(job));
    return job.view;
  }

  get(id: string): IngestJobView | null {
    return this.jobs.get(id)?.view ?? null;
  }

  list(): IngestJobView[] {
    return [...this.jobs.values()].map((j) => j.view).reverse();
  }

  /** Resolves when every queued job has finished (for shutting down cleanly). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(job: Job): Promise<void> {
    const update = (change: Partial<IngestJobView>) => {
      job.view = { ...job.view, ...change };
    };
    update({ state: 'running' });
    try {
      const paths = await this.saveUploads(job.view.id, job.request.files);
      const results: IngestJobView['results'][number][] = [];
      const report = await ingestInputs(
        this.store,
        {
          inputs: [...paths, ...job.request.urls],
          stories: job.request.story ? [job.request.story] : [],
          ingest: this.settings.ingest,
          pipeline: this.settings.pipeline,
          duplicates: this.settings.duplicates,
        },
        {
          now: this.settings.now,
          onProgress: (p) => update({ progress: { phase: p.phase, done: p.done, total: p.total, label: p.label } }),
          onResult: (r) => {
            results.push(resultView(r));
            update({ results: [...results] });
          },
        },
      );
      const { documents, newArticles, newSources, unchanged, failed } = report;
      update({ state: 'done', summary: { documents, newArticles, newSources, unchanged, failed } });
    } catch (error) {
      update({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async saveUploads(jobId: string, files: IngestJobRequest['files']): Promise<string[]> {
    if (files.length === 0) return [];
    const dir = join(this.settings.uploadDir, `${this.settings.now().toISOString().slice(0, 10)}-${jobId}`);
    await mkdir(dir, { recursive: true });
    const used = new Set<string>();
    const paths: string[] = [];
    for (const file of files) {
      let name = safeFileName(file.name);
      for (let n = 2; used.has(name); n++) name = `${n}-${safeFileName(file.name)}`;
      used.add(name);
      const path = join(dir, name);
      await writeFile(path, file.bytes, { flag: 'wx' });
      paths.push(path);
    }
    return paths;
  }
}

/** The last path segment, with anything but letters, digits, dot, dash and underscore replaced; never hidden, never empty. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let safe = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '');
  if (safe.length > UPLOAD_NAME_MAX_CHARS) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = safe.slice(0, UPLOAD_NAME_MAX_CHARS - extension.length) + extension;
  }
  return safe || 'upload';
}

function resultView(r: DocumentResult): IngestJobView['results'][number] {
  if (r.status === 'failed') return { label: r.label, status: 'failed', diagnostic: r.diagnostic };
  return { label: r.label, status: 'stored', outcome: r.outcome.kind, articleId: r.outcome.articleId, title: r.title };
}
