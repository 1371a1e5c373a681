// The server surface: `crosscheck serve` starts one HTTP server that answers the JSON API (its
// OpenAPI document at /openapi.json) and serves the built web UI. It binds loopback by default;
// bound to any other address it requires a bearer token (generated and printed when none is given).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IngestOptions } from '../ingest/index.js';
import type { PipelineOptions } from '../pipeline.js';
import type { DuplicatePolicy, Store } from '../store/index.js';
import { createRequestHandler } from './http-server.js';
import { ArticleCache } from './article-cache.js';
import { IngestJobs } from './ingest-jobs.js';
import { openApiDocument } from './openapi.js';
import { ROUTES } from './routes.js';
import { generateToken, isLoopbackHost } from './security.js';
import { StoryViews } from './story-views.js';

export type * from './api-types.js';

export interface ServeOptions {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** Required of API clients when set; generated when null and the host is not loopback. */
  readonly token: string | null;
  /** The built UI (dist/web); null serves the API alone. */
  readonly webRoot: string | null;
  /** Where uploaded files are written before they are ingested. */
  readonly uploadDir: string;
  readonly bodyLimits: { readonly json: number; readonly upload: number };
  readonly ingest: Partial<IngestOptions>;
  readonly pipeline: PipelineOptions;
  readonly duplicates: DuplicatePolicy;
  readonly version: string;
  readonly now: () => Date;
  readonly log: (line: string) => void;
}

/** JSON bodies other than uploads are small (a snapshot request is empty). */
export const DEFAULT_JSON_BODY_BYTES = 64 * 1024;
/** Uploads carry files in base64 (4/3 of their size): about 24 MiB of files per request. */
export const DEFAULT_UPLOAD_BODY_BYTES = 32 * 1024 * 1024;
export const DEFAULT_PORT = 4780;
export const DEFAULT_HOST = '127.0.0.1';
/** How long requests still running at shutdown may take before their connections are closed. */
const CLOSE_GRACE_MS = 2000;

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** The token clients must send, or null when none is required. */
  readonly token: string | null;
  readonly server: Server;
  /** Stops accepting requests, waits for running ingest jobs, and closes connections. */
  close(): Promise<void>;
}

export async function startServer(store: Store, options: ServeOptions): Promise<RunningServer> {
  const loopback = isLoopbackHost(options.host);
  const token = options.token ?? (loopback ? null : generateToken());
  const jobs = new IngestJobs(store, { uploadDir: options.uploadDir, ingest: options.ingest, pipeline: options.pipeline, duplicates: options.duplicates, now: options.now });
  const services = { store, articles: new ArticleCache(store), stories: new StoryViews(store, options.now), jobs, now: options.now, version: options.version, tokenRequired: token !== null };
  let openApi: unknown = null;
  const handler = createRequestHandler({
    routes: ROUTES,
    services,
    token,
    loopbackOnly: loopback,
    webRoot: options.webRoot,
    bodyLimits: options.bodyLimits,
    openApi: () => (openApi ??= openApiDocument(ROUTES, options.version)),
    log: options.log,
  });
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostInUrl = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${hostInUrl}:${port}/`,
    port,
    token,
    server,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests still running get a moment to finish; then their connections are cut.
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      });
      await jobs.idle();
    },
  };
}
